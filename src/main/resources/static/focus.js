// "Focus on": the entity the network, the chronology and the answer tables are about, chosen in a combobox of names
// (names.js, as the other name boxes). Beside it, the focus's name and a link to its profile.
import { $ } from './dom.js';
import { state, address, change, go, onChange } from './address.js';
import { api, newRequest, cancel } from './api.js';
import { combobox } from './names.js';

let named = null; // the id whose name is beside the box
let suggestions = null; // the combobox of "Focus on"
let naming = Promise.resolve(); // settles when the focus's name is beside the box

/** Settles once the name of the entity focused on is beside the box (for the views that say it). */
export function focusNamed() {
  return naming;
}

export function init() {
  suggestions = combobox($('search'), $('suggestions'), (id, name) => setFocus(id, name),
    { purpose: 'suggestions', optionIds: 'suggestion' });
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
  suggestions.close();
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
  naming = (async () => {
    try {
      const entity = await api(`/api/entities/${encodeURIComponent(state.focus)}`, { signal });
      $('focus-now').textContent = entity.name;
    } catch (error) {
      if (!signal.aborted) $('focus-now').textContent = state.focus;
    }
  })();
  await naming;
}
