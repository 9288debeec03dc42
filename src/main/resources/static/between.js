// Between two entities (?view=between&a=<id>&b=<id>): the shortest chain of sourced facts that links them
// (/api/path), drawn with the subjects both spoke about and listed step by step with each step's source; beside it,
// what each said about those subjects, side by side (/api/compare, within From/To). Every source opens the article at
// the sentence. Opened from an entity's panel ("Compare with…"). A newer pair aborts the older one's requests.
import { $, el, setStatus, shorten } from './dom.js';
import { state, address, go } from './address.js';
import { api, newRequest } from './api.js';
import { kindOf, kindLabel, relationOf } from './style.js';
import { words } from './words.js';
import { sourceLink } from './sources.js';
import { nameBox } from './names.js';

let drawing = null; // the view's own Cytoscape.js drawing
let shown = null; // the pair (and dates) shown, or being shown

/** "Compare with…": a name box that opens the view between `id` and the name chosen. */
export function compareControl(id, label) {
  const box = nameBox(`Compare ${label} with…`, (other) => go(address({ view: 'between', a: id, b: other, selected: '' })),
    { purpose: 'compare-names' });
  box.classList.add('compare-with');
  return box;
}

export function init() {
  $('between-pick').replaceChildren(
    nameBox('Between', (a) => go(address({ view: 'between', a })), { purpose: 'between-a' }),
    nameBox('and', (b) => go(address({ view: 'between', b })), { purpose: 'between-b' }),
  );
}

export async function show() {
  const pair = [state.a, state.b, state.from, state.to].join('|');
  if (pair === shown) {
    if (drawing) { drawing.resize(); drawing.fit(undefined, 30); }
    document.body.dataset.loaded = 'between';
    return;
  }
  shown = pair;
  delete document.body.dataset.loaded;
  const message = $('between-message');
  $('between-steps').replaceChildren();
  $('between-subjects').replaceChildren();
  if (drawing) drawing.elements().remove();
  if (!state.a || !state.b) {
    $('between-title').textContent = 'Between two entities';
    message.textContent = 'Choose two people or organisations: the chain of facts that links them, and what each said about the same subjects.';
    message.className = 'hint';
    document.body.dataset.loaded = 'between';
    return;
  }
  const signal = newRequest('between');
  message.textContent = 'Loading…';
  message.className = 'hint loading';
  const dates = new URLSearchParams();
  if (state.from) dates.set('from', state.from);
  if (state.to) dates.set('to', state.to);
  const a = encodeURIComponent(state.a);
  const b = encodeURIComponent(state.b);
  const [path, comparison] = await Promise.all([
    api(`/api/path?from=${a}&to=${b}`, { signal }).catch((error) => error),
    api(`/api/compare?a=${a}&b=${b}${dates.size ? `&${dates}` : ''}`, { signal }).catch((error) => error),
  ]);
  if (signal.aborted) return;
  if (comparison instanceof Error) {
    message.textContent = comparison.message;
    message.className = 'error';
    setStatus(comparison.message, true);
    document.body.dataset.loaded = 'between';
    return;
  }
  const nameA = comparison.a.name;
  const nameB = comparison.b.name;
  $('between-title').textContent = `Between ${nameA} and ${nameB}`;
  message.className = '';
  message.textContent = path instanceof Error
    ? `No chain of sourced facts links ${nameA} and ${nameB}.`
    : `${nameA} and ${nameB} are ${path.steps.length} fact${path.steps.length === 1 ? '' : 's'} apart; `
      + `both spoke about ${comparison.subjects.length} subject${comparison.subjects.length === 1 ? '' : 's'}`
      + `${comparison.complete ? '' : ' (the first 50 shown)'}.`;
  setStatus(message.textContent);
  showSteps(path instanceof Error ? null : path);
  showSubjects(comparison);
  draw(path instanceof Error ? null : path, comparison);
  document.body.dataset.loaded = 'between';
}

// The chain, step by step: who, the relation in words, whom, and the source of the step.
function showSteps(path) {
  const list = $('between-steps');
  if (!path) return;
  const names = new Map(path.nodes.map((n) => [n.id, n.name]));
  list.replaceChildren(...path.steps.map((step) => {
    const item = el('li', null, { 'data-type': step.type });
    item.append(el('strong', names.get(step.from) || step.from), ` ${relationOf(step.type).label} `,
      el('strong', names.get(step.to) || step.to), el('br'),
      sourceLink(step.source, `${step.type}:${step.from}:${step.to}`));
    return item;
  }));
}

