/**
 * The content types are written by hand (they are recursive) beside the schemas that check
 * them: this file fails the typecheck when the two drift apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import { BlockShapes, InlineShapes, type Block, type Inline } from '../../src/schema/guide.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Flat<T> = { [K in keyof T]: T[K] };
/** What a schema accepts; zod types an empty object as `Record<string, never>`, which adds nothing here. */
type Output<T> = T extends z.ZodMiniType<infer O> ? (string extends keyof O ? unknown : O) : never;
/** For each `type` of a shapes table: is what the schema accepts (with its `type`) exactly the interface? */
type Agree<S, U extends { type: string }> = {
  [K in keyof S & string]: Equal<Flat<{ type: K } & Output<S[K]>>, Flat<Extract<U, { type: K }>>>;
};

const inlineTypes: Equal<keyof typeof InlineShapes, Inline['type']> = true;
const inlineMembers: Agree<typeof InlineShapes, Inline> = {
  text: true,
  code: true,
  break: true,
  strong: true,
  emphasis: true,
  link: true,
  kbd: true,
};
const blockTypes: Equal<keyof typeof BlockShapes, Block['type']> = true;
const blockMembers: Agree<typeof BlockShapes, Block> = {
  paragraph: true,
  heading: true,
  list: true,
  image: true,
  codeBlock: true,
  callout: true,
  disclosure: true,
  tabs: true,
  table: true,
  card: true,
};

test('the hand-written Inline and Block types equal what their schemas accept (a drift fails the typecheck)', () => {
  assert.ok(inlineTypes && blockTypes && Object.values({ ...inlineMembers, ...blockMembers }).every(Boolean));
});
