/**
 * The two pure functions that turn an author's words into catalog facts: a field's label
 * into its key (what the host's backend receives) and a guide's title into the
 * provider's name and auth type. Tables of the behaviour as it stands.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fieldKey, parseTitle, type TitleParts } from '../../src/guides/to-guide.js';
import { authTypeOfFile } from '../../src/guides/handlers/title.js';

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

describe('parseTitle: a title -> the provider name, its variant and auth type', () => {
  const table: [title: string, parts: TitleParts][] = [
    // "Connect X with|using|via|by Y" (Y is the variant), with a site suffix after a dash or bar
    ['Connect Flatchr with API Key – StackOne Hub', { name: 'Flatchr', variant: 'API Key', authType: 'api_key' }],
    ['Connect Flatchr with API Key', { name: 'Flatchr', variant: 'API Key', authType: 'api_key' }],
    ['Connect X using OAuth 2.0', { name: 'X', variant: 'OAuth 2.0', authType: 'oauth2' }],
    ['Connect X via OAuth 1.0a', { name: 'X', variant: 'OAuth 1.0a', authType: 'oauth1' }],
    ['Connect X with OAuth1', { name: 'X', variant: 'OAuth1', authType: 'oauth1' }],
    ['Connect X by Basic Auth', { name: 'X', variant: 'Basic Auth', authType: 'basic' }],
    ['Connect Dee via SSO | Hub', { name: 'Dee', variant: 'SSO', authType: 'oauth2' }],
    ['Connect X with OAuth – Part 2 - Hub', { name: 'X', variant: 'OAuth', authType: 'oauth2' }],
    ['connect lower with api key', { name: 'lower', variant: 'api key', authType: 'api_key' }],
    ['  Connect   Spaced   with   Token  ', { name: 'Spaced', variant: 'Token', authType: 'api_key' }],
    ['Connect Foo-Bar with API Key', { name: 'Foo-Bar', variant: 'API Key', authType: 'api_key' }],
    // the name ends at the first connecting word
    ['Connect A with B with C', { name: 'A', variant: 'B with C', authType: 'custom' }],
    // the auth words
    ['Connect X with Sign-in', { name: 'X', variant: 'Sign-in', authType: 'oauth2' }],
    ['Connect X with SSO', { name: 'X', variant: 'SSO', authType: 'oauth2' }],
    ['Connect X with Username and Password', { name: 'X', variant: 'Username and Password', authType: 'basic' }],
    ['Connect Co with login', { name: 'Co', variant: 'login', authType: 'basic' }],
    ['Connect X with a Personal Access Token', { name: 'X', variant: 'a Personal Access Token', authType: 'api_key' }],
    ['Connect X with Secret', { name: 'X', variant: 'Secret', authType: 'api_key' }],
    ['Connect X with Credentials', { name: 'X', variant: 'Credentials', authType: 'api_key' }],
    ['Connect X with Magic', { name: 'X', variant: 'Magic', authType: 'custom' }],
    // plain names: no auth type
    ['Flatchr', { name: 'Flatchr' }],
    ['Pinecrest ATS', { name: 'Pinecrest ATS' }],
    ['Connect Pinecrest ATS', { name: 'Pinecrest ATS' }],
    ['Flatchr - Docs', { name: 'Flatchr' }],
    ['Flatchr | Hub', { name: 'Flatchr' }],
    ['Flatchr — Hub', { name: 'Flatchr' }],
    // "X - Y": the name, then a variant (the auth type when its words say one)
    ['A - B - C', { name: 'A', variant: 'B - C' }],
    ['Pipedrive - OAuth Authentication', { name: 'Pipedrive', variant: 'OAuth Authentication', authType: 'oauth2' }],
    ['Acme - OAuth2', { name: 'Acme', variant: 'OAuth2', authType: 'oauth2' }],
    ['Hibob - Service User', { name: 'Hibob', variant: 'Service User', authType: 'api_key' }],
    ['Acme – Basic Auth', { name: 'Acme', variant: 'Basic Auth', authType: 'basic' }],
    ['Hibob - API Key - Docs', { name: 'Hibob', variant: 'API Key', authType: 'api_key' }],
    ['Keycloak - Legacy', { name: 'Keycloak', variant: 'Legacy' }],
    ['Connect with API Key', { name: 'with API Key' }],
    // a last part (or the whole title) that names the page, not the provider, is dropped
    ['Parcelpoint - How do I link my account?', { name: 'Parcelpoint' }],
    ['Parcelpoint – How can I connect my Parcelpoint account', { name: 'Parcelpoint' }],
    ['Parcelpoint - How to connect your account', { name: 'Parcelpoint' }],
    ['Parcelpoint - Linking your account', { name: 'Parcelpoint' }],
    ['Parcelpoint: Connecting your account', { name: 'Parcelpoint' }],
    ['Parcelpoint - Account linking guide', { name: 'Parcelpoint' }],
    ['Parcelpoint - Service User - How do I link my account?', { name: 'Parcelpoint', variant: 'Service User', authType: 'api_key' }],
    ['Connect Parcelpoint with API Key - How do I link my account?', { name: 'Parcelpoint', variant: 'API Key', authType: 'api_key' }],
    ['How to connect your account', { name: '' }],
    ['How do I link my account?', { name: '' }],
    ['Account linking', { name: 'Account linking' }],
    ['Connect your Slack account', { name: 'Slack' }],
    ['How do I link my Parcelpoint account?', { name: 'Parcelpoint' }],
    ['Connection guide', { name: '' }],
    // "(…)" after the name is its variant
    ['Keelhaul (API Key)', { name: 'Keelhaul', variant: 'API Key', authType: 'api_key' }],
    ['Keelhaul (OAuth) - How do I link my account?', { name: 'Keelhaul', variant: 'OAuth', authType: 'oauth2' }],
    ['Keelhaul (EU)', { name: 'Keelhaul', variant: 'EU' }],
    ['Keelhaul (EU) - API Key', { name: 'Keelhaul (EU)', variant: 'API Key', authType: 'api_key' }],
  ];
  for (const [title, parts] of table) {
    test(JSON.stringify(title), () => assert.deepEqual(parseTitle(title), parts));
  }
});

describe('authTypeOfFile: the auth type a file name says', () => {
  const table: [stem: string, authType: ReturnType<typeof authTypeOfFile>][] = [
    ['pipedrive-oauth', 'oauth2'],
    ['acme_oauth2', 'oauth2'],
    ['hibob-service-user', 'api_key'],
    ['lumen-api-key', 'api_key'],
    ['quill.basic-auth', 'basic'],
    ['keycloak', undefined],
    ['tokenly', undefined],
    ['pipedrive', undefined],
  ];
  for (const [stem, authType] of table) {
    test(`${stem} -> ${authType}`, () => assert.equal(authTypeOfFile(stem), authType));
  }
});
