// The page state that a link keeps: seed, depth, shown hub types, hidden
// types, expansions (nodes expanded and groups opened, in order), the
// selected element, the path and the time range. It lives in the URL's
// fragment (#seed=…&open=…), so a copied link reopens the same view; named
// views are kept in localStorage.
const LIST_KEYS = ['hide', 'open'];
const KEYS = ['seed', 'depth', 'hubs', 'hide', 'open', 'sel', 'from', 'to', 'since', 'until'];
const SAVED = 'lkg.savedViews';

export function emptyState() {
  return { seed: '', depth: '1', hubs: '', hide: [], open: [], sel: '', from: '', to: '', since: '', until: '' };
}

export function encodeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = LIST_KEYS.includes(key) ? (state[key] || []).join(',') : state[key];
    if (value && !(key === 'depth' && value === '1')) params.set(key, value);
  }
  return params.toString();
}

export function decodeState(text) {
  const params = new URLSearchParams(text.replace(/^#/, ''));
  const state = emptyState();
  for (const key of KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    state[key] = LIST_KEYS.includes(key) ? value.split(',').filter(Boolean) : value;
  }
  return state;
}

// Writes `state` to the URL without a new history entry per click.
export function writeUrl(state) {
  const text = encodeState(state);
  const url = `${window.location.pathname}${window.location.search}${text ? `#${text}` : ''}`;
  window.history.replaceState(null, '', url);
}

export function savedViews() {
  try {
    return JSON.parse(window.localStorage.getItem(SAVED) || '{}');
  } catch (_) {
    return {};
  }
}

export function saveView(name, state) {
  const views = savedViews();
  views[name] = encodeState(state);
  window.localStorage.setItem(SAVED, JSON.stringify(views));
}

export function deleteView(name) {
  const views = savedViews();
  delete views[name];
  window.localStorage.setItem(SAVED, JSON.stringify(views));
}
