// Small helpers for building the page: find an element, make one, shorten a text, say something in the status line.
export const $ = (id) => document.getElementById(id);

export function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/** An SVG element, as `el` makes an HTML one. */
export function svgEl(tag, text, attributes = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

export function shorten(text, length) {
  return text && text.length > length ? text.slice(0, length - 1) + '…' : text || '';
}

/** Whether a click is a plain left click (a modifier key or another button opens a link as links do). */
export function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function setStatus(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}