// Each subject both spoke about, what each said about it side by side, oldest first, each with its source.
function showSubjects(comparison) {
  const side = (statements, name) => {
    const column = el('div', null, { class: 'side' });
    column.append(el('h4', `${name} said`));
    if (!statements.length) column.append(el('p', 'Nothing in these dates.', { class: 'hint' }));
    const list = el('ol');
    for (const s of statements) {
      const item = el('li', null, { 'data-statement': s.id });
      item.append(el('span', `“${shorten(s.text, 400)}”`, { class: `text ${s.kind === 'reported' ? 'reported' : ''}` }), el('br'),
        el('span', `${words.date(s.when)} · `, { class: 'when' }), sourceLink(s.source, `SAID:${s.speaker.id}:${s.id}`));
      list.append(item);
    }
    column.append(list);
    return column;
  };
  $('between-subjects').replaceChildren(...comparison.subjects.map((shared) => {
    const section = el('section', null, { class: 'shared-subject', 'data-subject': shared.subject.id });
    section.append(el('h3', `About ${shared.subject.name}`),
      el('div', null, { class: 'sides' }));
    section.lastChild.append(side(shared.saidByA, comparison.a.name), side(shared.saidByB, comparison.b.name));
    return section;
  }));
  if (!comparison.subjects.length) {
    $('between-subjects').append(el('p', `${comparison.a.name} and ${comparison.b.name} spoke about no subject in common.`, { class: 'hint' }));
  }
}

// The chain in a row, highlighted, the two ends at its ends; the shared subjects under it, with one edge from each
// speaker counting their statements. Positions are given (a preset layout), so the picture is the same every time.
function draw(path, comparison) {
  if (!drawing) {
    drawing = cytoscape({
      container: $('between-cy'),
      userZoomingEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n) => kindOf(n.data('kind')).color, shape: (n) => kindOf(n.data('kind')).shape,
            width: 30, height: 30, label: 'data(short)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 130,
            'text-valign': 'bottom', 'text-margin-y': 3, 'border-width': 1, 'border-color': '#52606d',
          },
        },
        { selector: 'node.end', style: { 'border-width': 4, 'border-color': '#1d2733', 'font-weight': 'bold' } },
        {
          selector: 'edge',
          style: {
            width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1', label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate',
            'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
          },
        },
        { selector: 'edge.step', style: { width: 5, 'line-color': '#e8590c', 'target-arrow-color': '#e8590c', 'font-weight': 'bold' } },
      ],
    });
    window.betweenCy = drawing; // for the end-to-end tests
    drawing.on('tap', 'edge.step', (event) => {
      const item = $('between-steps').children[event.target.data('index')];
      if (item) item.querySelector('a').focus();
    });
  }
  const chain = path ? path.nodes : [comparison.a, comparison.b];
  const nodes = new Map();
  const node = (ref, position, classes = '') => {
    if (!nodes.has(ref.id)) nodes.set(ref.id, { group: 'nodes', data: { id: ref.id, label: ref.name, short: shorten(ref.name, 40), kind: ref.kind }, position, classes });
  };
  const gap = 220;
  chain.forEach((ref, i) => node(ref, { x: i * gap, y: 0 }, ref.id === state.a || ref.id === state.b ? 'end' : ''));
  const width = (chain.length - 1) * gap;
  const subjects = comparison.subjects.filter((s) => !nodes.has(s.subject.id));
  subjects.forEach((s, i) => node(s.subject, { x: subjects.length === 1 ? width / 2 : (width * i) / (subjects.length - 1), y: 170 }));
  const edges = path ? path.steps.map((step, index) => ({
    group: 'edges', classes: 'step',
    data: { id: `step-${index}`, index, source: step.from, target: step.to, label: relationOf(step.type).label },
  })) : [];
  for (const shared of comparison.subjects) {
    for (const [who, said] of [[comparison.a, shared.saidByA], [comparison.b, shared.saidByB]]) {
      if (!said.length) continue;
      edges.push({
        group: 'edges',
        data: { id: `said-${who.id}-${shared.subject.id}`, source: who.id, target: shared.subject.id, label: `${said.length} statement${said.length === 1 ? '' : 's'}` },
      });
    }
  }
  drawing.add([...nodes.values(), ...edges]);
  drawing.layout({ name: 'preset' }).run();
  drawing.resize();
  drawing.fit(undefined, 30);
  $('between-cy').setAttribute('aria-label', `Drawing of the chain between ${comparison.a.name} and ${comparison.b.name}`
    + ` (${path ? path.steps.length : 'no'} steps, listed beside it) and the ${comparison.subjects.length} subjects both spoke about.`);
  // the kinds drawn, for the reader who does not know the shapes
  $('between-kinds').textContent = `Drawn: ${[...new Set([...nodes.values()].map((n) => kindLabel(n.data.kind)))].join(', ')}.`;
}
