/**
 * The one compile function the CLI and the Vite plugin share: a folder of guides
 * -> a validated catalog, or every problem in every file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Catalog, type Provider } from '../schema/guide.js';
import { formatIssues } from '../schema/zod.js';
import { Diagnostics, GuideCompileError, inOrder, type GuideProblem } from './diagnostics.js';
import { parseGuide } from './parse.js';
import { spellCategories, tellApart } from './told-apart.js';
import { actionContradictions, alignTranslations, contradictions, type CompiledGuide } from './translations.js';
import { guideName, treePlaces } from './tree.js';
import { localize } from '../schema/localize.js';
import { toProvider } from './to-guide.js';

export const GUIDE_EXTENSIONS = ['.mdx', '.md'];
/** What a folder with no .mdx or .md guide compiles instead: documentation pages saved as text. */
export const TEXT_GUIDE_EXTENSIONS = ['.txt'];

export { guideName } from './tree.js';
export type { CompiledGuide } from './translations.js';

/** What a guide's place in its tree and the compile's options tell its compile. */
export interface GuideOptions {
  /** The provider key, unless front matter sets one. Default: from the file name. */
  key?: string | undefined;
  /** The category, unless front matter sets one (a tree's first folder). */
  category?: string | undefined;
  /** The guide's folder under the root, `/`-separated: where its relative links and images start. */
  dir?: string | undefined;
  /** Where the documentation site's root is: relative links and images resolve against it. Front matter `baseUrl:` wins. */
  baseUrl?: string | undefined;
}

/** Compiles one guide's source. `file` is the name used in messages. */
export function compileGuide(file: string, source: string, options: GuideOptions = {}): CompiledGuide {
  const diagnostics = new Diagnostics(file);
  const { key, locale } = guideName(file);
  const tree = parseGuide(source, diagnostics);
  const compiled = tree ? toProvider({ ...options, key: options.key ?? key, fileKey: key, source, tree }, diagnostics) : undefined;
  return {
    file,
    ...(locale ? { locale } : {}),
    ...(compiled
      ? { provider: compiled.provider, fields: compiled.fields, ...(compiled.actionsAt && { actionsAt: compiled.actionsAt }) }
      : {}),
    problems: diagnostics.problems,
    warnings: diagnostics.warnings,
    ...(options.category && compiled?.provider.category === options.category ? { folderCategory: true } : {}),
  };
}

/**
 * The guides under `dir`, in every folder below it: its .mdx and .md files. A tree with
 * none of those but .txt files (documentation pages saved as text) compiles those instead.
 * Hidden folders and files (`.git`, `.vitepress`) and `node_modules` are not looked in.
 */
export async function listGuides(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const hidden = (e: { name: string; parentPath: string }) =>
    path
      .relative(dir, path.join(e.parentPath, e.name))
      .split(path.sep)
      .some((part) => part.startsWith('.') || part === 'node_modules');
  const files = (extensions: string[]) =>
    entries
      .filter((e) => e.isFile() && !hidden(e) && extensions.some((ext) => e.name.toLowerCase().endsWith(ext)))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  const guides = files(GUIDE_EXTENSIONS);
  return guides.length ? guides : files(TEXT_GUIDE_EXTENSIONS);
}

export interface CompileOptions {
  /** Messages name files relative to this folder. Default: the working directory. */
  cwd?: string | undefined;
  /** Warnings fail the compile too: they join the problems (each still says `warning:`). */
  strict?: boolean | undefined;
  /**
   * A guide that fails is left out of the catalog (and its translations with it) instead of
   * failing the compile: each of its problems becomes a warning that says so. For a large tree
   * compiled as it is. Catalog-wide problems (a duplicate key) still fail. Ignored when strict.
   */
  lenient?: boolean | undefined;
  /**
   * The folder the guides are in: each file's first folder under it is its category, and
   * files that share a name in different folders are keyed by their path (see `tree.ts`).
   * Without it, every file is keyed by its name and has no category unless front matter gives one.
   */
  root?: string | undefined;
  /** Where the documentation site's root is (`https://docs.example.com`): relative links and images resolve against it. */
  baseUrl?: string | undefined;
}

/** A catalog, and what the author should look at although it did not stop the compile. */
export interface CompiledCatalog {
  catalog: Catalog;
  /** Every warning of every file, each file's in the order they stand; none when strict. */
  warnings: GuideProblem[];
  /** The files left out of the catalog (lenient only), in order. */
  leftOut: string[];
}

/**
 * These guide files -> one catalog and its warnings. Throws `GuideCompileError` listing
 * every problem of every file when any guide fails (or, when strict, has a warning).
 */
export async function compileGuideFiles(files: readonly string[], options: CompileOptions = {}): Promise<CompiledCatalog> {
  const cwd = options.cwd ?? process.cwd();
  const places = options.root ? treePlaces(options.root, files) : undefined;
  const compiled = await Promise.all(
    files.map(async (file) =>
      compileGuide(path.relative(cwd, file) || file, await readFile(file, 'utf8'), { ...places?.get(file), baseUrl: options.baseUrl }),
    ),
  );
  const leftOut = options.lenient && !options.strict ? leaveOutFailed(compiled) : [];
  alignTranslations(compiled);
  const catalog = assemble(compiled, options);
  return { catalog, warnings: options.strict ? [] : compiled.flatMap((c) => inOrder(c.warnings)), leftOut };
}

