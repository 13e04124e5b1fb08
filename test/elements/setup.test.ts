/**
 * Setup after the link (the host's `setup` and `onSetup`) and an account's Settings later,
 * in real Chromium: the form before the confirmation, its loading and failures, Skip, Save
 * refused with the choices kept, the keyboard path, modal and inline.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LinkHub, LinkedAccount, SetupArgs, SetupFieldInput, SetupValues } from '../../src/index.js';
import { catalog } from './catalog.js';
import { connectAndWait, deferred, focused, input, root, typeAll } from './helpers.js';

const ACME: LinkedAccount = { providerKey: 'acme-ats', accountId: 'acc-1', label: 'Acme · prod' };
const FIELDS: SetupFieldInput[] = [
  {
    key: 'departments',
    label: 'Departments to sync',
    type: 'multiselect',
    options: [
      { value: 'eng', label: 'Engineering' },
      { value: 'ops', label: 'Operations' },
      { value: 'hr', label: 'People' },
    ],
  },
  { key: 'archived', label: 'Sync archived jobs', type: 'boolean' },
  { key: 'prefix', label: 'Job prefix', required: false },
];

function button(hub: LinkHub, name: string): HTMLButtonElement {
  const found = [...root(hub).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}
const hasButton = (hub: LinkHub, name: string) =>
  [...root(hub).querySelectorAll('button')].some((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
/** A checkbox by its label's text (an option of a multiselect, or a boolean field). */
function checkbox(hub: LinkHub, name: string): HTMLInputElement {
  for (const label of root(hub).querySelectorAll('label')) {
    if (label.textContent!.replace(/\s+/g, ' ').trim() !== name) continue;
    return (label.htmlFor ? root(hub).getElementById(label.htmlFor) : label.querySelector('input')) as HTMLInputElement;
  }
  throw new Error(`no checkbox named "${name}"`);
}
const setupHeading = (hub: LinkHub) => root(hub).querySelector('#setup-title');
const click = async (hub: LinkHub, element: HTMLElement) => {
  element.click();
  await hub.updateComplete;
};

interface Options {
  setup?: LinkHub['setup'];
  onSetup?: LinkHub['onSetup'];
  accounts?: LinkedAccount[];
  inline?: boolean;
}

async function linked(options: Options) {
  const onSubmit = () => ({ accountId: 'acc-1', label: 'Acme · prod' });
  const hub = await fixture<LinkHub>(
    options.inline
      ? html`<link-hub inline .catalog=${catalog} .onSubmit=${onSubmit} .setup=${options.setup} .onSetup=${options.onSetup}></link-hub>`
      : html`<link-hub .catalog=${catalog} .onSubmit=${onSubmit} .setup=${options.setup} .onSetup=${options.onSetup}></link-hub>`,
  );
  await hub.show('acme-ats');
  await typeAll(hub, { 'API Key': 'sk-live-1234', Subdomain: 'acme' });
  await connectAndWait(hub, 'link-hub-success');
  await waitUntil(() => setupHeading(hub), 'the setup form');
  await hub.updateComplete;
  return hub;
}

before(() => import('../../src/elements/link-hub/provider-view.js'));

