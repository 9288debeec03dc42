// The who-said-what network: a Cytoscape.js drawing of /api/network under the page's focus and filters, a message
// over the canvas while it loads or when nothing matches, and the selection shown in the panel. A newer load aborts
// the older one's request.
//
// Statements are folded by default: one edge per speaker and subject ("3 statements", or the first words of one),
// and one per speaker and organisation spoken for, so that the drawing is of people and organisations. The statements
// stay in the drawing, hidden (their panel, a quotation chosen in another panel); "Statements as nodes" unfolds them.
// A node can be expanded (its own network added, the others kept in place), hidden and pinned (dragged). What was
// expanded, hidden and pinned is kept in the address, so that a shared link, a reload or Back draws the same view.
import { $, el, setStatus, shorten } from './dom.js';
import { state, change, networkQuery } from './address.js';
import { api, newRequest } from './api.js';
import { kindOf, relationOf } from './style.js';
import { words } from './words.js';
import { arrange, placeAround, placeAmong } from './layout.js';
import { declutter } from './labels.js';
import * as legend from './legend.js';
import * as nodeList from './node-list.js';
import * as panel from './panel.js';

// The folded statements' edges: relation types of the page's own, not of the graph (never sent to the exports).
export const SAID_ABOUT = 'SAID_ABOUT';
export const SPOKE_FOR = 'SPOKE_FOR';

export let cy = null;
let drawnQuery = null; // the /api/network query drawn, or being drawn
let drawn = false; // whether drawnQuery's answer is on the canvas
let drawnAsNodes = false; // whether the statements are drawn as nodes
const pinned = new Set(); // nodes dragged into place: layouts leave them there
const expanded = new Set(); // nodes whose own network was added
let loads = 0; // loads started: an expansion of an older load's drawing is not added to a newer one
let drawnChanges = null; // the address's expanded, hidden and pinned as the drawing has them
const changesOf = (s) => [s.expanded, s.hidden, s.pinned].join('|');
/** How long the last layout took, in milliseconds (the status line does not say it; the tests read it). */
export const timing = { layout: null, placing: null, tucked: null };

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
          label: 'data(short)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 110,
          'text-valign': 'bottom', 'text-margin-y': 3, 'border-width': 1, 'border-color': '#52606d',
          // labels that would be too small to read are not drawn (zoom in to read them)
          'min-zoomed-font-size': 7, 'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
          'text-background-padding': 1,
          width: (n) => kindOf(n.data('kind')).size, height: (n) => kindOf(n.data('kind')).size,
        },
      },
      // Statements are many and long: their text shows on selection and in the panel, not on the canvas.
      { selector: 'node[kind = "Statement"]', style: { height: 10, label: '' } },
      { selector: 'node[kind = "Statement"]:selected, node[kind = "Statement"].picked', style: { label: 'data(short)', 'font-size': 9 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1d2733', width: 36, height: 36, 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#1d2733' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e8590c' } },
      {
        selector: 'edge',
        style: {
          // the other facts stay in the background of what was said
          width: 1, opacity: 0.65, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
          'line-color': (e) => relationOf(e.data('type')).color,
          'target-arrow-color': (e) => relationOf(e.data('type')).color,
          'line-style': (e) => relationOf(e.data('type')).line,
        },
      },
      {
        // folded statements: as the SAID relation, thicker with more statements, labelled with their count
        selector: `edge[type = "${SAID_ABOUT}"]`,
        style: {
          'line-color': relationOf('SAID').color, 'target-arrow-color': relationOf('SAID').color, 'line-style': 'solid',
          width: (e) => Math.min(1.5 + e.data('count'), 7), opacity: 1, label: 'data(label)', 'font-size': 9, color: '#3e4c59',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'text-background-padding': 1, 'min-zoomed-font-size': 9,
        },
      },
      {
        selector: `edge[type = "${SPOKE_FOR}"]`,
        style: {
          'line-color': relationOf('ON_BEHALF_OF').color, 'target-arrow-color': relationOf('ON_BEHALF_OF').color,
          'line-style': relationOf('ON_BEHALF_OF').line,
        },
      },
      { selector: 'edge:selected', style: { width: 5, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c' } },
      // a row chosen in the answer tables: its nodes and edges stand out, the rest fades
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: 'node.picked', style: { 'border-width': 4, 'border-color': '#7048e8' } },
      // a node or edge chosen: it and what it touches stand out, the rest dims
      { selector: '.dimmed', style: { opacity: 0.2 } },
      { selector: 'edge.picked', style: { width: 5 } },
      // labels that would cover others are tucked away (labels.js), drawn again when pointed at or chosen
      { selector: '.label-tucked', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
      {
        selector: '.label-tucked:selected, .label-tucked.pointed, .label-tucked.picked',
        style: { 'text-opacity': 1, 'text-background-opacity': 0.85, 'z-index': 20 },
      },
      { selector: '.hidden, .folded, .hidden-node', style: { display: 'none' } },
    ],
  });
  // a node chosen is shown in the panel and narrows the answer tables to the rows involving it
  cy.on('tap', 'node', (event) => change({ selected: event.target.id(), involving: event.target.id() }));
  cy.on('tap', 'edge', (event) => change({ selected: event.target.id() }));
  // a tap on the empty canvas lets the choice go (the whole drawing is drawn plainly again)
  cy.on('tap', (event) => { if (event.target === cy && state.selected) change({ selected: '' }); });
  cy.on('dbltap', 'node', (event) => expand(event.target.id()));
  // a node dragged stays where it is put: later layouts leave it there (Unpin in its panel lets it go)
  cy.on('dragfree', 'node', (event) => pin(event.target.id(), true));
  cy.on('mouseover', 'node, edge', (event) => event.target.addClass('pointed'));
  cy.on('mouseout', 'node, edge', (event) => event.target.removeClass('pointed'));
  $('statements-as-nodes').addEventListener('change', (event) => change({ statements: event.target.checked ? 'nodes' : '' }));
  $('relayout').addEventListener('click', () => layOutAgain());
  $('show-hidden').addEventListener('click', () => showAllHidden());
  $('unpin-all').addEventListener('click', () => { [...pinned].forEach((id) => pin(id, false)); });
  nodeList.init();
  // on a phone the legend starts closed, under the drawing (its summary opens it)
  if (matchMedia('(max-width: 760px)').matches) $('legend').open = false;
  window.cy = cy; // for the end-to-end tests and the curious
  window.layoutTiming = timing;
}

