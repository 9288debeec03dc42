// The who-said-what page: a Cytoscape.js network over /api/network, a details panel, the chronology (timeline.js),
// the search over what was said (said.js), the source articles (article.js), an entity's profile (profile.js), an
// organisation's claims against outcomes (claims.js) and the review screen for a new article
// (ingest.js). Everything the view shows is in the URL (focus, depth, dates, article, hidden relations, tab,
// selection, the words searched for, the article read and the fact chosen in it), so a view can be shared as a
// link. This file owns that address: readState, writeState, address (a link to another view) and go (follow one
// without reloading the page).
'use strict';

// How the network is drawn, the server's one style (NetworkStyle.java, /api/network-style), which the GraphML and GEXF
// exports carry too: per kind of node {color, shape, label, size}, per relation type {color, line, label}. start()
// fills it in before anything is drawn.
const KINDS = {};
const RELATIONS = {};
const OTHERS = { kind: {}, relation: {} };
const kindOf = (k) => KINDS[k] || OTHERS.kind;
const relationOf = (t) => RELATIONS[t] || { ...OTHERS.relation, label: t.toLowerCase().replaceAll('_', ' ') };

function applyStyle(style) {
  Object.assign(KINDS, style.kinds);
  Object.assign(RELATIONS, style.relations);
  OTHERS.kind = style.otherKind;
  OTHERS.relation = style.otherRelation;
}

const $ = (id) => document.getElementById(id);
const VIEWS = ['network', 'timeline', 'said', 'article', 'profile', 'claims', 'ingest'];
const state = readState();
let cy;
let networkLoaded = false; // the review screen opens without waiting for the network
let browserUrl = null;
const articles = new Map();

// ---- URL state ----------------------------------------------------------------------------------
function readState() {
  const p = new URLSearchParams(location.search);
  return {
    focus: p.get('focus') || '',
    depth: p.get('depth') || '1',
    from: p.get('from') || '',
    to: p.get('to') || '',
    article: p.get('article') || '',
    hide: new Set((p.get('hide') || '').split(',').filter(Boolean)),
    view: VIEWS.includes(p.get('view')) ? p.get('view') : 'network',
    selected: p.get('selected') || '',
    q: p.get('q') || '', // the words searched for (view=said)
    id: p.get('id') || '', // the article read (view=article), the entity shown (view=profile), the organisation (view=claims)
    at: p.get('at') || '', // the fact chosen in it
  };
}

// The address of the view `changes` makes of the current one ({view: 'article', id, at} for an article).
function address(changes = {}) {
  const s = { ...state, ...changes };
  const p = new URLSearchParams();
  if (s.view !== 'network') p.set('view', s.view);
  if (s.view === 'article') {
    if (s.id) p.set('id', s.id);
    if (s.id && s.at) p.set('at', s.at);
  }
  if (s.view === 'said' && s.q) p.set('q', s.q);
  if ((s.view === 'profile' || s.view === 'claims') && s.id) p.set('id', s.id);
  for (const key of ['focus', 'depth', 'from', 'to', 'article', 'selected']) {
    if (s[key] && !(key === 'depth' && s[key] === '1')) p.set(key, s[key]);
  }
  if (s.hide.size) p.set('hide', [...s.hide].join(','));
  return `${location.pathname}${p.toString() ? '?' + p : ''}`;
}

function writeState() {
  history.replaceState(null, '', address());
}

// Follows a link of the page's own (data-nav) as a new entry of the history, without reloading the page.
function go(href) {
  history.pushState(null, '', href);
  applyAddress();
}

// The address changed (a link followed, Back or Forward): show what it says.
function applyAddress() {
  const next = readState();
  const networkChanged = ['focus', 'depth', 'from', 'to', 'article'].some((key) => next[key] !== state[key])
    || [...next.hide].join() !== [...state.hide].join();
  const focusChanged = next.focus !== state.focus;
  Object.assign(state, next);
  $('depth').value = state.depth;
  $('from').value = state.from;
  $('to').value = state.to;
  $('article').value = state.article;
  if (focusChanged) showFocusName();
  updateExports();
  if (networkChanged) networkLoaded = false;
  showView(state.view);
}

