/**
 * Accounts already linked (badge, filter, Re-link, Disconnect) and sign-in by redirect
 * (OAuth popup), in real Chromium. The sign-in window is a real popup, opened by a real
 * key press; the callback page's message is posted the way link-hub/oauth-callback posts it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LinkHub, LinkedAccount, SubmitArgs, SubmitResult } from '../../src/index.js';
import { oauthCatalog, orbit } from './catalog.js';
import {
  allAttributeValues,
  captureWarnings,
  deferred,
  delivered,
  focused,
  settled,
  input,
  providerButtons,
  root,
  submitButton,
  title,
  type,
  typeAll,
} from './helpers.js';

const text = (hub: LinkHub) => root(hub).querySelector('.body')!.textContent!.replace(/\s+/g, ' ');
/** A button by its accessible name (text, including visually hidden text). */
function button(hub: LinkHub, name: string): HTMLButtonElement {
  const found = [...root(hub).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}
const hasButton = (hub: LinkHub, name: string) =>
  [...root(hub).querySelectorAll('button')].some((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);

const ACME: LinkedAccount = {
  providerKey: 'acme-ats',
  accountId: 'acc-1',
  label: 'Acme · prod',
  values: { subdomain: 'acme', region: 'eu', apiKey: 'LEAKED-SECRET' },
};

async function hubWith(
  options: { accounts?: LinkedAccount[]; onSubmit?: LinkHub['onSubmit']; onDisconnect?: LinkHub['onDisconnect'] } = {},
) {
  const hub = await fixture<LinkHub>(
    html`<link-hub .catalog=${oauthCatalog} .linkedAccounts=${options.accounts} .onSubmit=${options.onSubmit} .onDisconnect=${options.onDisconnect}></link-hub>`,
  );
  return hub;
}

before(() => import('../../src/elements/link-hub/provider-view.js'));

describe('accounts already linked', () => {
  it('shows a Connected badge with the account label, and a Connected chip that filters to them', async () => {
    const hub = await hubWith({ accounts: [ACME] });
    await hub.show();
    const [acme, zephyr] = providerButtons(hub);
    expect(acme!.querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Acme ATS Connected · Acme · prod');
    expect(zephyr!.textContent).not.to.contain('Connected');
    const chip = button(hub, 'Connected');
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    chip.click();
    await hub.updateComplete;
    expect(providerButtons(hub)).to.have.length(1);
    expect(button(hub, 'Connected').getAttribute('aria-pressed')).to.equal('true');
    button(hub, 'Connected').click();
    await hub.updateComplete;
    expect(providerButtons(hub)).to.have.length(3);
    await expect(hub).to.be.accessible();
  });

  it('opening a linked provider shows its account with Re-link; Disconnect only when onDisconnect is set', async () => {
    const hub = await hubWith({ accounts: [ACME] });
    await hub.show('acme-ats');
    const panel = root(hub).querySelector('[part=accounts]')!;
    expect(panel.textContent).to.contain('Linked accounts');
    expect(panel.textContent).to.contain('Acme · prod');
    expect(hasButton(hub, 'Re-link Acme · prod')).to.be.true;
    expect(hasButton(hub, 'Disconnect Acme · prod')).to.be.false;
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Link another account');
    hub.onDisconnect = () => undefined;
    await hub.updateComplete;
    expect(hasButton(hub, 'Disconnect Acme · prod')).to.be.true;
    await expect(hub).to.be.accessible();
  });

  it('Re-link prefills non-secret values, never a secret, says an empty secret keeps the saved one, and sends accountId', async () => {
    const calls: SubmitArgs[] = [];
    const hub = await hubWith({ accounts: [ACME], onSubmit: (args) => (calls.push(args), { accountId: 'acc-1', label: 'Acme · prod' }) });
    await hub.show('acme-ats', { accountId: 'acc-1' });
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Re-link Acme · prod');
    expect(input(hub, 'Subdomain').value).to.equal('acme');
    expect(input(hub, 'Region').value).to.equal('eu');
    const key = input(hub, 'API Key');
    expect(key.value).to.equal('');
    expect(key.required).to.be.false;
    expect(root(hub).getElementById(key.getAttribute('aria-describedby')!)!.textContent).to.equal('Leave empty to keep the saved one.');
    expect(allAttributeValues(hub)).not.to.contain('LEAKED-SECRET');
    expect(allAttributeValues(hub).split('\n')).not.to.include('eu'); // prefilled as a property, never an attribute
    const success = oneEvent(hub, 'link-hub-success');
    submitButton(hub).click();
    await success;
    expect(calls).to.have.length(1);
    expect(calls[0]!.accountId).to.equal('acc-1');
    expect(calls[0]!.values).to.deep.equal({ subdomain: 'acme', region: 'eu' });
    expect(calls[0]!.state).to.equal(undefined);
  });

  it('Re-link from the account panel; Cancel goes back to the panel and an empty form', async () => {
    const hub = await hubWith({ accounts: [ACME] });
    await hub.show('acme-ats');
    button(hub, 'Re-link Acme · prod').click();
    await hub.updateComplete;
    expect(input(hub, 'Subdomain').value).to.equal('acme');
    expect(focused(hub)!.id).to.equal('creds');
    type(hub, 'Region', 'us');
    await hub.updateComplete;
    expect(input(hub, 'Region').value).to.equal('us'); // what the user types stays through re-renders
    button(hub, 'Cancel').click();
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=accounts]')).to.exist;
    expect(input(hub, 'Subdomain').value).to.equal('');
    await hub.close();
    await hub.show('acme-ats', { accountId: 'acc-1' });
    expect(input(hub, 'Subdomain').value).to.equal('acme'); // prefilled again after a close
  });

  it('Disconnect asks first; confirming calls onDisconnect, fires link-hub-disconnect and removes the account', async () => {
    const calls: unknown[] = [];
    const hub = await hubWith({ accounts: [ACME], onDisconnect: (args) => void calls.push(args) });
    await hub.show('acme-ats');
    button(hub, 'Disconnect Acme · prod').click();
    await hub.updateComplete;
    expect(calls).to.have.length(0);
    expect(focused(hub)!.textContent).to.contain('Disconnect Acme · prod? It stops syncing');
    button(hub, 'Cancel').click();
    await hub.updateComplete;
    expect(hasButton(hub, 'Re-link Acme · prod')).to.be.true;
    button(hub, 'Disconnect Acme · prod').click();
    await hub.updateComplete;
    const event = oneEvent(hub, 'link-hub-disconnect');
    button(hub, 'Disconnect Acme · prod').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ providerKey: 'acme-ats', accountId: 'acc-1' });
    expect((calls[0] as { accountId: string; signal: AbortSignal }).accountId).to.equal('acc-1');
    expect((calls[0] as { signal: AbortSignal }).signal).to.be.instanceOf(AbortSignal);
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=accounts]')).to.be.null;
    expect(hub.linkedAccounts).to.deep.equal([]);
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Your credentials');
  });

  it('a failing onDisconnect shows its message, keeps the account and lets the user retry', async () => {
    let fail = true;
    const hub = await hubWith({
      accounts: [ACME],
      onDisconnect: () => {
        if (fail) throw new Error('The server is down (503).');
      },
    });
    await hub.show('acme-ats');
    button(hub, 'Disconnect Acme · prod').click();
    await hub.updateComplete;
    const error = oneEvent(hub, 'link-hub-error');
    button(hub, 'Disconnect Acme · prod').click();
    expect((await error).detail).to.deep.equal({ providerKey: 'acme-ats', message: 'The server is down (503).', reason: 'disconnect' });
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=accounts] [role=alert]')!.textContent).to.equal('The server is down (503).');
    expect(hub.linkedAccounts).to.deep.equal([ACME]);
    fail = false;
    const gone = oneEvent(hub, 'link-hub-disconnect');
    button(hub, 'Disconnect Acme · prod').click();
    await gone;
  });

  it('after a link, the account the host returned shows as connected', async () => {
    const hub = await hubWith({ onSubmit: () => ({ accountId: 'z-1', label: 'Zéphyr · main' }) });
    await hub.show('zephyr-hr');
    await typeAll(hub, { 'Client ID': 'id-1', 'Client Secret': 'secret-1' });
    const success = oneEvent(hub, 'link-hub-success');
    submitButton(hub).click();
    await success;
    expect(hub.linkedAccounts).to.deep.equal([{ providerKey: 'zephyr-hr', accountId: 'z-1', label: 'Zéphyr · main' }]);
  });

  it('invalid linkedAccounts are ignored with a warning naming the path; an unknown accountId opens the provider and warns', async () => {
    const warnings = captureWarnings();
    try {
      const hub = await hubWith({ accounts: [{ providerKey: 'acme-ats', label: 'x' } as unknown as LinkedAccount] });
      await hub.show('acme-ats', { accountId: 'nope' });
      expect(warnings.messages.join('\n')).to.contain('linkedAccounts[0].accountId');
      expect(warnings.messages.join('\n')).to.contain('unknown account "nope"');
      expect(title(hub)).to.equal('Connect Acme ATS');
      expect(root(hub).querySelector('[part=accounts]')).to.be.null;
    } finally {
      warnings.restore();
    }
  });
});

