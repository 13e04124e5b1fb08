/** link-hub/server's createLinkHandler, on real web-standard Requests in plain Node: every refusal, and single use. */
import { test } from 'node:test';
import { SignJWT } from 'jose';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createLinkHandler, createLinkToken, LinkRefusal, parseCatalog, type LinkArgs, type LinkTokenInput } from '../../src/server.js';

const secret = 'a-test-secret-of-at-least-32-bytes!!';
const URL_ = 'https://app.example/api/link/submit';
const catalog = parseCatalog({
  providers: [
    {
      key: 'acme',
      name: 'Acme',
      authType: 'api_key',
      warnings: [],
      sections: [],
      fields: [
        { key: 'apiKey', label: 'API Key', secret: true },
        { key: 'subdomain', label: 'Subdomain' },
      ],
    },
    { key: 'other', name: 'Other HR', authType: 'api_key', warnings: [], sections: [], fields: [{ key: 'token', label: 'Token' }] },
    {
      key: 'northwind',
      name: 'Northwind',
      authType: 'oauth2',
      warnings: [],
      sections: [],
      fields: [{ key: 'workspace', label: 'Workspace' }],
    },
  ],
});
const good = { providerKey: 'acme', values: { apiKey: 'k-1', subdomain: 'acme' } };

/** A Map-backed store that checks and sets at once, as a unique key would. */
function memoryStore() {
  const ids = new Map<string, number>();
  return {
    ids,
    has: (jti: string) => ids.has(jti),
    add: (jti: string, exp: number) => (ids.has(jti) ? false : (ids.set(jti, exp), true)),
    delete: (jti: string) => ids.delete(jti),
  };
}

/** A handler whose `link` records its calls (and may be replaced). */
function setup(link?: (args: LinkArgs) => unknown, extra: { maxBodyBytes?: number; used?: ReturnType<typeof memoryStore> } = {}) {
  const calls: LinkArgs[] = [];
  const used = extra.used ?? memoryStore();
  const errors: unknown[] = [];
  const handler = createLinkHandler({
    secret,
    catalog,
    used,
    link: async (args) => {
      calls.push(args);
      return (await link?.(args)) ?? { accountId: 'acc-1', label: 'Acme · acme' };
    },
    onError: (error) => errors.push(error),
    ...(extra.maxBodyBytes === undefined ? {} : { maxBodyBytes: extra.maxBodyBytes }),
  });
  return { handler, calls, used, errors };
}

