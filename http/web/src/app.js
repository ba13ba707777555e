// The explorer page: wires search, graph, details, path finder, cases and
// exports together. Everything talks to the JSON API of `lkg serve`.
import { api, nodePath } from './api.js';
import { GraphView } from './graph.js';
import { NODE_TYPES, renderLegend } from './style.js';
import { attachTypeahead } from './search.js';
import { showNode, showEdge } from './details.js';
import { findPaths, pathEdges } from './path.js';
import { CaseList } from './cases.js';
import { el } from './dom.js';

const $ = (id) => document.getElementById(id);
let graph;
let cases;

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

async function expand(id, asSeed) {
  try {
    const sub = await api(`${nodePath(id)}/neighbors`, { depth: asSeed ? $('depth').value : 1, limit: 300 });
    graph.add(sub, asSeed ? id : null);
    graph.select(id);
    setHint(sub.truncated ? 'The neighbourhood was cut at 300 nodes; expand nodes to see more.' : '');
  } catch (err) {
    setHint(`Could not load the neighbourhood: ${err.message}`);
  }
}

const handlers = {
  onNode(id) {
    selectTab('details');
    graph.select(id);
    showNode($('details'), id, handlers);
  },
  onEdge(id) {
    selectTab('details');
    graph.select(id);
    showEdge($('details'), id, handlers);
  },
  onExpand(id) {
    expand(id, false);
  },
  onPathFrom(node) {
    $('path-from').value = node.name;
    $('path-from').dataset.nodeId = node.id;
    selectTab('path');
    $('path-to').focus();
  },
};

function openSeed(result) {
  graph.clear();
  expand(result.id, true);
  handlers.onNode(result.id);
}

function setupTypeFilter() {
  const box = $('type-filter');
  for (const [type, info] of Object.entries(NODE_TYPES)) {
    if (type === 'document') continue;
    const input = el('input', { type: 'checkbox', value: type });
    input.checked = true;
    input.addEventListener('change', () => graph.setTypeHidden(type, !input.checked));
    box.append(el('label', {}, input, info.label));
  }
}

function setupExports() {
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => {
      const seeds = graph.seedIds();
      const params = new URLSearchParams({ format: button.dataset.export });
      if (seeds.length) {
        for (const s of seeds) params.append('seed', s);
        params.set('depth', $('depth').value);
      }
      window.location.href = `/api/v1/export?${params}`;
    });
  }
  $('export-png').addEventListener('click', () => {
    if (graph.isEmpty()) return;
    const a = el('a', { href: graph.png(), download: 'lkg-graph.png' });
    document.body.append(a);
    a.click();
    a.remove();
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
    findPaths($('path-result'), value($('path-from')), value($('path-to')), $('path-k').value, $('path-max').value, (paths) => {
      for (const p of paths) graph.add({ nodes: p.nodes, edges: pathEdges(p) });
      graph.highlightPath(paths.flatMap((p) => p.nodes.map((n) => n.id)), paths.flatMap((p) => p.hops.map((h) => h.edge)));
    });
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
  cases = new CaseList(handlers.onNode);
  renderLegend($('legend'));
  setupTypeFilter();
  setupExports();
  setupPathForm();
  attachTypeahead($('search-input'), $('search-list'), openSeed);
  for (const tab of ['details', 'path', 'cases']) $(`tab-${tab}`).addEventListener('click', () => selectTab(tab));
  $('relayout').addEventListener('click', () => graph.layout(false));
  $('clear').addEventListener('click', () => { graph.clear(); setHint('Search a name to see its neighbourhood.'); });
  $('depth').addEventListener('change', () => {
    const seeds = graph.seedIds();
    if (seeds.length) { graph.clear(); expand(seeds[0], true); }
  });
  showStats();
  window.lkgExplorer = automationHooks();
}

// Small hooks for the browser test and for scripting the page from the
// console: the canvas cannot be inspected through the DOM.
function automationHooks() {
  return {
    nodeCount: () => graph.cy.nodes().length,
    clickNeighbour() {
      const node = graph.cy.nodes().not('.seed').not('.hidden-type')[0];
      if (!node) return null;
      node.emit('tap');
      return node.data('label');
    },
    distinctCanvasColours() {
      const seen = new Set();
      for (const canvas of document.querySelectorAll('#graph canvas')) {
        const ctx = canvas.getContext('2d');
        if (!ctx || !canvas.width) continue;
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4 * 7) {
          if (data[i + 3] > 0) seen.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
        }
      }
      return seen.size;
    },
  };
}

document.addEventListener('DOMContentLoaded', main);
