// The demo host's backend calls, shared by its plain, React and Vue pages.

/**
 * Calls the demo server. A non-2xx answer throws with the server's plain sentence (which the
 * hub shows); its developer detail goes to the console. A page that is not JSON (a proxy's
 * 502, say) throws a plain sentence too, never a JSON parse error.
 */
export async function api(method, url, body, signal) {
  const response = await fetch(url, {
    method,
    signal,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = (response.headers.get('content-type') ?? '').includes('json') ? await response.json().catch(() => ({})) : {};
  if (!response.ok) {
    if (data.detail) console.warn(`demo: ${method} ${url}: ${data.detail}`);
    const error = new Error(data.message || `The server could not be reached (${response.status}). Try again in a moment.`);
    // An account linked twice (409): the hub offers to update that account instead.
    throw data.duplicateOf ? Object.assign(error, { duplicateOf: data.duplicateOf }) : error;
  }
  return data;
}

/**
 * The hub's onSubmit. API-key providers: posts the validated values and resolves with the
 * account the server made. OAuth providers (the hub passes a `state`): the server
 * remembers the sign-in and answers where the hub's sign-in window goes.
 */
export async function connect({ providerKey, values, accountId, state, actions, signal }) {
  if (state) {
    const { redirectUrl } = await api('POST', '/api/oauth/start', { providerKey, values, accountId, state, actions }, signal);
    return { redirectUrl };
  }
  // `actions`: for a scope-aware provider, what the user chose (the server works out the scopes).
  const result = await api('POST', '/api/connections', { providerKey, values, accountId, actions }, signal);
  return { accountId: result.accountId, label: result.label };
}

/** The hub's setup: after a link (and from Settings), what the server says to set for the account. */
export async function setup({ accountId, signal }) {
  if (!accountId) return undefined;
  const { fields } = await api('GET', `/api/connections/${accountId}/setup`, undefined, signal);
  return fields.length ? fields : undefined;
}

/** The hub's onSetup: saves the setup form's values with the account. */
export const saveSetup = ({ accountId, values, signal }) => api('PUT', `/api/connections/${accountId}/setup`, values, signal);
