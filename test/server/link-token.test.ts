/** link-hub/server's link tokens (the hosted link page), in plain Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SignJWT, UnsecuredJWT } from 'jose';
import { createLinkToken, verifyLinkToken, DEFAULT_LINK_LIFETIME, LINK_CLOCK_SKEW } from '../../src/server.js';

const secret = 'a-test-secret-of-at-least-32-bytes!!';
const otherSecret = new Uint8Array(32).fill(7);
const key = new TextEncoder().encode(secret);

/** The JSON of one part of a compact JWT. */
const part = (token: string, index: number) => JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8'));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);

test('a token made with the secret verifies and gives back its claims', async () => {
  const token = await createLinkToken(
    {
      sub: 'customer-1',
      providers: ['flatchr'],
      accountId: 'a-1',
      returnTo: 'https://app.example/settings',
      actions: ['list_jobs'],
      expiresIn: 3600,
    },
    secret,
  );
  assert.deepEqual(part(token, 0), { alg: 'HS256', typ: 'link-hub+jwt' });
  assert.equal(part(token, 1).aud, 'link-hub');
  const check = await verifyLinkToken(token, secret);
  assert.ok(check.ok, JSON.stringify(check));
  const { jti, iat, exp, ...rest } = check.claims;
  assert.deepEqual(rest, {
    sub: 'customer-1',
    providers: ['flatchr'],
    accountId: 'a-1',
    returnTo: 'https://app.example/settings',
    actions: ['list_jobs'],
  });
  assert.match(jti, /^[0-9a-f-]{36}$/);
  assert.equal(exp - iat, 3600);
  assert.ok(Math.abs(iat - Date.now() / 1000) < 5);
});

test('by default a link allows every provider (no providers claim) and lasts 7 days', async () => {
  assert.equal(DEFAULT_LINK_LIFETIME, 604_800);
  const token = await createLinkToken({ sub: 'customer-1' }, secret);
  const payload = part(token, 1);
  assert.deepEqual(Object.keys(payload).sort(), ['aud', 'exp', 'iat', 'jti', 'sub']);
  assert.equal(payload.exp - payload.iat, 604_800);
  const check = await verifyLinkToken(token, secret);
  assert.ok(check.ok);
  assert.equal(check.claims.providers, undefined);
});

test('every token gets its own jti', async () => {
  const [a, b] = await Promise.all([createLinkToken({ sub: 'c' }, secret), createLinkToken({ sub: 'c' }, secret)]);
  assert.notEqual(part(a!, 1).jti, part(b!, 1).jti);
});

test('a token signed with another secret (forged), or checked with the wrong one, is invalid', async () => {
  const forged = await createLinkToken({ sub: 'customer-1' }, otherSecret);
  assert.deepEqual(await verifyLinkToken(forged, secret), { ok: false, reason: 'invalid' });
  const genuine = await createLinkToken({ sub: 'customer-1' }, secret);
  assert.deepEqual(await verifyLinkToken(genuine, otherSecret), { ok: false, reason: 'invalid' });
  // A forged token is invalid even when it has expired too: the signature is checked first.
  const forgedShort = await createLinkToken({ sub: 'customer-1', expiresIn: 1 }, otherSecret);
  assert.deepEqual(await verifyLinkToken(forgedShort, secret, { now: inSeconds(3600) }), { ok: false, reason: 'invalid' });
});

test('a tampered payload is invalid', async () => {
  const token = await createLinkToken({ sub: 'customer-1', providers: ['flatchr'] }, secret);
  const [header, payload, signature] = token.split('.');
  const widened = { ...part(token, 1), sub: 'customer-2' };
  delete widened.providers;
  assert.deepEqual(await verifyLinkToken(`${header}.${encode(widened)}.${signature}`, secret), { ok: false, reason: 'invalid' });
  assert.deepEqual(await verifyLinkToken(`${header}.${payload}.${signature}x`, secret), { ok: false, reason: 'invalid' });
});

test('only HS256 is accepted: alg none and other algorithms are invalid', async () => {
  const claims = { sub: 'customer-1', jti: 'j-1' };
  const unsecured = new UnsecuredJWT(claims).setIssuedAt().setExpirationTime('1h').encode();
  assert.equal(part(unsecured, 0).alg, 'none');
  assert.deepEqual(await verifyLinkToken(unsecured, secret), { ok: false, reason: 'invalid' });
  // The same, with the genuine token's signature pasted on.
  const genuine = await createLinkToken({ sub: 'customer-1' }, secret);
  const noneHeader = encode({ alg: 'none', typ: 'JWT' });
  assert.deepEqual(await verifyLinkToken(`${noneHeader}.${genuine.split('.')[1]}.${genuine.split('.')[2]}`, secret), {
    ok: false,
    reason: 'invalid',
  });
  const hs512 = await new SignJWT(claims).setProtectedHeader({ alg: 'HS512' }).setIssuedAt().setExpirationTime('1h').sign(key);
  assert.deepEqual(await verifyLinkToken(hs512, secret), { ok: false, reason: 'invalid' });
});

