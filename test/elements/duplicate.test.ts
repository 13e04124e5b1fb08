/**
 * An account linked twice: `onSubmit` rejects with `duplicateOf`, the hub names that account and
 * offers Update (a re-link of it, with what was typed) or Go back (the form, as it was typed).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LinkHub, LinkedAccount, SubmitArgs } from '../../src/index.js';
import { catalog } from './catalog.js';
import { connectAndWait, focused, input, root, submitButton, typeAll } from './helpers.js';

const ACME: LinkedAccount = { providerKey: 'acme-ats', accountId: 'acc-1', label: 'Acme · prod' };
const duplicate = () => Object.assign(new Error('These credentials are already linked.'), { duplicateOf: 'acc-1' });

function button(hub: LinkHub, name: string): HTMLButtonElement {
  const found = [...root(hub).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

async function linkedTwice(onSubmit: LinkHub['onSubmit'], accounts: LinkedAccount[] = [ACME], inline = false) {
  const hub = await fixture<LinkHub>(
    inline
      ? html`<link-hub inline .catalog=${catalog} .linkedAccounts=${accounts} .onSubmit=${onSubmit}></link-hub>`
      : html`<link-hub .catalog=${catalog} .linkedAccounts=${accounts} .onSubmit=${onSubmit}></link-hub>`,
  );
  await hub.show('acme-ats');
  await typeAll(hub, { 'API Key': 'sk-live-1234', Subdomain: 'acme' });
  return hub;
}

before(() => import('../../src/elements/link-hub/provider-view.js'));

describe('an account linked twice', () => {
  it('names the account with its label, moves focus there, and says why in link-hub-error (reason duplicate)', async () => {
    const hub = await linkedTwice(() => Promise.reject(duplicate()));
    const error = await connectAndWait(hub, 'link-hub-error');
    expect(error.detail.reason).to.equal('duplicate');
    await hub.updateComplete;
    expect(focused(hub)!.textContent).to.equal('Acme · prod is already linked');
    expect(root(hub).querySelector<HTMLFormElement>('[part=form]')!.hidden).to.be.true;
    expect(button(hub, 'Update Acme · prod')).to.exist;
    await expect(hub).to.be.accessible();
  });

  it('Update re-links that account with the values kept: onSubmit again with accountId = duplicateOf', async () => {
    const calls: SubmitArgs[] = [];
    const hub = await linkedTwice((args) => {
      calls.push(args);
      if (calls.length === 1) throw duplicate();
      return { accountId: 'acc-1', label: 'Acme · prod' };
    });
    await connectAndWait(hub, 'link-hub-error');
    await hub.updateComplete;
    const success = oneEvent(hub, 'link-hub-success');
    button(hub, 'Update Acme · prod').click();
    await success;
    await hub.updateComplete;
    expect(calls).to.have.length(2);
    expect(calls[1]!.accountId).to.equal('acc-1');
    expect(calls[1]!.values).to.deep.equal(calls[0]!.values);
    expect(calls[1]!.values).to.deep.equal({ apiKey: 'sk-live-1234', subdomain: 'acme' });
    expect(root(hub).querySelector('[part=popup]')!.textContent).to.contain('Acme ATS is connected');
  });

  it('a failing Update shows its error on the form, which now re-links that account', async () => {
    let calls = 0;
    const hub = await linkedTwice(() => {
      calls++;
      throw calls === 1 ? duplicate() : new Error('Acme refused the key.');
    });
    await connectAndWait(hub, 'link-hub-error');
    await hub.updateComplete;
    const error = oneEvent(hub, 'link-hub-error');
    button(hub, 'Update Acme · prod').click();
    await error;
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Acme refused the key.');
    expect(root(hub).querySelector('#creds')!.textContent).to.equal('Re-link Acme · prod');
    expect(submitButton(hub).textContent!.trim()).to.equal('Update');
    expect(input(hub, 'API Key').value).to.equal('sk-live-1234');
  });

  it('Go back shows the form as it was typed; an account the hub does not know is named by its id', async () => {
    const calls: SubmitArgs[] = [];
    const hub = await linkedTwice(
      (args) => {
        calls.push(args);
        throw Object.assign(new Error('Already linked'), { duplicateOf: 'acc-9' });
      },
      [],
      true,
    );
    await connectAndWait(hub, 'link-hub-error');
    await hub.updateComplete;
    expect(focused(hub)!.textContent).to.equal('acc-9 is already linked');
    await expect(hub).to.be.accessible();
    button(hub, 'Go back').click();
    await hub.updateComplete;
    expect(root(hub).querySelector<HTMLFormElement>('[part=form]')!.hidden).to.be.false;
    expect(input(hub, 'API Key').value).to.equal('sk-live-1234');
    expect(input(hub, 'Subdomain').value).to.equal('acme');
    expect(focused(hub)).to.equal(submitButton(hub));
    expect(calls).to.have.length(1);
  });
});
