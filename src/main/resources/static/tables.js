// The answer tables beside the network: criticisms, leadership, statements, calls for action and inspections, as the
// REST API answers them for the page's focus (and its From/To, but for the leaders and inspections), a page at a time
// with "More" while X-Has-More says there is more. Sortable by any column (a button in its header, aria-sort; the
// order kept in the address as `sort`). Linked both ways with the drawing: a row chosen makes its nodes and edges
// stand out in the network; a node chosen in the network narrows the rows to those involving it (`involving` in the
// address, cleared with "Show all rows").
import { $, el, setStatus } from './dom.js';
import { state, change, TABLES as NAMES } from './address.js';
import { api, newRequest, nextPage } from './api.js';
import { relationOf } from './style.js';
import { words } from './words.js';
import { sourceLink } from './sources.js';
import { cy, pick } from './network.js';
import { focusNamed } from './focus.js';

const SIZE = 100; // rows asked for per page

const name = (entity) => (entity ? entity.name || entity.id : '');
const idOf = (entity) => (entity && entity.id ? entity.id : null);
// A node's name: as the rows name it (their critic, speaker, subjects…), else as drawn (a call's addressees, which the
// API gives as ids only), else its id.
function labelOf(id) {
  for (const row of loaded ? loaded.rows : []) {
    for (const value of Object.values(row)) {
      const found = [value].flat().find((entity) => entity && entity.id === id && entity.name);
      if (found) return found.name;
    }
  }
  return cy && cy.getElementById(id).length ? cy.getElementById(id).data('label') : id;
}
// a date of the graph ('2018', '../2015-12-31', '2019-11-06/..') in an order that sorts: the start, else the end
const dateKey = (when) => {
  const [start, end] = String(when || '').split('/');
  return start && start !== '..' ? start : end && end !== '..' ? end : '9999';
};
const sourceKey = (source) => (source ? `${dateKey(source.articleDate)} ${source.title || source.article}` : '');
const q = encodeURIComponent;

// `path` with the page's From/To added, as the API takes them.
function dated(path) {
  const range = [['from', state.from], ['to', state.to]].filter(([, value]) => value)
    .map(([key, value]) => `${key}=${q(value)}`).join('&');
  return range ? `${path}${path.includes('?') ? '&' : '?'}${range}` : path;
}

