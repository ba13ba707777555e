// The case list: filters by countries (names or ISO codes, comma-separated),
// kind and date, a bar chart of cases per year whose bars filter the list to
// their year, and pages fetched by cursor.
import { api } from './api.js';
import { badge } from './style.js';
import { el, errorMessage, fill } from './dom.js';

export const CASE_KINDS = ['arrest', 'detention', 'imprisonment', 'dismissal', 'union_busting', 'refusal_to_bargain',
  'violence', 'death', 'court_ruling', 'strike_ban', 'legislation', 'other'];

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// `onYear(year)`, when given, is called when a bar is clicked (or chosen
// with Enter/Space).
export function drawYearChart(container, byYear, onYear) {
  const dated = Object.keys(byYear || {}).filter((y) => /^\d{4}$/.test(y)).sort();
  container.replaceChildren();
  // A continuous axis (years without cases show as gaps) unless it spans too long.
  let years = dated;
  if (dated.length && Number(dated[dated.length - 1]) - Number(dated[0]) < 80) {
    years = [];
    for (let y = Number(dated[0]); y <= Number(dated[dated.length - 1]); y += 1) years.push(String(y));
  }
  const count = (y) => (byYear && byYear[y]) || 0;
  if (!years.length) {
    container.append(el('p', { class: 'hint' }, 'No dated cases.'));
    return;
  }
  const max = Math.max(...years.map(count));
  const width = 380, height = 140, bottom = 18, top = 12;
  const barW = Math.max(2, Math.min(40, (width - 10) / years.length - 2));
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Cases per year, ${years[0]} to ${years[years.length - 1]}` });
  const labelEvery = Math.ceil(years.length / 10);
  years.forEach((year, i) => {
    const h = ((height - bottom - top) * count(year)) / max;
    const x = 5 + i * (barW + 2);
    const bar = svgEl('rect', { x, y: height - bottom - h, width: barW, height: h });
    bar.append(svgEl('title', {}, `${year}: ${count(year)}`));
    if (onYear && count(year)) {
      bar.setAttribute('class', 'year-bar');
      bar.setAttribute('tabindex', '0');
      bar.setAttribute('role', 'button');
      bar.setAttribute('aria-label', `Show the ${count(year)} cases of ${year}`);
      bar.addEventListener('click', () => onYear(year));
      bar.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onYear(year); } });
    }
    svg.append(bar);
    if (i % labelEvery === 0) svg.append(svgEl('text', { x: x + barW / 2, y: height - 4, 'text-anchor': 'middle' }, year));
    if (years.length <= 20 && count(year)) svg.append(svgEl('text', { x: x + barW / 2, y: height - bottom - h - 2, 'text-anchor': 'middle' }, String(count(year))));
  });
  container.append(svg);
}

function caseItem(c, onNode) {
  const p = c.properties || {};
  const people = (c.participants || []).filter((x) => x.role !== 'in_country').slice(0, 4);
  return el('li', {},
    el('button', { class: 'linklike', type: 'button', onclick: () => onNode(c.id) }, c.name), ' ',
    badge(p.kind || 'case'),
    el('div', { class: 'meta' }, [p.date || 'undated', p.country, p.status].filter(Boolean).join(' · ')),
    p.summary ? el('div', {}, p.summary) : null,
    people.length ? el('div', { class: 'meta' }, people.map((x) => `${x.role}: ${x.name}`).join('; ')) : null);
}

export class CaseList {
  constructor(onNode) {
    this.onNode = onNode;
    this.list = document.getElementById('case-list');
    this.more = document.getElementById('case-more');
    this.count = document.getElementById('case-count');
    this.chart = document.getElementById('case-chart');
    this.filters = {};
    this.cursor = null;
    const kind = document.getElementById('case-kind');
    for (const k of CASE_KINDS) kind.append(el('option', { value: k }, k.replace(/_/g, ' ')));
    document.getElementById('case-form').addEventListener('submit', (e) => { e.preventDefault(); this.apply(); });
    this.more.addEventListener('click', () => this.page());
  }

  readFilters() {
    const v = (id) => document.getElementById(id).value.trim();
    return { country: v('case-country'), kind: v('case-kind'), since: v('case-since'), until: v('case-until') };
  }

  async apply() {
    this.filters = this.readFilters();
    this.cursor = null;
    this.list.replaceChildren();
    try {
      const answer = await api('cases', { ...this.filters, limit: 25, facets: 1 });
      this.count.textContent = `${answer.total} case${answer.total === 1 ? '' : 's'} match.`;
      drawYearChart(this.chart, answer.by_year, (year) => this.showYear(year));
      this.show(answer);
    } catch (err) {
      errorMessage(this.list, err);
      this.count.textContent = '';
    }
  }

  // A chart bar: the list narrows to that year (the Since/Until boxes say so).
  showYear(year) {
    document.getElementById('case-since').value = year;
    document.getElementById('case-until').value = year;
    this.apply();
  }

  async page() {
    if (!this.cursor) return;
    try {
      this.show(await api('cases', { ...this.filters, limit: 25, cursor: this.cursor }));
    } catch (err) {
      errorMessage(this.list, err);
    }
  }

  show(answer) {
    for (const c of answer.cases) this.list.append(caseItem(c, this.onNode));
    this.cursor = answer.next_cursor;
    this.more.hidden = !this.cursor;
  }
}
