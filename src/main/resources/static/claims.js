// Claims against outcomes (?view=claims&id=nsft): one organisation's chronology in two columns by date, what was said
// and promised on the left (speaker first, the words the data marks as a commitment marked and labelled), what its
// inspections, decisions and events then showed on the right (ratings and decisions in words), grouped by year and
// within the page's From/To. Every entry's source opens the article at the sentence. On a phone the two columns are
// one, in date order. A newer chronology aborts the request of an older one.
import { $, el, setStatus, shorten } from './dom.js';
import { state, address, go } from './address.js';
import { api, newRequest } from './api.js';
import { words } from './words.js';
import { articles } from './sources.js';

const claimsView = (() => {
  const SIZE = 1000; // one page as large as the API gives: an organisation's chronology is read whole
  let last = ''; // the organisation shown last, for the tab

  // The year an entry is listed under: of its date, or of its one known bound.
  function yearOf(when) {
    if (!when) return null;
    const parts = when.split('/');
    const first = parts[0] === '..' && parts.length > 1 ? parts[1] : parts[0];
    return /^\d{4}/.test(first) ? first.slice(0, 4) : null;
  }

  // The words said (in quote marks when quoted), with those the data marks as the commitment marked (spans of them).
  function marked(text, commitments, reported) {
    const block = el('blockquote', null, { class: reported ? 'words reported' : 'words' });
    let at = 0;
    const spans = commitments.map((c) => ({ start: text.indexOf(c, 0), words: c }))
      .filter((s) => s.start >= 0).sort((a, b) => a.start - b.start);
    for (const span of spans) {
      if (span.start < at) continue;
      block.append(text.slice(at, span.start), el('mark', span.words, { class: 'commitment' }));
      at = span.start + span.words.length;
    }
    block.append(text.slice(at));
    return block;
  }

  // Who said it: each speaker (a link to their profile), a leader's role, whom they spoke for.
  function speakers(entry) {
    const line = el('p', null, { class: 'who' });
    entry.speakers.forEach((speaker, i) => {
      if (i) line.append(i === entry.speakers.length - 1 ? ' and ' : ', ');
      line.append(el('a', speaker.name || speaker.id, {
        href: address({ view: 'profile', id: speaker.id, at: '' }), 'data-nav': '', class: 'speaker',
      }));
      if (speaker.role) line.append(`, ${speaker.role}`);
    });
    if (entry.why === 'on behalf') line.append(' (for the organisation)');
    line.append(entry.type === 'reported' ? ' (reported):' : ' said:');
    return line;
  }

  function outcome(entry) {
    const line = el('p', null, { class: 'what' });
    if (entry.kind === 'inspection') {
      line.append(el('strong', entry.name || entry.id));
      if (entry.rating) line.append(': ', el('span', words.rating(entry.rating), { class: 'rating', 'data-rating': entry.rating }));
      else if (entry.status === 'planned') line.append(': planned');
    } else if (entry.kind === 'decision') {
      const text = words.decision(entry.type, entry.outcome);
      line.append(el('strong', text.charAt(0).toUpperCase() + text.slice(1)));
    } else {
      line.append(el('strong', entry.name || entry.id));
    }
    return line;
  }

  // What kind of entry, in a word or two, as the chronology says it.
  function kindWords(entry) {
    if (entry.kind === 'statement') return entry.type === 'reported' ? 'reported speech' : 'quotation';
    if (entry.kind === 'decision') return 'decision';
    return words.kind({ kind: entry.kind === 'event' ? entry.type : entry.kind, status: entry.status });
  }

  function sourceLine(entry) {
    const line = el('p', null, { class: 'source-line' });
    const source = entry.source;
    if (!source || !source.article) return line;
    const article = articles.get(source.article);
    line.append('Source: ', el('a', shorten(source.title || source.article, 90), {
      href: address({ view: 'article', id: source.article, at: entry.fact || '' }), 'data-nav': '', class: 'source',
      'data-article': source.article,
    }));
    const where = [source.publisher || (article && article.publisher), words.date(source.articleDate)].filter(Boolean).join(', ');
    if (where) line.append(` (${where})`);
    if (entry.sourceCount > 1) line.append(` · reported by ${entry.sourceCount} articles`);
    return line;
  }

  function renderEntry(entry) {
    const item = el('li', null, {
      class: `claim ${entry.side}${entry.commitment ? ' commitment' : ''}`, 'data-id': entry.id, 'data-side': entry.side,
      'data-kind': entry.kind,
    });
    const head = el('p', null, { class: 'head' });
    head.append(el('span', words.date(entry.when), { class: 'when', title: entry.when || 'no date given' }), ' ',
      el('span', kindWords(entry), { class: 'kind' }));
    if (entry.commitment) head.append(' ', el('span', 'Commitment', { class: 'badge' }));
    item.append(head);
    if (entry.side === 'said') item.append(speakers(entry), marked(entry.text || '', entry.commitments || [], entry.type === 'reported'));
    else item.append(outcome(entry));
    item.append(sourceLine(entry));
    return item;
  }

  // The tab opens the organisation of the profile on the page, else the one shown last, else the focus.
  function init() {
    $('tab-claims').addEventListener('click', () => go(address({
      view: 'claims', id: (state.view === 'profile' && state.id) || last || state.focus || '', at: '',
    })));
  }

  /** The tab is shown, its address followed, or From/To applied: the organisation's chronology, loaded again. */
  function show(changed) {
    if (['view', 'id', 'from', 'to'].some((key) => changed.has(key))) load(state.id);
  }

  async function load(id) {
    const signal = newRequest('claims');
    delete document.body.dataset.loaded;
    const container = $('claims');
    const message = $('claims-message');
    container.replaceChildren();
    $('claims-title').textContent = 'Claims and outcomes';
    $('claims-range').textContent = '';
    if (!id) {
      message.textContent = 'Choose an organisation: “Claims and outcomes” on its profile, or an organisation in “Focus on”.';
      message.className = 'hint';
      document.body.dataset.loaded = 'claims';
      return;
    }
    last = id;
    message.textContent = 'Loading…';
    message.className = 'loading';
    const query = new URLSearchParams({ org: id, size: String(SIZE) });
    if (state.from) query.set('from', state.from);
    if (state.to) query.set('to', state.to);
    let entries;
    let entity;
    let more;
    try {
      const [answer, named] = await Promise.all([api(`/api/claims?${query}`, { signal, whole: true }),
        api(`/api/entities/${encodeURIComponent(id)}`, { signal })]);
      entries = answer.body;
      more = answer.headers.get('X-Has-More') === 'true';
      entity = named;
    } catch (error) {
      if (signal.aborted) return;
      message.textContent = error.message;
      message.className = 'error';
      setStatus(error.message, true);
      document.body.dataset.loaded = 'claims';
      return;
    }
    $('claims-title').textContent = `Claims and outcomes: ${entity.name}`;
    const range = words.range(state.from, state.to);
    $('claims-range').textContent = range
      ? `What may fall ${words.during(state.from, state.to)} (From/To above); undated entries are listed last.`
      : 'Everything, oldest first; undated entries last. From/To above narrow it.';
    const years = new Map();
    for (const entry of entries) {
      const year = yearOf(entry.when) || 'Undated';
      if (!years.has(year)) years.set(year, []);
      years.get(year).push(renderEntry(entry));
    }
    for (const [year, items] of years) {
      const block = el('section', null, { class: 'year', 'aria-labelledby': `claims-year-${year}` });
      const list = el('ol', null, { class: 'claims-year' });
      list.append(...items);
      block.append(el('h3', year, { id: `claims-year-${year}` }), list);
      container.append(block);
    }
    const said = entries.filter((e) => e.side === 'said');
    const promised = said.filter((e) => e.commitment).length;
    const summary = `${said.length} said (${promised} commitment${promised === 1 ? '' : 's'}), `
      + `${entries.length - said.length} shown${range ? ` (${range})` : ''}`;
    message.textContent = entries.length ? (more ? `The first ${entries.length}: ${summary}.` : `${summary}.`)
      : `Nothing is dated ${range || 'here'}.`;
    message.className = entries.length ? 'count' : 'hint';
    setStatus(`Claims and outcomes: ${summary}`);
    document.body.dataset.loaded = 'claims';
  }

  return { init, show };
})();

export const { init, show } = claimsView;
