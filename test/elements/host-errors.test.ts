/**
 * A host's bug stays with the host: an `onSubmit` that fails with a programming error
 * (TypeError, ReferenceError, SyntaxError, RangeError) shows the customer the generic
 * sentence, and the developer the original error in the console, with its stack, any
 * typed value masked. What a host throws on purpose is shown as it is.
 */
import { expect } from '@open-wc/testing';
import type { LinkHub } from '../../src/index.js';
import { connectAndWait, input, openHub, root, typeAll } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

const SECRET = 'sk_live_abc123';
const VALID = { 'API Key': SECRET, Subdomain: 'acme' };
const GENERIC = 'Something went wrong. Try again.';

/** Captures console.error while `run` runs. */
async function consoleErrors(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => void calls.push(args);
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

/** Opens Acme, types valid values, presses Connect, and answers the error's message and the console's errors. */
async function failWith(onSubmit: LinkHub['onSubmit']) {
  let hub!: LinkHub;
  let message = '';
  const errors = await consoleErrors(async () => {
    hub = await openHub({ provider: 'acme-ats', onSubmit });
    await typeAll(hub, VALID);
    message = (await connectAndWait(hub, 'link-hub-error')).detail.message;
    await hub.updateComplete;
  });
  return { hub, message, errors, shown: root(hub).querySelector('[part=error]')!.textContent!.trim() };
}

describe('host errors', () => {
  const bugs: [string, () => never][] = [
    [
      'TypeError',
      () => {
        const config = undefined as unknown as { api: { retries: number } };
        return config.api.retries as never;
      },
    ],
    [
      'ReferenceError',
      () => {
        throw new ReferenceError('postToBackend is not defined');
      },
    ],
    [
      'SyntaxError',
      () => {
        return JSON.parse('<html>502 Bad Gateway</html>') as never;
      },
    ],
    [
      'RangeError',
      () => {
        throw new RangeError('Invalid array length');
      },
    ],
  ];
  for (const [kind, bug] of bugs) {
    it(`an onSubmit that throws a ${kind} shows the generic sentence, and logs the original error with its stack`, async () => {
      const { hub, message, errors, shown } = await failWith(async () => bug());
      expect(message).to.equal(GENERIC);
      expect(shown).to.contain(GENERIC);
      expect(errors).to.have.length(1);
      const [said, logged] = errors[0] as [string, Error];
      expect(said).to.contain(`onSubmit threw a ${kind}`);
      expect(logged).to.be.instanceOf(Error);
      expect(logged.name).to.equal(kind);
      expect(logged.message).to.not.equal('');
      expect(logged.stack).to.contain(logged.message);
      expect(logged.stack).to.contain('host-errors.test.ts', 'the stack points at the host code that threw');
      expect(input(hub, 'API Key').value).to.equal(SECRET, 'the form keeps what was typed');
    });
  }

  it('the logged error masks what was typed, in its message and its stack', async () => {
    const { errors, message } = await failWith(async ({ values }) => {
      throw new TypeError(`Cannot read properties of undefined (reading '${values['apiKey']}')`);
    });
    expect(message).to.equal(GENERIC);
    const [, logged] = errors[0] as [string, Error];
    expect(logged.message).to.equal("Cannot read properties of undefined (reading '•••')");
    expect(logged.stack).to.contain("(reading '•••')");
    expect(`${logged.message}${logged.stack}`).to.not.contain(SECRET);
  });

  const meant: [string, () => unknown, string][] = [
    ['an Error', () => Promise.reject(new Error('Acme refused this key.')), 'Acme refused this key.'],
    ['{ message }', () => Promise.reject({ message: 'Your plan has no API access.' }), 'Your plan has no API access.'],
    ['a string', () => Promise.reject('Try again after 5 pm.'), 'Try again after 5 pm.'],
  ];
  for (const [kind, handler, expected] of meant) {
    it(`${kind} thrown on purpose is shown as it is, and nothing is logged`, async () => {
      const { message, errors, shown } = await failWith(handler as LinkHub['onSubmit']);
      expect(message).to.equal(expected);
      expect(shown).to.contain(expected);
      expect(errors).to.deep.equal([]);
    });
  }
});