const token = (claims: Partial<LinkTokenInput> = {}) => createLinkToken({ sub: 'customer-1', providers: ['acme'], ...claims }, secret);
const post = (bearer: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const get = (bearer?: string) => new Request(URL_, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
const answer = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

test('GET: a usable link is a 200 with what the page shows; forged is 401, used and expired are 410', async () => {
  const { handler, used } = setup();
  const t = await token({ returnTo: 'https://app.example/settings' });
  const ok = await answer(await handler(get(t)));
  assert.equal(ok.status, 200);
  assert.equal(ok.body.ok, true);
  assert.deepEqual(ok.body.providers, ['acme']);
  assert.equal(ok.body.returnTo, 'https://app.example/settings');
  assert.equal(ok.body.sub, undefined, "the host's customer id stays on the server");
  const forged = await createLinkToken({ sub: 'customer-1' }, 'x'.repeat(32));
  for (const bad of [forged, 'not-a-jwt', undefined]) assert.equal((await handler(get(bad))).status, 401, String(bad));
  const expired = await token({ expiresIn: 1 });
  const late = createLinkHandler({ secret, catalog, used, link: () => ({}), now: () => new Date(Date.now() + 3600_000) });
  assert.deepEqual(await answer(await late(get(expired))), { status: 410, body: { message: 'This link has expired. Ask for a new one.' } });
  assert.equal((await handler(post(t, good))).status, 200);
  assert.deepEqual(await answer(await handler(get(t))), { status: 410, body: { message: 'This link was already used.' } });
  assert.equal((await handler(new Request(URL_, { method: 'PUT', headers: { authorization: `Bearer ${t}` } }))).status, 405);
});

test('GET says whose account the link connects (the token’s owner), for the page to show before the form', async () => {
  const { handler } = setup();
  const { body } = await answer(await handler(get(await token({ owner: 'Globex Recruiting' }))));
  assert.equal(body.owner, 'Globex Recruiting');
  assert.equal((await answer(await handler(get(await token())))).body.owner, undefined);
});

test('POST links once: link gets the checked values, the token’s account and claims; the same link again is a 410', async () => {
  const { handler, calls, used } = setup();
  const t = await token({ providers: ['acme', 'other'] });
  const linked = await answer(await handler(post(t, { ...good, values: { apiKey: ' k-1 ', subdomain: 'acme' } })));
  assert.deepEqual(linked, { status: 200, body: { accountId: 'acc-1', label: 'Acme · acme' } });
  assert.equal(calls.length, 1);
  const [call] = calls;
  assert.equal(call!.providerKey, 'acme');
  assert.deepEqual(call!.values, { apiKey: 'k-1', subdomain: 'acme' });
  assert.equal(call!.claims.sub, 'customer-1');
  assert.equal(call!.accountId, undefined);
  assert.deepEqual([call!.keep, call!.actions, call!.scopes], [[], [], []]);
  assert.equal(used.ids.get(call!.claims.jti), call!.claims.exp);
  assert.deepEqual(await answer(await handler(post(t, good))), { status: 410, body: { message: 'This link was already used.' } });
  assert.equal(calls.length, 1);
});

test('every refusal has its own status and message, and link is never called', async () => {
  const { handler, calls, used } = setup(undefined, { maxBodyBytes: 1000 });
  const t = await token();
  const expired = await token({ expiresIn: 1 });
  const late = setup();
  const lateHandler = createLinkHandler({ secret, catalog, used: late.used, link: () => ({}), now: () => new Date(Date.now() + 3600_000) });
  const forged = await createLinkToken({ sub: 'customer-1', providers: ['acme'] }, 'y'.repeat(32));
  const cases: [string, Promise<Response>, number, RegExp][] = [
    ['no token', handler(post(undefined, good)), 401, /not valid/],
    ['forged', handler(post(forged, good)), 401, /not valid/],
    ['basic auth', handler(post(undefined, good, { authorization: `Basic ${t}` })), 401, /not valid/],
    ['expired', lateHandler(post(expired, good)), 410, /expired/],
    ['form body', handler(post(t, 'providerKey=acme', { 'content-type': 'application/x-www-form-urlencoded' })), 415, /JSON/],
    ['bad JSON', handler(post(t, '{"providerKey":')), 400, /not valid JSON/],
    ['JSON not an object', handler(post(t, '[1,2]')), 400, /not valid JSON/],
    ['declared too large', handler(post(t, JSON.stringify({ ...good, pad: 'x'.repeat(2000) }))), 413, /too large/],
    ['provider not allowed', handler(post(t, { providerKey: 'other', values: { token: 'x' } })), 403, /cannot connect Other HR/],
    ['another account', handler(post(t, { ...good, accountId: 'acc-9' })), 403, /cannot update that account/],
    ['values missing', handler(post(await token({ providers: undefined }), { providerKey: 'acme' })), 400, /./],
    ['unknown provider', handler(post(await token({ providers: undefined }), { providerKey: 'nope', values: {} })), 404, /not available/],
    ['field refused', handler(post(t, { providerKey: 'acme', values: { subdomain: 'acme' } })), 400, /API Key/],
    ['unknown action', handler(post(t, { ...good, actions: ['nope'] })), 400, /./],
  ];
  for (const [name, pending, status, message] of cases) {
    const { status: got, body } = await answer(await pending);
    assert.equal(got, status, `${name}: ${JSON.stringify(body)}`);
    assert.match(String(body.message), message, name);
  }
  assert.equal(calls.length + late.calls.length, 0);
  assert.equal(used.ids.size + late.used.ids.size, 0, 'no refusal uses the link up');
  // And the link still works.
  assert.equal((await handler(post(t, good))).status, 200);
});

test('a body over the limit with no Content-Length is stopped at the limit, not read whole', async () => {
  const { handler, calls } = setup(undefined, { maxBodyBytes: 1000 });
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      if (pulled > 100) return controller.close();
      controller.enqueue(new TextEncoder().encode('x'.repeat(400)));
    },
  });
  const request = new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  assert.equal(request.headers.get('content-length'), null);
  assert.equal((await handler(request)).status, 413);
  assert.ok(pulled < 10, `read ${pulled} chunks`);
  assert.equal(calls.length, 0);
});

test('a token without the link mark, signed with the same secret, is refused', async () => {
  const { handler, calls } = setup();
  const plain = await new SignJWT({ providers: ['acme'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('customer-1')
    .setJti('j-1')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
  assert.equal((await handler(post(plain, good))).status, 401);
  assert.equal((await handler(get(plain))).status, 401);
  assert.equal(calls.length, 0);
});

test('a re-link is the token’s account: link gets it, and the secret left out is kept', async () => {
  const { handler, calls } = setup();
  const t = await token({ accountId: 'acc-7' });
  assert.equal((await handler(post(t, { providerKey: 'acme', values: { subdomain: 'acme' } }))).status, 200);
  assert.equal(calls[0]!.accountId, 'acc-7');
  assert.deepEqual(calls[0]!.keep, ['apiKey']);
});

test('two POSTs of one link at the same time: one links, the other is a 410', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { handler, calls } = setup(async () => {
    await gate;
    return undefined;
  });
  const t = await token();
  const both = Promise.all([handler(post(t, good)), handler(post(t, good))]);
  setTimeout(release, 20);
  const statuses = (await both).map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, 410]);
  assert.equal(calls.length, 1);
});

