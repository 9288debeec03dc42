// The details panel of the network: a statement (its words, speaker, subjects, source), an edge (the fact and its
// source) or an entity (its roles and what it said and what was said about it, from the API). Each choice aborts the
// requests of the one before, so a slow answer for an earlier choice never fills the panel of a later one.
import { $, el, plainClick, shorten } from './dom.js';
import { state, address, change } from './address.js';
import { api, newRequest, cancel } from './api.js';
import { kindLabel, relationOf } from './style.js';
import { words } from './words.js';
import { sourceBlock, browserLink } from './sources.js';
import { setFocus } from './focus.js';
import { expand, hideNode, pin, isPinned, isExpanded, SAID_ABOUT } from './network.js';
import { compareControl } from './between.js';

/** Shows a node or an edge of the network. */
export function show(element) {
  if (element.isEdge() && element.data('folds')) showFolded(element);
  else if (element.isEdge()) showEdge(element);
  else if (element.data('kind') === 'Statement') showStatement(element);
  else showEntity(element);
  // on a phone the panel is a sheet over the drawing's foot, put away with Close (the selection stays)
  const close = el('button', 'Close', { type: 'button', class: 'close', 'aria-label': 'Close the details' });
  close.addEventListener('click', () => $('details').classList.remove('open'));
  $('details').prepend(close);
  $('details').classList.add('open');
}

/** Nothing is chosen: the panel says what it is for. */
export function clear() {
  cancel('panel');
  $('details').classList.remove('open');
  $('details').replaceChildren(el('p', 'Click a node or an edge to see who said what, with the article and sentence behind it.', { class: 'hint' }));
}

function showStatement(node) {
  cancel('panel');
  const d = node.data();
  const panel = $('details');
  const speaker = node.incomers('edge[type = "SAID"]').sources();
  const about = node.outgoers('edge[type = "ABOUT"]').targets();
  const behalf = node.outgoers('edge[type = "ON_BEHALF_OF"]').targets();
  panel.replaceChildren(
    el('h2', speaker.length ? `${speaker.data('label')} ${d.statementKind === 'quote' ? 'said' : '(reported)'}` : 'Statement'),
    el('blockquote', d.text, { class: 'quotation' }),
    el('p', `When: ${d.when || 'no date given'}`),
  );
  if (behalf.length) panel.append(el('p', `On behalf of: ${behalf.map((n) => n.data('label')).join(', ')}`));
  if (about.length) panel.append(el('p', `About: ${about.map((n) => n.data('label')).join(', ')}`));
  const said = speaker.length ? `SAID:${speaker.id()}:${d.id}` : `REPORTED_IN:${d.id}:${d.article}`;
  panel.append(sourceBlock(d.article, d.evidence, said));
  const actions = el('div', null, { class: 'actions' });
  actions.append(browserLink(`MATCH (s:Statement {id: '${d.id}'})-[fact]-(other) RETURN s, fact, other`));
  panel.append(actions);
}

// A folded edge: every statement of the speaker about the subject (or spoken for the organisation), each with its source.
function showFolded(edge) {
  cancel('panel');
  const cy = edge.cy();
  const speaker = edge.source().data('label');
  const other = shorten(edge.target().data('label'), 80);
  const statements = edge.data('statements').map((id) => cy.getElementById(id));
  const panel = $('details');
  const count = `${statements.length} statement${statements.length === 1 ? '' : 's'}`;
  panel.replaceChildren(el('h2', edge.data('type') === SAID_ABOUT ? `${speaker} about ${other}` : `${speaker} for ${other}`),
    el('p', `${count}${edge.data('type') === SAID_ABOUT ? '' : ' made on its behalf'}, oldest first:`, { class: 'hint' }));
  const list = el('ol', null, { class: 'folded-statements' });
  const oldestFirst = statements.sort((a, b) => String(a.data('when')).localeCompare(String(b.data('when'))));
  for (const statement of oldestFirst) {
    const d = statement.data();
    const item = el('li');
    const quote = el('a', `“${shorten(d.text, 300)}”`, { href: address({ selected: d.id }), class: 'statement-text' });
    quote.addEventListener('click', (event) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      change({ selected: d.id });
    });
    item.append(el('blockquote', null, { class: 'quotation' }));
    item.firstChild.append(quote);
    item.append(sourceBlock(d.article, d.evidence, `SAID:${edge.data('source')}:${d.id}`));
    list.append(item);
  }
  panel.append(list);
}

function showEdge(edge) {
  cancel('panel');
  const d = edge.data();
  const panel = $('details');
  panel.replaceChildren(
    el('h2', `${edge.source().data('label')} — ${relationOf(d.type).label} → ${shorten(edge.target().data('label'), 80)}`),
  );
  const statement = [edge.source(), edge.target()].find((n) => n.data('kind') === 'Statement');
  if (statement) panel.append(el('blockquote', statement.data('text'), { class: 'quotation' }));
  for (const key of ['role', 'summary', 'domain', 'rating', 'status', 'note', 'ambiguity']) {
    if (d[key]) panel.append(el('p', `${key}: ${d[key]}`));
  }
  panel.append(sourceBlock(d.article, d.evidence || (statement ? statement.data('evidence') : null),
    `${d.type}:${d.source}:${d.target}`));
  const actions = el('div', null, { class: 'actions' });
  actions.append(browserLink(`MATCH (a {id: '${d.source}'})-[fact:${d.type}]->(b {id: '${d.target}'}) RETURN a, fact, b`));
  panel.append(actions);
}