function networkQuery() {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  p.set('depth', state.depth);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.article) p.set('article', state.article);
  return p;
}

// ---- fetching -----------------------------------------------------------------------------------
// While the graph loads (first start) the API answers 503 "Loading" with Retry-After: say so and
// ask again, rather than show a half-loaded graph or an error. A signal (an AbortController's) stops
// the request, and the waiting between tries, when its answer is no longer wanted. With `whole`, the answer is
// {body, headers}, for the lists that come a page at a time (X-Has-More, Link).
async function api(path, { signal, whole = false } = {}) {
  for (;;) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
    const body = await response.json().catch(() => null);
    if (response.status === 503 && body && body.title === 'Loading') {
      const seconds = Number(response.headers.get('Retry-After')) || 5;
      setStatus(`The graph is still loading; trying again in ${seconds} s…`);
      document.body.dataset.graphLoading = 'true';
      await pause(seconds * 1000, signal);
      continue;
    }
    delete document.body.dataset.graphLoading;
    const checkedBody = checked(response, body);
    return whole ? { body: checkedBody, headers: response.headers } : checkedBody;
  }
}

function pause(milliseconds, signal) {
  return new Promise((resolve, reject) => {
    if (signal && signal.aborted) { reject(signal.reason); return; }
    const timer = setTimeout(resolve, milliseconds);
    if (signal) signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

// An answer that is not 2xx is an Error with the API's problem detail as its message; `problem` keeps the whole
// problem (its `parameter` names the parameter at fault).
function checked(response, body) {
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.problem = body;
    throw error;
  }
  return body;
}

function setStatus(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

// ---- the network --------------------------------------------------------------------------------
function shorten(text, length) {
  return text && text.length > length ? text.slice(0, length - 1) + '…' : text || '';
}

function initGraph() {
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
      { selector: 'node[kind = "Statement"]:selected', style: { label: 'data(short)', 'font-size': 9 } },
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
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('tap', 'node', (event) => select(event.target));
  cy.on('tap', 'edge', (event) => select(event.target));
  window.cy = cy; // for the end-to-end tests and the curious
}

async function loadNetwork() {
  networkLoaded = true;
  delete document.body.dataset.loaded;
  setStatus('Loading the network…');
  let network;
  try {
    network = await api(`/api/network?${networkQuery()}`);
  } catch (error) {
    setStatus(error.message, true);
    return;
  }
  const elements = [
    ...network.nodes.map((n) => ({ group: 'nodes', data: { ...n.data, short: shorten(n.data.label, 40) } })),
    ...network.edges.map((e) => ({ group: 'edges', data: e.data })),
  ];
  cy.resize(); // it may have been hidden (the page opened on another tab)
  cy.elements().remove();
  cy.add(elements);
  if (state.focus) cy.getElementById(state.focus).addClass('focus');
  applyHidden();
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 70, padding: 20 }).run();
  renderLegend(network);
  const statements = network.nodes.filter((n) => n.data.kind === 'Statement').length;
  setStatus(`${network.nodes.length} nodes (${statements} statements), ${network.edges.length} edges`
    + (state.focus ? ` around ${cy.getElementById(state.focus).data('label') || state.focus}` : ' (everything)')
    // the server draws at most so many statements, the oldest first (Network.complete)
    + (network.complete === false ? '; only the oldest statements are drawn: narrow the dates or choose a focus for the rest' : ''));
  document.body.dataset.loaded = 'network';
  const chosen = state.selected ? cy.getElementById(state.selected) : null;
  if (chosen && chosen.length) {
    // shown in the panel only when the network is the view; another view's panel is its own
    if (state.view === 'network') select(chosen);
    else { cy.elements().unselect(); chosen.select(); }
  }
}

function applyHidden() {
  cy.edges().forEach((e) => e.toggleClass('hidden', state.hide.has(e.data('type'))));
}

function renderLegend(network) {
  const kinds = [...new Set(network.nodes.map((n) => n.data.kind))];
  const types = [...new Set(network.edges.map((e) => e.data.type))].sort();
  $('legend-nodes').replaceChildren(...kinds.map((k) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = kindOf(k).color;
    li.append(swatch, (KINDS[k] ? KINDS[k].label : k));
    return li;
  }));
  $('legend-edges').replaceChildren(...types.map((t) => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !state.hide.has(t);
    box.dataset.relation = t;
    box.addEventListener('change', () => {
      if (box.checked) state.hide.delete(t); else state.hide.add(t);
      applyHidden();
      writeState();
      updateExports();
    });
    const line = document.createElement('span');
    line.className = 'line';
    line.style.borderTopColor = relationOf(t).color;
    line.style.borderTopStyle = relationOf(t).line;
    label.append(box, line, ` ${relationOf(t).label}`);
    li.append(label);
    return li;
  }));
}

