// The footer's exports of the network view: links to /api/export for what the view shows (its focus and filters,
// without the relations unticked in the legend), kept up to date from the address; and the drawing as a picture.
import { $, el, setStatus, svgEl } from './dom.js';
import { state, networkQuery, onChange } from './address.js';
import { RELATIONS } from './style.js';
import { words } from './words.js';
import { cy } from './network.js';
import { pictureLegend } from './legend.js';

export function init() {
  for (const format of ['png', 'svg']) {
    $(`export-${format}`).addEventListener('click', () => exportPicture(format)
      .catch((error) => setStatus(`The picture could not be made: ${error.message}`, true)));
  }
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
// relations, on white, with its legend on the right (what the picture is of, its kinds and relations). PNG at twice
// the drawing's own size, at most 4096 pixels a side; SVG by cytoscape-svg.
async function exportPicture(format) {
  if (!cy.nodes().length) return;
  const options = { full: true, bg: '#ffffff' };
  const drawing = new DOMParser().parseFromString(cy.svg({ ...options, scale: 1 }), 'image/svg+xml').documentElement;
  const legend = pictureLegend(pictureTitle());
  const width = Number.parseFloat(drawing.getAttribute('width'));
  const height = Number.parseFloat(drawing.getAttribute('height'));
  const picture = svgEl('svg', null, { width: width + legend.width, height: Math.max(height, legend.height) });
  const ground = svgEl('rect', null, { width: '100%', height: '100%', fill: '#ffffff' });
  legend.group.setAttribute('transform', `translate(${width} 0)`);
  picture.append(ground, document.importNode(drawing, true), legend.group);
  const scale = format === 'png' ? Math.min(2, 4096 / Math.max(width + legend.width, height, 1)) : 1;
  const [blob, legendAt] = format === 'png'
    ? await png(cy.png({ ...options, scale, output: 'blob' }), legend, scale)
    : [new Blob([new XMLSerializer().serializeToString(picture)], { type: 'image/svg+xml;charset=utf-8' }), width];
  window.lastPicture = { format, legendAt }; // for the tests: where the legend starts, in the picture's pixels
  const url = URL.createObjectURL(blob);
  const link = el('a', null, { href: url, download: pictureName(format) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// The drawing's PNG with the legend drawn beside it at the same scale (the legend's SVG drawn as an image), and where
// the legend starts.
async function png(drawingBlob, legend, scale) {
  const drawing = await createImageBitmap(drawingBlob);
  const legendSvg = svgEl('svg', null, {
    width: legend.width * scale, height: legend.height * scale, viewBox: `0 0 ${legend.width} ${legend.height}`,
  });
  const group = legend.group.cloneNode(true);
  group.removeAttribute('transform');
  legendSvg.append(group);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(legendSvg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = drawing.width + image.width;
  canvas.height = Math.max(drawing.height, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(drawing, 0, 0);
  context.drawImage(image, drawing.width, 0);
  return [await new Promise((resolve) => canvas.toBlob(resolve, 'image/png')), drawing.width];
}

// What the picture is of: the focus and the dates.
function pictureTitle() {
  const focus = state.focus ? cy.getElementById(state.focus).data('label') || state.focus : '';
  const range = words.range(state.from, state.to);
  return `Who said what${focus ? ` around ${focus}` : ''}${range ? `, ${range}` : ''}`;
}

// network-nsft-2026-12-01.png: named as the server names its exports (ExportController), the focus and today's date.
function pictureName(extension) {
  const now = new Date();
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `network${state.focus ? `-${state.focus}` : ''}-${date}.${extension}`;
}
