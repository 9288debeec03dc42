// The one owner of the page's state, which is its address: everything the page shows is in the URL (focus, depth,
// dates, article, hidden relations, tab, selection, the table chosen, its order and the node it is narrowed to, the
// words searched for, the article read and the fact chosen in it, the entity profiled, statements drawn as nodes or
// folded, the nodes expanded, hidden and pinned in the drawing, the two entities compared), so a view can be shared.
// Nothing else writes the URL: a module asks for a change (change, go), this module writes the address and tells every
// subscriber which keys changed (onChange); Back and Forward reach the subscribers the same way.
export const VIEWS = ['network', 'timeline', 'said', 'article', 'profile', 'claims', 'ingest', 'between'];
export const TABLES = ['criticisms', 'leadership', 'statements', 'calls', 'inspections'];
const KEYS = ['focus', 'depth', 'from', 'to', 'article', 'hide', 'view', 'selected', 'table', 'involving', 'q', 'id', 'at',
  'statements', 'expanded', 'hidden', 'pinned', 'a', 'b', 'sort', 'by'];

function read() {
  const p = new URLSearchParams(location.search);
  return {
    focus: p.get('focus') || '',
    depth: p.get('depth') || '1',
    from: p.get('from') || '',
    to: p.get('to') || '',
    article: p.get('article') || '',
    hide: new Set((p.get('hide') || '').split(',').filter(Boolean)), // relation types unticked in the legend
    view: VIEWS.includes(p.get('view')) ? p.get('view') : 'network',
    selected: p.get('selected') || '', // the node or edge shown in the panel
    table: TABLES.includes(p.get('table')) ? p.get('table') : 'criticisms', // the answer table shown beside the network
    involving: p.get('involving') || '', // the node the tables are narrowed to
    sort: p.get('sort') || '', // the answer table's order: a column ('critic'), '-' before it for descending
    q: p.get('q') || '', // the words searched for (view=said)
    by: p.get('by') || '', // the speaker whose words are searched (view=said)
    id: p.get('id') || '', // the article read (view=article), the entity shown (view=profile), the organisation (view=claims)
    at: p.get('at') || '', // the fact chosen in the article
    statements: p.get('statements') === 'nodes' ? 'nodes' : '', // drawn as nodes, rather than folded into edges
    // the drawing's own changes, in the order made (network.js reads and writes them): nodes expanded ('a,b'), nodes
    // hidden ('c'), nodes pinned where they were put ('d:120:-45', the drawing's own coordinates)
    expanded: p.get('expanded') || '',
    hidden: p.get('hidden') || '',
    pinned: p.get('pinned') || '',
    a: p.get('a') || '', // the two entities of view=between
    b: p.get('b') || '',
  };
}

/** The state the address says; read it anywhere, change it only with change() or go(). */
export const state = read();

/** The address of the view `changes` makes of the current one ({view: 'article', id, at} for an article). */
export function address(changes = {}) {
  const s = { ...state, ...changes };
  const p = new URLSearchParams();
  if (s.view !== 'network') p.set('view', s.view);
  if (s.view === 'article') {
    if (s.id) p.set('id', s.id);
    if (s.id && s.at) p.set('at', s.at);
  }
  if (s.view === 'said' && s.q) p.set('q', s.q);
  if (s.view === 'said' && s.by) p.set('by', s.by);
  if ((s.view === 'profile' || s.view === 'claims') && s.id) p.set('id', s.id);
  if (s.view === 'between') {
    if (s.a) p.set('a', s.a);
    if (s.b) p.set('b', s.b);
  }
  for (const key of ['focus', 'depth', 'from', 'to', 'article', 'selected', 'table', 'sort', 'involving', 'statements',
    'expanded', 'hidden', 'pinned']) {
    const usual = { depth: '1', table: 'criticisms' }[key];
    if (s[key] && s[key] !== usual) p.set(key, s[key]);
  }
  if (s.hide.size) p.set('hide', [...s.hide].join(','));
  return `${location.pathname}${p.toString() ? '?' + p : ''}`;
}

/** The network's own filters as the API takes them (/api/network, /api/export). */
export function networkQuery() {
  const p = new URLSearchParams();
  if (state.focus) p.set('focus', state.focus);
  p.set('depth', state.depth);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.article) p.set('article', state.article);
  return p;
}

const listeners = [];

/** Calls `listener(changed, origin)` after every change: the keys that changed, and who asked for it. */
export function onChange(listener) {
  listeners.push(listener);
}

/**
 * Changes the state and the address: a new entry of the history with `push` (a view of its own, which Back leaves),
 * else the current one replaced. `origin` names the module that asked, which has shown the change already.
 */
export function change(changes, { push = false, origin = null } = {}) {
  const before = copy();
  Object.assign(state, changes);
  const href = address();
  if (push) history.pushState(null, '', href);
  else if (href !== location.pathname + location.search) history.replaceState(null, '', href);
  tell(before, origin);
}

/** Follows a link of the page's own (data-nav) as a new entry of the history, without reloading the page. */
export function go(href) {
  history.pushState(null, '', href);
  follow();
}

/** Tells every subscriber that everything changed: the page's first showing. */
export function announceAll() {
  for (const listener of listeners) listener(new Set(KEYS), null);
}

// The address changed under the page (a link followed, Back or Forward): its state is what the address says.
function follow() {
  const before = copy();
  Object.assign(state, read());
  tell(before, null);
}

window.addEventListener('popstate', follow);

function copy() {
  return { ...state, hide: new Set(state.hide) };
}

function tell(before, origin) {
  const same = (key) => (key === 'hide' ? [...before.hide].sort().join() === [...state.hide].sort().join() : before[key] === state[key]);
  const changed = new Set(KEYS.filter((key) => !same(key)));
  for (const listener of listeners) listener(changed, origin);
}
