// The start page shown while no node is open: ways in taken from the store
// itself — the most connected unions and companies, the latest cases and
// documents, and search examples (names that exist, in several spellings).
import { api } from './api.js';
import { badge } from './style.js';
import { el } from './dom.js';

async function ranked(type, top) {
  try {
    const answer = await api('rank', { by: 'degree', type, top });
    return answer.rows || [];
  } catch (_) {
    return [];
  }
}

async function optional(path, params, field) {
  try {
    const answer = await api(path, params);
    return answer[field] || [];
  } catch (_) {
    return [];
  }
}

function section(title, id, items) {
  if (!items.length) return null;
  return el('section', { class: 'start-box', id }, el('h3', {}, title), el('ol', {}, ...items));
}

function nodeItem(n, onOpen, extra) {
  return el('li', {}, el('button', { type: 'button', class: 'linklike', onclick: () => onOpen({ id: n.id, name: n.name }) }, n.name),
    ' ', badge(n.type || ''), extra ? el('span', { class: 'meta' }, ` ${extra}`) : null);
}

// Fills `container`; `onOpen({id, name})` opens a node, `onSearch(text)`
// puts an example into the search box.
export async function renderStart(container, onOpen, onSearch, onDocument) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Loading ways in…'));
  const [unions, companies, people, cases, documents] = await Promise.all([
    ranked('union', 8), ranked('company', 8), ranked('person', 3),
    optional('cases', { limit: 8 }, 'cases'), optional('documents', { limit: 8 }, 'documents'),
  ]);
  const degree = (n) => (n.score !== undefined ? `${Math.round(n.score)} connection${Math.round(n.score) === 1 ? '' : 's'}` : '');
  const examples = [unions[0], companies[0], people[0], cases[0]].filter(Boolean).map((n) => n.name);
  container.replaceChildren(
    el('h2', {}, 'Ways in'),
    examples.length ? el('p', { class: 'examples' }, 'Try: ', ...examples.flatMap((name, i) => [i ? ' · ' : '',
      el('button', { type: 'button', class: 'linklike example', onclick: () => onSearch(name) }, name)])) : null,
    el('div', { class: 'start-grid' },
      section('Most connected unions', 'start-unions', unions.map((n) => nodeItem(n, onOpen, degree(n)))),
      section('Most connected companies', 'start-companies', companies.map((n) => nodeItem(n, onOpen, degree(n)))),
      section('Latest cases', 'start-cases', cases.map((c) => nodeItem({ ...c, type: 'case' }, onOpen, [c.kind, c.date].filter(Boolean).join(' · ')))),
      section('Latest documents', 'start-documents', documents.map((d) => el('li', {},
        el('button', { type: 'button', class: 'linklike', onclick: () => onDocument(d) }, d.title || d.url || d.id),
        el('span', { class: 'meta' }, ` ${[d.source, d.published].filter(Boolean).join(' · ')}`))))));
}
