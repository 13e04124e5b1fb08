/**
 * An account linked twice: the host's `onSubmit` rejected with `duplicateOf`, the id of the
 * customer's account that already holds these credentials. The panel names that account (its
 * label from `linkedAccounts` when the hub has it) and offers to update it with what was typed
 * (a re-link of that account) or to go back to the form, as it was typed. Its own module:
 * a link that meets no duplicate never loads it.
 */
import { html } from 'lit';
import { enDuplicate } from '../../i18n/en-duplicate.js';
import type { DuplicateStrings } from '../../i18n/translation.js';
import type { LinkedAccount } from '../../schema/options.js';
import type { ViewHost } from './view-host.js';

/** The Connect attempt's controller (`SubmitController`), as this panel reads it: its host, the attempt, Cancel. */
export interface DuplicateController {
  readonly host: ViewHost;
  readonly attempt: { status: string; duplicateOf?: string };
  cancel(): void;
}

/**
 * The panel for the attempt's `duplicateOf`, if it has one. Update: `relink(account)` makes the
 * form a re-link of that account, then the form (hidden, as it was typed) is submitted again.
 * Go back: the form, as it was typed (the attempt is forgotten).
 */
export function renderDuplicate(c: DuplicateController, providerKey: string, relink: (account: LinkedAccount) => void) {
  const accountId = c.attempt.status === 'error' ? c.attempt.duplicateOf : undefined;
  if (!accountId) return undefined;
  const { host } = c;
  const { strings, element } = host;
  const t: DuplicateStrings = 'goBack' in strings ? strings : enDuplicate;
  const account = host.accounts().find((a) => a.accountId === accountId);
  const label = account?.label ?? accountId;
  const update = () => {
    relink(account ?? { providerKey, accountId });
    element.renderRoot.querySelector('form')?.requestSubmit();
  };
  return html`<section part="duplicate" class="card" aria-labelledby="duplicate">
    <h3 id="duplicate" tabindex="-1">${t.duplicate(label)}</h3>
    <p>${t.duplicateHint}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${update}>${t.updateAccount(label)}</button>
      <button type="button" @click=${() => c.cancel()}>${t.goBack}</button>
    </div>
  </section>`;
}
