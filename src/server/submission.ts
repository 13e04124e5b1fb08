/**
 * Re-checking a submission on the host's server with the very schema the widget used:
 * validateSubmission and parseCatalog (re-exported by `link-hub/server`). Needs no DOM and no
 * Node built-in.
 */
import { Catalog, type AuthType, type Provider } from '../schema/guide.js';
import { isSecret, validateCredentials, type FieldProblem } from '../schema/fields.js';
import { formatIssues } from '../schema/zod.js';
import { en } from '../i18n/en.js';
import { problemText } from '../i18n/problem.js';

export interface Submission {
  providerKey: string;
  values: Record<string, unknown>;
  /** Set on a re-link: the saved account the user is linking again. Never empty. */
  accountId?: string;
  /** The ids of the actions the user chose, for a provider with actions (a scope-aware guide). */
  actions?: string[];
}

export type SubmissionCheck =
  | {
      ok: true;
      provider: Provider;
      /** The provider's `authType`: `oauth2` means the host starts a sign-in instead of saving `values`. */
      authType: AuthType;
      values: Record<string, string>;
      /**
       * Secret fields the re-link left out: keep these from the saved account named by `accountId`
       * (and only from that account). Always `[]` for a fresh link.
       */
      keep: string[];
      /**
       * The chosen actions' ids, each once, in the catalog's order; `[]` when the submission
       * named none (also for a provider with actions: the widget does not submit without
       * one, so check `provider.actions?.length` if the integration needs a choice).
       */
      actions: string[];
      /**
       * The scopes those actions need: their union, each once, in order of first appearance
       * (the actions in the catalog's order). Request exactly these, e.g. in an OAuth
       * authorization URL. `[]` when no action was chosen.
       */
      scopes: string[];
    }
  | {
      ok: false;
      status: 400 | 404;
      /** A plain sentence for the person who pressed Connect: safe to send back and show. */
      message: string;
      /** For the developer (logs, the console): what exactly was wrong with the request. */
      detail?: string;
      /** The message for each field that was refused, by field key (the same as `fields`). */
      problems?: Record<string, string>;
      /**
       * The same messages, under the name the widget reads: reject `onSubmit` with an error
       * that carries them (`Object.assign(new Error(check.message), { fields: check.fields })`)
       * and each shows on its field.
       */
      fields?: Record<string, string>;
    };

/** What the person sees when the request itself was wrong (the detail is for the developer). */
const NOT_AVAILABLE = 'This integration is not available right now. Try again later, or contact support.';

/** Parses a catalog (an object or JSON text); throws with one line per problem, each naming its path. */
export function parseCatalog(input: unknown): Catalog {
  const result = Catalog.safeParse(typeof input === 'string' ? JSON.parse(input) : input);
  if (!result.success) throw new Error(`invalid link-hub catalog:\n${formatIssues(result.error).join('\n')}`);
  return result.data;
}

/**
 * The submission's `actions` (absent means none): ids of the provider's actions, each once,
 * and the union of their scopes; or what is wrong with them. Both lists follow the catalog's
 * order, so the same choice always asks for the same scopes, however it was clicked.
 */
function chosenActions(
  provider: Provider,
  ids: unknown,
): { ok: true; actions: string[]; scopes: string[] } | { ok: false; detail: string } {
  if (ids === undefined) return { ok: true, actions: [], scopes: [] };
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    return { ok: false, detail: 'actions must be an array of action ids (strings); leave it out when there is nothing to choose' };
  }
  const known = provider.actions ?? [];
  const unknown = ids.filter((id) => !known.some((action) => action.id === id));
  if (unknown.length) {
    const has = known.length ? `its actions are ${known.map((a) => JSON.stringify(a.id)).join(', ')}` : 'it has no actions';
    return {
      ok: false,
      detail: `provider ${JSON.stringify(provider.key)} has no action ${unknown.map((id) => JSON.stringify(id)).join(', ')} (${has})`,
    };
  }
  const actions = known.filter((action) => ids.includes(action.id));
  return { ok: true, actions: actions.map((a) => a.id), scopes: [...new Set(actions.flatMap((a) => a.scopes))] };
}

/**
 * Checks a submission against its provider's fields, with the same rules and the same
 * (English) messages the widget shows. Returns clean, trimmed values when it passes.
 *
 * A submission with an `accountId` re-links that account: its secret fields may be absent,
 * meaning "keep the saved one", and `keep` lists them. This function cannot know whose
 * account that is. Before merging anything, the host must look the account up and check
 * that it belongs to the signed-in customer and to the same provider (`provider.key`);
 * otherwise answer 404 or 403 and save nothing. Merge only the fields named in `keep`,
 * only from that account.
 *
 * For a provider with actions (a scope-aware guide), `actions` names the ones the user
 * chose; an id the provider does not have is a 400. The passing check returns the chosen
 * ids and the scopes they need (`scopes`), so the host requests exactly those. A
 * submission with no actions passes with `actions: []` and `scopes: []`.
 */
export function validateSubmission(catalog: Catalog, submission: unknown): SubmissionCheck {
  const body = (submission ?? {}) as Partial<Submission>;
  if (typeof body.providerKey !== 'string' || typeof body.values !== 'object' || body.values === null) {
    return { ok: false, status: 400, message: en.genericError, detail: 'expected { providerKey: string, values: object }' };
  }
  const provider = catalog.providers.find((p) => p.key === body.providerKey);
  if (!provider) return { ok: false, status: 404, message: NOT_AVAILABLE, detail: `unknown provider ${JSON.stringify(body.providerKey)}` };
  const relink = body.accountId !== undefined;
  // An empty id would waive the secrets while naming no account whose secrets could be kept.
  if (relink && (typeof body.accountId !== 'string' || !body.accountId.trim())) {
    return {
      ok: false,
      status: 400,
      message: en.genericError,
      detail: 'accountId must be a non-empty string (the account being re-linked); leave it out for a new link',
    };
  }
  const chosen = chosenActions(provider, body.actions);
  if (!chosen.ok) return { ok: false, status: 400, message: en.genericError, detail: chosen.detail };
  const result = validateCredentials(provider.fields, body.values as Record<string, unknown>, relink);
  if (result.ok) {
    const keep = relink ? provider.fields.filter((f) => isSecret(f) && !Object.hasOwn(result.values, f.key)).map((f) => f.key) : [];
    return { ok: true, provider, authType: provider.authType, values: result.values, keep, actions: chosen.actions, scopes: chosen.scopes };
  }
  const problems: Record<string, string> = {};
  for (const field of provider.fields) {
    const problem: FieldProblem | undefined = result.problems[field.key];
    if (problem) problems[field.key] = problemText(en, problem, field);
  }
  return { ok: false, status: 400, message: Object.values(problems).join(' '), problems, fields: problems };
}
