// The neighbourhood view: a Cytoscape graph that grows as nodes are
// expanded, with type filters and PNG export.
import cytoscape from 'cytoscape';
import { cytoscapeStyle } from './style.js';

function nodeElement(node) {
  return { group: 'nodes', data: { id: node.id, label: node.name, type: node.type } };
}

function edgeElement(edge) {
  return { group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edge.type.replace(/_/g, ' ') } };
}

export class GraphView {
  constructor(container, handlers) {
    this.hiddenTypes = new Set();
    this.cy = cytoscape({
      container,
      style: cytoscapeStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
    });
    this.cy.on('tap', 'node', (evt) => handlers.onNode(evt.target.id()));
    this.cy.on('dbltap', 'node', (evt) => handlers.onExpand(evt.target.id()));
    this.cy.on('tap', 'edge', (evt) => handlers.onEdge(evt.target.id()));
  }

  // Adds a subgraph {nodes, edges}; returns the number of new elements.
  add(subgraph, seedId) {
    const fresh = [];
    for (const node of subgraph.nodes || []) {
      if (this.cy.getElementById(node.id).empty()) fresh.push(nodeElement(node));
    }
    const present = (id) => !this.cy.getElementById(id).empty() || fresh.some((e) => e.data.id === id);
    for (const edge of subgraph.edges || []) {
      if (this.cy.getElementById(edge.id).empty() && present(edge.source) && present(edge.target)) fresh.push(edgeElement(edge));
    }
    const added = this.cy.add(fresh);
    if (seedId) this.cy.getElementById(seedId).addClass('seed');
    this.applyFilter();
    if (added.length) this.layout(added.nodes().length < this.cy.nodes().length);
    return added.length;
  }

  layout(incremental) {
    const visible = this.cy.elements().not('.hidden-type');
    visible.layout({
      name: 'cose', animate: false, randomize: !incremental, nodeRepulsion: () => 40000,
      idealEdgeLength: () => 110, nodeOverlap: 20, padding: 30, numIter: 1000,
    }).run();
    this.cy.fit(visible, 30);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(visible);
    }
    // Edge labels only while they stay readable.
    this.cy.edges().toggleClass('labelled', this.cy.edges().length <= 40);
  }

  clear() {
    this.cy.elements().remove();
  }

  select(id) {
    this.cy.elements().unselect();
    const el = this.cy.getElementById(id);
    if (!el.empty()) el.select();
  }

  highlightPath(nodeIds, edgeIds) {
    this.cy.elements().removeClass('on-path');
    for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).addClass('on-path');
  }

  setTypeHidden(type, hidden) {
    if (hidden) this.hiddenTypes.add(type); else this.hiddenTypes.delete(type);
    this.applyFilter();
  }

  applyFilter() {
    this.cy.nodes().forEach((n) => {
      n.toggleClass('hidden-type', this.hiddenTypes.has(n.data('type')));
    });
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
