// The inline page's code: the same backend calls as the modal page.
import { connect, api } from './connections.js';

const hub = document.querySelector('link-hub');
hub.onSubmit = connect;
hub.actions = ['quarry_list_jobs', 'quarry_add_candidates'];
hub.onDisconnect = ({ accountId, signal }) => api('DELETE', `/api/connections/${accountId}`, undefined, signal);
const refresh = async () => (hub.linkedAccounts = await api('GET', '/api/connections'));
hub.addEventListener('link-hub-success', refresh);
hub.addEventListener('link-hub-disconnect', refresh);
refresh();
