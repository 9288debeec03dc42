// The who-said-what page: the network (network.js, its panel panel.js, the answer tables beside it tables.js), the
// chronology (timeline.js), the search over what was said (said.js), the source articles (article.js), an entity's
// profile (profile.js), an organisation's claims against outcomes (claims.js) and the review screen (ingest.js).
// address.js owns the state, which is the address; this module is its subscriber that shows the tab the address names
// and has that tab's modules show the change, so every view is updated from one place.
import { $, el, plainClick, setStatus, shorten } from './dom.js';
import { state, address, change, go, onChange, announceAll } from './address.js';
import { api } from './api.js';
import { applyStyle } from './style.js';
import { words } from './words.js';
import { articles, setBrowserUrl } from './sources.js';
import * as network from './network.js';
import * as tables from './tables.js';
import * as focus from './focus.js';
import * as exportLinks from './exports.js';
import * as chronology from './timeline.js';
import * as said from './said.js';
import * as articleView from './article.js';
import * as profile from './profile.js';
import * as claims from './claims.js';
import * as ingest from './ingest.js';
import * as between from './between.js';

// What each tab shows, by module name (the `origin` of a change a module made and has shown itself).
const TABS = {
  network: { network, tables },
  timeline: { timeline: chronology },
  said: { said },
  article: { article: articleView },
  profile: { profile },
  claims: { claims },
  ingest: { ingest },
  between: { between }, // no tab of its own: opened from an entity's panel ("Compare with…")
};

// The panel beside the view is the network's and the chronology's.
const WITH_PANEL = new Set(['network', 'timeline']);

function render(changed, origin) {
  syncControls(changed);
  if (changed.has('view')) showTab();
  for (const [name, module] of Object.entries(TABS[state.view])) {
    if (name !== origin) module.show(changed);
  }
}

function showTab() {
  document.body.dataset.view = state.view;
  for (const tab of Object.keys(TABS)) {
    if ($(`tab-${tab}`)) $(`tab-${tab}`).setAttribute('aria-selected', String(state.view === tab));
    $(`${tab}-view`).hidden = state.view !== tab;
  }
  $('details').hidden = !WITH_PANEL.has(state.view);
}

// The filters' inputs say what the address says (after Back, a shared link); those not changed keep what is typed.
function syncControls(changed) {
  for (const key of ['depth', 'from', 'to', 'article']) {
    if (changed.has(key)) $(key).value = state[key];
  }
}

function wireControls() {
  $('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    change({ depth: $('depth').value, from: $('from').value.trim(), to: $('to').value.trim(), article: $('article').value });
  });
  for (const view of ['network', 'timeline', 'said', 'ingest']) {
    $(`tab-${view}`).addEventListener('click', () => change({ view }));
  }
  // the id in the address is the profile's or the organisation's: the tab opens the list of articles
  $('tab-article').addEventListener('click', () => change({
    view: 'article', ...(['profile', 'claims'].includes(state.view) ? { id: '', at: '' } : {}),
  }));
  // The page's own links (data-nav: a source, a fact, an article) change the view without reloading the page;
  // with a modifier key or another button they open as links do.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-nav]');
    if (!link || event.defaultPrevented || !plainClick(event)) return;
    event.preventDefault();
    go(link.getAttribute('href'));
  });
}

async function start() {
  network.init();
  tables.init();
  focus.init();
  exportLinks.init();
  articleView.init();
  said.init();
  profile.init();
  claims.init();
  ingest.init();
  between.init();
  wireControls();
  onChange(render);
  exportLinks.update();
  if (state.view === 'ingest') { // the review screen opens without waiting for the graph
    showTab();
    ingest.show();
  }
  try {
    const [style, info, list] = await Promise.all([api('/api/network-style'), api('/api/info'), api('/api/articles')]);
    applyStyle(style);
    setBrowserUrl(info.browserUrl);
    if (info.browserUrl) { $('browser-link').href = info.browserUrl; $('browser-link').hidden = false; }
    for (const article of list) {
      articles.set(article.id, article);
      $('article').append(el('option', `${words.articleDate(article)} · ${shorten(article.title, 60)}`, { value: article.id }));
    }
  } catch (error) {
    setStatus(error.message, true);
  }
  if (state.view === 'timeline') {
    await focus.showName(); // its title names the focus
    await network.load(); // its entries are chosen in the network too
  }
  announceAll();
}

// For the end-to-end tests and the curious (modules keep their names to themselves).
window.page = { go, address, words, said: { marks: said.marks, wordsOf: said.wordsOf } };

start();
