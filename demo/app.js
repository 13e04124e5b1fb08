// The host page's own code: what a SaaS writes around <link-hub>.
import { api, connect } from './connections.js';

const hub = document.querySelector('link-hub');
const list = document.querySelector('#accounts');
const empty = document.querySelector('#empty');

async function refresh() {
  const accounts = await api('GET', '/api/connections');
  hub.linkedAccounts = accounts.map(({ providerKey, accountId, label, values }) => ({ providerKey, accountId, label, values }));
  list.replaceChildren(
    ...accounts.map((account) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = account.label;
      const relink = document.createElement('button');
      relink.type = 'button';
      relink.textContent = 'Re-link';
      relink.setAttribute('aria-label', `Re-link ${account.label}`);
      relink.addEventListener('click', () => hub.show(account.providerKey, { accountId: account.accountId }));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = 'Disconnect';
      remove.setAttribute('aria-label', `Disconnect ${account.label}`);
      remove.addEventListener('click', async () => {
        await api('DELETE', `/api/connections/${account.accountId}`);
        await refresh();
      });
      item.append(name, relink, remove);
      return item;
    }),
  );
  empty.hidden = accounts.length > 0;
}

hub.onSubmit = connect;
// After a link (by key, or by signing in with OAuth) or a disconnect, list what the server now has.
hub.addEventListener('link-hub-success', refresh);
hub.addEventListener('link-hub-disconnect', refresh);

hub.onDisconnect = ({ accountId, signal }) => api('DELETE', `/api/connections/${accountId}`, undefined, signal);

document.querySelector('#add').addEventListener('click', () => hub.show());
refresh();
