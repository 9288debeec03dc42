// The source article view (?view=article&id=article-d486f7aa&at=<fact id>): the article's full text with every
// fact's evidence highlighted, the facts it supports listed beside it in groups, each highlight a link to its facts
// and each fact a link to its words. Without an id, the list of articles. A newer article aborts the request of an older
// one.
import { $, el, plainClick, setStatus, shorten } from './dom.js';
import { state, address, change } from './address.js';
import { api, newRequest } from './api.js';
import { KINDS } from './style.js';
import { words } from './words.js';

const articleView = (() => {
  let shown = null; // {id, answer, facts: Map id -> fact, nodes: Map id -> node, spans: Map key -> span}

  const ROLES = new Set(['LEADS', 'HOLDS_OFFICE', 'MEMBER_OF', 'WORKS_FOR', 'REPRESENTS']);
  // A fact between two nodes belongs with the first of its ends (from, then to) that is one of these.
  const OWNERS = ['Statement', 'CallForAction', 'Inspection', 'Decision', 'Event'];
  // How a fact reads from the node it is listed under (out: that node is its `from`; in: its `to`), or between its
  // two ends when listed alone.
  const VERBS = {
    SAID: { out: 'said', in: 'said by', both: 'said' },
    ON_BEHALF_OF: { out: 'on behalf of', in: 'spoken for by', both: 'spoke on behalf of' },
    ABOUT: { out: 'about', in: 'the subject of', both: 'is about' },
    MADE_IN: { out: 'made in', in: 'where this was made:', both: 'was made in' },
    ADDRESSED_TO: { out: 'addressed to', in: 'addressed by', both: 'is addressed to' },
    CONCERNS: { out: 'concerns', in: 'concerned by', both: 'concerns' },
    FOLLOWED: { out: 'followed', in: 'followed by', both: 'followed' },
    CALLED_FOR: { out: 'called for', in: 'called for by', both: 'called for' },
    CRITICISED: { out: 'criticised', in: 'criticised by', both: 'criticised' },
    CONDUCTED: { out: 'conducted', in: 'conducted by', both: 'conducted' },
    INSPECTED: { out: 'inspected', in: 'inspected by', both: 'inspected' },
    RATED: { out: 'rated', in: 'rated by', both: 'rated' },
    REQUIRED: { out: 'required', in: 'required by', both: 'required' },
    DECIDED: { out: 'decided', in: 'decided by', both: 'decided' },
    RECOMMENDED: { out: 'recommended', in: 'recommended by', both: 'recommended' },
    ORGANISED: { out: 'organised', in: 'organised by', both: 'organised' },
    ATTENDED: { out: 'attended', in: 'attended by', both: 'attended' },
    CHAIRED: { out: 'chaired', in: 'chaired by', both: 'chaired' },
    WROTE: { out: 'wrote', in: 'written by', both: 'wrote' },
    SIGNED: { out: 'signed', in: 'signed by', both: 'signed' },
    SENT_TO: { out: 'sent to', in: 'received', both: 'was sent to' },
    DIED_IN: { out: 'died in', in: 'the death of', both: 'died in' },
    ESTABLISHED: { out: 'established', in: 'established by', both: 'established' },
    TOOK_PLACE_AT: { out: 'at', in: 'the place of', both: 'took place at' },
    INVOLVED: { out: 'involved', in: 'involved in', both: 'involved' },
    PART_OF: { out: 'part of', in: 'includes', both: 'is part of' },
    PUBLISHED: { out: 'published', in: 'published by', both: 'published' },
    REPORTED_ON: { out: 'reported on', in: 'reported on by', both: 'reported on' },
    LEADS: { out: 'leads', in: 'led by', both: 'leads' },
    HOLDS_OFFICE: { out: 'holds the office of', in: 'held by', both: 'holds the office of' },
    MEMBER_OF: { out: 'member of', in: 'has as member', both: 'is a member of' },
    WORKS_FOR: { out: 'works for', in: 'employs', both: 'works for' },
    REPRESENTS: { out: 'represents', in: 'represented by', both: 'represents' },
  };

  function init() {
    $('article-text').addEventListener('click', (event) => {
      const piece = event.target.closest('a.ev');
      if (!piece || modified(event)) return;
      event.preventDefault();
      chooseWords(piece);
    });
    $('article-facts').addEventListener('click', (event) => {
      const link = event.target.closest('a[data-fact]');
      if (!link || modified(event)) return;
      event.preventDefault();
      select(link.dataset.fact, { text: true, list: false });
      link.focus();
    });
  }

  const modified = (event) => !plainClick(event);

  // ---- showing: the list, or one article ----------------------------------------------------------------
  async function show() {
    delete document.body.dataset.loaded;
    if (!state.id) {
      await showList();
      return;
    }
    if (!shown || shown.id !== state.id) {
      $('article-reading').hidden = true;
      $('article-list-block').hidden = true;
      setStatus('Loading the article…');
      const signal = newRequest('article');
      let answer;
      try {
        answer = await api(`/api/articles/${encodeURIComponent(state.id)}/text`, { signal });
      } catch (error) {
        if (signal.aborted) return; // a newer article took its place
        shown = null;
        setStatus(error.message, true);
        $('article-list-block').hidden = false;
        await showList(false);
        return;
      }
      render(answer);
    }
    $('article-reading').hidden = false;
    $('article-list-block').hidden = true;
    const located = shown.answer.facts.filter((f) => f.evidence.start !== null).length;
    setStatus(`${shown.answer.facts.length} facts (mentions included), ${located} with their words highlighted`);
    if (state.at) select(state.at, { text: true, list: true });
    else window.scrollTo(0, 0);
    document.body.dataset.loaded = 'article';
  }

  async function showList(announce = true) {
    $('article-reading').hidden = true;
    $('article-list-block').hidden = false;
    const signal = newRequest('article');
    let list;
    try {
      list = await api('/api/articles', { signal });
    } catch (error) {
      if (signal.aborted) return;
      setStatus(error.message, true);
      return;
    }
    $('article-list').replaceChildren(...list.map((article) => {
      const item = el('li');
      item.append(el('a', article.title || article.id, { href: address({ view: 'article', id: article.id, at: '' }), 'data-nav': '' }),
        el('div', [article.publisher, words.articleDate(article), `${article.facts} facts`].filter(Boolean).join(' · '),
          { class: 'meta' }));
      return item;
    }));
    if (announce) setStatus(`${list.length} articles: choose one to read it with the evidence of its facts highlighted`);
    document.body.dataset.loaded = 'article-list';
  }

  // ---- rendering ------------------------------------------------------------------------------------------
  function render(answer) {
    const facts = new Map(answer.facts.map((f) => [f.id, f]));
    const nodes = new Map(answer.entities.map((n) => [n.id, n]));
    shown = { id: answer.article.id, answer, facts, nodes, spans: new Map() };
    renderHeader(answer.article);
    renderText(answer);
    renderFacts(answer);
  }

  function inferredNote(label, reasoning, className = 'inferred') {
    const note = el('details', null, { class: className });
    note.append(el('summary', label), el('p', reasoning));
    return note;
  }

  function renderHeader(article) {
    const title = $('article-heading');
    title.replaceChildren(el('span', article.title || article.id));
    const meta = $('article-meta');
    meta.replaceChildren();
    const titleLine = el('div');
    if (article.titleInferred) {
      titleLine.append(el('span', 'Title: ', { class: 'label' }), 'its first sentence ',
        inferredNote('inferred', 'The files carry no headline: the title is the article\'s first sentence, verbatim.'));
      meta.append(titleLine);
    }
    const publisher = el('div');
    publisher.append(el('span', 'Publisher: ', { class: 'label' }), el('span', article.publisher || 'not named in the text',
      { id: 'article-publisher' }));
    if (article.publisher && article.publisherEvidence) publisher.append(' ', inferredNote('inferred', article.publisherEvidence));
    const date = el('div');
    date.append(el('span', 'Date: ', { class: 'label' }), el('span', words.articleDate(article), { id: 'article-date' }));
    if (article.dateReasoning) date.append(' ', inferredNote('inferred', article.dateReasoning));
    // the curators' doubt about the article (its date, as a rule)
    if (article.ambiguity) date.append(' ', inferredNote('doubt', article.ambiguity, 'inferred doubt'));
    meta.append(publisher, date);
    $('article-links').replaceChildren(
      el('a', 'All articles', { href: address({ view: 'article', id: '', at: '' }), 'data-nav': '' }), ' · ',
      el('a', 'Its facts in the network', { href: address({ view: 'network', article: article.id, id: '', at: '', selected: '' }), 'data-nav': '' }),
      ' · ', el('span', article.sourceFile || '', { class: 'file' }));
  }

  // The text with a link for every stretch some evidence covers. Spans may nest or overlap: the text is cut at
  // every span's ends, and each piece links to the innermost span covering it and lists every fact covering it.
  function renderText(answer) {
    const container = $('article-text');
    container.replaceChildren();
    const text = answer.text;
    if (text === null || text === undefined) {
      container.append(el('p', 'The text of this article cannot be found where the application reads its articles.', { class: 'error' }));
      return;
    }
    const spans = shown.spans;
    for (const fact of answer.facts) {
      const { start, end } = fact.evidence;
      if (start === null || start === undefined) continue;
      const key = `${start}-${end}`;
      if (!spans.has(key)) spans.set(key, { key, start, end, facts: [], pieces: [] });
      spans.get(key).facts.push(fact.id);
    }
    const ordered = [...spans.values()];
    const cuts = [...new Set([0, text.length, ...ordered.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const covering = ordered.filter((s) => s.start <= from && s.end >= to);
      const words = text.slice(from, to);
      if (!covering.length) {
        container.append(words);
        continue;
      }
      covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
      const innermost = covering[0];
      const factIds = [...new Set(covering.flatMap((s) => s.facts))];
      const piece = el('a', words, {
        class: `ev d${Math.min(covering.length, 4)}`,
        href: address({ view: 'article', id: shown.id, at: innermost.facts[0] }),
        'data-spans': covering.map((s) => s.key).join(' '),
        'data-facts': factIds.join(' '),
        title: `Evidence for ${factIds.length} fact${factIds.length === 1 ? '' : 's'}: choose to see them`,
      });
      for (const span of covering) span.pieces.push(piece);
      container.append(piece);
    }
    container.dataset.spans = String(spans.size);
  }

  const has = (node, label) => Boolean(node && node.labels.includes(label));
  const quoted = (text, length = 90) => `“${shorten(text, length)}”`;

  // A node's name as a fact line shows it: a statement by its words, anything else by its name.
  function nameOf(ref) {
    if (!ref) return '';
    const node = shown.nodes.get(ref.id);
    if (node && has(node, 'Statement')) return quoted(node.properties.text || ref.name, 70);
    if (node && has(node, 'MustDoAction')) return quoted(node.properties.text || ref.name, 90);
    return ref.name || ref.id;
  }

  function phrase(fact, owner) {
    const verbs = VERBS[fact.type] || { out: lower(fact.type), in: `${lower(fact.type)} by`, both: lower(fact.type) };
    const p = fact.properties || {};
    if (fact.type === 'RATED') {
      const what = `${p.domain || 'rating'}: ${p.rating || '?'}${p.note ? ` (${p.note})` : ''}`;
      if (owner === fact.from.id) return `rated ${nameOf(fact.to)}, ${what}`;
      return owner === fact.to.id ? `rated by ${nameOf(fact.from)}, ${what}` : `${nameOf(fact.from)} rated ${nameOf(fact.to)}, ${what}`;
    }
    let words;
    if (owner === fact.from.id) words = `${verbs.out} ${nameOf(fact.to)}`;
    else if (owner === fact.to.id) words = `${verbs.in} ${nameOf(fact.from)}`;
    else if (fact.type === 'LEADS') words = `${nameOf(fact.from)}, ${p.role || 'leader'} of ${nameOf(fact.to)}`;
    else if (fact.type === 'MEMBER_OF' && p.role) words = `${nameOf(fact.from)}, ${p.role} of ${nameOf(fact.to)}`;
    else if (fact.type === 'WORKS_FOR' && p.role) words = `${nameOf(fact.from)}, ${p.role} at ${nameOf(fact.to)}`;
    else words = `${nameOf(fact.from)} ${verbs.both} ${nameOf(fact.to)}`;
    const more = [];
    if (p.role && !['LEADS', 'MEMBER_OF', 'WORKS_FOR'].includes(fact.type)) more.push(p.role);
    if (p.roleAsWritten && fact.type === 'HOLDS_OFFICE') more.push(`“${p.roleAsWritten}”`);
    if (p.status && p.status !== 'current') more.push(p.status);
    if (more.length) words += ` (${more.join(', ')})`;
    if (p.summary) words += `: ${p.summary}`;
    return words;
  }

  const lower = (type) => type.toLowerCase().replaceAll('_', ' ');

  function factLink(fact, content) {
    const link = el('a', null, { href: address({ view: 'article', id: shown.id, at: fact.id }), 'data-fact': fact.id, class: 'fact' });
    if (typeof content === 'string') link.textContent = content;
    else link.append(...content);
    if (fact.evidence.start === null) link.append(el('small', ' (its words are not found in the text)', { class: 'missing' }));
    return link;
  }

  function factItem(fact, owner) {
    const item = el('li', null, { 'data-fact': fact.id });
    item.append(factLink(fact, phrase(fact, owner)));
    if (fact.ambiguity) item.append(el('div', `Doubt: ${fact.ambiguity}`, { class: 'doubt' }));
    return item;
  }

  // The line that heads a statement, call, inspection, decision or event: what it is, in words.
  function headline(node, related) {
    const p = node.properties;
    const from = (type) => related.filter((f) => f.type === type && f.to.id === node.id).map((f) => f.from.name);
    const to = (type) => related.filter((f) => f.type === type && f.from.id === node.id);
    if (has(node, 'Statement')) {
      const speakers = from('SAID');
      const parts = [el('strong', speakers.length ? speakers.join(' and ') : 'Unattributed')];
      const notes = to('ON_BEHALF_OF').map((f) => `for ${f.to.name}`);
      if (p.kind !== 'quote') notes.push('reported');
      if (notes.length) parts.push(` (${notes.join('; ')})`);
      if (p.kind === 'quote') parts.push(' said: ', el('span', `“${p.text || ''}”`, { class: 'quote' }));
      else parts.push(': ', el('span', p.text || '', { class: 'reported' }));
      return parts;
    }
    if (has(node, 'CallForAction')) {
      const callers = from('CALLED_FOR');
      return [el('strong', callers.length ? callers.join(' and ') : 'Someone'), ' called for: ', p.action || node.name];
    }
    if (has(node, 'Inspection')) {
      const overall = to('RATED').find((f) => f.properties.domain === 'overall');
      const when = node.properties.startDate && node.properties.endDate ? `${node.properties.startDate}/${node.properties.endDate}`
        : p.date || (p.dateEarliest || p.dateLatest ? `${p.dateEarliest || '..'}/${p.dateLatest || '..'}` : null);
      const parts = [el('strong', node.name)];
      if (overall) parts.push(`: ${words.rating(overall.properties.rating)}`);
      if (p.status === 'planned') parts.push(' (planned)');
      if (when) parts.push(el('span', ` · ${words.date(when)}`, { class: 'when' }));
      return parts;
    }
    if (has(node, 'Decision')) {
      const text = words.decision(p.kind, p.outcome);
      const when = p.date || (p.dateEarliest || p.dateLatest ? `${p.dateEarliest || '..'}/${p.dateLatest || '..'}` : null);
      return [el('strong', text.charAt(0).toUpperCase() + text.slice(1)), when ? el('span', ` · ${words.date(when)}`, { class: 'when' }) : ''];
    }
    if (has(node, 'Event')) {
      const kind = words.kind({ kind: p.kind, status: p.status });
      const when = p.date || (p.dateEarliest || p.dateLatest ? `${p.dateEarliest || '..'}/${p.dateLatest || '..'}` : null);
      return [el('span', kind, { class: 'kind' }), ' ', el('strong', node.name),
        when ? el('span', ` · ${words.date(when)}`, { class: 'when' }) : ''];
    }
    return [node.name];
  }

  function renderFacts(answer) {
    const nodes = shown.nodes;
    const groups = {
      Statement: new Map(), CallForAction: new Map(), Inspection: new Map(), Decision: new Map(), Event: new Map(),
    };
    const roles = [];
    const criticisms = [];
    const others = [];
    const mentions = [];
    const ownerOf = (id) => OWNERS.find((label) => has(nodes.get(id), label));
    const entry = (label, id) => {
      if (!groups[label].has(id)) groups[label].set(id, { node: nodes.get(id), mention: null, facts: [] });
      return groups[label].get(id);
    };
    // a must-do action goes with the inspection that required it
    const requiredBy = new Map(answer.facts.filter((f) => f.type === 'REQUIRED').map((f) => [f.to.id, f.from.id]));
    for (const fact of answer.facts) {
      if (fact.type === 'REPORTED_IN') {
        const label = ownerOf(fact.from.id);
        if (label) entry(label, fact.from.id).mention = fact;
        else mentions.push(fact);
        continue;
      }
      if (ROLES.has(fact.type)) { roles.push(fact); continue; }
      if (fact.type === 'CRITICISED') { criticisms.push(fact); continue; }
      const fromLabel = ownerOf(fact.from.id);
      const toLabel = ownerOf(fact.to.id);
      if (fromLabel) entry(fromLabel, fact.from.id).facts.push(fact);
      else if (toLabel) entry(toLabel, fact.to.id).facts.push(fact);
      else if (requiredBy.has(fact.from.id)) entry('Inspection', requiredBy.get(fact.from.id)).facts.push(fact);
      else others.push(fact);
    }
    const sections = [];
    const section = (title, items, id) => {
      if (!items.length) return;
      const block = el('section', null, { class: 'fact-group', 'aria-labelledby': `facts-${id}` });
      block.append(el('h3', `${title} (${items.length})`, { id: `facts-${id}` }));
      const list = el('ul');
      list.append(...items);
      block.append(list);
      sections.push(block);
    };
    const nodeItems = (label) => [...groups[label].values()].map((group) => {
      const item = el('li', null, { class: 'node', 'data-node': group.node.id });
      const head = headline(group.node, group.facts);
      if (group.mention) {
        item.setAttribute('data-fact', group.mention.id);
        item.append(factLink(group.mention, head));
      } else {
        item.append(...head);
      }
      if (group.node.properties.ambiguity) item.append(el('div', `Doubt: ${group.node.properties.ambiguity}`, { class: 'doubt' }));
      if (group.facts.length) {
        const sub = el('ul', null, { class: 'sub' });
        sub.append(...group.facts.map((f) => factItem(f, group.node.id)));
        item.append(sub);
      }
      return item;
    });
    section('Statements', nodeItems('Statement'), 'statements');
    section('Roles', roles.map((f) => factItem(f, null)), 'roles');
    section('Criticisms', criticisms.map((f) => factItem(f, null)), 'criticisms');
    section('Calls for action', nodeItems('CallForAction'), 'calls');
    section('Inspections', nodeItems('Inspection'), 'inspections');
    section('Decisions', nodeItems('Decision'), 'decisions');
    section('Events', nodeItems('Event'), 'events');
    section('Other facts', others.map((f) => factItem(f, null)), 'other');
    section('Who and what it mentions', mentions.map((f) => {
      const node = nodes.get(f.from.id);
      const item = el('li', null, { 'data-fact': f.id });
      const kind = node && KINDS[node.kind] ? KINDS[node.kind].label : (node ? node.kind : '');
      item.append(factLink(f, [el('span', f.from.name), el('small', kind ? ` · ${kind}` : '', { class: 'kind-label' })]));
      return item;
    }), 'mentions');
    $('article-facts').replaceChildren(...sections);
  }

  // ---- choosing: a fact marks its words, words mark their facts -----------------------------------------------
  // The facts an address's `at` names: the fact of that id (and its numbered twins when it has no number), else
  // the same fact read the other way, else the mention of a node of that id.
  function resolve(at) {
    if (!at || !shown) return [];
    const ids = [...shown.facts.keys()];
    let found = ids.filter((id) => id === at || id.startsWith(`${at}.`));
    if (!found.length) {
      const parts = at.split(':');
      if (parts.length === 3) {
        const reverse = `${parts[0]}:${parts[2]}:${parts[1]}`;
        found = ids.filter((id) => id === reverse || id.startsWith(`${reverse}.`));
      }
    }
    if (!found.length && shown.nodes.has(at)) found = [`REPORTED_IN:${at}:${shown.id}`].filter((id) => shown.facts.has(id));
    return found;
  }

  function clearMarks() {
    for (const node of document.querySelectorAll('#article-view .marked, #article-view .current')) {
      node.classList.remove('marked', 'current');
    }
  }

  function spanOf(factId) {
    const fact = shown.facts.get(factId);
    if (!fact || fact.evidence.start === null) return null;
    return shown.spans.get(`${fact.evidence.start}-${fact.evidence.end}`) || null;
  }

  /** Marks the facts `at` names and their words; scrolls the text to the words, the list to the facts. */
  function select(at, scroll) {
    clearMarks();
    const ids = resolve(at);
    if (!ids.length) {
      setStatus(`This article has no fact ${at}; here is the whole article.`, true);
      return;
    }
    const items = markFacts(ids);
    const span = spanOf(ids[0]);
    if (span) span.pieces.forEach((piece) => piece.classList.add('current'));
    change({ at: ids[0] }, { origin: 'article' });
    const fact = shown.facts.get(ids[0]);
    setStatus(span ? `${describe(fact)}: its words are marked in the text` : `${describe(fact)}: its words are not found in the text`);
    // the list first: on a phone the text and the list are one page, and the words are what was asked for
    if (scroll.list && items.length) items[0].scrollIntoView({ block: 'nearest' });
    if (scroll.text && span) span.pieces[0].scrollIntoView({ block: 'center' });
  }

  function markFacts(ids) {
    const items = [];
    for (const id of ids) {
      for (const node of document.querySelectorAll(`#article-facts [data-fact="${CSS.escape(id)}"]`)) {
        node.classList.add('marked');
        if (node.tagName === 'LI') items.push(node);
      }
    }
    return items;
  }

  const describe = (fact) => (fact.type === 'REPORTED_IN' ? `The mention of ${fact.from.name}` : phrase(fact, null));

  // Words of the text chosen: every fact they are evidence for is marked, the innermost span's words stand out.
  function chooseWords(piece) {
    clearMarks();
    const keys = piece.dataset.spans.split(' ');
    const spans = keys.map((key) => shown.spans.get(key)).filter(Boolean);
    const innermost = spans[0];
    innermost.pieces.forEach((p) => p.classList.add('current'));
    const ids = [...new Set(spans.flatMap((s) => s.facts))];
    const items = markFacts(innermost.facts);
    markFacts(ids.filter((id) => !innermost.facts.includes(id)));
    change({ at: innermost.facts[0] }, { origin: 'article' });
    setStatus(`These words are evidence for ${ids.length} fact${ids.length === 1 ? '' : 's'}, marked in the list`);
    if (items.length) items[0].scrollIntoView({ block: 'nearest' });
  }

  return { init, show };
})();

export const { init, show } = articleView;
