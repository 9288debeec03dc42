// Search what was said (?view=said&q=unsafe): full-text search over every statement (/api/statements/search), best
// first, by one speaker when "Said by" names one, and within the page's From/To, 50 at a time ("More" for the next),
// each hit with its speaker before the quotation, the words that matched marked, and the article's title and date;
// each hit is a link that opens the article at the statement's sentence. A newer search aborts the request of an
// older one.
import { $, el, setStatus, shorten } from './dom.js';
import { state, address, go } from './address.js';
import { api, newRequest, nextPage } from './api.js';
import { words } from './words.js';
import { nameBox } from './names.js';

const saidSearch = (() => {
  const SIZE = 50; // hits asked for at a time (the API gives at most 100 a page)
  const CONTEXT = 320; // a longer statement is shown as this many characters around its first match
  let searching = null; // the signal of the search under way
  let shown = null; // the words and dates whose hits are on the page
  const searched = () => [state.q, state.by, state.from, state.to].join('|');

  // ---- matching, as SearchText.java writes the query ---------------------------------------------------------
  /** What was typed as the search's words: letters and digits, in lower case (SearchText.words). */
  function wordsOf(text) {
    return (String(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) || []);
  }

  // The words of a statement as the full-text index cuts them (Lucene's standard tokenizer, near enough): letters
  // and digits, an apostrophe or a full stop inside a word keeping it whole ("don't", "Lamb's").
  const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

  // Typos a typed word may have and still match (SearchText.typosAllowed): none in one or two letters, one in three
  // to five, two from six.
  function typosAllowed(word) {
    const length = [...word].length;
    return length < 3 ? 0 : length < 6 ? 1 : 2;
  }

  // Edit distance with a transposition counting one (Lucene's fuzzy query), or more than `max` once it is.
  function distance(a, b, max) {
    const s = [...a];
    const t = [...b];
    if (Math.abs(s.length - t.length) > max) return max + 1;
    let before = null;
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
      const row = [i];
      let smallest = i;
      for (let j = 1; j <= t.length; j++) {
        const cost = s[i - 1] === t[j - 1] ? 0 : 1;
        row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
          row[j] = Math.min(row[j], before[j - 2] + 1);
        }
        smallest = Math.min(smallest, row[j]);
      }
      if (smallest > max) return max + 1;
      before = previous;
      previous = row;
    }
    return previous[t.length];
  }

  /** Whether a word of a statement matches a typed word: the same, starting with it, or within its typos. */
  function matches(token, typed) {
    const word = token.toLowerCase();
    if (word.startsWith(typed)) return true;
    const typos = typosAllowed(typed);
    return typos > 0 && distance(word, typed, typos) <= typos;
  }

  /** The stretches of `text` that match one of the typed words: [{start, end}], in order. */
  function marks(text, typed) {
    const found = [];
    for (const token of text.matchAll(TOKEN)) {
      if (typed.some((word) => matches(token[0], word))) found.push({ start: token.index, end: token.index + token[0].length });
    }
    return found;
  }

  // The text, or CONTEXT characters of it around its first match (cut at spaces, with …), with the matches marked.
  function highlighted(text, typed) {
    const found = marks(text, typed);
    let from = 0;
    let to = text.length;
    if (text.length > CONTEXT) {
      const first = found.length ? found[0].start : 0;
      from = Math.max(0, first - 80);
      if (from > 0) from = text.indexOf(' ', from) + 1 || from;
      to = Math.min(text.length, from + CONTEXT);
      if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
    }
    const nodes = from > 0 ? ['…'] : [];
    let at = from;
    for (const mark of found) {
      if (mark.end <= from || mark.start >= to) continue;
      if (mark.start > at) nodes.push(text.slice(at, mark.start));
      nodes.push(el('mark', text.slice(Math.max(mark.start, from), Math.min(mark.end, to))));
      at = Math.min(mark.end, to);
    }
    if (at < to) nodes.push(text.slice(at, to));
    if (to < text.length) nodes.push('…');
    return nodes;
  }

  // ---- the view -------------------------------------------------------------------------------------------------
  function init() {
    $('said-more').addEventListener('click', () => more());
    // "Said by": one speaker's words only; "Anyone" goes back to everyone's
    $('said-by').replaceChildren(nameBox('Said by', (id) => go(address({ view: 'said', by: id })),
      { purpose: 'said-by', placeholder: 'anyone' }));
    $('said-by-clear').addEventListener('click', () => go(address({ view: 'said', by: '' })));
    $('said-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const q = $('said-q').value.trim();
      if (q === state.q) search(q); // the same words again: ask again, the address stays
      else go(address({ view: 'said', q }));
    });
  }

  /** The tab is shown (or its address followed): the words of the address, searched unless already on the page. */
  function show() {
    if ($('said-q').value.trim() !== state.q) $('said-q').value = state.q;
    if (searched() !== shown) search(state.q);
    else {
      setStatus($('said-message').textContent);
      document.body.dataset.loaded = 'said';
    }
  }

  function say(text, kind) {
    const message = $('said-message');
    message.textContent = text;
    message.className = kind;
    setStatus(text, kind === 'error');
  }

  async function search(q) {
    const signal = newRequest('said');
    searching = null;
    shown = searched();
    delete document.body.dataset.loaded;
    $('said-more').hidden = true;
    $('said-by-now').textContent = state.by ? `Only what ${state.by} said` : '';
    $('said-by-clear').hidden = !state.by;
    const list = $('said-results');
    list.removeAttribute('aria-busy');
    list.classList.remove('stale');
    if (!q) {
      list.replaceChildren();
      say('Type a word or two of what was said, then press Enter.', 'hint');
      document.body.dataset.loaded = 'said';
      return;
    }
    searching = signal;
    list.setAttribute('aria-busy', 'true');
    list.classList.add('stale');
    say(`Searching for “${q}”…`, 'loading');
    const query = new URLSearchParams({ q, size: String(SIZE) });
    if (state.by) query.set('speaker', state.by);
    if (state.from) query.set('from', state.from);
    if (state.to) query.set('to', state.to);
    let hits;
    let next = null;
    try {
      const answer = await api(`/api/statements/search?${query}`, { signal, whole: true });
      hits = answer.body;
      next = nextPage(answer.headers);
    } catch (error) {
      if (signal.aborted) return; // a newer search took its place
      hits = null;
      list.replaceChildren();
      say(problem(error), 'error');
    } finally {
      if (searching === signal) {
        searching = null;
        list.removeAttribute('aria-busy');
        list.classList.remove('stale');
      }
    }
    if (hits) {
      list.replaceChildren();
      render(q, hits, next);
    }
    document.body.dataset.loaded = 'said';
  }

  // "More": the next page of hits, after those on the page.
  async function more() {
    const button = $('said-more');
    const signal = newRequest('said');
    button.disabled = true;
    try {
      const answer = await api(button.dataset.next, { signal, whole: true });
      render(state.q, answer.body, nextPage(answer.headers));
    } catch (error) {
      if (!signal.aborted) say(problem(error), 'error');
    } finally {
      button.disabled = false;
    }
  }

  // The API's problem as a sentence: "Parameter 'q': contains no letters or digits to search for" becomes "The
  // search contains no letters or digits to search for."
  function problem(error) {
    let text = error.message || 'The search failed';
    if (error.problem && error.problem.parameter === 'q') text = text.replace(/^Parameter 'q': /, 'The search ');
    else if (!error.problem) text = `The search could not be made (${text})`;
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }

  // Adds a page of hits to the list; says how many are shown and whether there are more (`next`: their address).
  function render(q, hits, next) {
    const typed = wordsOf(q);
    const list = $('said-results');
    list.append(...hits.map((hit) => item(hit, typed)));
    const button = $('said-more');
    button.hidden = !next;
    if (next) button.dataset.next = next;
    const statements = new Set([...list.querySelectorAll('[data-statement]')].map((a) => a.dataset.statement)).size;
    const during = words.during(state.from, state.to);
    const when = during ? ` ${during} (From/To above)` : '';
    // the speaker's name, as the hits give it
    const speaker = state.by ? (hits.find((hit) => hit.speaker.id === state.by) || { speaker: { name: state.by } }).speaker.name : '';
    if (state.by && hits.length) $('said-by-now').textContent = `Only what ${speaker} said`;
    const by = state.by ? ` by ${speaker}` : '';
    if (!statements) {
      say(`Nothing said${by}${when} matches “${q}”. Every word must match; try fewer words, or another spelling`
        + `${when ? ', or widen From/To' : ''}${by ? ', or search what anyone said' : ''}.`, 'empty');
      return;
    }
    const counted = `${statements} statement${statements === 1 ? '' : 's'}${by}${when} match${statements === 1 ? 'es' : ''} “${q}”`;
    say(next ? `The best ${counted.replace(/ match(es)? /, ' that match ')}; more with “More”.` : `${counted}, best match first.`, 'found');
  }

  function item(hit, typed) {
    const reported = hit.kind === 'reported';
    const link = el('a', null, {
      class: 'said-hit', 'data-nav': '', 'data-statement': hit.statement,
      href: address({ view: 'article', id: hit.article, at: `SAID:${hit.speaker.id}:${hit.statement}` }),
    });
    const quote = el('span', null, { class: reported ? 'text reported' : 'text quote' });
    quote.append(...(reported ? [] : ['“']), ...highlighted(hit.text || '', typed), ...(reported ? [] : ['”']));
    const source = hit.source || {};
    const where = el('span', null, { class: 'where' });
    where.append(el('span', shorten(source.title || hit.article, 140), { class: 'title' }), ' · ',
      el('span', words.date(source.articleDate), { class: 'date' }));
    link.append(el('strong', hit.speaker.name, { class: 'speaker' }), reported ? ' (reported): ' : ' said: ', quote, where);
    const entry = el('li');
    entry.append(link);
    return entry;
  }

  return { init, show, wordsOf, marks };
})();

export const { init, show, wordsOf, marks } = saidSearch;
