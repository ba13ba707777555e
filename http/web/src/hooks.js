// Small hooks for the browser test and for scripting the page from the
// console: the canvas cannot be inspected through the DOM.
export function automationHooks(getGraph) {
  const cy = () => getGraph().cy;
  const visibleNodes = () => cy().nodes().not('.filtered');
  return {
    cy,
    nodeCount: () => cy().nodes().length,
    visibleCount: () => visibleNodes().length,
    groups: () => visibleNodes().filter('.group').map((n) => ({ id: n.id(), label: n.data('label'), count: n.data('count') })),
    nodeIds: () => visibleNodes().map((n) => n.id()),
    visibleNodeIds: () => getGraph().visibleIds().nodes,
    // Visible nodes and edges with a date: [{id, first, last}].
    datedVisible: () => cy().elements().not('.filtered').filter((x) => x.visible() && x.data('first'))
      .map((x) => ({ id: x.id(), first: x.data('first'), last: x.data('last') || x.data('first') })),
    positions: () => Object.fromEntries(cy().nodes().map((n) => [n.id(), { ...n.position() }])),
    clickNeighbour() {
      const node = visibleNodes().not('.seed').not('.group')[0];
      if (!node) return null;
      node.emit('tap');
      return node.data('label');
    },
    tap(id) {
      const el = cy().getElementById(id);
      if (el.empty()) return false;
      el.emit('tap');
      return true;
    },
    dbltap(id) {
      const el = cy().getElementById(id);
      if (el.empty()) return false;
      el.emit('dbltap');
      return true;
    },
    // Pairs of visible nodes whose label boxes overlap (rendered coordinates).
    labelOverlaps() {
      const boxes = visibleNodes().map((n) => ({ id: n.data('label'), b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }))
        .filter((x) => x.b.w > 0);
      const pairs = [];
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i].b;
          const b = boxes[j].b;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push([boxes[i].id, boxes[j].id]);
        }
      }
      return pairs;
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
