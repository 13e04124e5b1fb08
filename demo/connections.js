// The demo host's backend calls, shared by its plain, React and Vue pages.

/** Calls the demo server; a non-2xx answer throws with the server's message (which the hub shows). */
export async function api(method, url, body, signal) {
  const response = await fetch(url, {
    method,
    signal,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.message || `The server answered ${response.status}.`);
  return data;
}

/**
 * The hub's onSubmit. API-key providers: posts the validated values and resolves with the
 * account the server made. OAuth providers (the hub passes a `state`): the server
 * remembers the sign-in and answers where the hub's sign-in window goes.
 */
export async function connect({ providerKey, values, accountId, state, signal }) {
  if (state) {
    const { redirectUrl } = await api('POST', '/api/oauth/start', { providerKey, values, accountId, state }, signal);
    return { redirectUrl };
  }
  const result = await api('POST', '/api/connections', { providerKey, values, accountId }, signal);
  return { accountId: result.accountId, label: result.label };
}
