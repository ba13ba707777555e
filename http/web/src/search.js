// A type-ahead box over /api/v1/search: arrow keys move, Enter picks,
// Escape closes. `onPick(result)` gets {id, name, type}. Enter always acts on
// the text in the box: a lookup still pending is run first. A miss says so;
// other spellings and near misses come back from the server's resolver.
import { api } from './api.js';
import { badge } from './style.js';

export function attachTypeahead(input, list, onPick) {
  let results = [];
  let active = -1;
  let timer = null;
  let generation = 0;
  let resultsFor = null;  // the query `results` answer
  let missed = false;     // the last answered query found nothing

  if (!list.id) list.id = `${input.id}-list`;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function render() {
    list.replaceChildren();
    if (missed && !results.length) {
      const li = document.createElement('li');
      li.className = 'miss';
      li.textContent = `No node matches “${resultsFor}”`;
      list.append(li);
      list.hidden = false;
      return;
    }
    results.forEach((r, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      const name = document.createElement('span');
      name.textContent = r.name;
      li.append(badge(r.type), name);
      if (r.did_you_mean) name.textContent = `did you mean ${r.name}?`;
      const others = (r.aliases || []).slice(0, 3).join(', ');
      if (others) {
        const alias = document.createElement('span');
        alias.className = 'alias';
        alias.textContent = others;
        li.append(alias);
      }
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      list.append(li);
    });
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const r = results[i];
    if (!r) return;
    input.value = r.name;
    input.dataset.nodeId = r.id;
    close();
    onPick(r);
  }

  async function lookup() {
    const q = input.value.trim();
    const mine = ++generation;
    missed = false;
    if (!q) { results = []; resultsFor = q; render(); return; }
    try {
      const answer = await api('search', { q, limit: 10 });
      if (mine !== generation) return;
      results = answer.results;
      resultsFor = q;
      missed = results.length === 0;
      active = results.length ? 0 : -1;
      render();
    } catch (_) {
      results = [];
      render();
    }
  }

  // Enter: pick the highlighted result of the text in the box, looking it
  // up first when the shown results belong to an earlier text.
  async function enter() {
    if (resultsFor !== input.value.trim()) {
      clearTimeout(timer);
      await lookup();
      if (resultsFor !== input.value.trim()) return;
    }
    if (!list.hidden && active >= 0) pick(active);
  }

  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && results.length) { active = (active - 1 + results.length) % results.length; render(); e.preventDefault(); }
    else if (e.key === 'Enter') { enter(); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
