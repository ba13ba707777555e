// Colours (Okabe–Ito, readable for colour-blind people) and shapes per node
// type, the Cytoscape stylesheet and the legend.
export const NODE_TYPES = {
  union: { color: '#0072B2', shape: 'ellipse', label: 'Union' },
  company: { color: '#E69F00', shape: 'round-rectangle', label: 'Company' },
  country: { color: '#009E73', shape: 'hexagon', label: 'Country' },
  person: { color: '#CC79A7', shape: 'diamond', label: 'Person' },
  organization: { color: '#56B4E9', shape: 'barrel', label: 'Organization' },
  case: { color: '#D55E00', shape: 'triangle', label: 'Case' },
  event: { color: '#F0E442', shape: 'star', label: 'Event' },
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
        width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#333',
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
    { selector: 'node.seed', style: { 'border-width': 3, 'font-weight': 'bold' } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle', 'background-opacity': 0.25, 'border-style': 'dashed', 'border-width': 2,
        'text-valign': 'center', 'text-halign': 'center', 'text-margin-y': 0, 'text-wrap': 'wrap', 'text-max-width': 130,
        'font-size': 11, 'font-weight': 'bold', 'text-background-opacity': 0, width: 'data(w)', height: 'data(h)',
      },
    },
    { selector: 'edge.group-edge', style: { width: 'data(width)', 'line-style': 'dashed', label: 'data(label)' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf47' } },
    { selector: 'edge:selected', style: { 'line-color': '#e09b00', 'target-arrow-color': '#e09b00', width: 3 } },
    { selector: 'edge.on-path', style: { 'line-color': '#a40000', 'target-arrow-color': '#a40000', width: 4 } },
    { selector: 'node.on-path', style: { 'border-color': '#a40000', 'border-width': 4 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
  for (const [type, info] of Object.entries(NODE_TYPES)) {
    rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': info.color, shape: info.shape } });
    rules.push({ selector: `node.group[memberType = "${type}"]`, style: { 'background-color': info.color, 'border-color': info.color } });
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
  if (type === 'company' || type === 'organization' || type === 'event') el.style.color = '#1d1d1f';
  return el;
}
