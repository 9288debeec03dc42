// Boxes that suggest names as they are typed, from /api/entities?q= (exact names, aliases and acronyms first, typos
// allowed): "Focus on" in the header and the boxes of "Compare with…" and the view between two entities. Each is an
// ARIA 1.2 combobox: the input owns the list of suggestions, ↓ and ↑ move the active option (aria-activedescendant:
// the keyboard stays in the input), Enter takes it (or else the first, the best match), Escape closes the list.
import { el } from './dom.js';
import { api, newRequest, cancel } from './api.js';
import { kindLabel } from './style.js';
import { wordsOf } from './said.js';

let boxes = 0;

/**
 * Makes `input` a combobox over `list` (an empty <ul>, hidden): `onChoose(id, name)` when a name is taken. `purpose`
 * names its requests (a newer text aborts the older one's); options are numbered `${optionIds}-0`, `-1`, ….
 */
export function combobox(input, list, onChoose, { purpose, optionIds }) {
  let timer;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const options = () => [...list.querySelectorAll('[role=option]')];
  const take = (option) => {
    close();
    input.value = option.dataset.name;
    onChoose(option.dataset.id, option.dataset.name);
  };
  const activate = (index) => {
    const all = options();
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    input.setAttribute('aria-activedescendant', all[index].id);
    all[index].scrollIntoView({ block: 'nearest' });
  };
  const suggest = async () => {
    const text = input.value.trim();
    if (text.length < 2) { cancel(purpose); close(); return; }
    const signal = newRequest(purpose);
    let hits;
    try {
      hits = await api(`/api/entities?q=${encodeURIComponent(text)}&limit=8`, { signal });
    } catch (error) {
      if (!signal.aborted) close();
      return;
    }
    const typed = wordsOf(text).join(' ');
    list.replaceChildren(...hits.map((hit, index) => {
      const option = el('li', null, {
        role: 'option', id: `${optionIds}-${index}`, 'aria-selected': 'false', 'data-id': hit.entity.id,
        'data-name': hit.entity.name,
      });
      option.append(el('span', hit.entity.name, { class: 'name' }));
      // the alias typed, when that is why it came first ('NSFT' for the trust)
      const alias = hit.match === 'alias' && (hit.aliases || []).find((a) => wordsOf(a).join(' ') === typed);
      if (alias) option.append(' ', el('span', `(${alias})`, { class: 'alias' }));
      option.append(' ', el('small', kindLabel(hit.entity.kind)));
      option.addEventListener('mousedown', (event) => { event.preventDefault(); take(option); });
      return option;
    }));
    list.hidden = !hits.length;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    input.removeAttribute('aria-activedescendant');
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 200); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (event) => {
    const all = options();
    const open = !list.hidden;
    const current = open ? all.findIndex((o) => o.getAttribute('aria-selected') === 'true') : -1;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && all.length) {
      event.preventDefault();
      if (!open) { // the list closed (Escape) opens again on the same suggestions
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const down = event.key === 'ArrowDown';
      activate(current < 0 ? (down ? 0 : all.length - 1) : (current + (down ? 1 : all.length - 1)) % all.length);
    } else if (event.key === 'Enter' && open && all.length) {
      event.preventDefault();
      take(all[Math.max(current, 0)]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  return { close };
}

/** A labelled box of its own, made a combobox; `onChoose(id, name)` when a name is taken. */
export function nameBox(labelText, onChoose, { purpose = 'names', placeholder = 'a person or organisation' } = {}) {
  const n = ++boxes;
  const wrapper = el('div', null, { class: 'name-box' });
  const input = el('input', null, { id: `name-box-${n}`, type: 'search', placeholder });
  const list = el('ul', null, { id: `name-box-${n}-list`, 'aria-label': 'Suggestions', class: 'name-suggestions' });
  list.hidden = true;
  wrapper.append(el('label', labelText, { for: input.id }), input, list);
  combobox(input, list, onChoose, { purpose, optionIds: `name-box-${n}` });
  return wrapper;
}
