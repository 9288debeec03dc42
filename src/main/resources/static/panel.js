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

/** Shows a node or an edge of the network. */
export function show(element) {
  if (element.isEdge()) showEdge(element);
  else if (element.data('kind') === 'Statement') showStatement(element);
  else showEntity(element);
}

/** Nothing is chosen: the panel says what it is for. */
export function clear() {
  cancel('panel');
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
  const loading = el('p', 'Loading…', { class: 'hint loading' });
  panel.append(actions, loading);
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