// What each table asks the API for, shows and picks out in the drawing. `requests(focus)`: the lists whose rows are the
// table's, merged without repeats (`key`); `nodes(row)`: the row's nodes, by id; `relation`: what its edges are.
const TABLES = {
  criticisms: {
    title: 'Criticisms',
    noun: ['criticism', 'criticisms'],
    relation: 'CRITICISED',
    dated: true,
    // the focus criticised, and criticising, within From/To; without a focus, every criticism
    requests: (focus) => (focus ? [`/api/criticisms?target=${q(focus)}`, `/api/criticisms?critic=${q(focus)}`]
      : ['/api/criticisms']).map(dated),
    key: (c) => [idOf(c.critic), idOf(c.target), c.statement, c.source && c.source.article, c.summary].join('|'),
    nodes: (c) => [idOf(c.critic), idOf(c.target), c.statement],
    edges: ['CRITICISED', 'SAID', 'ABOUT'],
    columns: [
      { name: 'Critic', value: (c) => name(c.critic) },
      { name: 'Target', value: (c) => name(c.target) },
      { name: 'Words', value: (c) => c.summary || '', class: 'words' },
      { name: 'Source', value: (c) => sourceKey(c.source), cell: (c) => sourceLink(c.source, `CRITICISED:${idOf(c.critic)}:${idOf(c.target)}`) },
    ],
  },
  leadership: {
    title: 'Leadership',
    noun: ['leader', 'leaders'],
    of: 'of', // "7 leaders of the trust"; the other tables' rows involve the focus
    relation: 'LEADS',
    // the API answers an organisation's leaders; a person focused on has none
    requests: (focus) => (focus ? [`/api/leadership?organisation=${q(focus)}`] : []),
    needsFocus: 'Focus on an organisation to see who led it.',
    key: (r) => [idOf(r.person), r.role, r.when].join('|'),
    nodes: (r) => [idOf(r.person), state.focus],
    edges: ['LEADS'],
    columns: [
      { name: 'Person', value: (r) => name(r.person) },
      { name: 'Role', value: (r) => `${r.role || ''}${r.status ? ` (${r.status})` : ''}` },
      { name: 'Organisation', value: () => $('focus-now').textContent || state.focus },
      { name: 'From–to', value: (r) => dateKey(r.when), cell: (r) => fromTo(r) },
      {
        name: 'Source', value: (r) => sourceKey((r.sources || [])[0]),
        cell: (r) => sourceList(r.sources, `LEADS:${idOf(r.person)}:${state.focus}`),
      },
    ],
  },
  statements: {
    title: 'Statements',
    noun: ['statement', 'statements'],
    relation: 'SAID',
    dated: true,
    // what the focus said and what was said about it, within From/To; without a focus, everything said
    requests: (focus) => (focus ? [`/api/statements?speaker=${q(focus)}`, `/api/statements?about=${q(focus)}`]
      : ['/api/statements']).map(dated),
    key: (s) => s.id,
    nodes: (s) => [s.id, idOf(s.speaker), ...(s.about || []).map(idOf)],
    edges: ['SAID', 'ABOUT', 'ON_BEHALF_OF'],
    columns: [
      { name: 'Speaker', value: (s) => (s.speaker ? name(s.speaker) : 'unattributed') },
      { name: 'Words', value: (s) => (s.kind === 'reported' ? s.text : `“${s.text}”`), class: 'words' },
      { name: 'About', value: (s) => (s.about || []).map(name).join(', ') },
      { name: 'Date', value: (s) => dateKey(s.when), cell: (s) => words.date(s.when) },
      { name: 'Source', value: (s) => sourceKey(s.source), cell: (s) => sourceLink(s.source, `SAID:${idOf(s.speaker)}:${s.id}`) },
    ],
  },
  calls: {
    title: 'Calls for action',
    noun: ['call for action', 'calls for action'],
    relation: 'CALLED_FOR',
    dated: true,
    // the focus's calls and those concerning it, within From/To; without a focus, every call
    requests: (focus) => (focus ? [`/api/calls-for-action?caller=${q(focus)}`, `/api/calls-for-action?concerning=${q(focus)}`]
      : ['/api/calls-for-action']).map(dated),
    key: (c) => `${c.id}|${idOf(c.caller)}`,
    nodes: (c) => [c.id, idOf(c.caller), ...(c.addressedTo || []), ...(c.concerns || [])],
    edges: ['CALLED_FOR', 'ADDRESSED_TO', 'CONCERNS'],
    columns: [
      { name: 'Caller', value: (c) => name(c.caller) },
      { name: 'What', value: (c) => c.action || '', class: 'words' },
      { name: 'To whom', value: (c) => (c.addressedTo || []).map(labelOf).join(', ') },
      { name: 'Source', value: (c) => sourceKey(c.source), cell: (c) => sourceLink(c.source, `CALLED_FOR:${idOf(c.caller)}:${c.id}`) },
    ],
  },
  inspections: {
    title: 'Inspections',
    noun: ['inspection or decision', 'inspections and decisions'],
    of: 'of',
    relation: 'INSPECTED',
    // the API answers an organisation's inspections and the decisions about it (special measures)
    requests: (focus) => (focus ? [`/api/inspections?organisation=${q(focus)}`] : []),
    needsFocus: 'Focus on an organisation to see its inspections and the decisions about it.',
    key: (f) => f.id,
    nodes: (f) => [f.id, state.focus],
    edges: ['INSPECTED', 'RATED', 'CONCERNS'],
    columns: [
      { name: 'What', value: (f) => f.name || f.id },
      { name: 'When', value: (f) => dateKey(f.when || f.date), cell: (f) => words.date(f.when || f.date) },
      {
        name: 'Overall rating', value: (f) => overallOf(f),
        cell: (f) => (overallOf(f) ? el('span', overallOf(f), { class: 'rating', 'data-rating': overallOf(f) }) : ''),
      },
      {
        name: 'Source', value: (f) => sourceKey((f.sources || [])[0]),
        cell: (f) => sourceList(f.sources, (source) => `REPORTED_IN:${f.id}:${source.article}`),
      },
    ],
  },
};

// An inspection's overall rating, as the sources give it ('' when none does).
function overallOf(finding) {
  const overall = (finding.ratings || []).find((r) => r.domain === 'overall');
  return overall ? overall.rating : '';
}

let loaded = null; // {table, query, rows, next: [addresses of the next pages], signal}
// A column's name in the address ('To whom' -> 'to-whom').
const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// The order the address asks for, for this table: {column (its index), descending}, or null.
function sortOf(table) {
  const descending = state.sort.startsWith('-');
  const column = table.columns.findIndex((c) => slug(c.name) === state.sort.replace(/^-/, ''));
  return column < 0 ? null : { column, descending };
}
let chosen = null; // the key of the row whose part of the network stands out

