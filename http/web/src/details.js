// The details pane: a node's aliases, properties, evidence (with links to
// the source documents) and edges; an edge's evidence; the source viewer.
import { api, nodePath } from './api.js';
import { badge } from './style.js';
import { el, errorMessage, fill } from './dom.js';
import { splitAtBytes } from './spans.js';

function propertyTable(properties) {
  const rows = Object.entries(properties || {}).filter(([, v]) => v !== null && v !== '');
  if (!rows.length) return null;
  return el('table', { class: 'props' }, ...rows.map(([k, v]) =>
    el('tr', {}, el('td', {}, k), el('td', {}, typeof v === 'object' ? JSON.stringify(v) : String(v)))));
}

export async function showDocument(docId, evidence) {
  const dialog = document.getElementById('doc-dialog');
  const text = document.getElementById('doc-text');
  try {
    const doc = await api(`documents/${encodeURIComponent(docId)}`);
    document.getElementById('doc-title').textContent = doc.title || doc.url || doc.id;
    document.getElementById('doc-meta').textContent = [doc.source, doc.published, doc.url].filter(Boolean).join(' · ');
    const [before, quoted, after] = splitAtBytes(doc.text || '', evidence.start, evidence.end);
    text.replaceChildren(before, el('mark', {}, quoted), after);
  } catch (err) {
    errorMessage(text, err);
  }
  if (!dialog.open) dialog.showModal();
  const mark = text.querySelector('mark');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

// Only http(s) URLs become links; any other scheme (javascript:, data:, …)
// is shown as text.
export function isLinkable(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

export function evidenceList(evidence) {
  if (!evidence || !evidence.length) return el('p', { class: 'hint' }, 'No evidence stored.');
  return el('ul', { class: 'evidence' }, ...evidence.map((e) => {
    const doc = e.document || {};
    const title = doc.title || doc.url || doc.id || 'source';
    const src = el('div', { class: 'src' },
      el('button', { class: 'linklike', type: 'button', onclick: () => showDocument(doc.id, e) }, title),
      doc.published ? ` · ${doc.published}` : '',
      doc.url ? ' · ' : '',
      isLinkable(doc.url) ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, 'original')
        : (doc.url ? el('span', { class: 'url-text' }, doc.url) : null),
      ` · ${e.extractor || ''} ${e.confidence !== undefined ? `(${Number(e.confidence).toFixed(2)})` : ''}`);
    return el('li', {}, el('q', {}, e.sentence || ''), src);
  }));
}

export async function showNode(container, id, handlers) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  try {
    const node = await api(nodePath(id));
    const all = node.aliases || [];
    const aliases = all.length ? el('p', {}, 'Also known as: ', all.slice(0, 8).join(' · '),
      all.length > 8 ? el('span', { class: 'meta' }, ` and ${all.length - 8} more`) : null) : null;
    const edges = el('ul', { class: 'edges' }, ...(node.edges || []).map((edge) => el('li', {},
      edge.direction === 'out' ? '→ ' : '← ', `${edge.type.replace(/_/g, ' ')} `,
      el('button', { class: 'linklike', type: 'button', onclick: () => handlers.onNode(edge.other.id) }, edge.other.name),
      ' ', badge(edge.other.type), ' ',
      el('button', { class: 'linklike', type: 'button', onclick: () => handlers.onEdge(edge.id), 'aria-label': `evidence for ${edge.type} ${edge.other.name}` }, 'evidence'))));
    fill(container,
      el('h2', { id: 'detail-name' }, node.name), badge(node.type), ' ', el('span', { class: 'meta' }, node.id),
      el('div', {}, el('button', { type: 'button', onclick: () => handlers.onExpand(node.id) }, 'Expand neighbours'), ' ',
        el('button', { type: 'button', onclick: () => handlers.onPathFrom(node) }, 'Path from here')),
      el('h3', {}, 'Expand by type'), el('div', { id: 'expand-menu' }),
      aliases,
      propertyTable(node.properties),
      el('h3', {}, `Evidence (${node.evidence_count})`), evidenceList(node.evidence),
      el('h3', {}, `Connections (${node.degree})`), edges,
      node.edges_truncated ? el('p', { class: 'hint' }, 'More connections are not listed.') : null);
  } catch (err) {
    errorMessage(container, err);
  }
}

export async function showEdge(container, id, handlers) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  try {
    const edge = await api(`edges/${encodeURIComponent(id)}`);
    const link = (n) => el('button', { class: 'linklike', type: 'button', onclick: () => handlers.onNode(n.id) }, n.name);
    fill(container,
      el('h2', {}, edge.type.replace(/_/g, ' ')),
      el('p', {}, link(edge.source_node), ` — ${edge.type.replace(/_/g, ' ')} → `, link(edge.target_node)),
      propertyTable(edge.properties),
      el('h3', {}, `Evidence (${edge.evidence_count})`), evidenceList(edge.evidence));
  } catch (err) {
    errorMessage(container, err);
  }
}
