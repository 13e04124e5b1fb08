/**
 * Setup after a link, and an account's Settings later: the host's `setup` says what to set
 * (fields, with options it loaded using the new credentials), the form shows them, and Save
 * hands the checked values to the host's `onSetup`. While `setup` runs the form says so; a
 * throw shows with Retry and Skip; a throw from `onSetup` shows above the form, which keeps
 * every choice. Its own module: a link without setup never loads it.
 */
import { css, html, nothing } from 'lit';
import { LinkHubErrorEvent } from '../../events/error.js';
import { enSetup } from '../../i18n/en-setup.js';
import { problemText } from '../../i18n/problem.js';
import type { SetupStrings } from '../../i18n/translation.js';
import { messageOf, scrub } from '../../internal/scrub.js';
import type { FieldProblem } from '../../schema/fields.js';
import { initialValues, isChoice, SetupFields, validateSetup, type SetupField, type SetupValues } from '../../schema/setup.js';
import { formatIssues } from '../../schema/zod.js';
import type { ViewHost } from './view-host.js';

const styles = css`
  .setup { display: grid; gap: 16px; max-width: 560px; margin-inline: auto; }
  .setup form { padding: 0; border: 0; }
  .setup fieldset { display: grid; gap: 4px; margin: 0; padding: 8px 12px 12px; border: 1px solid var(--_line); border-radius: var(--_r); }
  .setup legend { padding: 0 4px; }
  .check-row { display: flex; gap: 8px; align-items: center; }
  .check-row input { width: 20px; min-height: 20px; margin: 0; }
`;

/** What the form is open for: an account just linked, or (`settings`) whose Settings were opened. */
export interface SetupTarget {
  account: { providerKey: string; accountId?: string | undefined; label?: string | undefined };
  settings?: boolean;
  /** Told once the values are saved, with the strings (Settings says so in the accounts panel). */
  saved?: (t: SetupStrings) => void;
}

/** Where the form is: waiting for `setup`, `setup` failed, or the fields (saving, or refused by `onSetup`). */
type Stage =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'form'; fields: SetupField[]; saving: boolean; error?: string };

/** A setup field that must be filled: a boolean never counts (unchecked is an answer). */
const isRequired = (field: SetupField) => field.required !== false && field.type !== 'boolean';

export class SetupPanel {
  #stage: Stage = { status: 'loading' };
  #target: SetupTarget | undefined;
  #values: SetupValues = {};
  #problems: Record<string, FieldProblem> = {};
  #touched = new Set<string>();
  #abort: AbortController | undefined;

  constructor(private readonly host: ViewHost) {
    // Its styles come with it, after the hub's and the view's.
    const root = host.element.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  get #t(): SetupStrings {
    const { strings } = this.host;
    return 'setupTitle' in strings ? strings : enSetup;
  }

