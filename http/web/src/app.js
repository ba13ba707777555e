// The explorer page: wires search, graph, details, path finder, cases and
// exports together. Everything talks to the JSON API of `lkg serve`.
// What is on screen follows one state object (view_state.js) kept in the
// URL: loading a link replays it (seed, then every expansion in order).
import { api, nodePath } from './api.js';
import { GraphView } from './graph.js';
import { NODE_TYPES, renderLegend } from './style.js';
import { attachTypeahead } from './search.js';
import { showDocument, showNode, showEdge } from './details.js';
import { renderStart } from './start.js';
import { findPaths, pathEdges } from './path.js';
import { CaseList } from './cases.js';
import { fetchGroupPage, renderExpandMenu, showGroup } from './groups.js';
import { decodeState, emptyState, writeUrl } from './view_state.js';
import { setupViews } from './views.js';
import { TimeFilter } from './time.js';
import { el } from './dom.js';
import { automationHooks } from './hooks.js';

const $ = (id) => document.getElementById(id);
let graph;
let cases;
let timeFilter;
let state = emptyState();
let groupOffsets = new Map();  // group id -> members already added

function selectTab(name) {
  for (const tab of ['details', 'path', 'cases']) {
    $(`tab-${tab}`).setAttribute('aria-selected', String(tab === name));
    $(`pane-${tab}`).hidden = tab !== name;
  }
  if (name === 'cases' && !cases.loaded) {
    cases.loaded = true;
    cases.apply();
  }
}

function setHint(text) {
  $('graph-hint').textContent = text;
  $('graph-hint').hidden = !text;
}

function hubParams(depth) {
  return state.hubs ? { depth, hide: '' } : { depth };
}

// What the view left out, said in one line.
function describeCuts(answer) {
  const parts = [];
  if (answer.cut) parts.push(`Showing the ${answer.shown} most important neighbours; ${answer.cut} less connected ones are left out (open a group or expand a node for more).`);
  const hidden = (answer.groups || []).filter((g) => g.hidden);
  if (hidden.length && !state.hubs) {
    const counts = {};
    for (const g of hidden) counts[g.type] = (counts[g.type] || 0) + g.count;
    parts.push(`Hidden: ${Object.entries(counts).map(([t, n]) => `${n} ${t === 'country' ? (n === 1 ? 'country' : 'countries') : (n === 1 ? t : `${t}s`)}`).join(', ')} (tick “Countries & places” to show).`);
  }
  return parts.join(' ');
}

async function applyOpen(token) {
  if (token.startsWith('g:')) {
    const owner = `n:${token.slice(2, 18)}`;
    const key = token.slice(19);
    const offset = groupOffsets.get(token) || 0;
    const page = await fetchGroupPage(owner, key, offset);
    graph.add(page, owner);
    const added = page.nodes.length - 1;
    groupOffsets.set(token, offset + added);
    graph.setGroupRemaining(token, page.cut, `${page.cut} more of ${page.group.label}`);
    return '';
  }
  const answer = await api(`${nodePath(token)}/hub`, hubParams(1));
  graph.add(answer, token);
  return describeCuts(answer);
}

// Rebuilds the whole view from `state`.
async function replay() {
  graph.clear();
  groupOffsets = new Map();
  graph.setShowHubTypes(Boolean(state.hubs));
  $('depth').value = state.depth || '1';
  $('show-hubs').checked = Boolean(state.hubs);
  for (const input of $('type-filter').querySelectorAll('input')) {
    input.checked = !state.hide.includes(input.value);
    graph.setTypeHidden(input.value, !input.checked);
  }
  graph.setTimeRange(state.since || state.until ? { since: state.since, until: state.until } : null);
  timeFilter.set(state.since, state.until, false);
  timeFilter.setBounds(null);
  $('start').hidden = Boolean(state.seed);
  $('legend').hidden = !state.seed;
  if (!state.seed) {
    setHint('');
    showStart();
    return;
  }
  try {
    const answer = await api(`${nodePath(state.seed)}/hub`, hubParams(state.depth || 1));
    graph.add(answer, null);
    let hint = describeCuts(answer);
    for (const token of state.open) hint = (await applyOpen(token)) || hint;
    setHint(hint);
  } catch (err) {
    setHint(`Could not load the neighbourhood: ${err.message}`);
  }
  if (state.from && state.to) runPath(state.from, state.to);
  const sel = state.sel || state.seed;
  if (sel.startsWith('g:')) handlers.onGroup(graph.cy.getElementById(sel).data() || {});
  else if (sel.startsWith('e:')) handlers.onEdge(sel);
  else handlers.onNode(sel);
}

function changeState(update) {
  Object.assign(state, update);
  writeUrl(state);
}

const handlers = {
  onNode(id) {
    selectTab('details');
    graph.select(id);
    changeState({ sel: id });
    showNode($('details'), id, handlers).then(() => {
      const slot = $('expand-menu');
      if (slot) renderExpandMenu(slot, id, (g) => handlers.onOpenGroup(g));
    });
  },
  onEdge(id) {
    selectTab('details');
    graph.select(id);
    changeState({ sel: id });
    showEdge($('details'), id, handlers);
  },
  onGroup(group) {
    if (!group.id) return;
    selectTab('details');
    graph.select(group.id);
    changeState({ sel: group.id });
    showGroup($('details'), group, handlers);
  },
  async onExpand(id) {
    changeState({ open: [...state.open, id] });
    try {
      setHint(await applyOpen(id));
    } catch (err) {
      setHint(`Could not expand: ${err.message}`);
    }
  },
  async onOpenGroup(group) {
    changeState({ open: [...state.open, group.id] });
    try {
      await applyOpen(group.id);
    } catch (err) {
      setHint(`Could not open the group: ${err.message}`);
    }
  },
  onPathFrom(node) {
    $('path-from').value = node.name;
    $('path-from').dataset.nodeId = node.id;
    selectTab('path');
    $('path-to').focus();
  },
};