// ---- the details panel --------------------------------------------------------------------------
function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

// Where something comes from: the article (a link that opens it at the fact's words) and the sentence.
function sourceBlock(articleId, evidence, fact) {
  const article = articles.get(articleId);
  const block = el('div', null, { class: 'source' });
  const title = article ? article.title : articleId;
  const where = article ? [article.publisher, words.articleDate(article)].filter(Boolean).join(', ') : '';
  const href = address({ view: 'article', id: articleId, at: fact || '' });
  block.append(el('div', null));
  block.firstChild.append(el('strong', 'Source: '), el('a', title, { class: 'article-title', href, 'data-nav': '' }),
    where ? el('span', ` (${where})`) : '');
  if (evidence) block.append(el('div', `“${evidence}”`, { class: 'evidence' }));
  block.append(el('a', 'Read it in the article', { href, 'data-nav': '', class: 'read-article' }));
  return block;
}

function browserLink(cypher, text = 'Open in Neo4j Browser') {
  if (!browserUrl) return '';
  const joiner = browserUrl.includes('?') ? '&' : '?';
  return el('a', text, {
    href: `${browserUrl}${joiner}cmd=edit&arg=${encodeURIComponent(cypher)}`, target: '_blank', rel: 'noopener',
    class: 'browser',
  });
}

function select(element) {
  cy.elements().unselect();
  element.select();
  state.selected = element.id();
  writeState();
  if (element.isEdge()) showEdge(element);
  else if (element.data('kind') === 'Statement') showStatement(element);
  else showEntity(element);
}

function showStatement(node) {
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
  const id = node.id();
  const panel = $('details');
  panel.replaceChildren(el('h2', node.data('label')), el('p', KINDS[node.data('kind')] ? KINDS[node.data('kind')].label : node.data('kind')));
  const actions = el('div', null, { class: 'actions' });
  const focus = el('button', 'Focus here', { type: 'button' });
  focus.addEventListener('click', () => setFocus(id, node.data('label')));
  const timeline = el('button', 'Timeline', { type: 'button' });
  timeline.addEventListener('click', () => { setFocus(id, node.data('label'), false); networkLoaded = false; showView('timeline'); });
  const profile = el('a', 'Profile', { href: address({ view: 'profile', id, at: '' }), 'data-nav': '', class: 'profile-link' });
  actions.append(profile, focus, timeline, browserLink(`MATCH (n {id: '${id}'})-[fact]-(other) RETURN n, fact, other`));
  panel.append(actions);
  try {
    const [entity, by, about] = await Promise.all([
      api(`/api/entities/${encodeURIComponent(id)}`),
      api(`/api/statements?speaker=${encodeURIComponent(id)}`),
      api(`/api/statements?about=${encodeURIComponent(id)}`),
    ]);
    if (state.selected !== id || state.view !== 'network') return; // something else was chosen meanwhile
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
    panel.append(statementList(`Said by ${node.data('label')} (${by.length})`, by, false));
    panel.append(statementList(`Said about ${node.data('label')} (${about.length})`, about, true));
  } catch (error) {
    panel.append(el('p', error.message, { class: 'error' }));
  }
}

