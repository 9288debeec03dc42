// The who-said-what network: a Cytoscape.js drawing of /api/network under the page's focus and filters, its legend
// (relations untick to hide), a message over the canvas while it loads or when nothing matches, and the selection
// shown in the panel. A newer load aborts the older one's request.
import { $, el, setStatus, shorten } from './dom.js';
import { state, change, networkQuery } from './address.js';
import { api, newRequest } from './api.js';
import { KINDS, kindOf, kindLabel, relationOf } from './style.js';
import { words } from './words.js';
import * as panel from './panel.js';

export let cy = null;
let drawnQuery = null; // the /api/network query drawn, or being drawn
let drawn = false; // whether drawnQuery's answer is on the canvas

export function init() {
  cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => kindOf(n.data('kind')).color,
          shape: (n) => kindOf(n.data('kind')).shape,
          label: 'data(short)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
          'text-valign': 'bottom', 'text-margin-y': 3, 'border-width': 1, 'border-color': '#52606d',
          width: (n) => kindOf(n.data('kind')).size, height: (n) => kindOf(n.data('kind')).size,
        },
      },
      // Statements are many and long: their text shows on selection and in the panel, not on the canvas.
      { selector: 'node[kind = "Statement"]', style: { height: 10, label: '' } },
      { selector: 'node[kind = "Statement"]:selected, node[kind = "Statement"].picked', style: { label: 'data(short)', 'font-size': 9 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1d2733', width: 36, height: 36 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e8590c' } },
      {
        selector: 'edge',
        style: {
          width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
          'line-color': (e) => relationOf(e.data('type')).color,
          'target-arrow-color': (e) => relationOf(e.data('type')).color,
          'line-style': (e) => relationOf(e.data('type')).line,
        },
      },
      { selector: 'edge:selected', style: { width: 4 } },
      // a row chosen in the answer tables: its nodes and edges stand out, the rest fades
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#7048e8' } },
      { selector: 'edge.picked', style: { width: 5 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  // a node chosen is shown in the panel and narrows the answer tables to the rows involving it
  cy.on('tap', 'node', (event) => change({ selected: event.target.id(), involving: event.target.id() }));
  cy.on('tap', 'edge', (event) => change({ selected: event.target.id() }));
  window.cy = cy; // for the end-to-end tests and the curious
}

/** The network tab is shown, or the state changed while it is: draw, filter or select what the address says. */
export function show(changed) {
  if (networkQuery().toString() !== drawnQuery) {
    load();
    return;
  }
  if (!drawn) return; // the load under way finishes the showing
  if (changed.has('hide')) applyHidden();
  if (changed.has('view')) {
    cy.resize();
    fitDrawing();
  }
  // the panel may show another view's choice: show the network's again
  if (changed.has('view') || changed.has('selected')) showSelected();
  document.body.dataset.loaded = 'network';
}

/** Draws the network the address asks for (without showing it: the page opened on the chronology). */
export async function load() {
  const query = networkQuery().toString();
  drawnQuery = query;
  drawn = false;
  const signal = newRequest('network');
  delete document.body.dataset.loaded;
  cy.elements().remove();
  say('Loading the network…', 'loading');
  setStatus('Loading the network…');
  let network;
  try {
    network = await api(`/api/network?${query}`, { signal });
  } catch (error) {
    if (signal.aborted) return; // a newer load took its place
    say(error.message, 'error');
    setStatus(error.message, true);
    return;
  }
  const elements = [
    ...network.nodes.map((n) => ({ group: 'nodes', data: { ...n.data, short: shorten(n.data.label, 40) } })),
    ...network.edges.map((e) => ({ group: 'edges', data: e.data })),
  ];
  cy.resize(); // it may have been hidden (the page opened on another tab)
  cy.add(elements);
  if (state.focus) cy.getElementById(state.focus).addClass('focus');
  applyHidden();
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 70, padding: 20, fit: false }).run();
  fitDrawing();
  renderLegend(network);
  drawn = true;
  const statements = network.nodes.filter((n) => n.data.kind === 'Statement').length;
  const around = state.focus ? ` around ${cy.getElementById(state.focus).data('label') || state.focus}` : '';
  setStatus(`${network.nodes.length} nodes (${statements} statements), ${network.edges.length} edges`
    + (state.focus ? around : ' (everything)')
    // the server draws at most so many statements, the oldest first (Network.complete)
    + (network.complete === false ? '; only the oldest statements are drawn: narrow the dates or choose a focus for the rest' : ''));
  if (statements) say('', '');
  else say(nothingMatches(around), 'empty');
  if (state.view === 'network') {
    showSelected();
    document.body.dataset.loaded = 'network';
  } else {
    // another view's panel is its own: only mark the selection in the drawing
    const chosen = state.selected ? cy.getElementById(state.selected) : null;
    cy.elements().unselect();
    if (chosen && chosen.length) chosen.select();
  }
}

