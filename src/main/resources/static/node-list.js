// "Nodes in view": every node drawn, as a list the keyboard reaches (the canvas itself is a picture). One Tab stop:
// ↓ and ↑ (Home, End) move along the list, Enter or Space shows the node in the panel and on the canvas, "+" adds its
// own network (as a double click on the canvas does). The node chosen is marked here and selected on the canvas.
import { $, el } from './dom.js';
import { state, change } from './address.js';
import { kindLabel } from './style.js';
import { shownElements, expand, reveal } from './network.js';

export function init() {
  $('node-list').addEventListener('keydown', onKey);
}

/** The list, from the nodes drawn: the focus first, then by name. */
export function render() {
  const nodes = shownElements().nodes().sort((a, b) => (b.hasClass('focus') - a.hasClass('focus'))
    || a.data('label').localeCompare(b.data('label')));
  const current = state.selected;
  const buttons = nodes.map((n) => {
    const kind = kindLabel(n.data('kind'));
    const name = n.data('kind') === 'Statement' ? `“${n.data('short')}”` : n.data('label');
    const button = el('button', null, {
      type: 'button', 'data-id': n.id(), tabindex: '-1',
      'aria-label': `${name}, ${kind}, ${n.degree()} links${n.hasClass('focus') ? ', the focus' : ''}`,
    });
    button.append(el('span', name, { class: 'name' }), ' ', el('small', kind));
    button.addEventListener('click', () => choose(n.id()));
    const item = el('li');
    item.append(button);
    return item;
  });
  $('node-list').replaceChildren(...buttons);
  $('nodes-count').textContent = `(${nodes.length})`;
  mark(current);
}

/** Marks the node chosen (aria-current) and makes it the list's one Tab stop. */
export function mark(id) {
  const buttons = [...$('node-list').querySelectorAll('button')];
  const stop = buttons.find((b) => b.dataset.id === id) || buttons[0];
  for (const button of buttons) {
    if (button.dataset.id === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    button.tabIndex = button === stop ? 0 : -1;
  }
}

function choose(id) {
  change({ selected: id, involving: id });
  reveal(id);
}

function onKey(event) {
  const buttons = [...$('node-list').querySelectorAll('button')];
  const index = buttons.indexOf(document.activeElement);
  if (index < 0) return;
  const moveTo = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (moveTo !== undefined) {
    event.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, moveTo))];
    buttons.forEach((b) => { b.tabIndex = b === next ? 0 : -1; });
    next.focus();
  } else if (event.key === '+') {
    event.preventDefault();
    expand(buttons[index].dataset.id);
  }
}
