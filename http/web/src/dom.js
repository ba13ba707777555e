// Small DOM helpers: elements are built with textContent only (never
// innerHTML), so names and sentences from the data cannot inject markup.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function errorMessage(container, err) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message || String(err)));
}

// Replaces the children of `container`, skipping null/undefined entries.
export function fill(container, ...children) {
  container.replaceChildren(...children.filter((c) => c !== null && c !== undefined));
}
