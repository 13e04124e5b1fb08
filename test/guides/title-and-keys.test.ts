/**
 * The two pure functions that turn an author's words into catalog facts: a field's label
 * into its key (what the host's backend receives) and a guide's title into the
 * provider's name and auth type. Tables of the behaviour as it stands.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fieldKey, parseTitle, type TitleParts } from '../../src/guides/to-guide.js';

describe('fieldKey: a label -> a camelCase key', () => {
  const table: [label: string, key: string][] = [
    // words
    ['API Key', 'apiKey'],
    ['Company ID', 'companyId'],
    ['Subdomain', 'subdomain'],
    ['Firm Service Key', 'firmServiceKey'],
    ['X', 'x'],
    ['APIKey', 'apikey'],
    // any run of non-alphanumerics separates words
    ['api_key', 'apiKey'],
    ['user.name', 'userName'],
    ['OAuth2 Client-ID', 'oauth2ClientId'],
    ['e-mail address', 'eMailAddress'],
    ["Identifiant de l'entreprise", 'identifiantDeLEntreprise'],
    ['_private', 'private'],
    // accents and compatibility forms fold to ASCII; what does not fold is dropped
    ['Région', 'region'],
    ['Clé API', 'cleApi'],
    ['ÉCLAIR', 'eclair'],
    ['Schlüssel', 'schlussel'],
    ['ﬁle name', 'fileName'],
    ['Straße', 'straE'],
    // "(Optional)" is not part of the key, wherever it stands (once)
    ['Region (Optional)', 'region'],
    ['Base URI (optional)', 'baseUri'],
    ['(Optional) Team', 'team'],
    ['Token (Optional) (Optional)', 'tokenOptional'],
    // a key never starts with a digit, and is never empty
    ['2FA Code', 'field2faCode'],
    ['3 Things', 'field3Things'],
    ['123', 'field123'],
    ['', 'field'],
    ['---', 'field'],
    ['日本語', 'field'],
    ['ß', 'field'],
  ];
  for (const [label, key] of table) {
    test(`${JSON.stringify(label)} -> ${key}`, () => assert.equal(fieldKey(label), key));
  }
});

describe('parseTitle: a title -> the provider name and auth type', () => {
  const table: [title: string, parts: TitleParts][] = [
    // "Connect X with|using|via|by Y", with a site suffix after a dash or bar
    ['Connect Flatchr with API Key – StackOne Hub', { name: 'Flatchr', authType: 'api_key' }],
    ['Connect Flatchr with API Key', { name: 'Flatchr', authType: 'api_key' }],
    ['Connect X using OAuth 2.0', { name: 'X', authType: 'oauth2' }],
    ['Connect X via OAuth 1.0a', { name: 'X', authType: 'oauth1' }],
    ['Connect X with OAuth1', { name: 'X', authType: 'oauth1' }],
    ['Connect X by Basic Auth', { name: 'X', authType: 'basic' }],
    ['Connect Dee via SSO | Hub', { name: 'Dee', authType: 'oauth2' }],
    ['Connect X with OAuth – Part 2 - Hub', { name: 'X', authType: 'oauth2' }],
    ['connect lower with api key', { name: 'lower', authType: 'api_key' }],
    ['  Connect   Spaced   with   Token  ', { name: 'Spaced', authType: 'api_key' }],
    ['Connect Foo-Bar with API Key', { name: 'Foo-Bar', authType: 'api_key' }],
    // the name ends at the first connecting word
    ['Connect A with B with C', { name: 'A', authType: 'custom' }],
    // the auth words
    ['Connect X with Sign-in', { name: 'X', authType: 'oauth2' }],
    ['Connect X with SSO', { name: 'X', authType: 'oauth2' }],
    ['Connect X with Username and Password', { name: 'X', authType: 'basic' }],
    ['Connect Co with login', { name: 'Co', authType: 'basic' }],
    ['Connect X with a Personal Access Token', { name: 'X', authType: 'api_key' }],
    ['Connect X with Secret', { name: 'X', authType: 'api_key' }],
    ['Connect X with Credentials', { name: 'X', authType: 'api_key' }],
    ['Connect X with Magic', { name: 'X', authType: 'custom' }],
    // plain names: no auth type
    ['Flatchr', { name: 'Flatchr' }],
    ['Pinecrest ATS', { name: 'Pinecrest ATS' }],
    ['Connect Pinecrest ATS', { name: 'Pinecrest ATS' }],
    ['Flatchr - Docs', { name: 'Flatchr' }],
    ['Flatchr | Hub', { name: 'Flatchr' }],
    ['Flatchr — Hub', { name: 'Flatchr' }],
    ['A - B - C', { name: 'A' }],
    ['Connect with API Key', { name: 'with API Key' }],
  ];
  for (const [title, parts] of table) {
    test(JSON.stringify(title), () => assert.deepEqual(parseTitle(title), parts));
  }
});
