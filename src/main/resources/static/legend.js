// The network's legend, beside the drawing: each kind of node in view with a swatch of its shape and colour (drawn in
// SVG from the outlines Cytoscape.js gives its shapes, so the key looks like the nodes), and each relation in view with
// its line and a tick box (untick to hide it).
import { $, el, svgEl } from './dom.js';
import { state, change } from './address.js';
import { kindOf, kindLabel, relationOf } from './style.js';
import { cy, shownElements, SAID_ABOUT, SPOKE_FOR } from './network.js';

const SVG = 'http://www.w3.org/2000/svg';

// The folded statements' edges are the page's own; their words here.
const ownRelation = (type) => ({ [SAID_ABOUT]: 'said about (statements, counted)', [SPOKE_FOR]: 'spoke for' }[type]);

export function render() {
  const kinds = [...new Set(shownElements().nodes().map((n) => n.data('kind')))];
  // the relations that can be shown: those drawn, and those unticked (hidden, not folded away)
  const types = [...new Set(cy.edges().filter((e) => !e.hasClass('folded')).map((e) => e.data('type')))].sort();
  $('legend-nodes').replaceChildren(...kinds.map((kind) => {
    const item = el('li', null, { 'data-kind': kind });
    item.append(swatch(kindOf(kind)), ` ${kindLabel(kind)}`);
    return item;
  }));
  $('legend-edges').replaceChildren(...types.map((type) => {
    const box = el('input', null, { type: 'checkbox', 'data-relation': type });
    box.checked = !state.hide.has(type);
    box.addEventListener('change', () => {
      const hide = new Set(state.hide);
      if (box.checked) hide.delete(type); else hide.add(type);
      change({ hide });
    });
    const style = relationOf(type === SAID_ABOUT ? 'SAID' : type === SPOKE_FOR ? 'ON_BEHALF_OF' : type);
    const line = el('span', null, { class: 'line' });
    line.style.borderTopColor = style.color;
    line.style.borderTopStyle = type === SAID_ABOUT ? 'solid' : style.line;
    const label = el('label');
    label.append(box, line, ` ${ownRelation(type) || relationOf(type).label}`);
    const item = el('li');
    item.append(label);
    return item;
  }));
}

/** A small SVG of a kind's shape in its colour; data-shape names the shape (as Cytoscape.js does). */
export function swatch({ shape = 'ellipse', color = '#bbbbbb' }) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.15 -1.15 2.3 2.3');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('data-shape', shape);
  svg.setAttribute('aria-hidden', 'true');
  const outline = outlineOf(shape);
  const path = document.createElementNS(SVG, outline.tag);
  for (const [key, value] of Object.entries(outline.attributes)) path.setAttribute(key, value);
  path.setAttribute('fill', color);
  path.setAttribute('stroke', '#52606d');
  path.setAttribute('stroke-width', '0.12');
  path.setAttribute('stroke-linejoin', shape.startsWith('round-') ? 'round' : 'miter');
  svg.append(path);
  return svg;
}

// Cytoscape.js's node outlines in a 2×2 box around the centre (y down), after its renderer's shape definitions.
function outlineOf(shape) {
  const polygon = (points) => ({ tag: 'polygon', attributes: { points: pairs(points) } });
  switch (shape) {
    case 'ellipse': return { tag: 'circle', attributes: { cx: 0, cy: 0, r: 1 } };
    case 'rectangle': case 'square': return { tag: 'rect', attributes: { x: -1, y: -1, width: 2, height: 2 } };
    case 'round-rectangle': return { tag: 'rect', attributes: { x: -1, y: -1, width: 2, height: 2, rx: 0.5 } };
    case 'cut-rectangle': return polygon([-0.6, -1, 0.6, -1, 1, -0.6, 1, 0.6, 0.6, 1, -0.6, 1, -1, 0.6, -1, -0.6]);
    case 'barrel': return { tag: 'path', attributes: { d: 'M -0.8 -1 L 0.8 -1 Q 1.05 0 0.8 1 L -0.8 1 Q -1.05 0 -0.8 -1 Z' } };
    case 'bottom-round-rectangle': return { tag: 'path', attributes: { d: 'M -1 -1 L 1 -1 L 1 0.5 Q 1 1 0.5 1 L -0.5 1 Q -1 1 -1 0.5 Z' } };
    case 'diamond': case 'round-diamond': return polygon([0, 1, 1, 0, 0, -1, -1, 0]);
    case 'star': return polygon(star());
    case 'vee': return polygon([-1, -1, 0, -0.333, 1, -1, 0, 1]);
    case 'rhomboid': return polygon([-1, -1, 0.333, -1, 1, 1, -0.333, 1]);
    case 'right-rhomboid': return polygon([-0.333, -1, 1, -1, 0.333, 1, -1, 1]);
    case 'concave-hexagon': return polygon([-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95]);
    case 'tag': case 'round-tag': return polygon([-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]);
    default: {
      const sides = { triangle: 3, pentagon: 5, hexagon: 6, heptagon: 7, octagon: 8 }[shape.replace(/^round-/, '')];
      return sides ? polygon(fitToSquare(ngon(sides, 0))) : { tag: 'circle', attributes: { cx: 0, cy: 0, r: 1 } };
    }
  }
}

