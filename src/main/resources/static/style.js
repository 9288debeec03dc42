// How the network is drawn, the server's one style (NetworkStyle.java, /api/network-style), which the GraphML and GEXF
// exports carry too: per kind of node {color, shape, label, size}, per relation type {color, line, label}. main.js
// fills it in (applyStyle) before anything is drawn.
export const KINDS = {};
export const RELATIONS = {};
const OTHERS = { kind: {}, relation: {} };

export const kindOf = (k) => KINDS[k] || OTHERS.kind;
export const kindLabel = (k) => (KINDS[k] ? KINDS[k].label : k || '');
export const relationOf = (t) => RELATIONS[t] || { ...OTHERS.relation, label: t.toLowerCase().replaceAll('_', ' ') };

export function applyStyle(style) {
  Object.assign(KINDS, style.kinds);
  Object.assign(RELATIONS, style.relations);
  OTHERS.kind = style.otherKind;
  OTHERS.relation = style.otherRelation;
}