/** The network tab is shown, or the state changed while it is: draw, filter or select what the address says. */
export function show(changed) {
  const query = networkQuery().toString();
  if (query !== drawnQuery || changesOf(state) !== drawnChanges) {
    // A focus, depth or filter chosen on the page starts a new drawing (its expansions and pins were of the old one);
    // an address followed (a link, a reload, Back) draws what it says.
    load({ fresh: drawnQuery !== null && query !== drawnQuery && changesOf(state) === drawnChanges });
    return;
  }
  if (!drawn) return; // the load under way finishes the showing
  if (changed.has('hide')) {
    applyHidden();
    relabel();
  }
  if (changed.has('statements')) showStatementsAs();
  if (changed.has('view')) {
    cy.resize();
    fitDrawing();
  }
  // the panel may show another view's choice: show the network's again
  if (changed.has('view') || changed.has('selected')) showSelected();
  document.body.dataset.loaded = 'network';
}

/**
 * Draws the network the address asks for (without showing it: the page opened on the chronology), with the nodes it
 * says expanded, hidden and pinned; `fresh`: none of them (a new focus or filter chosen on the page).
 */
export async function load({ fresh = false } = {}) {
  const query = networkQuery().toString();
  drawnQuery = query;
  drawn = false;
  const mine = ++loads;
  if (fresh && changesOf(state) !== '||') change({ expanded: '', hidden: '', pinned: '' }, { origin: 'network' });
  drawnChanges = changesOf(state);
  const signal = newRequest('network');
  delete document.body.dataset.loaded;
  cy.elements().remove();
  pinned.clear();
  expanded.clear();
  delete document.body.dataset.expanded;
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
  cy.resize(); // it may have been hidden (the page opened on another tab)
  cy.add(elementsOf(network, new Set()));
  if (state.focus) cy.getElementById(state.focus).addClass('focus');
  foldStatements();
  applyHidden();
  // the people and organisations are laid out first, folded, so that they stand in the same places either way
  drawnAsNodes = false;
  applyFolding();
  timing.layout = arrange(shownElements(), state.focus ? [state.focus] : [], pinned);
  timing.placing = null;
  if (state.statements === 'nodes') unfold();
  fitDrawing(shownElements());
  if (!await replayChanges(mine, signal)) return; // a newer load took its place
  drawn = true;
  afterChange(network.complete);
  const statements = cy.nodes('[kind = "Statement"]').length;
  if (statements) say('', '');
  else say(nothingMatches(around()), 'empty');
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

/**
 * Adds the network around one node (its own /api/network at depth 1, under the same filters) to the drawing: what is
 * new is placed around it, everything else stays where it was.
 */
export async function expand(id) {
  const node = cy.getElementById(id);
  if (!drawn || !node.length || node.data('kind') === 'Statement' || expanded.has(id)) return;
  const signal = newRequest('expand');
  setStatus(`Adding what ${node.data('label')} said and what was said about them…`);
  let added;
  try {
    added = await addNetworkOf(id, loads, signal);
  } catch (error) {
    if (!signal.aborted) setStatus(error.message, true);
    return;
  }
  if (added === null) return; // the view changed meanwhile
  record();
  setStatus(`${$('status').textContent}; ${node.data('label')} expanded: ${added} node${added === 1 ? '' : 's'} added`);
}

// Adds the network around `id` (depth 1, the same filters) to load `mine`'s drawing, placing what is new around it:
// the number of nodes added, or null when a newer load replaced the drawing meanwhile.
async function addNetworkOf(id, mine, signal) {
  const query = networkQuery();
  query.set('focus', id);
  query.set('depth', '1');
  const network = await api(`/api/network?${query}`, { signal });
  const node = cy.getElementById(id);
  if (mine !== loads || !node.length) return null;
  expanded.add(id);
  const known = new Set(cy.edges('[!folds]').map((e) => edgeKey(e.data())));
  const before = new Set(shownElements().nodes().map((n) => n.id()));
  cy.add(elementsOf(network, known));
  foldStatements();
  applyHidden();
  applyFolding();
  const shown = shownElements().nodes().filter((n) => !before.has(n.id()));
  timing.placing = shown.length ? placeAround(shownElements(), node, shown) : 0;
  afterChange(network.complete);
  document.body.dataset.expanded = [...expanded].join(' ');
  return shown.length;
}

// The address's expansions (in their order), then its hidden nodes, then its pinned nodes put back where they were
// pinned; what no longer applies (a node not in this drawing) is left out of the address. False when a newer load
// took its place.
async function replayChanges(mine, signal) {
  const list = (text) => text.split(',').filter(Boolean);
  for (const id of list(state.expanded)) {
    const node = cy.getElementById(id);
    if (!node.length || node.data('kind') === 'Statement' || expanded.has(id)) continue;
    try {
      if (await addNetworkOf(id, mine, signal) === null) return false;
    } catch (error) {
      if (signal.aborted) return false;
      setStatus(error.message, true);
    }
  }
  if (mine !== loads) return false;
  for (const id of list(state.hidden)) cy.getElementById(id).addClass('hidden-node');
  for (const entry of list(state.pinned)) {
    const [, id, x, y] = /^(.+):(-?\d+):(-?\d+)$/.exec(entry) || [];
    const node = id ? cy.getElementById(id) : cy.collection();
    if (!node.length) continue;
    node.position({ x: Number(x), y: Number(y) });
    pinned.add(id);
    node.addClass('pinned');
  }
  if (expanded.size || pinned.size) fitDrawing(shownElements());
  record();
  return true;
}

// The drawing's expanded, hidden and pinned nodes into the address (replacing its entry: Back leaves the view, not
// each change of its drawing).
function record() {
  const at = (id) => cy.getElementById(id).position();
  const changes = {
    expanded: [...expanded].join(','),
    hidden: cy.nodes('.hidden-node').map((n) => n.id()).join(','),
    pinned: [...pinned].map((id) => `${id}:${Math.round(at(id).x)}:${Math.round(at(id).y)}`).join(','),
  };
  drawnChanges = changesOf(changes);
  if (drawnChanges !== changesOf(state)) change(changes, { origin: 'network' });
}

/** Hides a node (and its edges) from the drawing, or shows it again. */
export function hideNode(id, hide) {
  cy.getElementById(id).toggleClass('hidden-node', hide);
  afterChange();
  record();
  // a hidden node is no longer shown in the panel nor narrows the answer tables
  if (hide && (state.selected === id || state.involving === id)) {
    change({ ...(state.selected === id ? { selected: '' } : {}), ...(state.involving === id ? { involving: '' } : {}) });
  }
}

/** Pins a node where it is (layouts leave it there), or lets it go. */
export function pin(id, on) {
  if (on) pinned.add(id); else pinned.delete(id);
  cy.getElementById(id).toggleClass('pinned', on);
  relabel(); // a node dragged: its label and its edges' labels moved
  updateTools();
  record();
  if (state.selected === id && state.view === 'network') panel.show(cy.getElementById(id));
}

export const isPinned = (id) => pinned.has(id);

/**
 * The nodes and edges drawn: not folded away, hidden or unticked in the legend (read from the classes, as the
 * `:visible` selector can lag a class changed in the same task).
 */
export function shownElements() {
  const nodes = cy.nodes().not('.folded, .hidden-node');
  const edges = cy.edges().not('.folded, .hidden').filter((e) => !e.source().is('.folded, .hidden-node') && !e.target().is('.folded, .hidden-node'));
  return nodes.union(edges);
}
export const isExpanded = (id) => expanded.has(id);

function showAllHidden() {
  cy.nodes('.hidden-node').removeClass('hidden-node');
  afterChange();
  record();
}

// Lays the whole view out again (the nodes pinned stay).
function layOutAgain() {
  const asNodes = drawnAsNodes;
  drawnAsNodes = false;
  applyFolding();
  timing.layout = arrange(shownElements(), state.focus ? [state.focus] : [], pinned);
  if (asNodes) unfold();
  relabel();
  cy.fit(shownElements(), 20);
}

// The API's elements not already drawn, with a short label for the canvas. An edge is known by what it says (its
// properties but its id: the ids of the other facts are numbered per answer); `known` are the edges drawn before.
function elementsOf(network, known) {
  const nodes = network.nodes.filter((n) => !cy.getElementById(n.data.id).length)
    .map((n) => ({ group: 'nodes', data: { ...n.data, short: shorten(n.data.label, 40) } }));
  const edges = [];
  for (const e of network.edges) {
    if (known.has(edgeKey(e.data))) continue;
    let { id } = e.data;
    while (cy.getElementById(id).length) id += '+';
    edges.push({ group: 'edges', data: { ...e.data, id } });
  }
  return [...nodes, ...edges];
}

function edgeKey(data) {
  return JSON.stringify(Object.keys(data).filter((k) => k !== 'id').sort().map((k) => [k, data[k]]));
}

// One edge per speaker and subject for the statements that have both (and one per speaker and organisation spoken
// for); a statement about nothing in view stays a node.
function foldStatements() {
  cy.edges('[?folds]').remove();
  const pairs = new Map();
  const add = (type, from, to, statement) => {
    if (from.id() === to.id() && type === SPOKE_FOR) return;
    const id = `${type}:${from.id()}>${to.id()}`;
    if (!pairs.has(id)) pairs.set(id, { id, type, source: from.id(), target: to.id(), folds: true, statements: [] });
    const statements = pairs.get(id).statements;
    if (!statements.includes(statement.id())) statements.push(statement.id());
  };
  cy.nodes('[kind = "Statement"]').forEach((statement) => {
    const speakers = statement.incomers('edge[type = "SAID"]').sources();
    const subjects = statement.outgoers('edge[type = "ABOUT"]').targets();
    statement.toggleClass('foldable', speakers.length > 0 && subjects.length > 0);
    if (!statement.hasClass('foldable')) return;
    speakers.forEach((speaker) => {
      subjects.forEach((subject) => add(SAID_ABOUT, speaker, subject, statement));
      statement.outgoers('edge[type = "ON_BEHALF_OF"]').targets().forEach((org) => add(SPOKE_FOR, speaker, org, statement));
    });
  });
  cy.add([...pairs.values()].map((data) => ({ group: 'edges', data: { ...data, count: data.statements.length, label: foldedLabel(data) } })));
}

// a count, short enough to sit on the edge (the words are in the panel)
function foldedLabel(data) {
  if (data.type === SPOKE_FOR) return '';
  return `${data.statements.length} statement${data.statements.length === 1 ? '' : 's'}`;
}

// The foldable statements and their edges, or the folded edges, out of the drawing.
function applyFolding() {
  const statements = cy.nodes('.foldable');
  statements.union(statements.connectedEdges()).toggleClass('folded', !drawnAsNodes);
  cy.edges('[?folds]').toggleClass('folded', drawnAsNodes);
}

// "Statements as nodes" ticked or not: the statements unfolded among the people and organisations, or folded again.
function showStatementsAs() {
  if (state.statements === 'nodes' && !drawnAsNodes) unfold();
  else if (state.statements !== 'nodes' && drawnAsNodes) {
    drawnAsNodes = false;
    applyFolding();
  }
  afterChange();
  if (state.view === 'network') showSelected();
}

// Each statement starts between its speaker and its first subject, and is laid out there; the others do not move.
function unfold() {
  drawnAsNodes = true;
  applyFolding();
  const statements = shownElements().nodes('.foldable');
  statements.forEach((statement, i) => {
    const speaker = statement.incomers('edge[type = "SAID"]').sources().first().position();
    const subject = statement.outgoers('edge[type = "ABOUT"]').targets().first().position();
    const turn = (i % 7) * 9; // statements of the same pair do not start on top of each other
    statement.position({ x: (speaker.x + subject.x) / 2 + turn, y: (speaker.y + subject.y) / 2 - turn });
  });
  if (statements.length) timing.placing = placeAmong(shownElements(), statements);
}

// What the drawing shows changed: the labels, the dimming, the legend, the list of nodes, the status line, the tools and
// the text alternative.
function afterChange(complete = true) {
  relabel();
  dimAllButSelected();
  legend.render();
  nodeList.render();
  updateTools();
  const shown = shownElements();
  const nodes = shown.nodes();
  const statements = cy.nodes('[kind = "Statement"]').length;
  const entities = nodes.filter((n) => n.data('kind') !== 'Statement').length;
  const foldedEdges = shown.edges(`[type = "${SAID_ABOUT}"]`).length;
  const otherEdges = shown.edges().filter((e) => e.data('type') !== SAID_ABOUT).length;
  const status = drawnAsNodes
    ? `${nodes.length} nodes (${statements} statements), ${shown.edges().length} edges`
    : `${entities} people, organisations and subjects; ${statements} statements as ${foldedEdges} speaker-to-subject edges; ${otherEdges} other edges`;
  setStatus(status + (state.focus ? around() : ' (everything)')
    // the server draws at most so many statements, the oldest first (Network.complete)
    + (complete === false ? '; only the oldest statements are drawn: narrow the dates or choose a focus for the rest' : ''));
  $('cy').setAttribute('aria-label', `Network drawing: ${status}${state.focus ? around() : ''}. `
    + 'Every node is listed under Nodes in view, where the keyboard reaches it.');
  $('statements-as-nodes').checked = state.statements === 'nodes';
}

// The labels that would overlap tucked away (labels.js); how many, for the tests and the curious.
function relabel() {
  timing.tucked = declutter(cy, shownElements());
}

function updateTools() {
  const hidden = cy.nodes('.hidden-node').length;
  $('show-hidden').hidden = !hidden;
  $('show-hidden').textContent = `Show ${hidden} hidden`;
  $('unpin-all').hidden = !pinned.size;
  $('unpin-all').textContent = `Unpin ${pinned.size}`;
}

function around() {
  return ` around ${cy.getElementById(state.focus).data('label') || state.focus}`;
}

// No statement under the filters: said in words over the canvas, with what to change.
function nothingMatches(where) {
  const during = words.during(state.from, state.to);
  const when = during ? ` ${during}` : '';
  const inArticle = state.article ? ' in the article chosen' : '';
  return `Nothing was said${state.focus ? where : ''}${when}${inArticle}: no statement matches. Widen From/To, choose all articles or another focus.`;
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
  nodeList.mark(state.selected);
  if (chosen && chosen.length) {
    chosen.select();
    // a statement folded away: its speaker-to-subject edges stand for it
    if (chosen.hasClass('folded') && chosen.isNode()) {
      cy.edges(`[type = "${SAID_ABOUT}"]`).filter((e) => e.data('statements').includes(chosen.id())).select();
    }
    panel.show(chosen);
  } else {
    panel.clear();
  }
  dimAllButSelected();
}

// What is selected and what it touches (a node's edges and neighbours, an edge's two ends) are drawn as before, the
// rest dimmed; nothing selected, nothing dimmed.
function dimAllButSelected() {
  cy.elements('.dimmed').removeClass('dimmed');
  const chosen = cy.elements(':selected');
  const near = chosen.nodes().closedNeighborhood().union(chosen).union(chosen.edges().connectedNodes());
  const drawnNow = shownElements();
  if (!near.intersection(drawnNow).length) return; // nothing of the choice is drawn (hidden, or folded away)
  drawnNow.difference(near).addClass('dimmed');
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

/** Brings a node into view on the canvas (chosen from the list of nodes). */
export function reveal(id) {
  const node = cy.getElementById(id);
  if (node.length && node.visible()) cy.animate({ center: { eles: node }, duration: 150 });
}