test('a plain synchronous store whose add answers nothing (a Set) still lets only one of two POSTs at once link', async () => {
  const ids = new Set<string>();
  const { handler, calls } = setup(undefined, {
    used: {
      has: (jti: string) => ids.has(jti),
      add: (jti: string) => void ids.add(jti),
      delete: (jti: string) => ids.delete(jti),
    } as never,
  });
  const t = await token();
  const statuses = (await Promise.all([handler(post(t, good)), handler(post(t, good)), handler(post(t, good))])).map((r) => r.status);
  assert.deepEqual(statuses.sort(), [200, 410, 410]);
  assert.equal(calls.length, 1);
});

test('an async store whose add answers false (checked and set at once elsewhere) is a 410', async () => {
  const used = memoryStore();
  const { handler, calls } = setup(undefined, {
    used: { ...used, has: async () => false, add: async () => false, delete: async () => true } as never,
  });
  assert.deepEqual(await answer(await handler(post(await token(), good))), {
    status: 410,
    body: { message: 'This link was already used.' },
  });
  assert.equal(calls.length, 0);
});

test('link refuses with a LinkRefusal: its status and message, and the link is released for a retry', async () => {
  let refuse = true;
  const { handler, calls, used } = setup(() => {
    if (refuse) throw new LinkRefusal(422, 'Acme rejected this API Key.', { apiKey: 'This key was refused.' });
    return undefined;
  });
  const t = await token();
  const refused = await answer(await handler(post(t, good)));
  assert.equal(refused.status, 422);
  assert.equal(refused.body.message, 'Acme rejected this API Key.');
  assert.deepEqual(refused.body.fields, { apiKey: 'This key was refused.' });
  assert.equal(used.ids.size, 0);
  refuse = false;
  assert.equal((await handler(post(t, good))).status, 200);
  assert.equal(calls.length, 2);
});

test('link throws: a generic 500 that echoes nothing, onError is told, and the link is released', async () => {
  const { handler, used, errors } = setup(() => {
    throw new Error('db down: password=hunter2 apiKey=k-1');
  });
  const t = await token();
  const failed = await answer(await handler(post(t, good)));
  assert.deepEqual(failed, { status: 500, body: { message: 'The account could not be connected. Try again in a moment.' } });
  assert.doesNotMatch(JSON.stringify(failed), /hunter2|k-1/);
  assert.equal(errors.length, 1);
  assert.equal(used.ids.size, 0);
});

test('a sign-in provider: link starts it (with the state) and the link is not used up until its callback claims it', async () => {
  const { handler, calls, used } = setup(() => ({ redirectUrl: 'https://idp.example/authorize?state=s' }));
  const t = await token({ providers: ['northwind'] });
  const started = await answer(await handler(post(t, { providerKey: 'northwind', values: { workspace: 'acme' }, state: 's'.repeat(20) })));
  assert.deepEqual(started, { status: 200, body: { redirectUrl: 'https://idp.example/authorize?state=s' } });
  assert.equal(calls[0]!.state, 's'.repeat(20));
  assert.equal(calls[0]!.authType, 'oauth2');
  assert.equal(used.ids.size, 0);
});

test('the handler imports no Node built-in (it runs wherever Request and Web Crypto do)', () => {
  const folder = new URL('../../src/server/', import.meta.url);
  for (const file of readdirSync(folder)) {
    const code = readFileSync(new URL(file, folder), 'utf8');
    assert.doesNotMatch(code, /from '(node:|fs|path|crypto|http)/, file);
  }
  assert.doesNotMatch(readFileSync(new URL('../../src/link-token.ts', import.meta.url), 'utf8'), /from 'node:/);
});

test('a missing or short secret is refused when the handler is made, not on every request', () => {
  const made = (value: unknown) => () =>
    createLinkHandler({ secret: value as string, catalog, used: { has: () => false, add: () => true }, link: () => ({}) });
  assert.throws(made(undefined), /the link secret must be a string or a Uint8Array/);
  assert.throws(made('short'), /at least 32 bytes/);
  assert.equal(typeof made(secret)(), 'function');
});