describe('re-link, disconnect and accounts that need attention', () => {
  const EXPIRED: LinkedAccount = {
    providerKey: 'acme-ats',
    accountId: 'acc-2',
    label: 'Acme · staging',
    status: 'expired',
    message: 'Acme ATS revoked this key on 1 December.',
  };

  it('re-linking says Update on its button; an account that needs attention says Reconnect', async () => {
    const hub = await hubWith({ accounts: [ACME, EXPIRED], onSubmit: () => ({ accountId: 'acc-1' }) });
    await hub.show('acme-ats', { accountId: 'acc-1' });
    expect(submitButton(hub).textContent!.trim()).to.equal('Update');
    await hub.show('acme-ats', { accountId: 'acc-2' });
    expect(submitButton(hub).textContent!.trim()).to.equal('Reconnect');
    await hub.show('acme-ats');
    expect(submitButton(hub).textContent!.trim()).to.equal('Connect');
  });

  it("Needs attention in the list; the provider shows the host's message, and Reconnect first, which re-links that account", async () => {
    const calls: SubmitArgs[] = [];
    const hub = await hubWith({
      accounts: [ACME, EXPIRED],
      onSubmit: (args) => (calls.push(args), { accountId: 'acc-2', label: 'Acme · staging' }),
    });
    await hub.show();
    const badge = providerButtons(hub)[0]!.querySelector('[part=badge]')!;
    expect(badge.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Needs attention · Acme · prod, Acme · staging');
    await expect(hub).to.be.accessible();
    providerButtons(hub)[0]!.click();
    await waitUntil(() => root(hub).querySelector('[part=accounts]'));
    const items = [...root(hub).querySelectorAll('[part=accounts] li')];
    expect(items[0]!.querySelector('strong')!.textContent).to.equal('Acme · staging');
    expect(items[0]!.querySelector('[part=attention]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Acme · staging needs attention Acme ATS revoked this key on 1 December.',
    );
    expect(items[0]!.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Reconnect Acme · staging');
    await expect(hub).to.be.accessible();
    button(hub, 'Reconnect Acme · staging').click();
    await hub.updateComplete;
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Re-link Acme · staging');
    type(hub, 'Subdomain', 'staging');
    await hub.updateComplete;
    const success = oneEvent(hub, 'link-hub-success');
    submitButton(hub).click();
    await success;
    expect(calls[0]!.accountId).to.equal('acc-2');
  });

  it('Disconnect is styled as destructive, and the hub says afterwards that the account was disconnected', async () => {
    const hub = await hubWith({ accounts: [ACME], onDisconnect: () => undefined });
    await hub.show('acme-ats');
    button(hub, 'Disconnect Acme · prod').click();
    await hub.updateComplete;
    const confirm = button(hub, 'Disconnect Acme · prod');
    expect(confirm.classList.contains('destructive')).to.be.true;
    expect(getComputedStyle(confirm).backgroundColor).not.to.equal(getComputedStyle(button(hub, 'Cancel')).backgroundColor);
    const event = oneEvent(hub, 'link-hub-disconnect');
    confirm.click();
    await event;
    await hub.updateComplete;
    const notice = root(hub).querySelector('[role=status].notice')!;
    expect(notice.textContent).to.equal('Acme · prod was disconnected.');
  });

  it('an oauth2 onSubmit that resolves with nothing warns the host, once', async () => {
    const warnings = captureWarnings();
    try {
      const hub = await hubWith({ onSubmit: () => undefined });
      for (let i = 0; i < 2; i++) {
        await hub.show('orbit-hr');
        type(hub, 'Workspace', 'acme');
        await hub.updateComplete;
        const done = oneEvent(hub, 'link-hub-success');
        submitButton(hub).click();
        await done;
      }
      expect(warnings.messages.filter((m) => m.includes('resolved with neither redirectUrl nor a result'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

describe('sign-in by redirect (oauth2)', () => {
  const callbackUrl = () => new URL('/test/elements/sign-in-page.html?client=demo', location.href).href;
  /** The state of the last sign-in started. */
  let current = '';
  /** The name the hub gave its last sign-in window (random, unrelated to the state): window.open is watched for it. */
  let windowName = '';
  const realOpen = window.open;
  beforeEach(() => {
    window.open = (url, target, features) => {
      if (String(target).startsWith('link-hub-sign-in-')) windowName = String(target);
      return realOpen.call(window, url, target, features);
    };
  });
  /** The named window the hub opened (window.open with an empty URL finds it without navigating). */
  const signInWindow = () => window.open('', windowName);
  /** Posts as a callback page would; resolves once the hub, listening first, has handled it. */
  const post = (message: object) => {
    const data = { type: 'link-hub:oauth', ...message };
    const done = delivered(data);
    window.postMessage(data, '*');
    return done;
  };

  async function startSignIn(options: { answer?: () => SubmitResult; attrs?: Record<string, string> } = {}) {
    const calls: SubmitArgs[] = [];
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog}></link-hub>`);
    for (const [name, value] of Object.entries(options.attrs ?? {})) hub.setAttribute(name, value);
    hub.onSubmit = (args) => {
      calls.push(args);
      current = args.state ?? '';
      return options.answer ? options.answer() : { redirectUrl: callbackUrl() };
    };
    await hub.show('orbit-hr');
    type(hub, 'Workspace', 'acme');
    await hub.updateComplete;
    // A real key press: the window opens inside a user action, as it would for a person.
    input(hub, 'Workspace').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 1 && root(hub).querySelector('#wait, [part=popup], [part=error]'), 'the hub never left pending');
    await hub.updateComplete;
    current = calls[0]?.state ?? '';
    return { hub, calls, state: current };
  }

  afterEach(() => {
    const leftover = windowName ? window.open('', windowName) : null;
    leftover?.close();
    window.open = realOpen;
    windowName = '';
  });

  it('passes a fresh state, sends the window it opened to redirectUrl, waits, and links on the callback message', async () => {
    const { hub, calls, state } = await startSignIn();
    expect(state).to.match(/^[0-9a-f]{32}$/);
    expect(calls[0]!.values).to.deep.equal({ workspace: 'acme' });
    expect(root(hub).querySelector('#wait')!.textContent).to.equal('Finish signing in to Orbit HR in the window that opened.');
    expect(focused(hub)!.id).to.equal('wait');
    expect(hasButton(hub, 'Reopen window')).to.be.true;
    expect(hasButton(hub, 'Cancel')).to.be.true;
    expect(root(hub).querySelector('form')!.hidden).to.be.true;
    await waitUntil(
      () => signInWindow()?.location.pathname === '/test/elements/sign-in-page.html',
      'the sign-in window was not sent to redirectUrl',
    );
    await expect(hub).to.be.accessible();
    const success = oneEvent(hub, 'link-hub-success');
    post({ state, ok: true, result: { accountId: 'o-1', label: 'Orbit · acme' } });
    const { detail } = await success;
    expect(detail).to.deep.equal({ providerKey: 'orbit-hr', result: { accountId: 'o-1', label: 'Orbit · acme' } });
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=popup]')!.textContent).to.contain('Orbit HR is connected');
    expect(text(hub)).to.contain('Account: Orbit · acme');
    expect(hub.linkedAccounts).to.deep.equal([{ providerKey: 'orbit-hr', accountId: 'o-1', label: 'Orbit · acme' }]);
  });

  it('ignores a message with another state, from another origin, or of another shape', async () => {
    const { hub, state } = await startSignIn({ attrs: { 'oauth-origin': location.origin } });
    await post({ state: 'f'.repeat(32), ok: true });
    await post({ state, ok: 'yes' });
    const other = { type: 'something-else', state, ok: true };
    const otherDone = delivered(other);
    window.postMessage(other, '*');
    await otherDone;
    // A sandboxed frame has an opaque origin: its message arrives with origin "null".
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    frame.srcdoc = `<script>parent.postMessage(${JSON.stringify({ type: 'link-hub:oauth', state, ok: true })}, '*')</script>`;
    // Resolves once the hub, listening first, has handled the frame's message.
    const fromFrame = new Promise((resolve) => addEventListener('message', (e) => e.origin === 'null' && resolve(e), { once: false }));
    document.body.append(frame);
    await fromFrame;
    frame.remove();
    await hub.updateComplete;
    expect(root(hub).querySelector('#wait')).to.exist;
    const success = oneEvent(hub, 'link-hub-success');
    post({ state, ok: true });
    await success;
  });

  it("with oauth-origin set, messages from this page's origin do not count", async () => {
    const { hub, state } = await startSignIn({ attrs: { 'oauth-origin': 'https://auth.example.com/callback' } });
    await post({ state, ok: true });
    await hub.updateComplete;
    expect(root(hub).querySelector('#wait')).to.exist;
  });

  it("ok: false shows the callback's error on the form, keeps what was typed, and a retry starts a new sign-in", async () => {
    const { hub, calls, state } = await startSignIn();
    const win = signInWindow()!;
    const error = oneEvent(hub, 'link-hub-error');
    post({ state, ok: false, error: 'Orbit HR: access was denied.' });
    expect((await error).detail).to.deep.equal({
      providerKey: 'orbit-hr',
      message: 'Orbit HR: access was denied.',
      reason: 'sign-in-denied',
    });
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Orbit HR: access was denied.');
    expect(focused(hub)).to.equal(root(hub).querySelector('[part=error]'));
    expect(input(hub, 'Workspace').value).to.equal('acme');
    expect(win.closed).to.be.true;
    input(hub, 'Workspace').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => calls.length === 2, 'no second attempt');
    expect(calls[1]!.state).to.match(/^[0-9a-f]{32}$/);
    expect(calls[1]!.state).not.to.equal(state);
  });

  it('hears the callback over BroadcastChannel when the window was cut off (COOP), but only for its own origin', async () => {
    /** Broadcasts as a callback page would; resolves once a channel opened after the hub's has heard it (so the hub's has). */
    const broadcast = (message: object) => {
      const listener = new BroadcastChannel('link-hub:oauth');
      const heard = new Promise((resolve) => (listener.onmessage = resolve)).then(() => listener.close());
      const channel = new BroadcastChannel('link-hub:oauth');
      channel.postMessage({ type: 'link-hub:oauth', ...message });
      channel.close();
      return heard;
    };
    const elsewhere = await startSignIn({ attrs: { 'oauth-origin': 'https://auth.example.com' } });
    await broadcast({ state: elsewhere.state, ok: true });
    expect(root(elsewhere.hub).querySelector('#wait')).to.exist;
    await elsewhere.hub.close();
    const { hub, state } = await startSignIn();
    const success = oneEvent(hub, 'link-hub-success');
    broadcast({ state: 'f'.repeat(32), ok: true });
    broadcast({ state, ok: true, result: { label: 'Orbit · cut off' } });
    expect((await success).detail.result).to.deep.equal({ label: 'Orbit · cut off' });
  });

  it('says Connect opens a sign-in window; a provider that asks for nothing is just "Sign in" and Connect', async () => {
    const bare = { ...orbit, key: 'bare-hr', name: 'Bare HR', fields: [] };
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [bare] }}></link-hub>`);
    await hub.show();
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Sign in');
    expect(root(hub).querySelector('form')!.textContent).to.contain('Connect opens Bare HR’s sign-in page in a small window.');
    expect(root(hub).querySelector('form input')).to.be.null;
    expect(submitButton(hub).textContent!.trim()).to.equal('Connect');
    await expect(hub).to.be.accessible();
  });

  it('ok: false without an error says the sign-in was not completed', async () => {
    const { hub, state } = await startSignIn();
    const error = oneEvent(hub, 'link-hub-error');
    post({ state, ok: false });
    expect((await error).detail.message).to.equal('Sign-in was not completed.');
  });

  it('a blocked popup: a button that opens it, and the full URL as a link to a new tab', async () => {
    const realOpen = window.open;
    window.open = () => null; // what a popup blocker does
    let hub: LinkHub;
    let state: string;
    try {
      ({ hub, state } = await startSignIn());
      expect(root(hub).querySelector('#wait')!.textContent).to.equal('Your browser blocked the sign-in window.');
      const link = root(hub).querySelector<HTMLAnchorElement>('[part=waiting] a')!;
      expect(link.href).to.equal(callbackUrl());
      expect(link.target).to.equal('_blank');
      // The callback is on this page's origin: the new tab reaches the hub over BroadcastChannel, and needs no opener.
      expect(link.rel).to.equal('noopener');
      expect(link.textContent).to.equal('Open the sign-in page in a new tab');
      await expect(hub).to.be.accessible();
    } finally {
      window.open = realOpen;
    }
    button(hub, 'Open sign-in window').focus();
    await sendKeys({ press: 'Enter' });
    await hub.updateComplete;
    expect(root(hub).querySelector('#wait')!.textContent).to.equal('Finish signing in to Orbit HR in the window that opened.');
    await waitUntil(
      () => signInWindow()?.location.pathname === '/test/elements/sign-in-page.html',
      'the button did not open the sign-in page',
    );
    const success = oneEvent(hub, 'link-hub-success');
    post({ state, ok: true });
    await success;
  });

  it('the window reported closed is a hint, not a cancel (COOP can make it read closed): Reopen, or a late message still links', async () => {
    const { hub, state } = await startSignIn();
    signInWindow()!.close();
    await waitUntil(() => text(hub).includes('The sign-in window is closed.'), 'the closed window was not noticed');
    expect(root(hub).querySelector('#wait')).to.exist;
    button(hub, 'Reopen window').focus();
    await sendKeys({ press: 'Enter' });
    await hub.updateComplete;
    expect(text(hub)).not.to.contain('The sign-in window is closed.');
    await waitUntil(() => signInWindow()?.location.pathname === '/test/elements/sign-in-page.html', 'Reopen did not open the sign-in page');
    const success = oneEvent(hub, 'link-hub-success');
    post({ state, ok: true });
    await success;
  });

  it('gives up after sign-in-timeout, closes the window and says so', async () => {
    const { hub } = await startSignIn({ attrs: { 'sign-in-timeout': '300' } });
    const win = signInWindow()!;
    const error = oneEvent(hub, 'link-hub-error');
    expect((await error).detail.message).to.equal('Signing in took too long. Try again.');
    expect(win.closed).to.be.true;
  });

  it('Cancel closes the window, aborts the signal and gives the form back as typed', async () => {
    const { hub, calls, state } = await startSignIn();
    const win = signInWindow()!;
    button(hub, 'Cancel').click();
    await hub.updateComplete;
    expect(win.closed).to.be.true;
    expect(calls[0]!.signal.aborted).to.be.true;
    expect(root(hub).querySelector('#wait')).to.be.null;
    expect(input(hub, 'Workspace').value).to.equal('acme');
    expect(focused(hub)).to.equal(submitButton(hub));
    let late = false;
    hub.addEventListener('link-hub-success', () => (late = true));
    await post({ state, ok: true });
    await settled();
    expect(late).to.be.false;
  });

  it('closing the hub while waiting closes the window and aborts the signal', async () => {
    const { hub, calls } = await startSignIn();
    const win = signInWindow()!;
    await hub.close();
    expect(win.closed).to.be.true;
    expect(calls[0]!.signal.aborted).to.be.true;
  });

  it('an onSubmit that links without redirectUrl succeeds at once, and the blank window closes', async () => {
    let win: Window | null = null;
    const { hub } = await startSignIn({
      answer: () => {
        win = signInWindow(); // the blank window the hub opened in the key press
        return { accountId: 'o-2', label: 'Orbit · direct' };
      },
    });
    expect(root(hub).querySelector('[part=popup]')!.textContent).to.contain('Orbit HR is connected');
    expect(win!.closed).to.be.true;
  });

  it('a redirectUrl that is not http(s) is refused: a generic message, and a console warning for the host', async () => {
    const warnings = captureWarnings();
    try {
      const { hub } = await startSignIn({ answer: () => ({ redirectUrl: 'javascript:alert(1)' }) });
      expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Something went wrong. Try again.');
      expect(warnings.messages.join('\n')).to.contain('redirectUrl: expected an http(s) address');
    } finally {
      warnings.restore();
    }
  });

  it('a pending onSubmit: the window waits blank, and the hub can still be closed', async () => {
    const pending = deferred<SubmitResult>();
    const hub = await fixture<LinkHub>(
      html`<link-hub .catalog=${oauthCatalog} .onSubmit=${(args: SubmitArgs) => ((current = args.state ?? ''), pending.promise)}></link-hub>`,
    );
    await hub.show('orbit-hr');
    type(hub, 'Workspace', 'acme');
    input(hub, 'Workspace').focus();
    await sendKeys({ press: 'Enter' });
    await hub.updateComplete;
    expect(submitButton(hub).disabled).to.be.true;
    const win = signInWindow()!;
    expect(win.location.href).to.equal('about:blank');
    await hub.close();
    expect(win.closed).to.be.true;
    pending.resolve({ redirectUrl: callbackUrl() });
    await settled();
    expect(hub.open).to.be.false;
  });
});
