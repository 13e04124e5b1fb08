/**
 * The credential fields of a provider's form: labels and inputs, validation on blur and
 * on submit (through the schema, never rules of its own), Show/Hide on secrets, and the
 * prefill of a re-link. Values live only in the inputs, as properties.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { problemText } from '../../i18n/problem.js';
import { isSecret, validateCredentials, type Field, type FieldProblem } from '../../schema/fields.js';
import type { LinkedAccount } from '../../schema/options.js';
import type { ViewHost } from './view-host.js';

export class CredentialForm implements ReactiveController {
  #problems: Record<string, FieldProblem> = {};
  #touched = new Set<string>();
  #revealed = new Set<string>();
  /** A re-link's saved values, put in the form once it is on screen. */
  #prefill: Record<string, string> | undefined;
  /** The fields last rendered. */
  #fields: Field[] = [];
  #relink = false;
  /** The host's messages for fields (from its last rejection), and the fields edited since. */
  #hostMessages: Record<string, string> | undefined;
  #edited = new Set<string>();

  constructor(private readonly host: ViewHost) {
    host.element.addController(this);
  }

  /**
   * Prefills a re-link once its form is rendered: as properties (a field value never goes
   * into an attribute), once (what the user then types stays), and never a secret field.
   */
  hostUpdated(): void {
    const form = this.host.element.renderRoot.querySelector('form');
    const values = this.#prefill;
    if (!values || !form || !this.#fields.length) return;
    this.#prefill = undefined;
    for (const field of this.#fields) {
      const control = form.elements.namedItem(field.key) as HTMLInputElement | HTMLSelectElement | null;
      if (control && !isSecret(field) && values[field.key]) control.value = values[field.key]!;
    }
  }

  /** A provider (or a re-link of `account`) opens: secrets masked, nothing typed for another shows. */
  start(account: LinkedAccount | undefined): void {
    this.forget();
    this.#revealed.clear();
    this.#relink = !!account;
    this.#prefill = account?.values;
    // Inputs are reused across providers and accounts; a reset also puts back what a re-link prefills.
    for (const form of this.host.element.renderRoot.querySelectorAll('form')) form.reset();
  }

  /** Forgets which fields were touched and their messages (not what was typed). */
  forget(): void {
    this.#touched.clear();
    this.#problems = {};
  }

  /** Submit: every field counts as touched; focus goes to the first field with a problem. */
  submit(form: HTMLFormElement): ReturnType<typeof validateCredentials> {
    for (const field of this.#fields) this.#touched.add(field.key);
    const checked = this.#check(form);
    if (!checked.ok) this.host.focus(`[name="${this.#fields.find((f) => checked.problems[f.key])?.key}"]`);
    return checked;
  }

  /** A field loses focus: it counts once it holds something, and is checked. */
  blur(event: FocusEvent): void {
    const input = event.target as HTMLInputElement;
    if (!input.name || !input.form) return;
    if (input.value !== '' || this.#touched.has(input.name)) this.#touched.add(input.name);
    this.#check(input.form);
  }

  /** Typing in a field with a message checks it again, so the message goes as soon as it is fixed. */
  input(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.form && this.#problems[input.name]) this.#check(input.form);
    // The host's message was about what was there before: editing the field answers it.
    if (this.#hostMessages?.[input.name] && !this.#edited.has(input.name)) {
      this.#edited.add(input.name);
      this.host.element.requestUpdate();
    }
  }

  #check(form: HTMLFormElement): ReturnType<typeof validateCredentials> {
    // The form has no file inputs: every FormData value is a string.
    const result = validateCredentials(this.#fields, Object.fromEntries(new FormData(form)), this.#relink);
    const problems: Record<string, FieldProblem> = {};
    if (!result.ok) for (const key of this.#touched) if (result.problems[key]) problems[key] = result.problems[key];
    if (JSON.stringify(problems) !== JSON.stringify(this.#problems)) {
      this.#problems = problems;
      this.host.element.requestUpdate();
    }
    return result;
  }

  #toggleReveal(key: string): void {
    if (!this.#revealed.delete(key)) this.#revealed.add(key);
    this.host.element.requestUpdate();
  }

  /**
   * The fields, as a re-link of `account` shows them when given; `hostMessages`, the host's
   * messages by field key from its last rejection, each shown on its field until it is edited.
   */
  render(fields: Field[], account: LinkedAccount | undefined, hostMessages?: Record<string, string>, steps?: ReadonlySet<string>) {
    this.#fields = fields;
    if (hostMessages !== this.#hostMessages) {
      this.#hostMessages = hostMessages;
      this.#edited.clear();
    }
    const t = this.host.t;
    return fields.map((field) => {
      const problem = this.#problems[field.key];
      const message = problem ? problemText(t, problem, field) : this.#edited.has(field.key) ? undefined : hostMessages?.[field.key];
      return this.#renderField(field, message, account, field.step && steps?.has(field.step) ? field.step : undefined);
    });
  }

  /** A field; with `step`, the id of the guide's step that says where to find it (shown), and a button that goes there. */
  #renderField(field: Field, problem: string | undefined, account: LinkedAccount | undefined, step: string | undefined) {
    const t = this.host.t;
    const id = `f-${field.key}`;
    const secret = isSecret(field);
    const revealed = this.#revealed.has(field.key);
    const help = [field.help, account && secret && t.keepSecret].filter(Boolean).join(' ');
    const describedBy = `${help ? `${id}-help ` : ''}${problem ? `${id}-error` : ''}`.trim() || nothing;
    const required = field.required !== false;
    // An API key is not this site's password: `one-time-code` is what browsers honour to neither offer to
    // save a password field nor fill a saved site password into it (they ignore `off` there); the data-
    // attributes are the opt-outs of 1Password, LastPass, Bitwarden and Dashlane.
    const control =
      field.type === 'select' && field.options
        ? html`<select id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy} ?required=${required}>
            <option value="">${field.placeholder ?? ''}</option>
            ${field.options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
          </select>`
        : html`<input id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy}
            type=${secret && !revealed ? 'password' : field.type === 'url' || field.type === 'email' ? field.type : 'text'}
            inputmode=${field.type === 'number' ? 'decimal' : nothing}
            placeholder=${field.placeholder ?? nothing} ?required=${required}
            autocomplete=${secret ? 'one-time-code' : 'off'} autocapitalize="off" spellcheck="false"
            data-1p-ignore data-lpignore="true" data-bwignore data-form-type="other" />`;
    return html`<div part="field" class="field">
      <div class="label"><label part="field-label" for=${id}>${field.label}</label>${
        required ? html`<span class="req" aria-hidden="true">*</span>` : html`<span class="opt" aria-hidden="true">${t.optional}</span>`
      }</div>
      <div class="control">
        ${control}
        ${
          secret
            ? html`<button part="reveal-button" type="button" class="reveal" aria-controls=${id} aria-pressed=${String(revealed)}
              @click=${() => this.#toggleReveal(field.key)}>${revealed ? t.hide : t.show}<span class="sr"> ${field.label}</span></button>`
            : nothing
        }
      </div>
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
      ${
        step
          ? html`<button type="button" class="find" @click=${() => this.host.focus(`#${CSS.escape(`guide-${step}`)}`)}>${t.whereToFind(field.label)}</button>`
          : nothing
      }
      ${problem ? html`<p part="field-error" class="field-error" id="${id}-error">${problem}</p>` : nothing}
    </div>`;
  }
}
