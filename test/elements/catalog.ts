/** A small catalog in the shape the compiler writes, written for these tests. */
import type { Catalog, Provider } from '../../src/schema/guide.js';

const text = (t: string) => ({ type: 'text' as const, text: t });

export const acme: Provider = {
  key: 'acme-ats',
  name: 'Acme ATS',
  description: 'Connect Acme ATS with an API key.',
  category: 'ATS',
  authType: 'api_key',
  warnings: [{ type: 'callout', variant: 'warning', children: [{ type: 'paragraph', children: [text('Only admins can create keys.')] }] }],
  intro: [],
  sections: [
    {
      title: 'Create a key',
      scopes: [],
      content: [
        { type: 'paragraph', children: [text('Keys live in '), { type: 'strong', children: [text('Settings > API')] }, text('.')] },
      ],
      steps: [
        {
          title: 'Open settings',
          scopes: [],
          content: [
            {
              type: 'paragraph',
              children: [text('See '), { type: 'link', href: 'https://acme.example/docs', children: [text('the docs')] }],
            },
          ],
        },
        {
          title: 'Copy the key',
          scopes: [],
          content: [{ type: 'image', src: 'https://acme.example/key.png', alt: 'The key page', width: 800, height: 400 }],
        },
      ],
      outro: [],
    },
  ],
  fields: [
    { key: 'apiKey', label: 'API Key', type: 'secret', secret: true, required: true },
    {
      key: 'subdomain',
      label: 'Subdomain',
      type: 'text',
      secret: false,
      required: true,
      pattern: '^[a-z0-9-]+$',
      placeholder: 'acme',
      help: 'The part before .acme.example',
    },
    { key: 'region', label: 'Region', type: 'text', secret: false, required: false },
  ],
};

export const zephyr: Provider = {
  key: 'zephyr-hr',
  name: 'Zéphyr HR',
  category: 'HRIS',
  authType: 'api_key',
  warnings: [],
  sections: [],
  fields: [
    { key: 'clientId', label: 'Client ID', type: 'text', secret: false, required: true },
    { key: 'clientSecret', label: 'Client Secret', type: 'secret', secret: true, required: true },
  ],
};

export const plain: Provider = {
  key: 'plainly',
  name: 'Plainly',
  authType: 'basic',
  warnings: [],
  sections: [],
  fields: [
    { key: 'username', label: 'Username', type: 'text', secret: false, required: true },
    { key: 'password', label: 'Password', type: 'secret', secret: true, required: true },
  ],
};

export const catalog: Catalog = { providers: [acme, zephyr, plain] };

/** A provider that links by signing in on its own page (OAuth). */
export const orbit: Provider = {
  key: 'orbit-hr',
  name: 'Orbit HR',
  category: 'HRIS',
  authType: 'oauth2',
  warnings: [],
  sections: [
    { title: 'Sign in', scopes: [], content: [{ type: 'paragraph', children: [text('Press Connect and allow access.')] }], steps: [] },
  ],
  fields: [{ key: 'workspace', label: 'Workspace', type: 'text', secret: false, required: true }],
};

export const oauthCatalog: Catalog = { providers: [acme, zephyr, orbit] };
