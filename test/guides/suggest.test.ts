/** "Did you mean": the edit distance and the closest known name, as tables. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from '../../src/schema/suggest.js';
import { READ_KEYS, IGNORED_KEYS } from '../../src/guides/handlers/front-matter-keys.js';
import { VOCABULARY } from '../../src/guides/vocabulary.js';

describe('editDistance: insertions, deletions, substitutions, and a swap of neighbours as one', () => {
  const table: [a: string, b: string, distance: number][] = [
    ['', '', 0],
    ['steps', 'steps', 0],
    ['', 'tag', 3],
    ['catgory', 'category', 1],
    ['setps', 'steps', 1],
    ['wraning', 'warning', 1],
    ['logo', 'log', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
  ];
  for (const [a, b, distance] of table) test(`${JSON.stringify(a)} -> ${JSON.stringify(b)}: ${distance}`, () => assert.equal(editDistance(a, b), distance));
});

describe('closest: front matter keys', () => {
  const keys = [...READ_KEYS, ...IGNORED_KEYS];
  const table: [name: string, meant: string | undefined][] = [
    // a few edits away (two for long words, one for short ones)
    ['catgory', 'category'],
    ['categroy', 'category'],
    ['Category', 'category'],
    ['authtype', 'authType'],
    ['auth_type', 'authType'],
    ['feilds', 'fields'],
    ['nmae', 'name'],
    ['lgo', 'logo'],
    ['sidebartitle', 'sidebarTitle'],
    // a shared prefix that is most of the shorter word
    ['desc', 'description'],
    ['categories', 'category'],
    ['logoUrl', 'logo'],
    ['descriptions', 'description'],
    // nothing close
    ['summary', undefined],
    ['owner', undefined],
    ['x', undefined],
    ['ttl', undefined],
  ];
  for (const [name, meant] of table) test(`${name} -> ${meant ?? '(none)'}`, () => assert.equal(closest(name, keys), meant));
});

describe('closest: components', () => {
  const names = Object.keys(VOCABULARY);
  const table: [name: string, meant: string | undefined][] = [
    ['Setps', 'Steps'],
    ['Stpe', 'Step'],
    ['Warnign', 'Warning'],
    ['warning', 'Warning'],
    ['Acordion', 'Accordion'],
    ['CardGroups', 'CardGroup'],
    ['Carousel', undefined],
    ['table', undefined],
    ['x', undefined],
    ['Callouts', 'Callout'],
  ];
  for (const [name, meant] of table) test(`<${name}> -> ${meant ? `<${meant}>` : '(none)'}`, () => assert.equal(closest(name, names), meant));
});