function fromTo(role) {
  const end = (role.sources || []).map((s) => s.endDate).find(Boolean);
  return `${words.date(role.when)}${end ? ` to ${words.date(end)}` : ''}`;
}

// The sources of a row, each a link to its article at `fact` (the same for all, or a function of the source).
function sourceList(sources, fact) {
  const span = el('span', null, { class: 'sources' });
  (sources || []).forEach((source, i) => span.append(i ? '; ' : '',
    sourceLink(source, typeof fact === 'function' ? fact(source) : fact)));
  return span;
}

export function init() {
  $('table-tabs').replaceChildren(...NAMES.map((table) => {
    const tab = el('button', TABLES[table].title, {
      type: 'button', role: 'tab', id: `table-tab-${table}`, 'aria-controls': 'answer-table', 'data-table': table,
    });
    tab.addEventListener('click', () => change({ table, sort: '' }));
    return tab;
  }));
  $('table-show-all').addEventListener('click', () => change({ involving: '' }));
  $('table-more').addEventListener('click', more);
  // a row is chosen by click, or by Enter or Space when it has the keyboard's focus
  const body = $('answer-table').tBodies[0];
  body.addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-key]');
    if (row && !event.target.closest('a')) choose(row.dataset.key);
  });
  body.addEventListener('keydown', (event) => {
    const row = event.target.closest('tr[data-key]');
    if (row && event.target === row && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(row.dataset.key);
    }
  });
}

/** The network tab is shown, or the state changed while it is: ask the API again when the table's question changed. */
export function show(changed) {
  const table = TABLES[state.table];
  const query = JSON.stringify([state.table, table.requests(state.focus)]);
  for (const tab of $('table-tabs').children) tab.setAttribute('aria-selected', String(tab.dataset.table === state.table));
  if (!loaded || loaded.query !== query) {
    load(query);
    return;
  }
  if (['involving', 'hide', 'view', 'sort'].some((key) => changed.has(key))) render();
}

async function load(query) {
  const table = TABLES[state.table];
  const signal = newRequest('table');
  chosen = null;
  pick([]);
  loaded = { table: state.table, query, rows: [], keys: new Set(), next: table.requests(state.focus).map((path) => `${path}${path.includes('?') ? '&' : '?'}size=${SIZE}`), signal, done: false };
  const mine = loaded;
  delete $('tables').dataset.loaded;
  $('answer-table').tBodies[0].replaceChildren();
  $('answer-table').dataset.table = state.table;
  if (!mine.next.length) {
    mine.done = true;
    render();
    return;
  }
  say('Loading…', 'loading');
  $('tables').setAttribute('aria-busy', 'true');
  try {
    await fetchPages(mine);
  } catch (error) {
    if (signal.aborted) return; // a newer question took its place
    say(error.message, 'error');
    setStatus(error.message, true);
    $('tables').removeAttribute('aria-busy');
    return;
  }
  await focusNamed(); // the count and caption name the focus
  if (signal.aborted) return;
  mine.done = true;
  $('tables').removeAttribute('aria-busy');
  render();
}

// The next page of every list that has one, its rows added to the table's (each row once).
async function fetchPages(mine) {
  const table = TABLES[mine.table];
  const answers = await Promise.all(mine.next.filter(Boolean).map((path) => api(path, { signal: mine.signal, whole: true })));
  for (const { body } of answers) {
    for (const row of body) {
      const key = table.key(row);
      if (!mine.keys.has(key)) {
        mine.keys.add(key);
        mine.rows.push(row);
      }
    }
  }
  mine.next = answers.map(({ headers }) => nextPage(headers)).filter(Boolean);
}

async function more() {
  const mine = loaded;
  $('table-more').disabled = true;
  try {
    await fetchPages(mine);
  } catch (error) {
    if (!mine.signal.aborted) say(error.message, 'error');
    return;
  } finally {
    $('table-more').disabled = false;
  }
  if (mine === loaded) render();
}

function involves(row, id) {
  return TABLES[loaded.table].nodes(row).includes(id);
}