test('a token without the link mark (typ link-hub+jwt, aud link-hub), signed with the same secret, is invalid', async () => {
  const claims = { sub: 'customer-1', jti: 'j-1', providers: ['flatchr'] };
  const sign = (typ: string | undefined, aud: string | undefined) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', ...(typ && { typ }) })
      .setIssuedAt()
      .setExpirationTime('1h');
    return (aud ? jwt.setAudience(aud) : jwt).sign(key);
  };
  assert.equal((await verifyLinkToken(await sign('link-hub+jwt', 'link-hub'), secret)).ok, true, 'marked: fine');
  for (const [typ, aud] of [
    ['JWT', undefined],
    [undefined, undefined],
    ['JWT', 'link-hub'],
    ['link-hub+jwt', undefined],
    ['link-hub+jwt', 'my-app'],
    ['at+jwt', 'link-hub'],
  ] as const) {
    assert.deepEqual(await verifyLinkToken(await sign(typ, aud), secret), { ok: false, reason: 'invalid' }, `${typ} ${aud}`);
  }
});

test('malformed tokens are invalid, never thrown', async () => {
  for (const token of [
    '',
    'abc',
    'a.b.c',
    'a.b',
    '...',
    `${encode({ alg: 'HS256' })}.not-json.sig`,
    42 as unknown as string,
    undefined as unknown as string,
  ]) {
    assert.deepEqual(await verifyLinkToken(token, secret), { ok: false, reason: 'invalid' }, String(token));
  }
});

test('a genuine token past its exp is expired', async () => {
  const token = await createLinkToken({ sub: 'customer-1', expiresIn: 1 }, secret);
  assert.deepEqual(await verifyLinkToken(token, secret, { now: inSeconds(3600) }), { ok: false, reason: 'expired' });
  const week = await createLinkToken({ sub: 'customer-1' }, secret);
  assert.equal((await verifyLinkToken(week, secret, { now: inSeconds(6 * 86_400) })).ok, true);
  assert.deepEqual(await verifyLinkToken(week, secret, { now: inSeconds(8 * 86_400) }), { ok: false, reason: 'expired' });
});

test(`clocks may differ by ${LINK_CLOCK_SKEW} seconds: a token that expired 10 s ago still passes`, async () => {
  assert.equal(LINK_CLOCK_SKEW, 30);
  const token = await createLinkToken({ sub: 'customer-1', expiresIn: 1 }, secret);
  const exp = part(token, 1).exp as number;
  const at = (seconds: number) => new Date((exp + seconds) * 1000);
  assert.equal((await verifyLinkToken(token, secret, { now: at(10) })).ok, true);
  assert.equal((await verifyLinkToken(token, secret, { now: at(LINK_CLOCK_SKEW - 1) })).ok, true);
  assert.deepEqual(await verifyLinkToken(token, secret, { now: at(LINK_CLOCK_SKEW + 1) }), { ok: false, reason: 'expired' });
});

test('a correctly signed token without sub, jti or exp, or with claims of the wrong type, is invalid', async () => {
  const sign = (claims: Record<string, unknown>, { exp = true } = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'link-hub+jwt' }).setAudience('link-hub').setIssuedAt();
    return (exp ? jwt.setExpirationTime('1h') : jwt).sign(key);
  };
  const valid = await sign({ sub: 'customer-1', jti: 'j-1' });
  assert.equal((await verifyLinkToken(valid, secret)).ok, true, 'the hand-made token is otherwise fine');
  const bad = [
    await sign({ jti: 'j-1' }),
    await sign({ sub: 'customer-1' }),
    await sign({ sub: 'customer-1', jti: 'j-1' }, { exp: false }),
    await sign({ sub: '', jti: 'j-1' }),
    await sign({ sub: 'customer-1', jti: '' }),
    await sign({ sub: 42, jti: 'j-1' }),
    await sign({ sub: 'customer-1', jti: 'j-1', providers: 'flatchr' }),
    await sign({ sub: 'customer-1', jti: 'j-1', providers: [] }),
    await sign({ sub: 'customer-1', jti: 'j-1', providers: [1] }),
    await sign({ sub: 'customer-1', jti: 'j-1', accountId: 7 }),
    await sign({ sub: 'customer-1', jti: 'j-1', returnTo: 'javascript:alert(1)' }),
    await sign({ sub: 'customer-1', jti: 'j-1', actions: 'list_jobs' }),
  ];
  for (const [index, token] of bad.entries())
    assert.deepEqual(await verifyLinkToken(token, secret), { ok: false, reason: 'invalid' }, `bad[${index}]`);
});

test('a secret shorter than 32 bytes is refused by both functions, with how to make one', async () => {
  const token = await createLinkToken({ sub: 'customer-1' }, secret);
  const short = {
    name: 'RangeError',
    message: /^link-hub: the link secret must be at least 32 bytes \(got 31\); use 32 random bytes, e\.g\. from crypto\.getRandomValues$/,
  };
  await assert.rejects(createLinkToken({ sub: 'customer-1' }, 'x'.repeat(31)), short);
  await assert.rejects(verifyLinkToken(token, 'x'.repeat(31)), short);
  await assert.rejects(verifyLinkToken(token, new Uint8Array(31)), short);
  await assert.rejects(createLinkToken({ sub: 'customer-1' }, ''), /got 0/);
  // Bytes, not characters: 16 two-byte characters are 32 bytes.
  assert.equal(typeof (await createLinkToken({ sub: 'customer-1' }, 'é'.repeat(16))), 'string');
  assert.equal((await verifyLinkToken(await createLinkToken({ sub: 'c' }, otherSecret), otherSecret)).ok, true);
});

