/**
 * Field messages on the form: a field's own `message` for a value that fails its pattern
 * (and the language's sentence for anything else), and "too long" with its limit.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LinkHub } from '../../src/index.js';
import type { Catalog } from '../../src/schema/guide.js';
import { acme } from './catalog.js';
import { connect, input, root, submitButton, type } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

const MESSAGE = 'Subdomain is the word before .acme.example, in lower case.';
const catalog: Catalog = {
  providers: [{ ...acme, fields: acme.fields.map((f) => (f.key === 'subdomain' ? { ...f, message: MESSAGE } : f)) }],
};

/** The error text linked to a field (its accessible description). */
const errorOf = (hub: LinkHub, label: string) => {
  const ids = input(hub, label).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root(hub).getElementById(id)!).find((el) => el.matches('[part=field-error]'))?.textContent;
};

async function openAcme(lang = 'en') {
  const hub = await fixture<LinkHub>(html`<link-hub lang=${lang} .catalog=${catalog} .onSubmit=${() => ({})}></link-hub>`);
  await hub.show('acme-ats');
  return hub;
}

describe('field messages', () => {
  it("a value that fails the pattern shows the field's own message, linked and invalid", async () => {
    const hub = await openAcme();
    type(hub, 'API Key', 'k-1');
    type(hub, 'Subdomain', 'Acme Corp');
    await connect(hub);
    expect(errorOf(hub, 'Subdomain')).to.equal(MESSAGE);
    expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('true');
    await expect(hub).to.be.accessible();
  });

  it("a missing value still says the language's sentence, not the pattern's message", async () => {
    const hub = await openAcme();
    type(hub, 'API Key', 'k-1');
    await connect(hub);
    expect(errorOf(hub, 'Subdomain')).to.equal('Enter your Subdomain.');
  });

  it("a value over the limit says the limit, in the hub's language", async () => {
    for (const [lang, expected] of [
      ['en', 'API Key is too long: at most 8,192 characters.'],
      ['fr', 'API Key est trop long : 8\u202f192 caractères au maximum.'],
    ]) {
      const hub = await openAcme(lang);
      // The language's module arrives on its own: wait until the form speaks it.
      const connectWord = lang === 'en' ? 'Connect' : 'Connecter';
      await waitUntil(() => submitButton(hub).textContent!.trim() === connectWord, `the form is in ${lang}`);
      type(hub, 'API Key', 'k'.repeat(9000));
      await connect(hub);
      expect(errorOf(hub, 'API Key'), lang).to.equal(expected);
    }
  });
});