const LEFT_OUT = 'lenient: the guide is left out of the catalog';

/**
 * Lenient: each guide with a problem, and each translation of one, loses its provider and
 * its problems, which become warnings saying it is left out. Returns the files left out.
 */
function leaveOutFailed(compiled: CompiledGuide[]): string[] {
  const stem = (guide: CompiledGuide) => path.join(path.dirname(guide.file), guideName(guide.file).key);
  const failed = new Map(compiled.filter((c) => c.problems.length && !c.locale).map((c) => [stem(c), c.file]));
  const leftOut: string[] = [];
  for (const guide of compiled) {
    const base = guide.locale && !guide.problems.length ? failed.get(stem(guide)) : undefined;
    if (!guide.problems.length && !base) continue;
    const moved: GuideProblem[] = base
      ? [{ file: guide.file, line: 1, column: 1, severity: 'warning', message: `${LEFT_OUT}, as its default guide ${base} is` }]
      : guide.problems.map((p) => ({ ...p, severity: 'warning', message: `${p.message}; ${LEFT_OUT}` }));
    guide.warnings.push(...moved);
    guide.problems = [];
    delete guide.provider;
    delete guide.fields;
    leftOut.push(guide.file);
  }
  return leftOut;
}

/**
 * Every guide under `dir` -> one catalog. Throws `GuideCompileError` listing every
 * problem of every file when any guide fails. The catalog alone: a caller that can show
 * warnings lists the files and calls `compileGuideFiles` (as the CLI and the Vite plugin do).
 */
export async function compileGuides(dir: string, options: CompileOptions = {}): Promise<Catalog> {
  return (await compileGuideFiles(await listGuides(dir), { root: dir, ...options })).catalog;
}

/**
 * Joins compiled guides into a catalog: default guides, then localized ones; checks keys
 * and the schema. When strict, a guide's warnings are among its problems.
 */
export function assemble(compiled: CompiledGuide[], options: Pick<CompileOptions, 'strict'> = {}): Catalog {
  spellCategories(compiled);
  tellApart(compiled);
  const problems = compiled.flatMap((c) => (options.strict ? inOrder([...c.problems, ...c.warnings]) : c.problems));
  const failed = (guide: CompiledGuide) => guide.problems.length > 0 || (options.strict === true && guide.warnings.length > 0);
  const providers: Provider[] = [];
  const owners = new Map<string, string>();
  const locales: Record<string, Record<string, Provider>> = {};
  for (const guide of compiled) {
    const provider = guide.provider;
    if (!provider || failed(guide)) continue;
    if (guide.locale) {
      (locales[guide.locale] ??= {})[provider.key] = provider;
      continue;
    }
    const owner = owners.get(provider.key);
    if (owner) {
      problems.push({
        file: guide.file,
        line: 1,
        column: 1,
        message: `duplicate provider key "${provider.key}" (also used by ${owner}): set a different \`key:\` in the front matter`,
      });
      continue;
    }
    owners.set(provider.key, guide.file);
    providers.push(provider);
  }
  const keysOf = (p: Provider) => p.fields.map((f) => f.key).join(', ');
  for (const guide of compiled) {
    if (!guide.locale || !guide.provider) continue;
    const base = providers.find((p) => p.key === guide.provider!.key);
    if (!base) {
      problems.push({
        file: guide.file,
        line: 1,
        column: 1,
        message: `localized guide for "${guide.provider.key}" has no default guide ${guide.provider.key}.mdx beside it`,
      });
    } else if (keysOf(base) !== keysOf(guide.provider)) {
      // The host's backend receives field keys: they must not change with the language.
      problems.push({
        file: guide.file,
        line: 1,
        column: 1,
        message: `localized fields must keep the default guide's keys (${keysOf(base)}), got (${keysOf(guide.provider)}): set \`key:\` on each field`,
      });
    } else {
      guide.provider.fields.forEach((field, i) =>
        problems.push(...contradictions(base.fields[i]!, field, guide.fields?.[i], guide.file, owners.get(base.key)!)),
      );
      problems.push(...actionContradictions(base, guide, owners.get(base.key)!));
      const byKey = locales[guide.locale];
      if (byKey?.[base.key] === guide.provider) byKey[base.key] = localize(base, guide.provider);
    }
  }
  const localized = Object.entries(locales).map(([locale, byKey]) => ({ locale, providers: Object.values(byKey) }));
  const catalog = { providers, ...(localized.length ? { locales: localized } : {}) };
  const checked = Catalog.safeParse(catalog);
  if (!checked.success) {
    for (const message of formatIssues(checked.error)) {
      const index = /^providers\[(\d+)\]/.exec(message)?.[1];
      const file = index !== undefined ? owners.get(providers[Number(index)]!.key) : undefined;
      problems.push({ file: file ?? '(catalog)', line: 1, column: 1, message: `invalid catalog: ${message}` });
    }
  }
  if (problems.length) throw new GuideCompileError(problems);
  return checked.success ? checked.data : catalog;
}