test('claims that break the rules are refused with a TypeError naming them', async () => {
  for (const returnTo of ['javascript:alert(1)', 'data:text/html,hi', '/settings', 'ftp://files.example/', 'https//missing-colon']) {
    await assert.rejects(
      createLinkToken({ sub: 'customer-1', returnTo }, secret),
      (error: Error) => {
        assert.ok(error instanceof TypeError);
        assert.match(error.message, /^link-hub: invalid link token claims:\nreturnTo: must be an absolute http: or https: URL$/);
        return true;
      },
      returnTo,
    );
  }
  for (const returnTo of ['http://localhost:5180/', 'https://app.example/settings?tab=integrations']) {
    assert.equal(typeof (await createLinkToken({ sub: 'customer-1', returnTo }, secret)), 'string');
  }
  const refusals: [unknown, RegExp][] = [
    [{}, /sub: expected string, but it is missing/],
    [{ sub: '' }, /sub: must not be empty/],
    [{ sub: 'c', providers: [] }, /providers: must name at least one provider key/],
    [{ sub: 'c', providers: ['ok', ''] }, /providers\[1\]: must not be empty/],
    [{ sub: 'c', expiresIn: 0 }, /expiresIn: must be a positive whole number of seconds/],
    [{ sub: 'c', expiresIn: 1.5 }, /expiresIn: must be a positive whole number of seconds/],
    [{ sub: 'c', expiresIn: '3600' }, /expiresIn: must be a positive whole number of seconds/],
    // A link that works for centuries is a credential: at most 30 days.
    [{ sub: 'c', expiresIn: 40_000_000_000 }, /expiresIn: must be at most 30 days/],
    [{ sub: 'c', expiresIn: 2_592_001 }, /expiresIn: must be at most 30 days/],
    // A misspelt claim once vanished, and the link then allowed every provider; a jti of the host's was replaced unsaid.
    [{ sub: 'c', provider: ['flatchr'] }, /provider: not a link token claim \(did you mean providers\?\)/],
    [{ sub: 'c', jti: 'fixed' }, /jti: not a link token claim/],
    // A re-link names its account's provider: without it the page could not open on that account's form.
    [{ sub: 'c', accountId: 'a-1' }, /providers: with accountId, name the account's one provider/],
    [{ sub: 'c', accountId: 'a-1', providers: ['a', 'b'] }, /providers: with accountId, name the account's one provider/],
    [{ sub: 'c', accountId: '' }, /accountId: must not be empty/],
    [{ sub: 'c', actions: 'list_jobs' }, /actions: expected array/],
  ];
  for (const [claims, message] of refusals) {
    await assert.rejects(
      createLinkToken(claims as never, secret),
      (error: Error) => error instanceof TypeError && message.test(error.message),
      JSON.stringify(claims),
    );
  }
});

test('the token module imports nothing from node: (it runs on any Web Crypto runtime)', () => {
  for (const file of ['src/link-token.ts', 'src/schema/link-token.ts', 'src/schema/zod.ts']) {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(source, /from\s+['"]node:|import\(\s*['"]node:|require\(\s*['"]node:/, file);
    assert.doesNotMatch(source, /from\s+['"](crypto|fs|buffer|path)['"]/, file);
  }
  assert.match(readFileSync(new URL('../../src/link-token.ts', import.meta.url), 'utf8'), /from 'jose'/);
});

test('owner: a short plain label of whose account this is, kept in the token; anything else is refused', async () => {
  const token = await createLinkToken({ sub: 'customer-1', owner: 'Globex Recruiting' }, secret);
  const check = await verifyLinkToken(token, secret);
  assert.ok(check.ok);
  assert.equal(check.claims.owner, 'Globex Recruiting');
  assert.equal((await verifyLinkToken(await createLinkToken({ sub: 'c', owner: 'Société Générale – RH' }, secret), secret)).ok, true);
  for (const owner of ['', ' Globex', 'Globex ', 'x'.repeat(81), 'Globex\nRecruiting', 'Globex\u202eevil', 'a\u0000b', 42]) {
    await assert.rejects(createLinkToken({ sub: 'customer-1', owner } as never, secret), TypeError, JSON.stringify(owner));
  }
  // Signed by hand with a bad owner: refused when verified too.
  const forgedLabel = await new SignJWT({ owner: 'Globex\u202eevil' })
    .setProtectedHeader({ alg: 'HS256', typ: 'link-hub+jwt' })
    .setAudience('link-hub')
    .setSubject('customer-1')
    .setJti('j-1')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
  assert.deepEqual(await verifyLinkToken(forgedLabel, secret), { ok: false, reason: 'invalid' });
});
