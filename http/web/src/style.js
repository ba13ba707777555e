// Colours (Okabe–Ito, readable for colour-blind people) and shapes per node
// type, the Cytoscape stylesheet and the legend.
export const NODE_TYPES = {
  union: { color: '#0072B2', shape: 'ellipse', label: 'Union' },
  company: { color: '#E69F00', shape: 'round-rectangle', label: 'Company' },
  country: { color: '#009E73', shape: 'hexagon', label: 'Country' },
  person: { color: '#CC79A7', shape: 'diamond', label: 'Person' },
  organization: { color: '#56B4E9', shape: 'barrel', label: 'Organization' },
  case: { color: '#D55E00', shape: 'triangle', label: 'Case' },
  place: { color: '#8C8C8C', shape: 'pentagon', label: 'Place' },
  document: { color: '#444444', shape: 'rectangle', label: 'Document' },
};

export function typeInfo(type) {
  return NODE_TYPES[type] || { color: '#777', shape: 'ellipse', label: type };
}

export function cytoscapeStyle() {
  const rules = [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, color: '#1d1d1f',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        width: 26, height: 26, 'border-width': 1, 'border-color': '#333',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5, 'line-color': '#9aa3ad', 'target-arrow-color': '#9aa3ad', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'font-size': 9, color: '#333', 'text-rotation': 'autorotate',
        'text-background-color': '#fcfcfb', 'text-background-opacity': 0.85,
      },
    },
    { selector: 'edge.labelled, edge:selected, edge.on-path', style: { label: 'data(label)' } },
    { selector: 'node.seed', style: { width: 36, height: 36, 'border-width': 3 } },
    { selector: ':selected', style: { 'border-width': 4, 'border-color': '#ffbf47', 'line-color': '#e09b00', 'target-arrow-color': '#e09b00', width: 3 } },
    { selector: 'node:selected', style: { width: 34, height: 34 } },
    { selector: 'edge.on-path', style: { 'line-color': '#a40000', 'target-arrow-color': '#a40000', width: 4 } },
    { selector: 'node.on-path', style: { 'border-color': '#a40000', 'border-width': 4 } },
    { selector: '.hidden-type', style: { display: 'none' } },
  ];
  for (const [type, info] of Object.entries(NODE_TYPES)) {
    rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': info.color, shape: info.shape } });
  }
  return rules;
}

export function renderLegend(container) {
  container.replaceChildren();
  for (const info of Object.values(NODE_TYPES)) {
    if (info.label === 'Document') continue;
    const item = document.createElement('span');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = info.color;
    item.append(swatch, `${info.label} (${info.shape.replace('round-', '')})`);
    container.append(item);
  }
}

export function badge(type) {
  const el = document.createElement('span');
  el.className = 'badge';
  el.textContent = type;
  el.style.background = typeInfo(type).color;
  if (type === 'company' || type === 'organization') el.style.color = '#1d1d1f';
  return el;
}
