// The timeline as a chronology (?view=timeline&focus=nsft&from=2018&to=2019): the focused entity's history within
// the page's From/To, grouped by year, each entry with its date and kind in words, the speaker before the quotation,
// and a link to its source article at the sentence. Choosing an entry shows it in the details panel. A newer load
// aborts the request of an older one.
import { $, el, setStatus, shorten } from './dom.js';
import { state, address, change } from './address.js';
import { api, newRequest } from './api.js';
import { words } from './words.js';
import { articles, sourceBlock } from './sources.js';
import { cy } from './network.js';

const chronology = (() => {
  let entries = [];

  /** The tab is shown, or the state changed while it is: loaded again when shown or refocused, else the entry chosen. */
  function show(changed) {
    if (['view', 'focus', 'from', 'to'].some((key) => changed.has(key))) load();
    else if (changed.has('selected')) {
      const chosen = entries.findIndex((e) => e.relatedId === state.selected);
      if (chosen >= 0) choose(chosen, false);
    }
  }

  // The year an entry is listed under: of its date, or of its one known bound.
  function yearOf(when) {
    if (!when) return null;
    const parts = when.split('/');
    const first = parts[0] === '..' && parts.length > 1 ? parts[1] : parts[0];
    return /^\d{4}/.test(first) ? first.slice(0, 4) : null;
  }

  // What the entry says, speaker first for what was said.
  function headline(entry) {
    switch (entry.kind) {
      case 'said':
      case 'said about': {
        const speaker = el('strong', entry.speaker ? entry.speaker.name : 'Unattributed');
        if (entry.statementKind === 'reported') return [speaker, ' (reported): ', el('span', shorten(entry.title, 320), { class: 'reported' })];
        return [speaker, ' said: ', el('span', `“${shorten(entry.title, 320)}”`, { class: 'quote' })];
      }
      case 'inspection': {
        const name = entry.rating && entry.title.endsWith(`: ${entry.rating}`)
          ? entry.title.slice(0, -(entry.rating.length + 2)) : entry.title;
        return [el('strong', name), entry.rating ? `: ${words.rating(entry.rating)}` : ''];
      }
      case 'decision': {
        const text = words.decision(entry.decisionKind, entry.outcome);
        return [el('strong', text.charAt(0).toUpperCase() + text.slice(1))];
      }
      default:
        return [el('strong', entry.title)];
    }
  }

  // The same item told by several articles (a role each reports) is one entry with each article as a source.
  function merged(list) {
    const result = [];
    const seen = new Map();
    for (const entry of list) {
      const key = JSON.stringify([entry.when, entry.kind, entry.title, entry.relatedId]);
      const sources = entry.source ? [{ source: entry.source, fact: entry.fact }] : [];
      if (seen.has(key)) {
        seen.get(key).sources.push(...sources);
        continue;
      }
      const item = { ...entry, sources };
      seen.set(key, item);
      result.push(item);
    }
    return result;
  }

  // A few words more: what a statement is about, the focus's part in an event. (Who said what is in the headline,
  // a role's or an inspection's status in its kind.)
  function detailOf(entry) {
    if (!entry.detail || ['said about', 'role', 'inspection', 'decision'].includes(entry.kind)) return null;
    if (entry.kind === 'said') return entry.detail;
    return `${$('focus-now').textContent || state.focus}: ${entry.detail}`;
  }

  async function load() {
    const signal = newRequest('timeline');
    delete document.body.dataset.loaded;
    const container = $('timeline');
    container.replaceChildren();
    entries = [];
    if (!state.focus) {
      $('timeline-title').textContent = 'Chronology';
      $('timeline-range').textContent = '';
      container.append(el('p', 'Focus on a person or organisation to see their chronology.', { class: 'hint' }));
      document.body.dataset.loaded = 'timeline';
      return;
    }
    const query = new URLSearchParams();
    if (state.from) query.set('from', state.from);
    if (state.to) query.set('to', state.to);
    setStatus('Loading the chronology…');
    container.append(el('p', 'Loading the chronology…', { class: 'hint loading' }));
    try {
      entries = merged(await api(`/api/entities/${encodeURIComponent(state.focus)}/timeline${query.toString() ? `?${query}` : ''}`,
        { signal }));
    } catch (error) {
      if (signal.aborted) return; // a newer load took its place
      container.replaceChildren(el('p', error.message, { class: 'error' }));
      setStatus(error.message, true);
      return;
    }
    container.replaceChildren();
    const name = $('focus-now').textContent || state.focus;
    $('timeline-title').textContent = `Chronology: ${name}`;
    const range = words.range(state.from, state.to);
    $('timeline-range').textContent = range
      ? `What may fall ${words.during(state.from, state.to)} (From/To above); undated entries are listed last.`
      : 'Everything, oldest first; undated entries last. From/To above narrow it.';
    const years = new Map();
    entries.forEach((entry, index) => {
      const year = yearOf(entry.when) || 'Undated';
      if (!years.has(year)) years.set(year, []);
      years.get(year).push(renderEntry(entry, index));
    });
    for (const [year, items] of years) {
      const block = el('section', null, { class: 'year', 'aria-labelledby': `year-${year}` });
      const list = el('ol');
      list.append(...items);
      block.append(el('h3', year, { id: `year-${year}` }), list);
      container.append(block);
    }
    if (!entries.length) container.append(el('p', `Nothing is dated ${range || 'here'}.`, { class: 'hint' }));
    setStatus(`${entries.length} entries${range ? ` (${range})` : ''} in ${years.size} group${years.size === 1 ? '' : 's'}`);
    const chosen = entries.findIndex((e) => e.relatedId === state.selected);
    if (chosen < 0) {
      $('details').replaceChildren(el('p', 'Choose an entry to see it here, with the article and sentence it comes from.', { class: 'hint' }));
    } else {
      choose(chosen, false);
      document.querySelector(`#timeline .entry[data-index="${chosen}"]`).scrollIntoView({ block: 'center' });
    }
    document.body.dataset.loaded = 'timeline';
  }

  function renderEntry(entry, index) {
    const item = el('li', null, { class: 'entry', 'data-index': String(index), 'data-id': entry.relatedId || '' });
    const when = el('div', words.date(entry.when), { class: 'when', title: entry.when || 'no date given' });
    const body = el('div', null, { class: 'body' });
    const open = el('button', null, { type: 'button', class: 'entry-open', 'aria-describedby': `entry-when-${index}` });
    when.id = `entry-when-${index}`;
    open.append(...headline(entry));
    open.addEventListener('click', () => choose(index, true));
    body.append(el('span', words.kind(entry), { class: 'kind' }), ' ', open);
    const detail = detailOf(entry);
    if (detail) body.append(el('div', detail, { class: 'detail' }));
    if (entry.sources.length) {
      const line = el('div', null, { class: 'source-line' });
      line.append(entry.sources.length === 1 ? 'Source: ' : `Sources (${entry.sources.length}): `);
      entry.sources.forEach(({ source, fact }, i) => {
        const article = articles.get(source.article);
        if (i > 0) line.append('; ');
        line.append(el('a', shorten(article ? article.title : source.article, entry.sources.length === 1 ? 90 : 60),
          { href: address({ view: 'article', id: source.article, at: fact || '' }), 'data-nav': '' }));
        if (article && article.publisher) line.append(` (${article.publisher})`);
      });
      body.append(line);
    }
    item.append(when, body);
    return item;
  }

  // An entry chosen: marked in the list, shown in the details panel, selected in the network when it is there.
  function choose(index, remember) {
    const entry = entries[index];
    for (const node of document.querySelectorAll('#timeline .entry.selected')) node.classList.remove('selected');
    const item = document.querySelector(`#timeline .entry[data-index="${index}"]`);
    if (item) item.classList.add('selected');
    if (remember && entry.relatedId) change({ selected: entry.relatedId }, { origin: 'timeline' });
    if (cy && entry.relatedId && cy.getElementById(entry.relatedId).length) {
      cy.elements().unselect();
      cy.getElementById(entry.relatedId).select();
    }
    showEntry(entry);
  }

  function showEntry(entry) {
    const panel = $('details');
    const kind = words.kind(entry);
    // on a phone the panel is a sheet over the chronology, closed with this button
    const close = el('button', 'Close', { type: 'button', class: 'close', 'aria-label': 'Close the details' });
    close.addEventListener('click', () => panel.classList.remove('open'));
    panel.replaceChildren(close, el('h2', `${kind.charAt(0).toUpperCase()}${kind.slice(1)}, ${words.date(entry.when)}`));
    panel.classList.add('open');
    if (entry.kind === 'said' || entry.kind === 'said about') {
      const who = el('p');
      who.append(el('strong', entry.speaker ? entry.speaker.name : 'Unattributed'),
        entry.statementKind === 'reported' ? ' (reported speech):' : ' said:');
      panel.append(who, el('blockquote', entry.title, { class: 'quotation' }));
      if (entry.kind === 'said' && entry.detail) panel.append(el('p', entry.detail));
    } else {
      const head = el('p');
      head.append(...headline(entry));
      panel.append(head);
      const detail = detailOf(entry);
      if (detail) panel.append(el('p', detail));
      if (entry.status && ['role', 'inspection'].includes(entry.kind)) panel.append(el('p', `Status: ${entry.status}`));
    }
    panel.append(el('p', `When: ${words.date(entry.when)}${entry.when ? ` (${entry.when})` : ''}`, { class: 'when-raw' }));
    for (const { source, fact } of entry.sources) panel.append(sourceBlock(source.article, source.evidence, fact));
  }

  return { show };
})();

export const { show } = chronology;
