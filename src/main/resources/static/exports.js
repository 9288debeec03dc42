// The footer's exports of the network view: links to /api/export for what the view shows (its focus and filters,
// without the relations unticked in the legend), kept up to date from the address; and the drawing as a picture.
import { $, el } from './dom.js';
import { state, networkQuery, onChange } from './address.js';
import { RELATIONS } from './style.js';
import { cy } from './network.js';

export function init() {
  $('export-png').addEventListener('click', () => exportPicture('png'));
  $('export-svg').addEventListener('click', () => exportPicture('svg'));
  onChange(update);
}

/** The links ask for the network as the address has it; only the relations the style knows are left out (the server
 * refuses others). */
export function update() {
  const hidden = [...state.hide].filter((t) => RELATIONS[t]).sort();
  for (const format of ['graphml', 'gexf', 'cyjs', 'dot']) {
    const p = networkQuery();
    if (hidden.length) p.set('hide', hidden.join(','));
    p.set('format', format);
    $(`export-${format}`).href = `/api/export?${p}`;
  }
  // the pictures are of the network as drawn, so only from its tab
  for (const button of [$('export-png'), $('export-svg')]) button.disabled = state.view !== 'network';
}

// The network view as a picture: the whole network as laid out (not only the part zoomed into), without the hidden
// relations, on white. PNG at twice the drawing's own size, at most 4096 pixels a side; SVG by cytoscape-svg.
function exportPicture(format) {
  if (!cy.nodes().length) return;
  const options = { full: true, bg: '#ffffff' };
  let blob;
  if (format === 'png') {
    const box = cy.elements(':visible').boundingBox();
    const scale = Math.min(2, 4096 / Math.max(box.w, box.h, 1));
    blob = cy.png({ ...options, scale, output: 'blob' });
  } else {
    blob = new Blob([cy.svg({ ...options, scale: 1 })], { type: 'image/svg+xml;charset=utf-8' });
  }
  const url = URL.createObjectURL(blob);
  const link = el('a', null, { href: url, download: pictureName(format) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// network-nsft-2026-12-01.png: named as the server names its exports (ExportController), the focus and today's date.
function pictureName(extension) {
  const now = new Date();
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `network${state.focus ? `-${state.focus}` : ''}-${date}.${extension}`;
}
