// "Focus on": the entity the network, the chronology and the answer tables are about. It is a combobox (ARIA 1.2)
// over /api/entities?q=: the input owns the list of suggestions, the arrow keys move the active option
// (aria-activedescendant: the focus stays in the input), Enter takes it (or the first, the best match), Escape
// closes. Beside it, the focus's name and a link to its profile.
import { $, el } from './dom.js';
import { state, address, change, go, onChange } from './address.js';
import { api, newRequest, cancel } from './api.js';
import { kindLabel } from './style.js';
import { wordsOf } from './said.js';

let named = null; // the id whose name is beside the box
let suggestTimer;

export function init() {
  const input = $('search');
  input.addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 200); });
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => setTimeout(hideSuggestions, 150));
  $('everything').addEventListener('click', () => setFocus('', ''));
  onChange((changed) => {
    if (changed.has('focus')) showName();
  });
}

/** Focuses the page on an entity (nothing: everything), with `more` changes of the state (another tab). */
export function setFocus(id, label, more = {}) {
  named = id;
  $('focus-now').textContent = label || id;
  $('search').value = '';
  hideSuggestions();
  // on the profile (or claims against outcomes), a name chosen in "Focus on" is the one to show
  if ((state.view === 'profile' || state.view === 'claims') && id) {
    go(address({ view: state.view, id, at: '', focus: id, selected: id, involving: '' }));
    return;
  }
  change({ focus: id, selected: id, involving: '', ...more });
}

/** The name of the entity focused on beside the box (asked of the API unless known), and its profile's link. */
export async function showName() {
  const link = $('focus-profile');
  link.hidden = !state.focus;
  link.href = state.focus ? address({ view: 'profile', id: state.focus, at: '' }) : '#';
  if (named === state.focus) return;
  named = state.focus;
  if (!state.focus) {
    cancel('focus-name');
    $('focus-now').textContent = '';
    return;
  }
  const signal = newRequest('focus-name');
  try {
    const entity = await api(`/api/entities/${encodeURIComponent(state.focus)}`, { signal });
    $('focus-now').textContent = entity.name;
  } catch (error) {
    if (!signal.aborted) $('focus-now').textContent = state.focus;
  }
}

function hideSuggestions() {
  $('suggestions').hidden = true;
  $('search').setAttribute('aria-expanded', 'false');
  $('search').removeAttribute('aria-activedescendant');
}

function suggestionOptions() {
  return [...$('suggestions').querySelectorAll('[role=option]')];
}

function activateSuggestion(index) {
  const options = suggestionOptions();
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
  if (index < 0 || index >= options.length) {
    $('search').removeAttribute('aria-activedescendant');
    return;
  }
  $('search').setAttribute('aria-activedescendant', options[index].id);
  options[index].scrollIntoView({ block: 'nearest' });
}

// The suggestions asked for as the text changes; a newer text aborts the request of an older one.
async function suggest() {
  const text = $('search').value.trim();
  if (text.length < 2) {
    cancel('suggestions');
    hideSuggestions();
    return;
  }
  const signal = newRequest('suggestions');
  let hits;
  try {
    hits = await api(`/api/entities?q=${encodeURIComponent(text)}&limit=8`, { signal });
  } catch (error) {
    if (!signal.aborted) hideSuggestions();
    return;
  }
  const typed = wordsOf(text).join(' ');
  const list = $('suggestions');
  list.replaceChildren(...hits.map((hit, index) => {
    const item = el('li', null, { role: 'option', id: `suggestion-${index}`, 'data-id': hit.entity.id, 'aria-selected': 'false' });
    item.append(el('span', hit.entity.name, { class: 'name' }));
    // the alias typed, when that is why it came first ('NSFT' for the trust)
    const alias = hit.match === 'alias' && (hit.aliases || []).find((a) => wordsOf(a).join(' ') === typed);
    if (alias) item.append(' ', el('span', `(${alias})`, { class: 'alias' }));
    item.append(' ', el('small', kindLabel(hit.entity.kind)));
    item.addEventListener('mousedown', (event) => { event.preventDefault(); setFocus(hit.entity.id, hit.entity.name); });
    return item;
  }));
  list.hidden = hits.length === 0;
  $('search').setAttribute('aria-expanded', String(hits.length > 0));
  $('search').removeAttribute('aria-activedescendant');
}

function onKey(event) {
  const options = suggestionOptions();
  const open = !$('suggestions').hidden;
  const current = open ? options.findIndex((o) => o.getAttribute('aria-selected') === 'true') : -1;
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length) {
    event.preventDefault();
    if (!open) {
      $('suggestions').hidden = false;
      $('search').setAttribute('aria-expanded', 'true');
    }
    const down = event.key === 'ArrowDown';
    const next = current < 0 ? (down ? 0 : options.length - 1) : (current + (down ? 1 : options.length - 1)) % options.length;
    activateSuggestion(next);
  } else if (event.key === 'Enter' && open && options.length) {
    event.preventDefault();
    const chosen = options[Math.max(current, 0)];
    setFocus(chosen.dataset.id, chosen.querySelector('.name').textContent);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    hideSuggestions();
  }
}
