// The JSON API under /api/v1, called with the browser session (the access token stays on the server).
import { t } from './i18n.js';

let csrfToken = null;

/** A refused or failed call: the HTTP status and the API's own message (never a stack trace). */
export class ApiError extends Error {
  constructor(status, apiMessage) {
    super(apiMessage || `HTTP ${status}`);
    this.status = status;
    this.apiMessage = apiMessage;
  }
}

/** The session's CSRF token, fetched once: the server requires it on every write made with the session cookie. */
async function csrf() {
  if (csrfToken === null) {
    const r = await fetch('/api/v1/session/csrf-token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    csrfToken = r.ok ? (await r.json()).token : '';
  }
  return csrfToken;
}

/**
 * request('POST', '/cases/X/claim', {json: {...}}) or {body: file, contentType: 'text/csv'} or {body: formData}.
 * Resolves to the parsed JSON answer; rejects with an ApiError.
 */
export async function request(method, path, { json, body, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrf();
    if (token) {
      headers['X-CSRF-Token'] = token;
    }
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data.message === 'string' ? data.message : null);
  }
  return data;
}

export const get = (path) => request('GET', path);
export const post = (path, json) => request('POST', path, { json });

/** The signed-in person, or null when nobody is signed in. */
export async function me() {
  try {
    return await get('/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      return null;
    }
    throw e;
  }
}

/** What went wrong, in plain words first and the API's own explanation after it. */
export function describe(error) {
  if (!(error instanceof ApiError)) {
    return { summary: t('error.unexpected'), detail: null };
  }
  const byStatus = {
    0: 'error.network', 400: 'error.badInput', 401: 'error.signIn', 403: 'error.forbidden', 404: 'error.notFound',
    409: 'error.conflict', 413: 'error.tooLarge', 415: 'error.badInput', 429: 'error.tooMany',
  };
  const key = byStatus[error.status] || (error.status >= 500 ? 'error.server' : 'error.unexpected');
  return { summary: t(key), detail: error.apiMessage };
}