describe('setup after the link', () => {
  for (const inline of [false, true]) {
    it(`${inline ? 'inline' : 'modal'}: shows "Set up Acme ATS" before the confirmation; Save sends the checked values, then the confirmation`, async () => {
      const calls: { setup: SetupArgs[]; saved: (SetupArgs & { values: SetupValues })[] } = { setup: [], saved: [] };
      const hub = await linked({
        inline,
        setup: (args) => (calls.setup.push(args), FIELDS),
        onSetup: (args) => void calls.saved.push(args),
      });
      expect(calls.setup[0]).to.include({ providerKey: 'acme-ats', accountId: 'acc-1' });
      await waitUntil(() => root(hub).querySelector('[part=setup] form'));
      await hub.updateComplete;
      expect(setupHeading(hub)!.textContent).to.equal('Set up Acme ATS');
      expect(focused(hub)).to.equal(setupHeading(hub));
      expect(root(hub).querySelector('[part=popup]')).to.be.null;
      await expect(hub).to.be.accessible();
      // A required multiselect: Save with nothing chosen says so on the group, and offers no Skip.
      expect(hasButton(hub, 'Skip')).to.be.false;
      await click(hub, button(hub, 'Save'));
      expect(root(hub).querySelector('[part=field-error]')!.textContent).to.equal('Choose at least one option for Departments to sync.');
      expect(focused(hub)).to.equal(checkbox(hub, 'Engineering'));
      await click(hub, checkbox(hub, 'Engineering'));
      await click(hub, checkbox(hub, 'People'));
      await click(hub, checkbox(hub, 'Sync archived jobs'));
      expect(root(hub).querySelector('[part=field-error]')).to.be.null;
      const success = waitUntil(() => root(hub).querySelector('[part=popup]'));
      await click(hub, button(hub, 'Save'));
      await success;
      await hub.updateComplete;
      expect(calls.saved).to.have.length(1);
      expect(calls.saved[0]!.values).to.deep.equal({ departments: ['eng', 'hr'], archived: true });
      expect(calls.saved[0]!.accountId).to.equal('acc-1');
      expect(root(hub).querySelector('[part=popup]')!.textContent).to.contain('Acme ATS is connected');
      expect(focused(hub)!.id).to.equal('done');
    });
  }

  it('a refusal from onSetup is shown above the form, with every choice kept; Save again succeeds', async () => {
    let tries = 0;
    const hub = await linked({
      setup: () => [{ ...FIELDS[0]!, value: ['ops'] }, FIELDS[2]!],
      onSetup: () => {
        if (++tries === 1) throw new Error('Acme could not save these departments.');
      },
    });
    await waitUntil(() => root(hub).querySelector('[part=setup] form'));
    await hub.updateComplete;
    expect(checkbox(hub, 'Operations').checked).to.be.true; // the field's value, shown first
    input(hub, 'Job prefix').value = 'ACME-';
    input(hub, 'Job prefix').dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const error = oneEvent(hub, 'link-hub-error');
    await click(hub, button(hub, 'Save'));
    expect((await error).detail.reason).to.equal('setup');
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=setup] [part=error]')!.textContent).to.contain('Acme could not save these departments.');
    expect(focused(hub)!.id).to.equal('setup-error');
    expect(checkbox(hub, 'Operations').checked).to.be.true;
    expect(input(hub, 'Job prefix').value).to.equal('ACME-');
    await expect(hub).to.be.accessible();
    await click(hub, button(hub, 'Save'));
    await waitUntil(() => root(hub).querySelector('[part=popup]'));
    expect(tries).to.equal(2);
  });

  it('Skip is offered when no field is required, and goes on to the confirmation without onSetup', async () => {
    let saved = 0;
    const hub = await linked({ setup: () => [FIELDS[1]!, FIELDS[2]!], onSetup: () => void saved++ });
    await waitUntil(() => root(hub).querySelector('[part=setup] form'));
    await hub.updateComplete;
    await click(hub, button(hub, 'Skip'));
    expect(root(hub).querySelector('[part=popup]')).to.exist;
    expect(saved).to.equal(0);
  });

  it('while setup() runs the form says so; a throw shows with Retry and Skip; Retry asks again', async () => {
    const first = deferred<SetupFieldInput[]>();
    let asked = 0;
    const hub = await linked({
      setup: () => (++asked === 1 ? first.promise : FIELDS),
      onSetup: () => undefined,
    });
    expect(root(hub).querySelector('[part=setup]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(hub).querySelector('[part=setup] [role=status]')!.textContent).to.contain('Loading the settings…');
    await expect(hub).to.be.accessible();
    first.reject(new Error('Acme did not answer.'));
    await waitUntil(() => root(hub).querySelector('#setup-error'));
    await hub.updateComplete;
    expect(root(hub).querySelector('#setup-error')!.textContent).to.contain('Acme did not answer.');
    expect(hasButton(hub, 'Skip')).to.be.true;
    await click(hub, button(hub, 'Retry'));
    await waitUntil(() => root(hub).querySelector('[part=setup] form'));
    expect(asked).to.equal(2);
  });

  it('setup() failing, then Skip: the confirmation', async () => {
    const hub = await linked({ setup: () => Promise.reject(new Error('down')) });
    await waitUntil(() => root(hub).querySelector('#setup-error'));
    await hub.updateComplete;
    await click(hub, button(hub, 'Skip'));
    expect(root(hub).querySelector('[part=popup]')).to.exist;
  });

  it('setup() returning nothing goes straight to the confirmation', async () => {
    const hub = await fixture<LinkHub>(
      html`<link-hub .catalog=${catalog} .onSubmit=${() => ({ accountId: 'acc-1' })} .setup=${() => undefined}></link-hub>`,
    );
    await hub.show('acme-ats');
    await typeAll(hub, { 'API Key': 'sk-live-1234', Subdomain: 'acme' });
    await connectAndWait(hub, 'link-hub-success');
    await waitUntil(() => root(hub).querySelector('[part=popup]'));
  });
});

describe('Settings of a connected account', () => {
  it('offers Settings when setup is set; it opens the same form with the saved values, Save goes back to the accounts saying so', async () => {
    const saved: SetupValues[] = [];
    const asked: SetupArgs[] = [];
    const hub = await fixture<LinkHub>(
      html`<link-hub
        .catalog=${catalog}
        .linkedAccounts=${[ACME]}
        .setup=${(args: SetupArgs) => (asked.push(args), [{ ...FIELDS[0]!, value: ['eng', 'ops'] }])}
        .onSetup=${({ values }: { values: SetupValues }) => void saved.push(values)}
      ></link-hub>`,
    );
    await hub.show('acme-ats');
    await waitUntil(() => root(hub).querySelector('[part=accounts]'));
    await click(hub, button(hub, 'Settings Acme · prod'));
    await waitUntil(() => root(hub).querySelector('[part=setup] form'));
    await hub.updateComplete;
    expect(asked[0]).to.include({ providerKey: 'acme-ats', accountId: 'acc-1' });
    expect(focused(hub)).to.equal(setupHeading(hub));
    expect(checkbox(hub, 'Engineering').checked).to.be.true;
    expect(checkbox(hub, 'Operations').checked).to.be.true;
    expect(checkbox(hub, 'People').checked).to.be.false;
    await expect(hub).to.be.accessible();
    await click(hub, checkbox(hub, 'Operations'));
    await click(hub, button(hub, 'Save'));
    await waitUntil(() => root(hub).querySelector('[part=accounts]'));
    await hub.updateComplete;
    expect(saved).to.deep.equal([{ departments: ['eng'] }]);
    expect(root(hub).querySelector('.notice')!.textContent).to.equal('Settings saved for Acme · prod.');
    expect(focused(hub)!.id).to.equal('accounts');
  });

  it('no Settings without setup; Cancel in Settings goes back without onSetup', async () => {
    let saved = 0;
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog} .linkedAccounts=${[ACME]}></link-hub>`);
    await hub.show('acme-ats');
    await waitUntil(() => root(hub).querySelector('[part=accounts]'));
    expect(hasButton(hub, 'Settings Acme · prod')).to.be.false;
    hub.setup = () => FIELDS;
    hub.onSetup = () => void saved++;
    // Set late, the setup form's module loads first (the view waits for it, as for the accounts panel).
    await waitUntil(() => hasButton(hub, 'Settings Acme · prod'));
    await click(hub, button(hub, 'Settings Acme · prod'));
    await waitUntil(() => root(hub).querySelector('[part=setup] form'));
    await hub.updateComplete;
    await click(hub, button(hub, 'Cancel'));
    expect(root(hub).querySelector('[part=accounts]')).to.exist;
    expect(saved).to.equal(0);
  });
});
