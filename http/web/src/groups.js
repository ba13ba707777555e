// Groups of parallel facts (/api/v1/nodes/{id}/hub): the "expand by type"
// menu of a node (every group with its count, before anything is added),
// and the details of one group with its members, paged.
import { api, nodePath } from './api.js';
import { badge } from './style.js';
import { el, errorMessage, fill } from './dom.js';

export const GROUP_PAGE = 30;

// The members [offset, offset + limit) of the group `key` of node `owner`.
export function fetchGroupPage(owner, key, offset, limit = GROUP_PAGE) {
  return api(`${nodePath(owner)}/hub`, { group: key, offset, limit });
}

function groupButtonText(g) {
  return `${g.label} (${g.edge_type.replace(/_/g, ' ')}${g.direction === 'in' ? ', incoming' : ''})`;
}

// Fills `container` with the node's groups as buttons; `onOpen(group)` adds
// a group's first members to the graph.
export async function renderExpandMenu(container, id, onOpen) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Counting connections…'));
  try {
    const answer = await api(`${nodePath(id)}/hub`, { collapse: 0, max_nodes: 0, hide: '' });
    const groups = answer.groups || [];
    if (!groups.length) {
      container.replaceChildren(el('p', { class: 'hint' }, 'No connections.'));
      return;
    }
    fill(container, el('ul', { class: 'expand-menu' }, ...groups.map((g) => el('li', {},
      badge(g.type), ' ',
      el('button', { type: 'button', class: 'linklike', 'data-group': g.key, onclick: () => onOpen(g) }, groupButtonText(g))))));
  } catch (err) {
    errorMessage(container, err);
  }
}

// The details pane of a group: its label, dates and first members, each a
// link, with a button that adds the next members to the graph.
export async function showGroup(container, group, handlers) {
  container.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  try {
    const page = await fetchGroupPage(group.owner, group.key, 0, 50);
    const members = page.nodes.filter((n) => n.hops > 0);
    const dates = (n) => (n.first ? ` · ${n.first}${n.last && n.last !== n.first ? `–${n.last}` : ''}` : '');
    fill(container,
      el('h2', { id: 'detail-name' }, page.group.label), badge(page.group.type), ' ',
      el('span', { class: 'meta' }, `${page.group.edge_type.replace(/_/g, ' ')} of `),
      el('button', { class: 'linklike', type: 'button', onclick: () => handlers.onNode(group.owner) }, page.nodes[0]?.name || group.owner),
      el('div', {}, el('button', { type: 'button', id: 'group-add', onclick: () => handlers.onOpenGroup(group) },
        `Add ${Math.min(GROUP_PAGE, group.count)} to the graph`)),
      el('h3', {}, `Most important ${members.length} of ${page.group.count}`),
      el('ol', { class: 'members' }, ...members.map((n) => el('li', {},
        el('button', { class: 'linklike', type: 'button', onclick: () => handlers.onNode(n.id) }, n.name),
        el('span', { class: 'meta' }, `${n.kind ? ` · ${n.kind.replace(/_/g, ' ')}` : ''}${dates(n)} · ${n.evidence} evidence`)))));
  } catch (err) {
    errorMessage(container, err);
  }
}