let startShown = false;
function showStart() {
  if (startShown) return;
  startShown = true;
  renderStart($('start'), openSeed, (text) => {
    $('search-input').value = text;
    $('search-input').dispatchEvent(new Event('input', { bubbles: true }));
    $('search-input').focus();
  }, (doc) => showDocument(doc.id, { start: 0, end: 0 }));
}

function openSeed(result) {
  state = { ...emptyState(), depth: state.depth, hubs: state.hubs, hide: state.hide, seed: result.id, sel: result.id };
  writeUrl(state);
  replay();
}

function setupTypeFilter() {
  const box = $('type-filter');
  for (const [type, info] of Object.entries(NODE_TYPES)) {
    if (type === 'document') continue;
    const input = el('input', { type: 'checkbox', value: type });
    input.checked = true;
    input.addEventListener('change', () => {
      graph.setTypeHidden(type, !input.checked);
      changeState({ hide: [...box.querySelectorAll('input')].filter((i) => !i.checked).map((i) => i.value) });
    });
    box.append(el('label', {}, input, info.label));
  }
}

// Exports what is on screen: the visible nodes and the edges among them.
function setupExports() {
  const select = $('export-format');
  select.addEventListener('change', () => {
    const format = select.value;
    select.value = '';
    if (!format || graph.isEmpty()) return;
    if (format !== 'png') {
      exportOnScreen(format);
      return;
    }
    const a = el('a', { href: graph.png(), download: 'lkg-graph.png' });
    document.body.append(a);
    a.click();
    a.remove();
  });
}

// GET /api/v1/export?nodes=…: ids without their "n:" prefix, so about 450
// nodes fit in the request line.
function exportOnScreen(format) {
  const { nodes } = graph.visibleIds();
  if (!nodes.length) return;
  const params = new URLSearchParams({ format, nodes: nodes.map((id) => id.replace(/^n:/, '')).join(',') });
  const url = `/api/v1/export?${params}`;
  if (url.length > 8000) {
    setHint(`${nodes.length} nodes are too many to export from the page; hide some types or use lkg export.`);
    return;
  }
  window.location.href = url;
}

function runPath(from, to) {
  findPaths($('path-result'), from, to, $('path-k').value, $('path-max').value, (paths) => {
    for (const p of paths) graph.add({ nodes: p.nodes, edges: pathEdges(p) }, p.nodes[0].id);
    graph.highlightPath(paths.flatMap((p) => p.nodes.map((n) => n.id)), paths.flatMap((p) => p.hops.map((h) => h.edge)));
  });
}

function setupPathForm() {
  for (const id of ['path-from', 'path-to']) {
    const input = $(id);
    const list = el('ul', { class: 'suggest', id: `${id}-list`, hidden: '' });
    input.parentElement.style.position = 'relative';
    input.parentElement.append(list);
    attachTypeahead(input, list, () => {});
  }
  $('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = (input) => input.dataset.nodeId || input.value.trim();
    changeState({ from: value($('path-from')), to: value($('path-to')) });
    runPath(state.from, state.to);
  });
}

async function showStats() {
  try {
    const s = await api('stats');
    $('stats').textContent = `${s.nodes} nodes · ${s.edges} edges · ${s.documents} documents`;
  } catch (_) {
    $('stats').textContent = '';
  }
}

function main() {
  graph = new GraphView($('graph'), handlers);
  timeFilter = new TimeFilter($('time-filter'), (since, until) => {
    changeState({ since, until });
    graph.setTimeRange(since || until ? { since, until } : null);
  });
  graph.onAdded = () => timeFilter.setBounds(graph.yearBounds());
  cases = new CaseList(handlers.onNode);
  renderLegend($('legend'));
  setupTypeFilter();
  setupExports();
  setupPathForm();
  attachTypeahead($('search-input'), $('search-list'), openSeed);
  for (const tab of ['details', 'path', 'cases']) $(`tab-${tab}`).addEventListener('click', () => selectTab(tab));
  $('relayout').addEventListener('click', () => graph.layout());
  $('clear').addEventListener('click', () => { state = emptyState(); writeUrl(state); replay(); });
  $('depth').addEventListener('change', () => { changeState({ depth: $('depth').value, open: [] }); replay(); });
  $('show-hubs').addEventListener('change', () => { changeState({ hubs: $('show-hubs').checked ? '1' : '' }); replay(); });
  setupViews($('views'), () => state, (text) => { state = decodeState(text); writeUrl(state); replay(); });
  window.addEventListener('hashchange', () => { state = decodeState(window.location.hash); replay(); });
  showStats();
  state = decodeState(window.location.hash);
  replay();
  window.lkgExplorer = automationHooks(() => graph);
}

document.addEventListener('DOMContentLoaded', main);