// No statement under the filters: said in words over the canvas, with what to change.
function nothingMatches(around) {
  const range = state.from || state.to ? words.date(`${state.from || '..'}/${state.to || '..'}`) : '';
  const when = range ? ` ${/^\d/.test(range) ? 'in ' : ''}${range}` : '';
  const where = state.article ? ' in the article chosen' : '';
  return `Nothing was said${around}${when}${where}: no statement matches. Widen From/To, choose all articles or another focus.`;
}

// The drawing (or these elements of it) in view, but a few nodes no larger than at 1.5 times their size (one node
// would fill the canvas).
function fitDrawing(elements = undefined) {
  cy.fit(elements, 40);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center(elements);
  }
}

function say(text, kind) {
  const message = $('network-message');
  message.textContent = text;
  message.className = kind;
  message.hidden = !text;
}

function showSelected() {
  const chosen = state.selected ? cy.getElementById(state.selected) : null;
  cy.elements().unselect();
  if (chosen && chosen.length) {
    chosen.select();
    panel.show(chosen);
  } else {
    panel.clear();
  }
}

function applyHidden() {
  cy.edges().forEach((e) => e.toggleClass('hidden', state.hide.has(e.data('type'))));
}

/** Makes the nodes with these ids, and the edges among them of these types (any when none given), stand out. */
export function pick(nodeIds, edgeTypes = []) {
  if (!cy) return;
  const before = cy.elements('.picked').length;
  cy.elements().removeClass('picked faded');
  if (!nodeIds.length) {
    if (before) fitDrawing();
    return;
  }
  const nodes = cy.collection(nodeIds.map((id) => cy.getElementById(id)).filter((n) => n.length));
  const edges = nodes.edgesWith(nodes).filter((e) => !edgeTypes.length || edgeTypes.includes(e.data('type')));
  const picked = nodes.union(edges);
  picked.addClass('picked');
  cy.elements().difference(picked).addClass('faded');
  if (picked.length) fitDrawing(picked);
}

function renderLegend(network) {
  const kinds = [...new Set(network.nodes.map((n) => n.data.kind))];
  const types = [...new Set(network.edges.map((e) => e.data.type))].sort();
  $('legend-nodes').replaceChildren(...kinds.map((k) => {
    const item = el('li');
    const swatch = el('span', null, { class: 'swatch' });
    swatch.style.background = kindOf(k).color;
    item.append(swatch, KINDS[k] ? kindLabel(k) : k);
    return item;
  }));
  $('legend-edges').replaceChildren(...types.map((t) => {
    const box = el('input', null, { type: 'checkbox', 'data-relation': t });
    box.checked = !state.hide.has(t);
    box.addEventListener('change', () => {
      const hide = new Set(state.hide);
      if (box.checked) hide.delete(t); else hide.add(t);
      change({ hide });
    });
    const line = el('span', null, { class: 'line' });
    line.style.borderTopColor = relationOf(t).color;
    line.style.borderTopStyle = relationOf(t).line;
    const label = el('label');
    label.append(box, line, ` ${relationOf(t).label}`);
    const item = el('li');
    item.append(label);
    return item;
  }));
}