function statementList(title, statements, withSpeaker) {
  const wrapper = el('div');
  wrapper.append(el('h3', title));
  const list = el('ul');
  for (const s of statements) {
    const item = el('li');
    if (withSpeaker) item.append(el('strong', `${s.speaker.name}: `));
    const source = el('small', `${words.date(s.when)} · `);
    source.append(el('a', shorten(s.source.title || s.source.article, 80), {
      href: address({ view: 'article', id: s.source.article, at: `SAID:${s.speaker.id}:${s.id}` }), 'data-nav': '',
    }));
    // the quotation: shown in the panel with its speaker and subjects (and picked out in the network when it is
    // there), else read in its article
    const quote = el('a', `“${shorten(s.text, 220)}”`, {
      href: address({ view: 'article', id: s.source.article, at: `SAID:${s.speaker.id}:${s.id}` }), 'data-nav': '',
      class: 'statement-text',
    });
    quote.addEventListener('click', (event) => {
      const node = cy.getElementById(s.id);
      if (!node.length || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      select(node);
    });
    item.append(quote, el('br'), source);
    list.append(item);
  }
  wrapper.append(list);
  return wrapper;
}

function showView(view) {
  state.view = view;
  writeState();
  document.body.dataset.view = view;
  for (const tab of VIEWS) {
    $(`tab-${tab}`).setAttribute('aria-selected', String(view === tab));
    $(`${tab}-view`).hidden = view !== tab;
  }
  $('details').hidden = ['ingest', 'article', 'said', 'profile', 'claims'].includes(view);
  // the pictures are of the network as drawn, so only from its tab
  for (const button of [$('export-png'), $('export-svg')]) button.disabled = view !== 'network';
  if (view === 'ingest') ingestScreen.show();
  else if (view === 'article') articleView.show();
  else if (view === 'said') saidSearch.show();
  else if (view === 'profile') profileView.show();
  else if (view === 'claims') claimsView.show();
  else if (view === 'timeline') chronology.load();
  else if (!networkLoaded) loadNetwork();
  else {
    cy.resize();
    cy.fit(undefined, 20);
    // the panel may show another view's choice: show the network's again
    const chosen = state.selected ? cy.getElementById(state.selected) : null;
    if (chosen && chosen.length) select(chosen);
    document.body.dataset.loaded = 'network';
  }
}

// ---- controls -----------------------------------------------------------------------------------
function setFocus(id, label, reload = true) {
  state.focus = id;
  state.selected = id;
  $('focus-now').textContent = label || id;
  showFocusProfile();
  $('search').value = '';
  hideSuggestions();
  writeState();
  updateExports();
  // on the profile (or the claims), a name chosen in "Focus on" is the one to show
  if ((state.view === 'profile' || state.view === 'claims') && id) {
    networkLoaded = false;
    go(address({ view: state.view, id, at: '' }));
    return;
  }
  if (reload) reloadViews();
}

// The focus or a filter changed: the view shown is loaded again now, the network when its tab is next shown.
function reloadViews() {
  if (state.view === 'network') {
    loadNetwork();
    return;
  }
  networkLoaded = false;
  if (state.view === 'timeline') chronology.load();
  if (state.view === 'claims') claimsView.show();
}

// "Focus on" is a combobox (ARIA 1.2): the input owns the list of suggestions, the arrow keys move the active option
// (aria-activedescendant: the focus stays in the input), Enter takes it (or the first, the best match), Escape closes.
let suggestTimer;
let suggesting = null; // the suggestions asked for, aborted when the text changes again

function hideSuggestions() {
  $('suggestions').hidden = true;
  $('search').setAttribute('aria-expanded', 'false');
  $('search').removeAttribute('aria-activedescendant');
}

function suggestionOptions() {
  return [...$('suggestions').querySelectorAll('[role=option]')];
}

function activateSuggestion(index) {
  const options = suggestionOptions();
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  if (index < 0 || index >= options.length) {
    $('search').removeAttribute('aria-activedescendant');
    return;
  }
  $('search').setAttribute('aria-activedescendant', options[index].id);
  options[index].scrollIntoView({ block: 'nearest' });
}

async function suggest() {
  const text = $('search').value.trim();
  if (suggesting) suggesting.abort();
  if (text.length < 2) { hideSuggestions(); return; }
  const mine = suggesting = new AbortController();
  let hits;
  try {
    hits = await api(`/api/entities?q=${encodeURIComponent(text)}&limit=8`, { signal: mine.signal });
  } catch (error) {
    if (!mine.signal.aborted) hideSuggestions();
    return;
  }
  const typed = saidSearch.wordsOf(text).join(' ');
  const list = $('suggestions');
  list.replaceChildren(...hits.map((hit, index) => {
    const item = el('li', null, { role: 'option', id: `suggestion-${index}`, 'data-id': hit.entity.id, 'aria-selected': 'false' });
    item.append(el('span', hit.entity.name, { class: 'name' }));
    // the alias typed, when that is why it came first ('NSFT' for the trust)
    const alias = hit.match === 'alias' && (hit.aliases || []).find((a) => saidSearch.wordsOf(a).join(' ') === typed);
    if (alias) item.append(' ', el('span', `(${alias})`, { class: 'alias' }));
    item.append(' ', el('small', KINDS[hit.entity.kind] ? KINDS[hit.entity.kind].label : hit.entity.kind || ''));
    item.addEventListener('mousedown', (event) => { event.preventDefault(); setFocus(hit.entity.id, hit.entity.name); });
    return item;
  }));
  list.hidden = hits.length === 0;
  $('search').setAttribute('aria-expanded', String(hits.length > 0));
  $('search').removeAttribute('aria-activedescendant');
}

// The export links ask for what the network view shows: its focus and filters, without the relations unticked in
// the legend (those the style knows; the server refuses others).
function updateExports() {
  const hidden = [...state.hide].filter((t) => RELATIONS[t]).sort();
  for (const format of ['graphml', 'gexf', 'cyjs', 'dot']) {
    const p = networkQuery();
    if (hidden.length) p.set('hide', hidden.join(','));
    p.set('format', format);
    $(`export-${format}`).href = `/api/export?${p}`;
  }
}

// The network view as a picture: the whole network as laid out (not only the part zoomed into), without the hidden
// relations, on white. PNG at twice the drawing's own size, at most 4096 pixels a side; SVG by cytoscape-svg.
function exportPicture(format) {
  if (!cy.nodes().length) return;
  const options = { full: true, bg: '#ffffff' };
  let blob;
  if (format === 'png') {
    const box = cy.elements(':visible').boundingBox();
    const scale = Math.min(2, 4096 / Math.max(box.w, box.h, 1));
    blob = cy.png({ ...options, scale, output: 'blob' });
  } else {
    blob = new Blob([cy.svg({ ...options, scale: 1 })], { type: 'image/svg+xml;charset=utf-8' });
  }
  const url = URL.createObjectURL(blob);
  const link = el('a', null, { href: url, download: pictureName(format) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// network-nsft-2026-12-01.png: named as the server names its exports (ExportController), the focus and today's date.
function pictureName(extension) {
  const now = new Date();
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `network${state.focus ? `-${state.focus}` : ''}-${date}.${extension}`;
}

function wireControls() {
  $('depth').value = state.depth;
  $('from').value = state.from;
  $('to').value = state.to;
  $('search').addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 200); });
  $('search').addEventListener('keydown', (event) => {
    const options = suggestionOptions();
    const open = !$('suggestions').hidden;
    const current = open ? options.findIndex((o) => o.getAttribute('aria-selected') === 'true') : -1;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length) {
      event.preventDefault();
      if (!open) {
        $('suggestions').hidden = false;
        $('search').setAttribute('aria-expanded', 'true');
      }
      const down = event.key === 'ArrowDown';
      const next = current < 0 ? (down ? 0 : options.length - 1) : (current + (down ? 1 : options.length - 1)) % options.length;
      activateSuggestion(next);
    } else if (event.key === 'Enter' && open && options.length) {
      event.preventDefault();
      const chosen = options[Math.max(current, 0)];
      setFocus(chosen.dataset.id, chosen.querySelector('.name').textContent);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      hideSuggestions();
    }
  });
  $('search').addEventListener('blur', () => setTimeout(hideSuggestions, 150));
  $('everything').addEventListener('click', () => { setFocus('', ''); });
  $('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    state.depth = $('depth').value;
    state.from = $('from').value.trim();
    state.to = $('to').value.trim();
    state.article = $('article').value;
    writeState();
    updateExports();
    reloadViews();
  });
  $('tab-network').addEventListener('click', () => showView('network'));
  $('tab-timeline').addEventListener('click', () => showView('timeline'));
  $('tab-said').addEventListener('click', () => showView('said'));
  $('tab-article').addEventListener('click', () => {
    // the id in the address is the profile's: the tab opens the list of articles
    if (state.view === 'profile' || state.view === 'claims') { state.id = ''; state.at = ''; }
    showView('article');
  });
  $('tab-ingest').addEventListener('click', () => showView('ingest'));
  $('export-png').addEventListener('click', () => exportPicture('png'));
  $('export-svg').addEventListener('click', () => exportPicture('svg'));
  // The page's own links (data-nav: a source, a fact, an article) change the view without reloading the page;
  // with a modifier key or another button they open as links do.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(link.getAttribute('href'));
  });
  window.addEventListener('popstate', applyAddress);
}

