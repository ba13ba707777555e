// The neighbourhood view: a Cytoscape graph that grows as nodes and groups
// are expanded. Nodes are sized by evidence and degree; groups (counted
// parallel facts from /hub) are drawn as one node with their label. The
// first layout is deterministic (rings by hop, then CoSE without
// randomness); later additions are placed around the node they hang from,
// so nothing already on screen moves.
import cytoscape from 'cytoscape';
import { cytoscapeStyle } from './style.js';

// A small deterministic generator (mulberry32).
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One round of pushing overlapping labels apart: of each overlapping pair
// the smaller movable node steps away from the other. Returns the number
// of overlapping pairs seen.
function pushApart(nodes, canMove, round) {
  const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  let count = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    for (let j = i + 1; j < nodes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx <= 0 || dy <= 0) continue;
      count += 1;
      const [keep, move] = nodes[i].data('size') >= nodes[j].data('size') ? [i, j] : [j, i];
      const mover = canMove.has(nodes[move].id()) ? move : (canMove.has(nodes[keep].id()) ? keep : -1);
      if (mover < 0) continue;
      const other = mover === move ? keep : move;
      const p = { ...nodes[mover].position() };  // a copy: position() is the live object
      const q = nodes[other].position();
      // Away from the other node, turning a little each round so that a
      // node caught between two others escapes sideways.
      const step = Math.min(dx, dy) + 4;
      const angle = Math.atan2(p.y - q.y, p.x - q.x || (mover > other ? 1 : -1)) + ((round % 3) - 1) * 0.9;
      nodes[mover].position({ x: p.x + step * Math.cos(angle), y: p.y + step * Math.sin(angle) });
      boxes[mover] = nodes[mover].boundingBox({ includeLabels: true, includeOverlays: false });
    }
  }
  return count;
}

// Moves nodes of `movable` (a subset of `all`) until no two labels of
// `all` overlap: rounds of pushing apart, and when a crowd does not
// resolve, the movable nodes spread out from their centre by 12 % (labels
// keep their size, so this always ends).
function separateLabels(all, movable) {
  const canMove = new Set(movable.map((n) => n.id()));
  const nodes = all.toArray();
  for (let spread = 0; spread < 25; spread += 1) {
    for (let round = 0; round < 15; round += 1) {
      if (pushApart(nodes, canMove, round) === 0) return;
    }
    const centre = movable.boundingBox({ includeLabels: false });
    const cx = (centre.x1 + centre.x2) / 2;
    const cy = (centre.y1 + centre.y2) / 2;
    movable.forEach((n) => {
      const p = n.position();
      n.position({ x: cx + (p.x - cx) * 1.12, y: cy + (p.y - cy) * 1.12 });
    });
  }
}

function nodeSize(node) {
  return Math.round(20 + Math.min(40, 4 * Math.sqrt((node.evidence || 0) + (node.degree || 0))));
}

function nodeElement(node) {
  return {
    group: 'nodes',
    data: {
      id: node.id, label: node.name, type: node.type, size: nodeSize(node), hops: node.hops || 0,
      first: node.first || '', last: node.last || '', kind: node.kind || '',
    },
  };
}

function edgeElement(edge) {
  return {
    group: 'edges',
    data: {
      id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edge.type.replace(/_/g, ' '),
      first: edge.first || '', last: edge.last || '',
    },
  };
}

function groupElements(group) {
  const size = Math.round(28 + Math.min(44, 5 * Math.sqrt(group.count)));
  // The box fits the label (bold 11 px, wrapped at 130 px): about 6.5 px a character.
  const lines = Math.ceil((group.label.length * 6.5) / 130);
  const w = Math.min(130, group.label.length * 6.5) + 20;
  const h = lines * 14 + 14;
  const node = {
    group: 'nodes',
    classes: 'group',
    data: {
      id: group.id, label: group.label, type: 'group', memberType: group.type, size, w, h, owner: group.owner,
      key: group.key, count: group.count, first: group.first || '', last: group.last || '', hidden: group.hidden,
      hops: 1,
    },
  };
  const out = group.direction === 'out';
  const edge = {
    group: 'edges',
    classes: 'group-edge',
    data: {
      id: `${group.id}>`, source: out ? group.owner : group.id, target: out ? group.id : group.owner,
      type: group.edge_type, label: `${group.edge_type.replace(/_/g, ' ')} ×${group.count}`, width: Math.min(9, 1.5 + Math.log2(group.count)),
    },
  };
  return [node, edge];
}