  /** The arguments `setup` and `onSetup` take for the target's account (its signal aborts on close or skip). */
  #args(signal: AbortSignal) {
    const { providerKey, accountId } = this.#target!.account;
    return { providerKey, signal, ...(accountId !== undefined && { accountId }) };
  }

  /** Whether the form is open (the view shows it instead of the guide, or of the confirmation). */
  get active(): boolean {
    return !!this.#target;
  }

  /** Opens the form for `target`: asks the host's `setup` what to set (without `setup`, nothing happens). */
  open(target: SetupTarget): void {
    if (!this.host.element.setup) return;
    this.#target = target;
    void this.#load();
  }

  /** Forgets the form (the hub closed, or another provider opened): `setup` or `onSetup` under way is aborted. */
  clear(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#target = undefined;
  }

  #begin(stage: Stage, focus?: string): AbortController {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#show(stage, focus);
    return abort;
  }

  #show(stage: Stage, focus?: string): void {
    this.#stage = stage;
    if (focus) this.host.focus(focus);
    this.host.element.requestUpdate();
  }

  async #load(): Promise<void> {
    const abort = this.#begin({ status: 'loading' }, '#setup-title');
    try {
      const returned = await this.host.element.setup?.(this.#args(abort.signal));
      if (abort !== this.#abort) return;
      if (!returned?.length) return this.#finish(false);
      const parsed = SetupFields.safeParse(returned);
      if (!parsed.success) {
        console.warn(`link-hub: setup returned fields that are not valid:\n${formatIssues(parsed.error).join('\n')}`);
        // A failure with no message of the host's: the generic sentence, with Retry and Skip.
        throw undefined;
      }
      this.#values = initialValues(parsed.data);
      this.#problems = {};
      this.#touched.clear();
      this.#show({ status: 'form', fields: parsed.data, saving: false }, '#setup-title');
    } catch (error) {
      if (abort === this.#abort) this.#show({ status: 'failed', message: this.#refused(error) }, '#setup-error');
    }
  }

  /** A throw of the host's: its message (masked for what was chosen), `link-hub-error` and the funnel's `error`, reason `setup`. */
  #refused(error: unknown): string {
    const typed = Object.values(this.#values).flatMap((v) => (typeof v === 'string' ? [v] : []));
    // A bug in the host's code (a TypeError...) is not a sentence for the customer: the generic one, and the console.
    const bug = [TypeError, ReferenceError, SyntaxError, RangeError].some((kind) => error instanceof kind);
    if (bug) console.error('link-hub: setup or onSetup threw', error);
    const message = scrub((!bug && messageOf(error)) || this.host.t.genericError, typed);
    const { providerKey } = this.#target!.account;
    this.host.element.dispatchEvent(new LinkHubErrorEvent({ providerKey, message, reason: 'setup' }));
    this.host.funnel.error(providerKey, 'setup');
    return message;
  }

  /** Done (saved, or skipped): after a link, the confirmation; from Settings, back to the accounts. */
  #finish(saved: boolean): void {
    const target = this.#target;
    this.clear();
    if (!target) return;
    if (saved) target.saved?.(this.#t);
    this.host.focus(target.settings ? '#accounts' : '#done');
    this.host.element.requestUpdate();
  }

  #check(fields: SetupField[]): ReturnType<typeof validateSetup> {
    const checked = validateSetup(fields, this.#values);
    const problems: Record<string, FieldProblem> = {};
    if (!checked.ok) for (const key of this.#touched) if (checked.problems[key]) problems[key] = checked.problems[key];
    this.#problems = problems;
    this.host.element.requestUpdate();
    return checked;
  }

  async #save(event: SubmitEvent, stage: Extract<Stage, { status: 'form' }>): Promise<void> {
    event.preventDefault();
    if (stage.saving) return;
    for (const field of stage.fields) this.#touched.add(field.key);
    const checked = this.#check(stage.fields);
    if (!checked.ok) return this.host.focus(`[name="${stage.fields.find((f) => checked.problems[f.key])!.key}"]`);
    const abort = this.#begin({ status: 'form', fields: stage.fields, saving: true });
    const { onSetup } = this.host.element;
    try {
      if (!onSetup) console.warn('link-hub: setup is set but onSetup is not: the values were not saved');
      await onSetup?.({ ...this.#args(abort.signal), values: checked.values });
      if (abort === this.#abort) this.#finish(true);
    } catch (error) {
      if (abort === this.#abort) this.#show({ ...stage, saving: false, error: this.#refused(error) }, '#setup-error');
    }
  }

  /** What the user changed, kept here (the form shows it back): a checkbox's state, a multiselect's choices, a text. */
  #input(event: Event, fields: SetupField[]): void {
    const control = event.target as HTMLInputElement;
    const field = fields.find((f) => f.key === control.name);
    if (!field) return;
    if (field.type === 'multiselect') {
      const chosen = new Set(this.#values[field.key] as string[]);
      if (control.checked) chosen.add(control.value);
      else chosen.delete(control.value);
      this.#values[field.key] = field.options!.map((o) => o.value).filter((v) => chosen.has(v));
    } else this.#values[field.key] = field.type === 'boolean' ? control.checked : control.value;
    // A checkbox is an answer at once; a text counts once it loses focus holding something.
    if (isChoice(field)) this.#touched.add(field.key);
    if (this.#problems[field.key] || isChoice(field)) this.#check(fields);
  }

  /** A text field loses focus: it counts once it holds something, and is checked. */
  #blur(event: FocusEvent, fields: SetupField[]): void {
    const { name, value } = event.target as HTMLInputElement;
    if (value) this.#touched.add(name);
    if (name) this.#check(fields);
  }

  /** The form for the provider named `name`. */
  render(name: string) {
    const t = { ...this.host.t, ...this.#t };
    const stage = this.#stage;
    const settings = !!this.#target?.settings;
    const busy = stage.status === 'loading' || (stage.status === 'form' && stage.saving);
    const error = (title: string, message: string) =>
      html`<div part="error" class="error" role="alert" id="setup-error" tabindex="-1"><strong>${title}</strong><p>${message}</p></div>`;
    const later = () => this.#finish(false);
    return html`<section part="setup" class="setup" aria-labelledby="setup-title" aria-busy=${String(busy)}>
      <h3 id="setup-title" tabindex="-1">${t.setupTitle(name)}</h3>
      ${
        stage.status === 'loading'
          ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${t.setupLoading}</p>`
          : stage.status === 'failed'
            ? html`${error(t.setupFailed, stage.message)}
                <div class="actions">
                  <button type="button" class="primary" @click=${() => void this.#load()}>${t.retry}</button>
                  <button type="button" @click=${later}>${settings ? t.cancel : t.skip}</button>
                </div>`
            : html`<form
                novalidate
                autocomplete="off"
                aria-labelledby="setup-title"
                aria-busy=${String(stage.saving)}
                @submit=${(e: SubmitEvent) => this.#save(e, stage)}
                @input=${(e: Event) => this.#input(e, stage.fields)}
                @focusout=${(e: FocusEvent) => this.#blur(e, stage.fields)}
              >
                ${settings ? nothing : html`<p class="hint">${t.setupHint}</p>`}
                ${stage.fields.some(isRequired) ? html`<p class="hint">${t.requiredHint}</p>` : nothing}
                ${stage.error ? error(t.saveFailed, stage.error) : nothing} ${stage.fields.map((f) => this.#renderField(f, t))}
                <div class="actions">
                  <button class="primary" type="submit" ?disabled=${stage.saving}>
                    ${stage.saving ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.save}
                  </button>
                  ${
                    settings || !stage.fields.some(isRequired)
                      ? html`<button type="button" @click=${later}>${settings ? t.cancel : t.skip}</button>`
                      : nothing
                  }
                </div>
                ${stage.saving ? html`<p class="sr" role="status">${t.saving}</p>` : nothing}
              </form>`
      }
    </section>`;
  }

  #renderField(field: SetupField, t: ViewHost['t'] & SetupStrings) {
    const id = `setup-${field.key}`;
    const value = this.#values[field.key];
    const problem = this.#problems[field.key];
    const message =
      problem && (field.type === 'multiselect' && problem === 'required' ? t.chooseSome(field.label) : problemText(t, problem, field));
    const describedBy = [field.help && `${id}-help`, message && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const required = isRequired(field);
    // The marker is decoration, beside the label (its name is exactly the field's label).
    const marker = required
      ? html`<span class="req" aria-hidden="true">*</span>`
      : field.type === 'boolean'
        ? nothing
        : html`<span class="opt" aria-hidden="true">${t.optional}</span>`;
    const after = html`${field.help ? html`<p class="help" id="${id}-help">${field.help}</p>` : nothing}
    ${message ? html`<p part="field-error" class="field-error" id="${id}-error">${message}</p>` : nothing}`;
    if (field.type === 'multiselect') {
      return html`<fieldset part="field" class="field" aria-describedby=${describedBy}>
        <legend part="field-label">${field.label}${marker}</legend>
        ${field.options!.map(
          (o) =>
            html`<label class="check-row"
              ><input type="checkbox" name=${field.key} .value=${o.value} .checked=${(value as string[]).includes(o.value)} aria-invalid=${!!message} />
              ${o.label}</label
            >`,
        )}
        ${after}
      </fieldset>`;
    }
    const control =
      field.type === 'boolean'
        ? html`<input type="checkbox" id=${id} name=${field.key} .checked=${value === true} aria-describedby=${describedBy} />`
        : field.type === 'select'
          ? html`<select id=${id} name=${field.key} aria-invalid=${!!message} aria-describedby=${describedBy} ?required=${required}>
              <option value="">${field.placeholder ?? ''}</option>
              ${field.options!.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
            </select>`
          : html`<input
              id=${id}
              name=${field.key}
              .value=${value as string}
              type=${field.type === 'secret' || field.secret ? 'password' : field.type === 'url' || field.type === 'email' ? field.type : 'text'}
              inputmode=${field.type === 'number' ? 'decimal' : nothing}
              placeholder=${field.placeholder ?? nothing}
              aria-invalid=${!!message}
              aria-describedby=${describedBy}
              ?required=${required}
              autocomplete="off"
            />`;
    return field.type === 'boolean'
      ? html`<div part="field" class="field"><div class="check-row">${control}<label part="field-label" for=${id}>${field.label}</label></div>${after}</div>`
      : html`<div part="field" class="field">
          <div class="label"><label part="field-label" for=${id}>${field.label}</label>${marker}</div>
          <div class="control">${control}</div>
          ${after}
        </div>`;
  }
}
