/**
 * `link-hub/server`: what a host's backend needs to re-check a submission with the
 * very schema the widget used. Needs no DOM.
 */
import { Catalog, type Provider } from './schema/guide.js';
import { validateCredentials, type FieldProblem } from './schema/fields.js';
import { formatIssues } from './schema/zod.js';
import { en } from './i18n/en.js';

export { Catalog, Provider, ProviderSummary, Block, Inline, Section, Step } from './schema/guide.js';
export { Field, credentialsSchema, validateCredentials } from './schema/fields.js';
export type { FieldProblem } from './schema/fields.js';

export interface Submission {
  providerKey: string;
  values: Record<string, unknown>;
  accountId?: string;
}

export type SubmissionCheck =
  | { ok: true; provider: Provider; values: Record<string, string> }
  | { ok: false; status: 400 | 404; message: string; problems?: Record<string, string> };

/** Parses a catalog (an object or JSON text); throws with one line per problem, each naming its path. */
export function parseCatalog(input: unknown): Catalog {
  const result = Catalog.safeParse(typeof input === 'string' ? JSON.parse(input) : input);
  if (!result.success) throw new Error(`invalid link-hub catalog:\n${formatIssues(result.error).join('\n')}`);
  return result.data;
}

/**
 * Checks a submission against its provider's fields, with the same rules and the same
 * (English) messages the widget shows. Returns clean, trimmed values when it passes.
 * A submission with an `accountId` re-links that account: secret fields may be absent,
 * meaning "keep the saved one" (the host merges them in).
 */
export function validateSubmission(catalog: Catalog, submission: unknown): SubmissionCheck {
  const body = (submission ?? {}) as Partial<Submission>;
  if (typeof body.providerKey !== 'string' || typeof body.values !== 'object' || body.values === null) {
    return { ok: false, status: 400, message: 'expected { providerKey: string, values: object }' };
  }
  const provider = catalog.providers.find((p) => p.key === body.providerKey);
  if (!provider) return { ok: false, status: 404, message: `unknown provider "${body.providerKey}"` };
  if (body.accountId !== undefined && typeof body.accountId !== 'string') return { ok: false, status: 400, message: 'accountId must be a string' };
  const result = validateCredentials(provider.fields, body.values as Record<string, unknown>, body.accountId !== undefined);
  if (result.ok) return { ok: true, provider, values: result.values };
  const problems: Record<string, string> = {};
  for (const field of provider.fields) {
    const problem: FieldProblem | undefined = result.problems[field.key];
    if (problem) problems[field.key] = en.problem(problem, field.label);
  }
  return { ok: false, status: 400, message: Object.values(problems).join(' '), problems };
}
