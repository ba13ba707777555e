// A type-ahead box over /api/v1/search: arrow keys move, Enter picks,
// Escape closes. `onPick(result)` gets {id, name, type}.
import { api } from './api.js';
import { badge } from './style.js';

export function attachTypeahead(input, list, onPick) {
  let results = [];
  let active = -1;
  let timer = null;
  let generation = 0;

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
    results.forEach((r, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === active));
      const name = document.createElement('span');
      name.textContent = r.name;
      li.append(badge(r.type), name);
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
    if (!q) { results = []; render(); return; }
    try {
      const answer = await api('search', { q, limit: 10 });
      if (mine !== generation) return;
      results = answer.results;
      active = results.length ? 0 : -1;
      render();
    } catch (_) {
      results = [];
      render();
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; render(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && results.length) { active = (active - 1 + results.length) % results.length; render(); e.preventDefault(); }
    else if (e.key === 'Enter' && !list.hidden && active >= 0) { pick(active); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
