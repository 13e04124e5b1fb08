// The host page's own code: what a SaaS writes around <link-hub>.
import { api, connect, saveSetup, setup } from './connections.js';

const hub = document.querySelector('link-hub');
const list = document.querySelector('#accounts');
const empty = document.querySelector('#empty');

/** A button with visible text and, when the text alone is ambiguous in a list, a fuller name. */
function button(text, name, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (name) element.setAttribute('aria-label', name);
  element.addEventListener('click', action);
  return element;
}

/** The hub's view of an account: what it shows, and whether it needs attention (status, message). */
const linkedAccount = ({ providerKey, accountId, label, values, status, message }) => ({
  providerKey,
  accountId,
  label,
  values,
  ...(status ? { status } : {}),
  ...(message ? { message } : {}),
});

async function refresh() {
  const accounts = await api('GET', '/api/connections');
  hub.linkedAccounts = accounts.map(linkedAccount);
  list.replaceChildren(
    ...accounts.map((account) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = account.label;
      item.append(name);
      if (account.status && account.status !== 'connected') {
        const attention = document.createElement('span');
        attention.className = 'attention';
        attention.textContent = 'Needs attention';
        item.append(attention);
      }
      item.append(
        button('Re-link', `Re-link ${account.label}`, () => hub.show(account.providerKey, { accountId: account.accountId })),
        account.accessExpiresAt
          ? // Signed in by redirect: the person takes Acme People's access away in Northwind HR itself;
            // the server notices at its next call there (a refused token, then a refused refresh).
            button('Revoke at the provider', `Revoke ${account.label} at the provider`, async () => {
              await api('POST', `/api/connections/${account.accountId}/revoke-at-provider`, {});
              await refresh();
            })
          : // The demo's stand-in for a provider that stops accepting the saved key.
            button('Simulate a revoked key', `Simulate a revoked key for ${account.label}`, async () => {
              await api('POST', `/api/connections/${account.accountId}/revoke`, {});
              await refresh();
            }),
        button('Disconnect', `Disconnect ${account.label}`, async () => {
          await api('DELETE', `/api/connections/${account.accountId}`);
          await refresh();
        }),
      );
      return item;
    }),
  );
  empty.hidden = accounts.length > 0;
}

hub.onSubmit = connect;
// After a link (and from an account's Settings): Quarry ATS asks which departments to sync.
hub.setup = setup;
hub.onSetup = saveSetup;
// What this app needs of a scope-aware provider (Quarry ATS): listing jobs and sending candidates, not reports.
hub.actions = ['quarry_list_jobs', 'quarry_add_candidates'];
// After a link (by key, or by signing in with OAuth) or a disconnect, list what the server now has.
hub.addEventListener('link-hub-success', refresh);
hub.addEventListener('link-hub-disconnect', refresh);

hub.onDisconnect = ({ accountId, signal }) => api('DELETE', `/api/connections/${accountId}`, undefined, signal);

document.querySelector('#add').addEventListener('click', () => hub.show());
refresh();

// ---- "Send a link": a hosted link page for someone who links an account from their own device.
const sendForm = document.querySelector('#send-link');
const providerSelect = document.querySelector('#link-provider');
const linkResult = document.querySelector('#link-result');
const linkInput = document.querySelector('#link-url');
const linkExpiry = document.querySelector('#link-expiry');
const linkStatus = document.querySelector('#link-status');

/** "in 1 hour (at 3:45 PM)": when a link stops working, in words. */
function expiryInWords(expiresAt) {
  const at = new Date(expiresAt);
  const seconds = Math.max(0, Math.round((at.getTime() - Date.now()) / 1000));
  // Whole minutes first, so a link made a moment ago for an hour says "in 1 hour", not "in 60 minutes".
  const minutes = Math.round(seconds / 60);
  const [value, unit] =
    minutes >= 1440
      ? [Math.round(minutes / 1440), 'day']
      : minutes >= 60
        ? [Math.round(minutes / 60), 'hour']
        : seconds >= 60
          ? [minutes, 'minute']
          : [seconds, 'second'];
  const relative = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { numeric: 'auto' }).format(value, unit);
  return `${relative} (at ${at.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })})`;
}

/** Says something in the polite status region (a new text node each time, so the same words are said again). */
const announce = (text) => linkStatus.replaceChildren(document.createTextNode(text));

// The provider choice lists the catalog's providers by name. Without it, the link offers any provider.
fetch('/catalog.json')
  .then((response) => (response.ok ? response.json() : { providers: [] }))
  .then(({ providers = [] }) => providerSelect.append(...providers.map((provider) => new Option(provider.name, provider.key))))
  .catch(() => {});

sendForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const submit = sendForm.querySelector('button[type="submit"]');
  submit.disabled = true;
  sendForm.setAttribute('aria-busy', 'true');
  try {
    const providerKey = providerSelect.value || undefined;
    const { url, expiresAt } = await api('POST', '/api/links', providerKey ? { providerKey } : {});
    linkInput.value = url;
    const expires = expiryInWords(expiresAt);
    linkExpiry.textContent = `Works once. Expires ${expires}.`;
    linkResult.hidden = false;
    announce(`Link created. It expires ${expires}.`);
  } catch (error) {
    announce(error.message);
  } finally {
    submit.disabled = false;
    sendForm.removeAttribute('aria-busy');
  }
});

document.querySelector('#copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(linkInput.value);
    announce('Copied');
  } catch {
    // No clipboard permission (or no secure context): leave the link selected to copy by hand.
    linkInput.select();
    announce('Could not copy. The link is selected: copy it with your keyboard.');
  }
});
