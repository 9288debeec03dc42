// The review screen (?view=ingest): an article's proposed fact file beside its text, every uncertain choice
// listed first, the fact file editable, and Accept (POST /api/ingest/accept) or Reject. Nothing is written
// before Accept.
import { $, el, setStatus } from './dom.js';

const ingestScreen = (() => {
  const ingest = {
    text: '', // the article as proposed
    name: '', // its file name, from the proposal's sourceFile
    proposal: null, // the last answer of /api/ingest, its factFile replaced by a check's
    names: {},
  };

  function init() {
    $('ingest-file').addEventListener('change', readChosenFile);
    $('ingest-form').addEventListener('submit', (event) => { event.preventDefault(); propose(); });
    $('ingest-check').addEventListener('click', () => acceptProposal(true));
    $('ingest-accept').addEventListener('click', () => acceptProposal(false));
    $('ingest-reject').addEventListener('click', reject);
  }

  function show() {
    setStatus('Review an article: nothing is written until you accept a proposal.');
    document.body.dataset.loaded = 'ingest';
  }

  // ---- talking to the API -------------------------------------------------------------------------
  // Answers as {status, body}; a problem's detail (and its list of problems) is shown as words, never as JSON.
  async function send(path, body, contentType) {
    let response;
    try {
      response = await fetch(path, { method: 'POST', headers: { 'Content-Type': contentType, Accept: 'application/json' }, body });
    } catch (error) {
      return { status: 0, body: { detail: `The application cannot be reached (${error.message}).` } };
    }
    const json = await response.json().catch(() => null);
    if (response.status === 503 && json && json.title === 'Loading') {
      return { status: 503, body: { detail: 'The graph is still loading; try again in a few seconds.' } };
    }
    return { status: response.status, body: json || { detail: `${response.status} ${response.statusText}` } };
  }

  function say(text, kind = '') {
    const message = $('ingest-message');
    message.replaceChildren(text);
    message.className = kind;
  }

  function sayProblem(answer, action) {
    const reasons = {
      400: 'This is not an article to ingest',
      409: `Cannot ${action}`,
      413: 'Too large',
      415: 'Not plain text',
      422: `Cannot ${action}: the fact file has problems`,
    };
    const title = reasons[answer.status] || answer.body.title || `Cannot ${action}`;
    say(`${title}. ${answer.body.detail || ''}`, 'error');
    showProblems(answer.body.problems || []);
  }

  // ---- propose ------------------------------------------------------------------------------------
  function readChosenFile() {
    const file = $('ingest-file').files[0];
    if (!file) return;
    $('ingest-name').value = file.name;
    const reader = new FileReader();
    reader.onload = () => { $('ingest-text').value = reader.result; };
    reader.onerror = () => say(`The file cannot be read: ${reader.error}`, 'error');
    reader.readAsText(file, 'UTF-8');
  }

  async function propose() {
    const text = $('ingest-text').value;
    const name = $('ingest-name').value.trim();
    clearProposal();
    delete document.body.dataset.ingest;
    say('Proposing…');
    const answer = await send(`/api/ingest${name ? `?name=${encodeURIComponent(name)}` : ''}`, text, 'text/plain; charset=UTF-8');
    if (answer.status !== 200) {
      sayProblem(answer, 'propose');
      return;
    }
    const proposal = answer.body;
    ingest.text = text.replace(/^\uFEFF/, '');
    ingest.proposal = proposal;
    ingest.names = proposal.names || {};
    ingest.name = proposal.sourceFile.replace(/^.*\//, '');
    $('ingest-name').value = ingest.name;
    $('ingest-yaml').value = proposal.yaml;
    renderAdditions(proposal.registryAdditions);
    render(proposal.factFile);
    showProblems(proposal.problems);
    $('ingest-proposal').hidden = false;
    $('ingest-accept').disabled = !proposal.acceptable;
    $('ingest-check').disabled = !proposal.acceptable;
    const doubts = (proposal.factFile.review || []).length;
    say(`Proposed ${proposal.fileName}: ${doubts} uncertain choice${doubts === 1 ? '' : 's'} to review. Nothing is written until you accept.`
      + (proposal.acceptable ? '' : ' This application reads its fact files from inside its jar, so it can propose but not accept: '
        + 'start it with --graph.facts-location=file:<project>/data/facts (tools/start does).'));
    document.body.dataset.ingest = 'proposed';
    const first = $('ingest-doubts').querySelector('button');
    if (first) first.focus();
  }

  // ---- the proposal: doubts, statements, entities, and their passages in the article ---------------
  function clearProposal() {
    ingest.proposal = null;
    $('ingest-proposal').hidden = true;
    $('ingest-yaml').value = '';
    for (const id of ['ingest-doubts-list', 'ingest-statements', 'ingest-entities', 'ingest-additions', 'ingest-problems']) {
      $(id).replaceChildren();
    }
    $('ingest-article').replaceChildren();
    $('ingest-result').replaceChildren();
  }

  function render(factFile) {
    const entities = Array.isArray(factFile && factFile.entities) ? factFile.entities : [];
    const facts = Array.isArray(factFile && factFile.facts) ? factFile.facts : [];
    const review = Array.isArray(factFile && factFile.review) ? factFile.review : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const nameOf = (id) => {
      const e = byId.get(id);
      return (e && (e.name || e.description)) || ingest.names[id] || id;
    };
    const doubted = new Set(review.map((d) => d.id));

    $('ingest-doubts-title').textContent = `To review (${review.length})`;
    $('ingest-doubts-list').replaceChildren(...review.map((doubt) => {
      const item = el('li');
      const link = el('button', nameOf(doubt.id) === doubt.id ? doubt.id : `${nameOf(doubt.id)} (${doubt.id})`,
        { type: 'button', class: 'link', 'data-id': doubt.id });
      link.addEventListener('click', () => selectItem(doubt.id));
      item.append(link, `: ${doubt.doubt}`);
      const more = [];
      if (doubt.confidence !== undefined && doubt.confidence !== null) more.push(`confidence ${doubt.confidence}`);
      if (doubt.alternatives && doubt.alternatives.length) more.push(`alternatives: ${doubt.alternatives.join(', ')}`);
      if (more.length) item.append(el('small', ` (${more.join('; ')})`));
      return item;
    }));

    const article = factFile && factFile.article ? factFile.article : {};
    const articleItem = $('ingest-article-info');
    articleItem.replaceChildren(el('strong', article.title || '(no title)'),
      el('div', `Date: ${article.date || [article.dateEarliest || '..', article.dateLatest || '..'].join('/')}`
        + ` (${article.datePrecision || 'no precision'})`),
      el('small', article.dateReasoning || ''));
    articleItem.dataset.id = article.id || '';
    articleItem.classList.toggle('doubted', doubted.has(article.id));

    const statements = entities.filter((e) => (e.labels || []).includes('Statement'));
    const spans = [];
    $('ingest-statements').replaceChildren(...statements.map((s) => {
      const said = facts.filter((f) => f.type === 'SAID' && f.to === s.id);
      const behalf = facts.filter((f) => f.type === 'ON_BEHALF_OF' && f.from === s.id);
      const item = el('li', null, { 'data-id': s.id, class: doubted.has(s.id) ? 'doubted' : '' });
      const link = el('button', s.id, { type: 'button', class: 'link' });
      link.addEventListener('click', () => selectItem(s.id));
      item.append(link, ' ', el('strong', said.length ? said.map((f) => nameOf(f.from)).join(', ') : 'no speaker'));
      if (behalf.length) item.append(` for ${behalf.map((f) => nameOf(f.to)).join(', ')}`);
      item.append(` ${s.kind === 'quote' ? 'said' : 'reported'}: `, el('q', s.text || ''));
      if (s.ambiguity) item.append(el('div', `Doubt: ${s.ambiguity}`, { class: 'doubt' }));
      spans.push({ text: s.mentioned, id: s.id, kind: 'statement' });
      for (const fact of facts.filter((f) => f.from === s.id || f.to === s.id)) {
        spans.push({ text: fact.evidence, id: s.id, kind: 'evidence' });
      }
      return item;
    }));

    const others = entities.filter((e) => !(e.labels || []).includes('Statement'));
    $('ingest-entities').replaceChildren(...others.map((e) => {
      const item = el('li', null, { 'data-id': e.id, class: doubted.has(e.id) ? 'doubted' : '' });
      const link = el('button', nameOf(e.id), { type: 'button', class: 'link' });
      link.addEventListener('click', () => selectItem(e.id));
      const known = !e.labels && !e.name;
      item.append(link, el('small', ` ${e.id} · ${known ? 'in the graph already' : `new ${(e.labels || []).join(', ')}`}`));
      if (e.ambiguity) item.append(el('div', `Doubt: ${e.ambiguity}`, { class: 'doubt' }));
      spans.push({ text: e.mentioned, id: e.id, kind: 'mention' });
      return item;
    }));
    renderArticle(spans);
  }

  function renderAdditions(additions) {
    $('ingest-additions').replaceChildren(...(additions || []).map((entry, index) => {
      const box = el('input', null, { type: 'checkbox', id: `ingest-addition-${index}` });
      box.checked = true;
      box.dataset.index = String(index);
      const label = el('label', ` add ${entry.id} (${entry.properties.name || ''}; ${entry.labels.join(', ')}) to registry.yaml`,
        { for: box.id });
      const item = el('li');
      item.append(box, label);
      return item;
    }));
    $('ingest-additions-block').hidden = !(additions && additions.length);
  }

  function chosenAdditions() {
    const additions = (ingest.proposal && ingest.proposal.registryAdditions) || [];
    return additions.filter((entry, index) => {
      const box = $(`ingest-addition-${index}`);
      return !box || box.checked;
    });
  }

  // Where a span of the fact file is in the article: as written, or with other quote marks and white space,
  // as the checks compare them.
  function locate(text, span) {
    if (!span) return null;
    const exact = text.indexOf(span);
    if (exact >= 0) return [exact, exact + span.length];
    const chars = [...span.replace(/["'‘’“”]/g, '').replace(/\s+/g, ' ').trim()];
    if (!chars.length) return null;
    const quote = '["\'‘’“”]*';
    const pattern = chars.map((c) => (c === ' ' ? `${quote}\\s+${quote}` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(quote);
    const match = new RegExp(pattern).exec(text);
    return match ? [match.index, match.index + match[0].length] : null;
  }

  // The article with a <mark> for every stretch some span covers; each mark lists the ids it belongs to.
  function renderArticle(spans) {
    const text = ingest.text;
    const located = [];
    for (const span of spans) {
      const at = locate(text, span.text);
      if (at) located.push({ start: at[0], end: at[1], id: span.id, kind: span.kind });
    }
    const cuts = [...new Set([0, text.length, ...located.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const container = $('ingest-article');
    container.replaceChildren();
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const covering = located.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) {
        container.append(piece);
        continue;
      }
      const kinds = new Set(covering.map((s) => s.kind));
      const mark = el('mark', piece, {
        'data-ids': [...new Set(covering.map((s) => s.id))].join(' '),
        class: kinds.has('statement') ? 'statement' : 'passive',
      });
      container.append(mark);
    }
  }

  // A doubt, statement or entity chosen: its passages in the article and its place in the lists stand out.
  function selectItem(id) {
    for (const node of document.querySelectorAll('#ingest-view .selected')) node.classList.remove('selected');
    const marks = [...$('ingest-article').querySelectorAll('mark')].filter((m) => m.dataset.ids.split(' ').includes(id));
    marks.forEach((m) => m.classList.add('selected'));
    const items = [...document.querySelectorAll('#ingest-statements li, #ingest-entities li, #ingest-article-info')]
      .filter((node) => node.dataset.id === id);
    items.forEach((node) => node.classList.add('selected'));
    if (marks.length) marks[0].scrollIntoView({ block: 'center' });
    if (items.length) items[0].scrollIntoView({ block: 'nearest' });
  }

  function showProblems(problems) {
    $('ingest-problems').replaceChildren(...problems.map((p) => el('li', p)));
    $('ingest-problems-block').hidden = problems.length === 0;
  }

  // ---- check, accept, reject ----------------------------------------------------------------------
  async function acceptProposal(dryRun) {
    if (!ingest.proposal) return;
    const action = dryRun ? 'check' : 'accept';
    say(dryRun ? 'Checking the fact file…' : 'Accepting: writing the files and loading the graph…');
    $('ingest-result').replaceChildren();
    const body = JSON.stringify({
      name: ingest.name, text: ingest.text, yaml: $('ingest-yaml').value, registryAdditions: chosenAdditions(),
    });
    const answer = await send(`/api/ingest/accept${dryRun ? '?dryRun=true' : ''}`, body, 'application/json');
    if (dryRun && answer.status === 200) {
      if (answer.body.factFile) {
        ingest.names = { ...ingest.names, ...(answer.body.names || {}) };
        render(answer.body.factFile);
      }
      showProblems(answer.body.problems);
      say(answer.body.problems.length
        ? `${answer.body.problems.length} problem(s) to correct before accepting (nothing was written).`
        : `No problems: accepting would write ${answer.body.wouldWrite.join(', ')}.`, answer.body.problems.length ? 'error' : 'ok');
      document.body.dataset.ingest = 'checked';
      return;
    }
    if (answer.status !== 201) {
      sayProblem(answer, action);
      document.body.dataset.ingest = 'refused';
      return;
    }
    const accepted = answer.body;
    showProblems([]);
    say(`Accepted ${accepted.fileName}: wrote ${accepted.written.join(', ')}; the graph loaded `
      + `${accepted.applied.length ? accepted.applied.join(', ') : 'nothing new'}.`, 'ok');
    const link = el('a', `See ${accepted.articleId} in the graph`, { href: `/?article=${encodeURIComponent(accepted.articleId)}`, id: 'ingest-accepted-link' });
    $('ingest-result').replaceChildren(link);
    $('ingest-accept').disabled = true;
    $('ingest-check').disabled = true;
    document.body.dataset.ingest = 'accepted';
    link.focus();
  }

  function reject() {
    clearProposal();
    say('Rejected: the proposal was discarded and nothing was written. The article text is still here to propose again.', 'ok');
    document.body.dataset.ingest = 'rejected';
    $('ingest-text').focus();
  }

  return { init, show };
})();

export const { init, show } = ingestScreen;
