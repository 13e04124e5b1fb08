/**
 * Where to find each field: the step that explains it, so that the form can offer "Where to
 * find <label>" and bring that step into view. A field is linked to the first step, in the
 * guide's order, that names its label: in bold in its content, as the seeds do ("Copy your
 * **API key**"), or in its title ("Generating your API Key"), case-insensitively; failing
 * that, the first step of a section whose title names it ("Find your firm name"). Front
 * matter names the step when the text does not (`step: "Copy the key"`, a step's title).
 * The step gets an `id` (`step-<section>-<step>`, by position, so that a translation with the
 * same steps has the same ids) and the field a `step` that refers to it. Steps no field
 * refers to get no id: a guide that links nothing compiles as before.
 */
import type { Field } from '../../schema/fields.js';
import type { Block, Inline, Provider, Step } from '../../schema/guide.js';
import { closest } from '../../schema/suggest.js';
import type { FullSection } from './blocks.js';
import type { FieldSource } from './fields.js';
import { plainText } from './inline.js';
import type { State } from './state.js';

const words = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim()
    .toLowerCase();

/** The text of every bold run in these blocks, in order. */
function boldIn(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const runs = (inlines: readonly Inline[]) => {
    for (const run of inlines) {
      if (run.type === 'strong') out.push(plainText(run.children));
      if (run.type === 'strong' || run.type === 'emphasis' || run.type === 'link') runs(run.children);
    }
  };
  const visit = (block: Block): void => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return runs(block.children);
      case 'list':
        return block.items.forEach((item) => item.forEach(visit));
      case 'callout':
      case 'card':
        return block.children.forEach(visit);
      case 'disclosure':
        runs(block.title);
        return block.children.forEach(visit);
      case 'tabs':
        return block.tabs.forEach((tab) => tab.children.forEach(visit));
      case 'table':
        return [...block.head, ...block.rows.flat()].forEach(runs);
      case 'image':
      case 'codeBlock':
        return;
      default: {
        const never: never = block;
        return never;
      }
    }
  };
  blocks.forEach(visit);
  return out;
}

/** Whether a title has the label among its words ("Generating your API Key" has "API Key"). */
function titleNames(title: string, label: string): boolean {
  const wanted = words(label);
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return !!wanted && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(words(title));
}

/** Whether the step names the label: a bold run that is the label, or the label as words of its title. */
function names(step: Step, label: string): boolean {
  return titleNames(step.title, label) || (!!words(label) && boldIn(step.content).some((bold) => words(bold) === words(label)));
}

/**
 * Links each field to its step (see above): `titles[i]` is front matter's `step:` for field
 * `i`, when it has one; a title that is no step of the guide is an error at that key.
 */
export function linkFieldSteps(
  sections: FullSection[],
  fields: Field[],
  sources: readonly (FieldSource | undefined)[],
  titles: readonly (string | undefined)[],
  state: State,
): void {
  const steps = sections.flatMap((section, s) => section.steps.map((step, n) => ({ section, n, step, id: `step-${s + 1}-${n + 1}` })));
  fields.forEach((field, i) => {
    const title = titles[i];
    // Else the first step of a section whose title names it ("Find your firm name").
    let found =
      title === undefined
        ? (steps.find(({ step }) => names(step, field.label)) ??
          steps.find(({ section, n }) => n === 0 && titleNames(section.title, field.label)))
        : steps.find(({ step }) => words(step.title) === words(title));
    if (title !== undefined && !found) {
      const meant = closest(
        title,
        steps.map(({ step }) => step.title),
      );
      const known = steps.length ? `the steps are ${steps.map(({ step }) => `"${step.title}"`).join(', ')}` : 'the guide has no steps';
      state.diagnostics.report(
        `field "${field.label}": step "${title}" is not a step of this guide${meant ? `: did you mean "${meant}"?` : ''} (${known})`,
        sources[i]?.stepAt ?? sources[i]?.at,
      );
      found = undefined;
    }
    if (!found) return;
    const { section, n, id } = found;
    if (section.steps[n]!.id === undefined) section.steps[n] = { id, ...section.steps[n]! };
    field.step = id;
  });
}

/**
 * A translation keeps the default guide's field keys and takes its fields' `step` from the
 * default guide: the translation's steps at those positions get the same ids. Returns the
 * default guide's fields whose step has no counterpart in the translation (it has fewer steps).
 */
export function alignStepIds(base: Provider, translation: Provider): Field[] {
  const at = (id: string) =>
    /^step-(\d+)-(\d+)$/
      .exec(id)
      ?.slice(1)
      .map((n) => Number(n) - 1) as [number, number] | undefined;
  return base.fields.filter((field) => {
    const place = field.step ? at(field.step) : undefined;
    if (!field.step || !place) return false;
    const steps = translation.sections[place[0]]?.steps;
    const step = steps?.[place[1]];
    if (!steps || !step) return true;
    if (step.id === undefined) steps[place[1]] = { id: field.step, ...step };
    return false;
  });
}
