// Labels that would cover one another are tucked away: after every change of the drawing, the labels are taken in
// order of importance (the focus, then the nodes with most connections, then the edges with most statements) and each
// is kept only when it covers no label kept before it (and, for an edge's, no node but the two it joins). A tucked
// label is drawn when its node or edge is pointed at or selected; every name is also in *Nodes in view* and the panel.
// Labels scale with the drawing, so what overlaps does not depend on the zoom: the check runs when positions or the
// elements shown change, not on zoom.

import { byId } from './layout.js';

const MARGIN = 1; // model pixels of room kept round every label

/** Tucks away the labels among `shown` (the nodes and edges drawn) that would overlap; answers how many it tucked. */
export function declutter(cy, shown) {
  cy.elements('.label-tucked').removeClass('label-tucked');
  const nodes = shown.nodes();
  const kept = [];
  const obstacles = nodes.map((n) => ({ owner: n, box: rectangle(n.boundingBox({ includeLabels: false, includeOverlays: false })) }));
  // a name is worth more than the node it brushes: only an edge's count gives way to the nodes
  const fits = (element, box) => !kept.some((k) => overlap(k, box))
    && (element.isNode() || !obstacles.some((o) => !ends(element, o.owner) && overlap(o.box, box)));
  let tucked = 0;
  for (const element of candidates(nodes, shown.edges())) {
    const box = labelBox(element);
    if (!box) continue;
    if (fits(element, box)) kept.push(box);
    else {
      element.addClass('label-tucked');
      tucked += 1;
    }
  }
  return tucked;
}

// The elements with a label, most important first.
function candidates(nodes, edges) {
  const labelled = (e) => Boolean(e.style('label'));
  const nodeOrder = nodes.filter(labelled).toArray()
    .sort((a, b) => Number(b.hasClass('focus')) - Number(a.hasClass('focus')) || b.degree() - a.degree() || byId(a, b));
  const edgeOrder = edges.filter(labelled).toArray()
    .sort((a, b) => (b.data('count') || 0) - (a.data('count') || 0) || byId(a, b));
  return [...nodeOrder, ...edgeOrder];
}

// The nodes an edge joins do not count against its label.
function ends(edge, node) {
  return edge.source().same(node) || edge.target().same(node);
}

// A node's label is upright: Cytoscape's own box of it. An edge's is turned along the edge (autorotate), centred on its
// middle, as long as its text is wide.
function labelBox(element) {
  if (element.isNode()) {
    const box = element.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    return box.w > 0 && box.h > 0 ? rectangle(box) : null;
  }
  const text = element.style('label');
  const size = parseFloat(element.style('font-size'));
  const padding = parseFloat(element.style('text-background-padding')) || 0;
  const width = textWidth(text, `${element.style('font-style')} ${element.style('font-weight')} ${size}px ${element.style('font-family')}`);
  const from = element.sourceEndpoint();
  const to = element.targetEndpoint();
  const middle = element.midpoint();
  return {
    x: middle.x, y: middle.y, halfWidth: width / 2 + padding + MARGIN, halfHeight: size / 2 + padding + MARGIN,
    angle: Math.atan2(to.y - from.y, to.x - from.x),
  };
}

function rectangle(box) {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2, halfWidth: box.w / 2 + MARGIN, halfHeight: box.h / 2 + MARGIN, angle: 0 };
}

let measure = null;
function textWidth(text, font) {
  measure = measure || document.createElement('canvas').getContext('2d');
  measure.font = font;
  return measure.measureText(text).width;
}

// Two turned rectangles overlap unless one of their four axes separates them (the separating axis theorem).
function overlap(a, b) {
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const axis = { x: Math.cos(angle), y: Math.sin(angle) };
    const centre = (r) => r.x * axis.x + r.y * axis.y;
    const reach = (r) => r.halfWidth * Math.abs(Math.cos(r.angle - angle)) + r.halfHeight * Math.abs(Math.sin(r.angle - angle));
    if (Math.abs(centre(a) - centre(b)) >= reach(a) + reach(b)) return false;
  }
  return true;
}