async function showEntity(node) {
  const signal = newRequest('panel');
  const id = node.id();
  const label = node.data('label');
  const panel = $('details');
  panel.replaceChildren(el('h2', label), el('p', kindLabel(node.data('kind'))));
  const actions = el('div', null, { class: 'actions' });
  const focus = el('button', 'Focus here', { type: 'button' });
  focus.addEventListener('click', () => setFocus(id, label));
  const timeline = el('button', 'Timeline', { type: 'button' });
  timeline.addEventListener('click', () => setFocus(id, label, { view: 'timeline' }));
  const profile = el('a', 'Profile', { href: address({ view: 'profile', id, at: '' }), 'data-nav': '', class: 'profile-link' });
  actions.append(profile, focus, timeline, browserLink(`MATCH (n {id: '${id}'})-[fact]-(other) RETURN n, fact, other`));
  panel.append(actions, drawingActions(node), compareControl(id, label));
  const loading = el('p', 'Loading…', { class: 'hint loading' });
  panel.append(loading);
  let entity;
  let by;
  let about;
  try {
    [entity, by, about] = await Promise.all([
      api(`/api/entities/${encodeURIComponent(id)}`, { signal }),
      api(`/api/statements?speaker=${encodeURIComponent(id)}`, { signal }),
      api(`/api/statements?about=${encodeURIComponent(id)}`, { signal }),
    ]);
  } catch (error) {
    if (!signal.aborted) loading.replaceWith(el('p', error.message, { class: 'error' }));
    return;
  }
  if (signal.aborted || state.view !== 'network') return; // something else was chosen meanwhile
  loading.remove();
  if (entity.aliases && entity.aliases.length) panel.append(el('p', `Also called: ${entity.aliases.join(', ')}`));
  if (entity.roles.length) {
    const roles = el('ul');
    for (const role of entity.roles) {
      const item = el('li', `${role.relation.toLowerCase().replaceAll('_', ' ')} ${role.other.name}`
        + `${role.role ? ` (${role.role})` : ''}${role.status ? `, ${role.status}` : ''} · `);
      const fact = role.direction === 'out' ? `${role.relation}:${id}:${role.other.id}` : `${role.relation}:${role.other.id}:${id}`;
      item.append(el('a', words.date(role.source.articleDate), {
        href: address({ view: 'article', id: role.source.article, at: fact }), 'data-nav': '',
        title: `Source: ${role.source.title || role.source.article}`,
      }));
      roles.append(item);
    }
    panel.append(el('h3', 'Roles'), roles);
  }
  panel.append(statementList(node, `Said by ${label} (${by.length})`, by, false));
  panel.append(statementList(node, `Said about ${label} (${about.length})`, about, true));
}

// What the drawing does with this node: add its own network, hide it, pin it where it is or let it go.
function drawingActions(node) {
  const id = node.id();
  const actions = el('div', null, { class: 'actions drawing' });
  if (!isExpanded(id)) {
    const more = el('button', 'Expand', { type: 'button', title: 'Add what it said and what was said about it (double click on the drawing)' });
    more.addEventListener('click', () => { more.disabled = true; expand(id); });
    actions.append(more);
  }
  const hide = el('button', 'Hide', { type: 'button', title: 'Take it out of the drawing (Show hidden, above the drawing, brings it back)' });
  hide.addEventListener('click', () => hideNode(id, true));
  const pinned = isPinned(id);
  const pinning = el('button', pinned ? 'Unpin' : 'Pin', {
    type: 'button', 'aria-pressed': String(pinned), title: 'A pinned node stays where it is when the drawing is laid out again (dragging pins it)',
  });
  pinning.addEventListener('click', () => pin(id, !pinned));
  actions.append(hide, pinning);
  return actions;
}

function statementList(node, title, statements, withSpeaker) {
  const wrapper = el('div');
  wrapper.append(el('h3', title));
  const list = el('ul');
  for (const s of statements) {
    const item = el('li');
    if (withSpeaker) item.append(el('strong', `${s.speaker.name}: `));
    const href = address({ view: 'article', id: s.source.article, at: `SAID:${s.speaker.id}:${s.id}` });
    const source = el('small', `${words.date(s.when)} · `);
    source.append(el('a', shorten(s.source.title || s.source.article, 80), { href, 'data-nav': '' }));
    // the quotation: shown in the panel with its speaker and subjects when the network has it, else read in its article
    const quote = el('a', `“${shorten(s.text, 220)}”`, { href, 'data-nav': '', class: 'statement-text' });
    quote.addEventListener('click', (event) => {
      if (!node.cy().getElementById(s.id).length || !plainClick(event)) return;
      event.preventDefault();
      change({ selected: s.id });
    });
    item.append(quote, el('br'), source);
    list.append(item);
  }
  wrapper.append(list);
  return wrapper;
}

