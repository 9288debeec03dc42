// An entity's profile (?view=profile&id=nsft), as LittleSis shows people and organisations: its name, kind and
// aliases, then one section per kind of fact, each line with its sources (the article's title and date, a link that
// opens the article at the fact's sentence): roles over time, an organisation's leaders and its inspections (a chart
// and the list), what it said, what was said about it, who criticised it and whom it criticised, calls for action by it and concerning it,
// the events it took part in. Every entity named links to its own profile. A newer profile aborts the requests of an
// older one.
import { $, el, setStatus, shorten, svgEl } from './dom.js';
import { state, address, go } from './address.js';
import { api, newRequest, nextPage } from './api.js';
import { KINDS } from './style.js';
import { words } from './words.js';
import { sourceLink } from './sources.js';
import { compareControl } from './between.js';

const profileView = (() => {
  const SIZE = 50; // rows asked for per page of a list
  const SVG = 'http://www.w3.org/2000/svg';
  const RATING_COLOURS = {
    outstanding: '#1f7a3a', good: '#3f9e4d', 'requires improvement': '#e0a100', inadequate: '#c62828',
  };
  let shown = null; // the id whose profile is on the page
  let last = ''; // the id of the profile shown last, for the tab

  // ---- small helpers ----------------------------------------------------------------------------------------------
  function entityLink(entity) {
    if (!entity || !entity.id) return document.createTextNode(entity && entity.name ? entity.name : 'someone unnamed');
    return el('a', entity.name || entity.id, {
      href: address({ view: 'profile', id: entity.id, at: '' }), 'data-nav': '', class: 'entity', 'data-entity': entity.id,
    });
  }

  function sources(list, factOf) {
    const span = el('span', null, { class: 'sources' });
    (list || []).forEach((source, i) => {
      if (i) span.append(' ; ');
      span.append(sourceLink(source, factOf(source)));
    });
    return span;
  }

  // A date of the graph ('2018', '../2015-12-31', '2019-11-06/..') as something to sort by: the start when known,
  // else the end; undated last.
  function sortKey(when) {
    if (!when) return '9999';
    const parts = String(when).split('/');
    return parts[0] !== '..' ? parts[0] : (parts[1] && parts[1] !== '..' ? parts[1] : '9999');
  }

  // A date as a year with its fraction, for the chart ('2019-10-07' -> 2019.76); null when undated.
  function yearOf(date) {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(sortKey(date));
    if (!match || match[1] === '9999') return null;
    return Number(match[1]) + (match[2] ? (Number(match[2]) - 1) / 12 : 0) + (match[3] ? (Number(match[3]) - 1) / 365 : 0);
  }

  function relationWords(relation) {
    return relation.toLowerCase().replaceAll('_', ' ');
  }

  // The API's problem as a sentence: "Nothing in the graph has the id 'x' (parameter 'id')" -> "Nothing in the graph
  // has the id 'x'."
  function problem(error) {
    let text = (error && error.message) || 'The request failed';
    text = text.replace(/ \(parameter '[^']*'\)$/, '');
    if (error && !error.problem) text = `The graph could not be asked (${text})`;
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }

  // A section: a heading, a message (loading, empty, error) and a list.
  function section(key, title) {
    const box = el('section', null, { class: 'profile-section', id: `profile-${key}`, 'aria-labelledby': `profile-${key}-title` });
    box.append(el('h3', title, { id: `profile-${key}-title` }), el('p', 'Loading…', { class: 'message loading' }));
    const list = el('ol', null, { class: 'profile-list' });
    box.append(list);
    $('profile-sections').append(box);
    return box;
  }

  function say(box, text, kind) {
    const message = box.querySelector('.message');
    message.textContent = text;
    message.className = `message ${kind}`;
  }

  // ---- pages of a list --------------------------------------------------------------------------------------------
  // A list the API gives a page at a time: the first page, then a "More" button while X-Has-More says there is more,
  // loading the page Link rel=next names.
  async function paged(box, path, line, empty, signal) {
    const list = box.querySelector('ol');
    let url = `${path}${path.includes('?') ? '&' : '?'}size=${SIZE}`;
    let count = 0;
    const more = el('button', 'More', { type: 'button', class: 'more' });
    more.hidden = true;
    box.append(more);
    async function next() {
      more.disabled = true;
      const { body, headers } = await api(url, { signal, whole: true });
      for (const row of body) list.append(line(row));
      count += body.length;
      url = nextPage(headers);
      const hasMore = Boolean(url);
      more.hidden = !hasMore;
      more.disabled = false;
      if (!count) say(box, empty, 'empty');
      else say(box, hasMore ? `The first ${count}; more with “More”.` : `${count} in all.`, 'count');
    }
    more.addEventListener('click', () => next().catch((error) => {
      if (!signal.aborted) { more.disabled = false; say(box, problem(error), 'error'); }
    }));
    await next();
  }

  // ---- the view ---------------------------------------------------------------------------------------------------
  function init() {
    // the organisation of claims against outcomes, else the profile shown last, else the focus
    $('tab-profile').addEventListener('click', () => go(address({
      view: 'profile', id: (state.view === 'claims' && state.id) || last || state.focus || '', at: '',
    })));
  }

  /** The tab is shown (or its address followed): the profile of the address's id, loaded unless on the page. */
  function show() {
    if (state.id !== shown) load(state.id);
    else {
      setStatus(shown ? `Profile of ${$('profile-name').textContent}` : 'Choose someone to see their profile.');
      document.body.dataset.loaded = 'profile';
    }
  }

  async function load(id) {
    const signal = newRequest('profile');
    shown = id;
    delete document.body.dataset.loaded;
    $('profile-sections').replaceChildren();
    $('profile-name').textContent = '';
    $('profile-kind').textContent = '';
    $('profile-aliases').textContent = '';
    $('profile-claims').hidden = true;
    $('profile-compare').replaceChildren();
    const message = $('profile-message');
    if (!id) {
      message.textContent = 'Choose someone to see their profile: “Profile” in the network’s panel, or a name in “Focus on”.';
      message.className = 'hint';
      document.body.dataset.loaded = 'profile';
      return;
    }
    last = id;
    message.textContent = 'Loading the profile…';
    message.className = 'loading';
    setStatus('Loading the profile…');
    let entity;
    try {
      entity = await api(`/api/entities/${encodeURIComponent(id)}`, { signal });
    } catch (error) {
      if (signal.aborted) return;
      message.textContent = problem(error);
      message.className = 'error';
      setStatus(problem(error), true);
      document.body.dataset.loaded = 'profile';
      return;
    }
    message.textContent = '';
    message.className = '';
    header(entity);
    const organisation = (entity.labels || []).includes('Organisation');
    $('profile-claims').hidden = !organisation;
    $('profile-compare').append(compareControl(id, entity.name)); // the view between this entity and another
    $('profile-claims').href = address({ view: 'claims', id, at: '' });
    const q = encodeURIComponent(id);
    const tasks = [roles(entity)];
    if (organisation) tasks.push(leaders(q, signal), inspections(q, signal));
    tasks.push(
      guarded(section('said', 'What they said'), (box) => paged(box, `/api/statements?speaker=${q}`,
        (s) => statementLine(s, false), 'Nothing they said is in the graph.', signal), signal),
      guarded(section('about', 'What was said about them'), (box) => paged(box, `/api/statements?about=${q}`,
        (s) => statementLine(s, true), 'Nothing said about them is in the graph.', signal), signal),
      guarded(section('criticised-by', 'Who criticised them'), (box) => paged(box, `/api/criticisms?target=${q}`,
        (c) => criticismLine(c, id), 'No one criticised them in the graph.', signal), signal),
      guarded(section('criticised', 'Whom they criticised'), (box) => paged(box, `/api/criticisms?critic=${q}`,
        (c) => criticismLine(c, id), 'They criticised no one in the graph.', signal), signal),
      guarded(section('calls-by', 'Calls for action they made'), (box) => paged(box, `/api/calls-for-action?caller=${q}`,
        (c) => callLine(c, false), 'They made no call for action in the graph.', signal), signal),
      guarded(section('calls-about', 'Calls for action concerning them'), (box) => paged(box,
        `/api/calls-for-action?concerning=${q}`, (c) => callLine(c, true), 'No call for action concerns them in the graph.',
        signal), signal),
      guarded(section('events', 'Events they took part in'), (box) => paged(box, `/api/events?participant=${q}`,
        (e) => eventLine(e, id), 'They took part in no event in the graph.', signal), signal),
    );
    await Promise.all(tasks);
    if (signal.aborted) return;
    setStatus(`Profile of ${entity.name}`);
    document.body.dataset.loaded = 'profile';
  }

  // Runs a section's loading; its failure is said in the section, not thrown.
  async function guarded(box, work, signal) {
    try {
      await work(box);
    } catch (error) {
      if (!signal || !signal.aborted) say(box, problem(error), 'error');
    }
  }

  function header(entity) {
    $('profile-name').textContent = entity.name;
    $('profile-kind').textContent = KINDS[entity.kind] ? KINDS[entity.kind].label : entity.kind || '';
    $('profile-aliases').textContent = entity.aliases && entity.aliases.length ? `Also called: ${entity.aliases.join(', ')}` : '';
    const reports = entity.reports && entity.reports.length ? entity.reports.length : 0;
    if (reports) $('profile-aliases').append(el('span', ` · reported in ${reports} article${reports === 1 ? '' : 's'}`));
  }

  // Roles over time: one line per relation, other party and role, with its earliest date and the articles that
  // attest it (the entity answer has a line per source).
  function roles(entity) {
    const box = section('roles', 'Roles over time');
    const byKey = new Map();
    for (const role of entity.roles || []) {
      const key = [role.relation, role.direction, role.other.id, role.role || ''].join('|');
      const date = role.startDate || role.asOf || (role.source && role.source.articleDate) || null;
      let line = byKey.get(key);
      if (!line) byKey.set(key, line = { role, date, sources: [] });
      if (sortKey(date) < sortKey(line.date)) line.date = date;
      if (role.source && !line.sources.some((s) => s.article === role.source.article)) line.sources.push(role.source);
    }
    const lines = [...byKey.values()].sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
    const list = box.querySelector('ol');
    for (const { role, date, sources: from } of lines) {
      const item = el('li', null, { 'data-other': role.other.id });
      const fact = role.direction === 'out' ? `${role.relation}:${entity.id}:${role.other.id}` : `${role.relation}:${role.other.id}:${entity.id}`;
      item.append(el('span', words.date(date), { class: 'when' }), ' ');
      if (role.direction === 'out') item.append(`${relationWords(role.relation)} `, entityLink(role.other));
      else item.append(entityLink(role.other), ` ${relationWords(role.relation)} them`);
      if (role.role) item.append(` (${role.role})`);
      if (role.status) item.append(`, ${role.status}`);
      item.append(el('span', ` · ${from.length} article${from.length === 1 ? '' : 's'}`, { class: 'count' }), el('br'),
        sources(from, () => fact));
      list.append(item);
    }
    const more = entity.roleCount > (entity.roles || []).length ? ` (the first ${entity.roles.length} of ${entity.roleCount} attestations)` : '';
    if (lines.length) say(box, `${lines.length} in all, oldest first${more}.`, 'count');
    else say(box, 'No roles in the graph.', 'empty');
  }

  // An organisation's leaders (Q1), in date order; the API gives one line per person and role already.
  function leaders(q, signal) {
    const box = section('leaders', 'Its leaders');
    return guarded(box, async () => {
      const rows = await api(`/api/leadership?organisation=${q}`, { signal });
      rows.sort((a, b) => sortKey(a.when).localeCompare(sortKey(b.when)));
      const list = box.querySelector('ol');
      for (const row of rows) {
        const item = el('li', null, { 'data-person': row.person.id });
        item.append(el('span', words.date(row.when), { class: 'when' }), ' ', entityLink(row.person),
          row.role ? `, ${row.role}` : '', row.status ? ` (${row.status})` : '',
          el('span', ` · ${row.attestations} article${row.attestations === 1 ? '' : 's'}`, { class: 'count' }), el('br'),
          sources(row.sources, () => `LEADS:${row.person.id}:${decodeURIComponent(q)}`));
        list.append(item);
      }
      say(box, rows.length ? `${rows.length} in all, oldest first.` : 'No leaders in the graph.', rows.length ? 'count' : 'empty');
    }, signal);
  }

  function overallOf(inspection) {
    const overall = (inspection.ratings || []).find((r) => r.domain === 'overall');
    return overall ? overall.rating : null;
  }

  // Inspections, ratings and special-measures decisions (Q2): a chart over time, then the list.
  function inspections(q, signal) {
    const box = section('inspections', 'Inspections and special measures');
    return guarded(box, async () => {
      const rows = await api(`/api/inspections?organisation=${q}&size=1000`, { signal });
      rows.sort((a, b) => sortKey(a.date || a.when).localeCompare(sortKey(b.date || b.when)));
      if (!rows.length) { say(box, 'No inspections or decisions in the graph.', 'empty'); return; }
      box.insertBefore(chart(rows), box.querySelector('ol'));
      const list = box.querySelector('ol');
      for (const row of rows) {
        const item = el('li', null, { 'data-id': row.id, 'data-kind': row.kind });
        item.append(el('span', words.date(row.when || row.date), { class: 'when' }), ' ', el('strong', row.name));
        const overall = overallOf(row);
        if (overall) item.append(' · overall ', el('span', overall, { class: 'rating', 'data-rating': overall }));
        const others = (row.ratings || []).filter((r) => r.domain !== 'overall');
        if (others.length) item.append(` · ${others.map((r) => `${r.domain} ${r.rating}`).join(', ')}`);
        if (row.status) item.append(` · ${row.status}`);
        item.append(el('br'), sources(row.sources, (source) => `REPORTED_IN:${row.id}:${source.article}`));
        list.append(item);
      }
      say(box, `${rows.length} inspections and decisions, oldest first.`, 'count');
    }, signal);
  }

  // One mark per dated inspection, coloured by its overall rating; special measures as bands from a "placed" or
  // "placed-back" decision to the next "removed" (to the chart's end while none came).
  function chart(rows) {
    const inspected = rows.filter((r) => r.kind === 'inspection' && r.date && yearOf(r.date) !== null);
    const decisions = rows.filter((r) => r.kind === 'decision' && yearOf(r.date || r.when) !== null);
    const years = [...inspected, ...decisions].map((r) => yearOf(r.date || r.when));
    const first = Math.floor(Math.min(...years, new Date().getFullYear()));
    const last = Math.floor(Math.max(...years)) + 1;
    // as wide as the page allows, so that the years stay legible on a phone
    const width = Math.max(300, Math.min(720, $('profile-sections').clientWidth || 720));
    const height = 120;
    const left = 20;
    const right = 20;
    const x = (year) => left + ((year - first) / Math.max(1, last - first)) * (width - left - right);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('class', 'inspection-chart');
    svg.setAttribute('role', 'img');
    const node = (tag, attributes, text) => {
      const n = svgEl(tag, text, attributes);
      svg.append(n);
      return n;
    };
    // bands
    let open = null;
    const bands = [];
    for (const d of decisions.sort((a, b) => yearOf(a.date || a.when) - yearOf(b.date || b.when))) {
      const at = yearOf(d.date || d.when);
      if ((d.outcome === 'placed' || d.outcome === 'placed-back') && open === null) open = { from: at, start: d };
      else if (d.outcome === 'removed' && open !== null) { bands.push({ ...open, to: at, end: d }); open = null; }
    }
    if (open !== null) bands.push({ ...open, to: last, end: null });
    for (const band of bands) {
      const rect = node('rect', {
        x: x(band.from), y: 18, width: Math.max(2, x(band.to) - x(band.from)), height: 62, class: 'special-measures',
        'data-from': String(Math.floor(band.from)), 'data-to': band.end ? String(Math.floor(band.to)) : '',
      });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `In special measures: ${words.date(band.start.date || band.start.when)} to `
        + `${band.end ? words.date(band.end.date || band.end.when) : 'no removal in the graph'}`;
      rect.append(title);
    }
    // axis and years
    node('line', { x1: left, x2: width - right, y1: 80, y2: 80, class: 'axis' });
    const step = last - first > 12 ? 2 : 1;
    for (let year = first; year <= last; year += step) {
      node('line', { x1: x(year), x2: x(year), y1: 80, y2: 85, class: 'axis' });
      node('text', { x: x(year), y: 100, 'text-anchor': 'middle', class: 'year' }, String(year));
    }
    for (const inspection of inspected) {
      const rating = overallOf(inspection);
      const mark = node('circle', {
        cx: x(yearOf(inspection.date)), cy: 50, r: 9,
        class: inspection.status === 'planned' ? 'inspection-mark planned' : 'inspection-mark',
        fill: inspection.status === 'planned' ? '#ffffff' : RATING_COLOURS[rating] || '#9aa5b1', 'data-rating': rating || 'unrated',
        'data-year': String(Math.floor(yearOf(inspection.date))), 'data-id': inspection.id,
      });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${inspection.name}: ${rating ? `overall ${rating}` : 'no overall rating in the graph'}`
        + `${inspection.status === 'planned' ? ' (planned)' : ''}`;
      mark.append(title);
    }
    const figure = el('figure', null, { class: 'inspection-chart-box' });
    const caption = el('figcaption', null, { class: 'hint' });
    caption.append('Each circle an inspection, by its overall rating: ');
    for (const [rating, colour] of Object.entries(RATING_COLOURS)) {
      caption.append(el('span', '●', { style: `color: ${colour}` }), ` ${rating}  `);
    }
    caption.append(el('span', '●', { style: 'color: #9aa5b1' }), ' not rated in the graph; ○ planned; shaded: in special measures.');
    svg.setAttribute('aria-label', `Inspections of the organisation over time, ${inspected.length} inspection(s), `
      + `${bands.length} period(s) in special measures`);
    figure.append(svg, caption);
    return figure;
  }

  function statementLine(s, withSpeaker) {
    const item = el('li', null, { 'data-statement': s.id });
    const fact = `SAID:${s.speaker ? s.speaker.id : ''}:${s.id}`;
    item.append(el('span', words.date(s.when), { class: 'when' }), ' ');
    if (withSpeaker) item.append(entityLink(s.speaker), s.kind === 'reported' ? ' (reported): ' : ': ');
    const text = s.kind === 'reported' ? shorten(s.text, 300) : `“${shorten(s.text, 300)}”`;
    item.append(el('span', text, { class: s.kind === 'reported' ? 'text reported' : 'text quote' }));
    const about = (s.about || []).filter((a) => a && a.id);
    if (about.length) {
      item.append(el('span', ' about ', { class: 'about' }));
      about.forEach((a, i) => item.append(i ? ', ' : '', entityLink(a)));
    }
    item.append(el('br'), sourceLink(s.source, fact));
    return item;
  }

  function criticismLine(c, id) {
    const item = el('li', null, { 'data-critic': c.critic ? c.critic.id : '' });
    item.append(entityLink(c.critic), ' criticised ');
    if (c.target && c.target.id !== id) item.append(entityLink(c.target));
    else item.append('them');
    if (c.summary) item.append(`: ${c.summary}`);
    item.append(el('br'), sourceLink(c.source, `CRITICISED:${c.critic ? c.critic.id : ''}:${c.target ? c.target.id : id}`));
    return item;
  }

  function callLine(c, withCaller) {
    const item = el('li', null, { 'data-call': c.id });
    item.append(el('span', words.date(c.date), { class: 'when' }), ' ');
    if (withCaller) item.append(entityLink(c.caller), ' called to ');
    else item.append('called to ');
    item.append(c.action || '');
    item.append(el('br'), sourceLink(c.source, `CALLED_FOR:${c.caller ? c.caller.id : ''}:${c.id}`));
    return item;
  }

  function eventLine(e, id) {
    const item = el('li', null, { 'data-event': e.id });
    item.append(el('span', words.date(e.when), { class: 'when' }), ' ', el('strong', e.name || e.id));
    const own = (e.participants || []).find((p) => p.id === id);
    if (own && own.role) item.append(` (${own.role})`);
    const others = (e.participants || []).filter((p) => p.id !== id);
    if (others.length) {
      item.append(' · with ');
      others.forEach((p, i) => item.append(i ? ', ' : '', entityLink(p)));
    }
    item.append(el('br'), sources(e.sources, (source) => `REPORTED_IN:${e.id}:${source.article}`));
    return item;
  }

  return { init, show, sortKey, yearOf };
})();

export const { init, show } = profileView;
