// Calls the JSON API under /api/v1; errors become Error objects carrying the
// server's {"error": {"code", "message"}}.
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function api(path, params = {}) {
  const response = await fetch(`/api/v1/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(response.status, err.code || 'error', err.message || `HTTP ${response.status}`);
  }
  return body;
}

export function nodePath(id) {
  return `nodes/${encodeURIComponent(id)}`;
}