// The "Profile" link beside the focus's name: the profile of the entity focused on.
function showFocusProfile() {
  const link = $('focus-profile');
  link.hidden = !state.focus;
  link.href = state.focus ? address({ view: 'profile', id: state.focus, at: '' }) : '#';
}

function showFocusName() {
  showFocusProfile();
  if (!state.focus) { $('focus-now').textContent = ''; return Promise.resolve(); }
  return api(`/api/entities/${encodeURIComponent(state.focus)}`)
    .then((entity) => { $('focus-now').textContent = entity.name; })
    .catch(() => { $('focus-now').textContent = state.focus; });
}

async function start() {
  initGraph();
  wireControls();
  updateExports();
  ingestScreen.init();
  articleView.init();
  saidSearch.init();
  profileView.init();
  claimsView.init();
  if (state.view === 'ingest') showView('ingest');
  try {
    const [style, info, list] = await Promise.all([api('/api/network-style'), api('/api/info'), api('/api/articles')]);
    applyStyle(style);
    updateExports(); // now that the relation types are known
    browserUrl = info.browserUrl;
    if (browserUrl) { $('browser-link').href = browserUrl; $('browser-link').hidden = false; }
    for (const article of list) {
      articles.set(article.id, article);
      $('article').append(el('option', `${words.articleDate(article)} · ${shorten(article.title, 60)}`, { value: article.id }));
    }
    $('article').value = state.article;
  } catch (error) {
    setStatus(error.message, true);
  }
  const named = showFocusName();
  if (state.view === 'timeline') await named; // its title names the focus
  if (['article', 'said', 'profile', 'claims'].includes(state.view)) {
    showView(state.view); // the network is laid out when its tab is shown
  } else if (state.view !== 'ingest') {
    await loadNetwork();
    showView(state.view);
  }
}

start();