/** How many corners a swatch's outline has (a circle or a curved outline: 0), for the tests. */
export function corners(svg) {
  const polygon = svg.querySelector('polygon');
  if (polygon) return polygon.getAttribute('points').trim().split(/\s+/).length;
  return svg.querySelector('rect:not([rx])') ? 4 : 0;
}

function ngon(sides, rotation) {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(i * step + start), Math.sin(-(i * step + start)));
  return points;
}

function star() {
  const outer = ngon(5, 0);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i], outer[2 * i + 1], inner[2 * i], inner[2 * i + 1]);
  return fitToSquare(points);
}

// Stretched to fill the 2×2 box, its top at -1 (as Cytoscape.js fits its polygons).
function fitToSquare(points) {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const top = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return scaled.map((v, i) => (i % 2 === 1 && top < -1 ? v + (-1 - top) : v));
}

function pairs(points) {
  const out = [];
  for (let i = 0; i < points.length; i += 2) out.push(`${points[i].toFixed(3)},${points[i + 1].toFixed(3)}`);
  return out.join(' ');
}

/**
 * The legend as an SVG group for the pictures: a title, each kind drawn with its swatch and name, each relation drawn
 * with its line and words (those in the picture only). Its size in pixels comes with it, the text measured as drawn.
 */
export function pictureLegend(title) {
  const kinds = [...new Set(shownElements().nodes().map((n) => n.data('kind')))];
  const types = [...new Set(shownElements().edges().map((e) => e.data('type')))].sort();
  const measure = document.createElement('canvas').getContext('2d');
  const ROW = 20;
  const PAD = 12;
  const group = svgEl('g', null, { class: 'legend', 'font-family': 'sans-serif' });
  let y = PAD;
  let width = 0;
  const text = (words, x, size, weight = 'normal') => {
    group.append(svgEl('text', words, { x, y: y + 13, 'font-size': size, 'font-weight': weight, fill: '#1d2733' }));
    measure.font = `${weight} ${size}px sans-serif`;
    width = Math.max(width, x + measure.measureText(words).width);
  };
  text(title, PAD, 13, 'bold');
  y += ROW + 4;
  for (const kind of kinds) {
    const mark = swatch(kindOf(kind));
    mark.setAttribute('x', PAD);
    mark.setAttribute('y', y + 2);
    mark.removeAttribute('class');
    group.append(mark);
    text(kindLabel(kind), PAD + 22, 12);
    y += ROW;
  }
  y += 4;
  for (const type of types) {
    const style = relationOf(type === SAID_ABOUT ? 'SAID' : type === SPOKE_FOR ? 'ON_BEHALF_OF' : type);
    const line = svgEl('line', null, { x1: PAD, y1: y + 9, x2: PAD + 16, y2: y + 9, stroke: style.color, 'stroke-width': 2 });
    const dashes = { dashed: '5 3', dotted: '2 2' }[type === SAID_ABOUT ? 'solid' : style.line];
    if (dashes) line.setAttribute('stroke-dasharray', dashes);
    group.append(line);
    text(ownRelation(type) || relationOf(type).label, PAD + 22, 12);
    y += ROW;
  }
  return { group, width: Math.ceil(width + PAD), height: y + PAD };
}
