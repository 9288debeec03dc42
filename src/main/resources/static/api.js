// Requests to the REST API. While the graph loads (first start) the API answers 503 "Loading" with Retry-After: that is
// said in the status line and asked again, rather than a half-loaded graph or an error shown. An answer that is not
// 2xx is an Error with the API's problem detail as its message.
import { setStatus } from './dom.js';

/**
 * The body of `path`'s answer; with `whole`, {body, headers}, for the lists that come a page at a time (X-Has-More,
 * Link). `signal` (an AbortController's) stops the request, and the waiting between tries, when its answer is no
 * longer wanted.
 */
export async function api(path, { signal = new AbortController().signal, whole = false } = {}) {
  for (;;) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
    const body = await response.json().catch(() => null);
    if (response.status === 503 && body && body.title === 'Loading') {
      const seconds = Number(response.headers.get('Retry-After')) || 5;
      setStatus(`The graph is still loading; trying again in ${seconds} s…`);
      document.body.dataset.graphLoading = 'true';
      await pause(seconds * 1000, signal);
      continue;
    }
    delete document.body.dataset.graphLoading;
    const checkedBody = checked(response, body);
    return whole ? { body: checkedBody, headers: response.headers } : checkedBody;
  }
}

const current = new Map(); // purpose -> the AbortController of its request under way

/**
 * A signal for a new request for `purpose` ('panel', 'network', 'profile', …), aborting the one before it for the same
 * purpose: a slow old answer never fills what a newer choice shows.
 */
export function newRequest(purpose) {
  const before = current.get(purpose);
  if (before) before.abort();
  const controller = new AbortController();
  current.set(purpose, controller);
  return controller.signal;
}

/** Aborts the request under way for `purpose`, if any (its answer is no longer wanted). */
export function cancel(purpose) {
  const before = current.get(purpose);
  if (before) before.abort();
  current.delete(purpose);
}

/** The next page of a list the API gives a page at a time: the address its Link rel="next" names, when X-Has-More. */
export function nextPage(headers) {
  const link = /<([^>]+)>;\s*rel="next"/.exec(headers.get('Link') || '');
  return headers.get('X-Has-More') === 'true' && link ? link[1] : null;
}

function pause(milliseconds, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

// `problem` keeps the whole problem detail (its `parameter` names the parameter at fault).
function checked(response, body) {
  if (!response.ok) {
    const error = new Error(body && body.detail ? body.detail : `${response.status} ${response.statusText}`);
    error.status = response.status;
    error.problem = body;
    throw error;
  }
  return body;
}
