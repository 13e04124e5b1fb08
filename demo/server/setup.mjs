/**
 * Setup after the link, the demo's backend half: Quarry ATS (the scope-aware provider) asks which of
 * its departments to sync. GET answers the setup form's fields (the departments, as Quarry would list
 * them with the new key, and what was saved); PUT checks and saves the choice with the account.
 */
import { json, readBody } from './http.mjs';

/** The departments the make-believe Quarry ATS has, as its API would list them with a working key. */
export const QUARRY_DEPARTMENTS = [
  { value: 'engineering', label: 'Engineering' },
  { value: 'sales', label: 'Sales' },
  { value: 'operations', label: 'Operations' },
  { value: 'people', label: 'People' },
];

/** The setup form's fields for an account, with what it saved; none for a provider without setup. */
function setupFields(account, saved) {
  if (account.providerKey !== 'quarry-ats') return [];
  return [
    {
      key: 'departments',
      label: 'Departments to sync',
      type: 'multiselect',
      help: 'Only jobs of these departments come into Acme People.',
      options: QUARRY_DEPARTMENTS,
      value: saved.departments ?? [],
    },
  ];
}

export function setupRoutes({ accounts, customerId }) {
  /** Handles GET and PUT /api/connections/<id>/setup, or answers false. */
  return async function handle(req, res, url) {
    const match = /^\/api\/connections\/([\w-]+)\/setup$/.exec(url.pathname);
    if (!match || (req.method !== 'GET' && req.method !== 'PUT')) return false;
    const account = await accounts.get(match[1]);
    if (account?.customerId !== customerId) return json(res, 404, { message: 'No such connection.' });
    const fields = setupFields(account, await accounts.settings(account.accountId));
    if (req.method === 'GET') return json(res, 200, { fields });
    const body = await readBody(req);
    const chosen = body?.departments;
    const known = QUARRY_DEPARTMENTS.map((d) => d.value);
    if (!fields.length) return json(res, 400, { message: 'This connection has nothing to set up.' });
    if (!Array.isArray(chosen) || !chosen.length || !chosen.every((d) => known.includes(d))) {
      return json(res, 400, { message: 'Choose at least one of the departments listed.' });
    }
    await accounts.saveSettings(account.accountId, { departments: known.filter((d) => chosen.includes(d)) });
    return json(res, 200, { ok: true });
  };
}
