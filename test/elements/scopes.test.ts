/**
 * Scope-aware guides in Chromium: the actions as checkboxes (checked from the host's
 * `actions`), the guide cut to what they need, the scopes to grant with Copy, Connect
 * refusing with no action chosen, and onSubmit receiving the choice.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LinkHub, SubmitArgs } from '../../src/index.js';
import type { Provider } from '../../src/schema/guide.js';
import { root, submitButton, type } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

const text = (t: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] }];
const quarry: Provider = {
  key: 'quarry-ats',
  name: 'Quarry ATS',
  authType: 'oauth2',
  warnings: [],
  actions: [
    { id: 'quarry_list_jobs', label: 'List open jobs', scopes: ['jobs.read'] },
    {
      id: 'quarry_add_candidates',
      label: 'Add candidates',
      scopes: ['candidates.write', 'jobs.read'],
      description: 'Creates candidates in Quarry.',
    },
    { id: 'quarry_reports', label: 'Read hiring reports', scopes: ['reports.read'] },
  ],
  sections: [
    {
      title: 'Register an app',
      content: [],
      steps: [
        { title: 'Open Quarry’s developer settings', content: text('Settings, then Developers.') },
        {
          title: 'Tick the permissions',
          scopeList: ['jobs.read', 'candidates.write', 'reports.read'],
          content: text('Tick what is listed.'),
        },
        { title: 'Turn on candidate events', scopes: ['candidates.write'], content: text('Needed to add candidates.') },
      ],
    },
    { title: 'Reports', scopes: ['reports.read'], content: text('Reports need an extra switch.'), steps: [] },
  ],
  fields: [{ key: 'workspace', label: 'Workspace', type: 'text', secret: false, required: true }],
};

const boxes = (hub: LinkHub) => [...root(hub).querySelectorAll<HTMLInputElement>('[part=actions] input[type=checkbox]')];
const box = (hub: LinkHub, label: string) =>
  boxes(hub).find((b) => b.closest('label')!.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))!;
const steps = (hub: LinkHub) => [...root(hub).querySelectorAll('[part=step] h4')].map((h) => h.textContent);
const granted = (hub: LinkHub) => [...root(hub).querySelectorAll('[part=scopes] code')].map((c) => c.textContent);

async function open(actions?: string[], onSubmit?: LinkHub['onSubmit']) {
  const hub = await fixture<LinkHub>(
    html`<link-hub .catalog=${{ providers: [quarry] }} .actions=${actions} .onSubmit=${onSubmit}></link-hub>`,
  );
  await hub.show('quarry-ats');
  await waitUntil(() => root(hub).querySelector('[part=actions]'), 'no actions');
  return hub;
}

describe('scope-aware guides', () => {
  it('shows the actions as a labelled group of checkboxes, checked where the host asked, and the guide they need', async () => {
    const hub = await open(['quarry_list_jobs', 'not_an_action']);
    const group = root(hub).querySelector('fieldset[part=actions]')!;
    expect(group.querySelector('legend')!.textContent).to.equal('What this integration may do');
    expect(boxes(hub).map((b) => b.checked)).to.deep.equal([true, false, false]);
    expect(box(hub, 'Add candidates').closest('label')!.textContent).to.contain('Creates candidates in Quarry.');
    expect(steps(hub)).to.deep.equal(['Open Quarry’s developer settings', 'Tick the permissions']);
    expect(granted(hub)).to.deep.equal(['jobs.read']);
    expect(root(hub).textContent).not.to.contain('Reports need an extra switch.');
    await expect(hub).to.be.accessible();
  });

  it('changing a checkbox (by keyboard) updates the guide and the scopes to grant at once', async () => {
    const hub = await open(['quarry_list_jobs']);
    box(hub, 'Add candidates').focus();
    await sendKeys({ press: 'Space' });
    await hub.updateComplete;
    expect(steps(hub)).to.deep.equal(['Open Quarry’s developer settings', 'Tick the permissions', 'Turn on candidate events']);
    expect(granted(hub)).to.deep.equal(['jobs.read', 'candidates.write']);
    box(hub, 'Read hiring reports').click();
    box(hub, 'List open jobs').click();
    box(hub, 'Add candidates').click();
    await hub.updateComplete;
    expect(granted(hub)).to.deep.equal(['reports.read']);
    expect(root(hub).textContent).to.contain('Reports need an extra switch.');
  });

  it('the scopes to grant copy in one press', async () => {
    const hub = await open(['quarry_add_candidates']);
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => void (copied = value);
    try {
      const copy = root(hub).querySelector<HTMLButtonElement>('[part=scopes] button')!;
      expect(copy.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy Permissions to grant');
      copy.click();
      await waitUntil(() => copy.nextElementSibling!.textContent === 'Copied');
      expect(copied).to.equal('jobs.read candidates.write');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('with no action chosen, Connect explains why it cannot go on; onSubmit then receives the actions and their scopes', async () => {
    const calls: SubmitArgs[] = [];
    const hub = await open(undefined, (args) => (calls.push(args), { accountId: 'q-1' }));
    expect(boxes(hub).every((b) => !b.checked)).to.be.true;
    expect(granted(hub)).to.deep.equal([]);
    expect(root(hub).querySelector('[part=scopes]')!.textContent).to.contain('None of the permissions listed here are needed');
    type(hub, 'Workspace', 'acme');
    await hub.updateComplete;
    submitButton(hub).click();
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Choose at least one thing this integration may do.');
    expect(calls).to.have.length(0);
    box(hub, 'Add candidates').click();
    box(hub, 'List open jobs').click();
    await hub.updateComplete;
    const success = oneEvent(hub, 'link-hub-success');
    submitButton(hub).click();
    await success;
    expect(calls[0]!.actions).to.deep.equal(['quarry_list_jobs', 'quarry_add_candidates']);
    expect(calls[0]!.scopes).to.deep.equal(['jobs.read', 'candidates.write']);
  });

  it('works inline too, and in Arabic', async () => {
    const hub = await fixture<LinkHub>(
      html`<link-hub inline lang="ar" .catalog=${{ providers: [quarry] }} .actions=${['quarry_reports']}></link-hub>`,
    );
    await waitUntil(() => root(hub).querySelector('[part=actions]'), 'no actions');
    await waitUntil(() => root(hub).querySelector('legend')!.textContent !== 'What this integration may do', 'not in Arabic');
    expect(granted(hub)).to.deep.equal(['reports.read']);
    await expect(hub).to.be.accessible();
  });
});
