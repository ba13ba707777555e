// The time filter: two sliders (from year, to year) over the years of the
// dated nodes and edges on screen (cases, events, and edges dated by their
// case, event or evidence documents). Undated facts always stay.
import { el } from './dom.js';

export class TimeFilter {
  // `onChange(since, until)` gets years as text, "" for an open end.
  constructor(container, onChange) {
    this.onChange = onChange;
    this.from = el('input', { type: 'range', id: 'time-from', 'aria-label': 'From year' });
    this.to = el('input', { type: 'range', id: 'time-to', 'aria-label': 'Until year' });
    this.label = el('span', { id: 'time-label', class: 'time-label' });
    this.reset = el('button', { type: 'button', id: 'time-all', onclick: () => this.set('', '', true) }, 'All');
    container.append(el('span', { class: 'time-title' }, 'Time'), this.from, this.to, this.label, this.reset);
    this.container = container;
    for (const input of [this.from, this.to]) input.addEventListener('input', () => this.moved(input));
    this.bounds = null;
    this.since = '';
    this.until = '';
  }

  moved(input) {
    if (Number(this.from.value) > Number(this.to.value)) {
      if (input === this.from) this.to.value = this.from.value; else this.from.value = this.to.value;
    }
    const since = Number(this.from.value) > this.bounds.low ? this.from.value : '';
    const until = Number(this.to.value) < this.bounds.high ? this.to.value : '';
    this.set(since, until, true);
  }

  // Shows [since, until]; calls onChange when `notify`.
  set(since, until, notify) {
    this.since = since;
    this.until = until;
    this.render();
    if (notify) this.onChange(since, until);
  }

  // New bounds from the graph ({low, high} years or null).
  setBounds(bounds) {
    this.bounds = bounds;
    this.container.hidden = !bounds || bounds.low === bounds.high;
    this.render();
  }

  render() {
    if (!this.bounds) return;
    const { low, high } = this.bounds;
    for (const input of [this.from, this.to]) {
      input.min = String(low);
      input.max = String(high);
    }
    this.from.value = this.since || String(low);
    this.to.value = this.until || String(high);
    this.label.textContent = `${this.since || low}–${this.until || high}`;
    this.reset.disabled = !this.since && !this.until;
  }
}