function render() {
  if (!loaded.done) return;
  const table = TABLES[loaded.table];
  const involving = state.involving;
  const rows = involving ? loaded.rows.filter((row) => involves(row, involving)) : [...loaded.rows];
  const sort = sortOf(table);
  if (sort) {
    const column = table.columns[sort.column];
    rows.sort((a, b) => column.value(a).localeCompare(column.value(b), 'en', { numeric: true }) * (sort.descending ? -1 : 1));
  }
  renderHead(table, sort);
  const body = $('answer-table').tBodies[0];
  body.replaceChildren(...rows.map((row) => {
    const key = table.key(row);
    const line = el('tr', null, { 'data-key': key, tabindex: '0' });
    if (key === chosen) line.setAttribute('aria-current', 'true');
    for (const column of table.columns) {
      const cell = el('td', null, { 'data-label': column.name, class: column.class || '' });
      const content = column.cell ? column.cell(row) : column.value(row);
      cell.append(content || '—');
      line.append(cell);
    }
    return line;
  }));
  if (chosen && !rows.some((row) => table.key(row) === chosen)) {
    chosen = null;
    pick([]);
  }
  // the filter on a node, visible and undone in one click
  const filter = $('table-filter');
  filter.hidden = !involving;
  if (involving) $('table-involving').textContent = labelOf(involving);
  $('table-more').hidden = loaded.next.length === 0;
  say(countWords(table, rows.length), rows.length ? 'count' : 'empty');
  $('table-notes').replaceChildren(...notes(table).map((note) => el('p', note, { class: 'hint' })));
  $('tables').dataset.loaded = loaded.table; // for the tests: the table shows its answer
}

function countWords(table, shown) {
  const [one, many] = table.noun;
  if (table.needsFocus && !state.focus) return table.needsFocus;
  const about = state.focus ? ` ${table.of || 'involving'} ${$('focus-now').textContent || state.focus}` : '';
  const loadedCount = loaded.rows.length;
  const more = loaded.next.length ? ` (the first ${loadedCount}; more with “More”)` : '';
  if (state.involving) {
    return `${shown} of the ${loadedCount} ${loadedCount === 1 ? one : many}${about} involve${shown === 1 ? 's' : ''} `
      + `${labelOf(state.involving)}${more}.`;
  }
  if (!shown) return `No ${many}${about} in the graph${table.dated && (state.from || state.to) ? ' within From/To' : ''}.`;
  return `${shown} ${shown === 1 ? one : many}${about}${more}.`;
}

// What the page's other filters do to this table, said rather than left to guess.
function notes(table) {
  const said = [];
  if (!table.dated && (state.from || state.to)) said.push(`From/To do not narrow ${table.title.toLowerCase()}: its rows are listed whatever their dates.`);
  if (state.hide.has(table.relation)) said.push(`“${relationOf(table.relation).label}” is unticked in the legend: the rows are listed, their edges are not drawn.`);
  return said;
}

function renderHead(table, sort) {
  const head = el('tr');
  table.columns.forEach((column, index) => {
    const sorted = sort && sort.column === index;
    const th = el('th', null, { scope: 'col', 'aria-sort': sorted ? (sort.descending ? 'descending' : 'ascending') : 'none' });
    const button = el('button', column.name, { type: 'button', class: 'sort', 'data-column': String(index) });
    button.append(el('span', sorted ? (sort.descending ? ' ▼' : ' ▲') : '', { 'aria-hidden': 'true' }));
    // ascending first, then descending; the order is in the address
    button.addEventListener('click', () => {
      change({ sort: `${sorted && !sort.descending ? '-' : ''}${slug(column.name)}` });
      $('answer-table').querySelector(`th button[data-column="${index}"]`).focus();
    });
    th.append(button);
    head.append(th);
  });
  $('answer-table').tHead.replaceChildren(head);
  $('answer-caption').textContent = `${table.title}${state.focus ? ` ${table.of || 'involving'} ${$('focus-now').textContent || state.focus}` : ''}`;
}

// A row chosen: its nodes and edges stand out in the network, the rest fades; chosen again, all is drawn as before.
function choose(key) {
  const table = TABLES[loaded.table];
  const row = loaded.rows.find((r) => table.key(r) === key);
  chosen = chosen === key ? null : key;
  for (const line of $('answer-table').tBodies[0].rows) {
    if (line.dataset.key === chosen) line.setAttribute('aria-current', 'true');
    else line.removeAttribute('aria-current');
  }
  pick(chosen ? table.nodes(row).filter(Boolean) : [], table.edges);
}

function say(text, kind) {
  const message = $('table-message');
  message.textContent = text;
  message.className = kind;
}
