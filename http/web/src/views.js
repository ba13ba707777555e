// Named saved views: the current state saved under a name (localStorage),
// listed in a menu that reopens it, and a "Copy link" button.
import { deleteView, encodeState, savedViews, saveView } from './view_state.js';
import { el } from './dom.js';

export function setupViews(container, getState, open) {
  const name = el('input', { id: 'view-name', placeholder: 'view name', 'aria-label': 'Name of the view to save', size: '12' });
  const list = el('select', { id: 'view-list', 'aria-label': 'Saved views' });
  const status = el('span', { class: 'meta', id: 'view-status', 'aria-live': 'polite' });
  function refresh(selected = '') {
    const views = savedViews();
    list.replaceChildren(el('option', { value: '' }, 'Saved views…'),
      ...Object.keys(views).sort().map((n) => el('option', { value: n }, n)));
    list.value = selected;
  }
  const save = el('button', { type: 'button', id: 'view-save', onclick: () => {
    const label = name.value.trim();
    if (!label) { status.textContent = 'Name the view first.'; return; }
    saveView(label, getState());
    refresh(label);
    status.textContent = `Saved “${label}”.`;
  } }, 'Save view');
  const remove = el('button', { type: 'button', id: 'view-delete', onclick: () => {
    if (!list.value) return;
    deleteView(list.value);
    status.textContent = 'Deleted.';
    refresh();
  } }, 'Delete');
  const copy = el('button', { type: 'button', id: 'view-link', onclick: async () => {
    const url = `${window.location.origin}${window.location.pathname}#${encodeState(getState())}`;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied.';
    } catch (_) {
      status.textContent = url;
    }
  } }, 'Copy link');
  list.addEventListener('change', () => {
    const views = savedViews();
    if (list.value && views[list.value] !== undefined) open(views[list.value]);
  });
  refresh();
  container.append(list, name, save, remove, copy, status);
}