export class GraphView {
  constructor(container, handlers) {
    this.hiddenTypes = new Set();
    this.showHubTypes = false;
    this.timeRange = null;
    this.cy = cytoscape({ container, style: cytoscapeStyle(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
    this.cy.on('tap', 'node', (evt) => (evt.target.hasClass('group') ? handlers.onGroup(evt.target.data()) : handlers.onNode(evt.target.id())));
    this.cy.on('dbltap', 'node', (evt) => (evt.target.hasClass('group') ? handlers.onOpenGroup(evt.target.data()) : handlers.onExpand(evt.target.id())));
    this.cy.on('tap', 'edge', (evt) => { if (!evt.target.hasClass('group-edge')) handlers.onEdge(evt.target.id()); });
  }

  // Adds a /hub answer (nodes, edges, groups). `owner`: the node the new
  // elements hang from (placed around it), or null for a fresh view.
  add(answer, owner) {
    const fresh = [];
    const known = new Set();
    const present = (id) => known.has(id) || !this.cy.getElementById(id).empty();
    for (const node of answer.nodes || []) {
      if (!present(node.id)) { fresh.push(nodeElement(node)); known.add(node.id); }
    }
    for (const group of answer.groups || []) {
      if (present(group.id) || !present(group.owner)) continue;
      const [node, edge] = groupElements(group);
      fresh.push(node, edge);
      known.add(group.id);
    }
    for (const edge of answer.edges || []) {
      if (!present(edge.id) && present(edge.source) && present(edge.target)) { fresh.push(edgeElement(edge)); known.add(edge.id); }
    }
    for (const id of answer.seeds || []) known.add(id);
    const added = this.cy.add(fresh);
    for (const id of answer.seeds || []) if (!owner) this.cy.getElementById(id).addClass('seed');
    this.applyFilter();
    if (!added.nodes().length) return 0;
    if (owner && this.cy.nodes().length > added.nodes().length) this.placeAround(owner, added.nodes());
    else this.layout();
    this.labelEdges();
    if (this.onAdded) this.onAdded();
    return added.length;
  }

  // Updates a group's node after some of its members were added one by one.
  setGroupRemaining(groupId, remaining, label) {
    const node = this.cy.getElementById(groupId);
    if (node.empty()) return;
    if (remaining <= 0) { this.cy.remove(node.union(node.connectedEdges())); return; }
    const lines = Math.ceil((label.length * 6.5) / 130);
    node.data({ label, count: remaining, w: Math.min(130, label.length * 6.5) + 20, h: lines * 14 + 14 });
  }

  // A deterministic layout of everything visible: rings by hop, then CoSE.
  layout() {
    const visible = this.cy.elements().not('.filtered');
    const byHop = new Map();
    visible.nodes().forEach((n) => {
      const hop = n.hasClass('seed') ? 0 : Math.max(1, n.data('hops') || 1);
      if (!byHop.has(hop)) byHop.set(hop, []);
      byHop.get(hop).push(n);
    });
    for (const [hop, nodes] of byHop) {
      nodes.sort((a, b) => (b.data('size') - a.data('size')) || (a.id() < b.id() ? -1 : 1));
      const radius = hop === 0 ? 0 : Math.max(160 * hop, (nodes.length * 60) / (2 * Math.PI));
      nodes.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / nodes.length + hop * 0.3;
        n.position({ x: (hop === 0 && nodes.length > 1 ? 60 * i : 0) + radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
    // CoSE draws on Math.random even without randomize: a fixed seed makes
    // the same elements always land in the same places, so a link reopens
    // the same picture.
    const random = Math.random;
    Math.random = seededRandom(1);
    try {
      visible.layout({
        name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 60000,
        idealEdgeLength: () => 120, nodeOverlap: 30, padding: 30, numIter: 1500, componentSpacing: 80,
        boundingBox: { x1: 0, y1: 0, w: 1000, h: 800 },  // not the window's size: the same on every screen
      }).run();
    } finally {
      Math.random = random;
    }
    separateLabels(visible.nodes(), visible.nodes());
    this.fit();
  }

  // Places `nodes` on a ring around `ownerId`, outside what is on screen
  // near it; nothing else moves.
  placeAround(ownerId, nodes) {
    const owner = this.cy.getElementById(ownerId);
    const centre = owner.empty() ? { x: 0, y: 0 } : owner.position();
    const others = this.cy.nodes().not(nodes);
    const bb = others.boundingBox();
    // Outside everything already drawn around the owner, and wide enough
    // for one label (about 150 px) per node on the ring.
    let reach = 0;
    others.forEach((n) => {
      const p = n.position();
      reach = Math.max(reach, Math.hypot(p.x - centre.x, p.y - centre.y));
    });
    const radius = Math.max(170, reach + 110, (nodes.length * 150) / (2 * Math.PI));
    // Start the ring facing away from the centre of the existing drawing.
    const away = Math.atan2(centre.y - (bb.y1 + bb.y2) / 2, centre.x - (bb.x1 + bb.x2) / 2);
    const spread = nodes.length < 8 ? Math.PI : 2 * Math.PI;
    nodes.forEach((n, i) => {
      const angle = away - spread / 2 + (spread * (i + 0.5)) / nodes.length;
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
    separateLabels(this.cy.nodes().not('.filtered'), nodes);
    this.fit();
  }

  fit() {
    const visible = this.cy.elements().not('.filtered');
    this.cy.fit(visible, 50);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(visible);
    }
  }

  // Edge labels only while they stay readable; group edges always say their count.
  labelEdges() {
    this.cy.edges().not('.group-edge').toggleClass('labelled', this.cy.edges().length <= 40);
  }

  clear() {
    this.cy.elements().remove();
  }

  select(id) {
    this.cy.elements().unselect();
    const el = this.cy.getElementById(id);
    if (!el.empty()) el.select();
  }

  selectedId() {
    const sel = this.cy.elements(':selected');
    return sel.length ? sel[0].id() : '';
  }

  highlightPath(nodeIds, edgeIds) {
    this.cy.elements().removeClass('on-path');
    for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).addClass('on-path');
  }

  setTypeHidden(type, hidden) {
    if (hidden) this.hiddenTypes.add(type); else this.hiddenTypes.delete(type);
    this.applyFilter();
  }

  setShowHubTypes(show) {
    this.showHubTypes = show;
    this.applyFilter();
  }

  // [since, until] as ISO prefixes ("" = open); null for no time filter.
  setTimeRange(range) {
    this.timeRange = range;
    this.applyFilter();
  }

  outOfTime(n) {
    if (!this.timeRange) return false;
    const first = n.data('first');
    const last = n.data('last') || first;
    if (!first) return false;  // undated facts stay
    const { since, until } = this.timeRange;
    return (since && last.slice(0, since.length) < since) || (until && first.slice(0, until.length) > until);
  }

  applyFilter() {
    this.cy.nodes().forEach((n) => {
      const type = n.hasClass('group') ? n.data('memberType') : n.data('type');
      const hidden = this.hiddenTypes.has(type) || (n.data('hidden') && !this.showHubTypes) || this.outOfTime(n);
      n.toggleClass('filtered', Boolean(hidden));
    });
    this.cy.edges().forEach((e) => { e.toggleClass('filtered', Boolean(this.outOfTime(e))); });
  }

  // The first and last year of the dated nodes and edges; null when none.
  yearBounds() {
    let low = '';
    let high = '';
    this.cy.elements().forEach((x) => {
      const first = (x.data('first') || '').slice(0, 4);
      const last = (x.data('last') || first).slice(0, 4);
      if (first && (!low || first < low)) low = first;
      if (last && (!high || last > high)) high = last;
    });
    return low ? { low: Number(low), high: Number(high) } : null;
  }

  // What is on screen: the ids of visible nodes and edges (groups excluded).
  visibleIds() {
    const visible = this.cy.elements().not('.filtered').filter((e) => !e.hasClass('group') && !e.hasClass('group-edge'));
    const nodes = visible.nodes();
    const edges = visible.edges().filter((e) => !e.source().hasClass('filtered') && !e.target().hasClass('filtered'));
    return { nodes: nodes.map((n) => n.id()), edges: edges.map((e) => e.id()) };
  }

  seedIds() {
    return this.cy.nodes('.seed').map((n) => n.id());
  }

  // A PNG of the current view as a data URL.
  png() {
    return this.cy.png({ full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 });
  }

  isEmpty() {
    return this.cy.nodes().empty();
  }
}
