// The path finder: shortest paths between two names, each hop with the
// sentence that supports it.
import { api } from './api.js';
import { badge } from './style.js';
import { el, errorMessage, fill } from './dom.js';
import { evidenceList } from './details.js';

// One hop of a path from query/ PathsToJson: {edge, type, source, target,
// evidence: {sentence, document, url, title, …} | null}.
function hopItem(path, hop, i) {
  const from = path.nodes[i];
  const to = path.nodes[i + 1];
  const forward = hop.source === from.id;
  const e = hop.evidence;
  const evidence = e ? [{ ...e, document: { id: e.document, url: e.url, title: e.title } }] : [];
  return el('li', {},
    el('strong', {}, from.name), ' ', forward ? '—' : '←', ` ${hop.type.replace(/_/g, ' ')} `, forward ? '→' : '—', ' ',
    el('strong', {}, to.name), ' ', badge(to.type),
    evidenceList(evidence));
}

// The edges of a path as graph elements.
export function pathEdges(path) {
  return path.hops.map((h) => ({ id: h.edge, source: h.source, target: h.target, type: h.type }));
}

export async function findPaths(container, from, to, k, maxLen, onPaths) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Searching…'));
  try {
    const answer = await api('path', { from, to, k, max_len: maxLen });
    if (!answer.paths.length) {
      container.replaceChildren(el('p', {}, `No path of at most ${maxLen} hops.`));
      return;
    }
    fill(container, ...answer.paths.map((path, n) => el('div', { class: 'path' },
      el('div', {}, `Path ${n + 1}: ${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}`),
      el('ol', {}, ...path.hops.map((hop, i) => hopItem(path, hop, i))))));
    onPaths(answer.paths);
  } catch (err) {
    errorMessage(container, err);
  }
}
