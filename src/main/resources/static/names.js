// A box that suggests names as they are typed, from the same ranking as "Focus on" (/api/entities?q=: exact names,
// aliases and acronyms first, typos allowed). An ARIA 1.2 combobox like Focus on's: ↓ and ↑ move through the
// suggestions, Enter takes the one chosen or else the first, Escape closes the list.
import { el } from './dom.js';
import { api, newRequest, cancel } from './api.js';
import { kindLabel } from './style.js';

let boxes = 0;

/** A labelled box; `onChoose(id, name)` when a name is taken. `purpose` names its requests (a newer aborts older). */
export function nameBox(labelText, onChoose, { purpose = 'names', placeholder = 'a person or organisation' } = {}) {
  const n = ++boxes;
  const wrapper = el('div', null, { class: 'name-box' });
  const input = el('input', null, {
    id: `name-box-${n}`, type: 'search', placeholder, role: 'combobox', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': `name-box-${n}-list`, autocomplete: 'off',
  });
  const list = el('ul', null, { id: `name-box-${n}-list`, role: 'listbox', 'aria-label': 'Suggestions', class: 'name-suggestions' });
  list.hidden = true;
  wrapper.append(el('label', labelText, { for: input.id }), input, list);
  let timer;

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
    list.replaceChildren(...hits.map((hit, index) => {
      const option = el('li', null, {
        role: 'option', id: `name-box-${n}-${index}`, 'aria-selected': 'false', 'data-id': hit.entity.id, 'data-name': hit.entity.name,
      });
      option.append(el('span', hit.entity.name, { class: 'name' }), ' ', el('small', kindLabel(hit.entity.kind)));
      option.addEventListener('mousedown', (event) => { event.preventDefault(); take(option); });
      return option;
    }));
    list.hidden = !hits.length;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 200); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (event) => {
    const all = options();
    const open = !list.hidden && all.length > 0;
    const current = all.findIndex((o) => o.getAttribute('aria-selected') === 'true');
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      const next = current < 0 ? (down ? 0 : all.length - 1) : (current + (down ? 1 : all.length - 1)) % all.length;
      all.forEach((o, i) => o.setAttribute('aria-selected', String(i === next)));
      input.setAttribute('aria-activedescendant', all[next].id);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      take(all[Math.max(current, 0)]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  return wrapper;
}
