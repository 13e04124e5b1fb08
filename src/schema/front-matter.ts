/**
 * Front matter a guide may carry to say what the documentation dialect cannot.
 * Build-time only: the compiler validates it, the browser never sees it.
 */
import * as z from './zod.js';
import { AuthType, ImageSrc, ProviderKey } from './guide.js';
import { FieldKey, FieldType, Pattern } from './field.js';

/** An http(s) URL with no query or fragment: the root that relative paths are joined to. */
export const BaseUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return /^https?:$/.test(url.protocol) && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'a base URL is an http: or https: URL with no query or fragment, such as https://docs.example.com'),
);

const OptionInput = z.union([z.string(), z.strictObject({ value: z.string(), label: z.optional(z.string()) })]);

/** A `fields:` entry written as an object: its keys are the ones a typo is checked against. */
export const FrontMatterFieldObject = z
  .strictObject({
    label: z.nonEmpty('a field needs a label'),
    key: z.optional(FieldKey),
    type: z.optional(FieldType),
    secret: z.optional(z.boolean()),
    required: z.optional(z.boolean()),
    placeholder: z.optional(z.string()),
    pattern: z.optional(Pattern),
    /** Shown when a value does not match `pattern`: "Subdomain is the part before .example.com". */
    message: z.optional(z.nonEmpty('a field message cannot be empty')),
    help: z.optional(z.string()),
    options: z.optional(z.array(OptionInput)),
    /** The title of the step that says where to find it, when the step does not name the label itself. */
    step: z.optional(z.nonEmpty('a step title cannot be empty')),
  })
  .check(
    z.refine((f) => f.message === undefined || f.pattern !== undefined, {
      path: ['message'],
      message: 'a field message is what the form says when a value does not match the pattern: add a pattern, or move the words to help',
    }),
  );

export const FrontMatterField = z.union([z.nonEmpty('a field label cannot be empty'), FrontMatterFieldObject]);
export type FrontMatterField = z.infer<typeof FrontMatterField>;

/**
 * An action of a scope-aware guide, as front matter declares it (the scope selector's
 * JSON, in YAML): `scopes` a list, or one string in the attributes' list syntax
 * (`read:jobs write:jobs`).
 */
export const FrontMatterAction = z.strictObject({
  id: z.nonEmpty('an action needs an id'),
  label: z.nonEmpty('an action needs a label'),
  scopes: z.optional(z.union([z.array(z.string()), z.string()])),
  description: z.optional(z.string()),
});
export type FrontMatterAction = z.infer<typeof FrontMatterAction>;

const FrontMatterActions = z.array(FrontMatterAction).check(
  z.superRefine((items, ctx) =>
    items.forEach((item, index) => {
      const first = items.findIndex((other) => other.id === item.id);
      if (first !== index)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate action id "${item.id}" (actions ${first + 1} and ${index + 1}): each action needs its own id`,
          input: item.id,
        });
    }),
  ),
);

/** Unknown keys (Mintlify's `sidebarTitle`, `icon`, ...) are allowed and ignored. */
export const FrontMatter = z.looseObject({
  name: z.optional(z.nonEmpty('a name cannot be empty')),
  title: z.optional(z.string()),
  key: z.optional(ProviderKey),
  description: z.optional(z.string()),
  category: z.optional(z.nonEmpty('a category cannot be empty')),
  logo: z.optional(ImageSrc),
  authType: z.optional(AuthType),
  /** The words beside the name that tell two guides for one product apart (`Service User`); else the title's. */
  variant: z.optional(z.nonEmpty('a variant cannot be empty')),
  /** Where the documentation site's root is: relative links and images resolve against it (`--base-url` otherwise). */
  baseUrl: z.optional(BaseUrl),
  fields: z.optional(z.array(FrontMatterField)),
  /** The actions of a scope-aware guide (instead of, or over, the body's scope selector). */
  actions: z.optional(FrontMatterActions),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

type Issue = z.core.$ZodIssue;

/** A union branch that failed only because it was the wrong variant: the wrong kind of value. */
const wrongVariant = (branch: Issue[]) => branch.some((i) => i.code === 'invalid_type' && !i.path.length);

/**
 * Front matter fields are a union (a bare label, or an object): report the issues of the
 * branch the author meant, at their own paths, instead of zod's "invalid input".
 */
export function flattenUnions(issues: Issue[], base: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const branch = issue.errors.find((b) => !wrongVariant(b));
      if (branch) return flattenUnions(branch, path);
    }
    // zod/mini carries no English messages: word the ones only front matter can produce.
    const message =
      issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : issue.message;
    return [{ ...issue, path, message }];
  });
}
