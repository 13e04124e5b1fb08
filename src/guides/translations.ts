/**
 * What a translated guide may and may not change of its default guide: its steps take the
 * ids the default guide's fields refer to, and its fields' natures and its actions' ids and
 * scopes must agree with the default guide's (a translation words them, never widens them).
 */
import type { Provider } from '../schema/guide.js';
import { isSecret, type Field } from '../schema/fields.js';
import type { GuideProblem, Point } from './diagnostics.js';
import { alignStepIds } from './handlers/field-steps.js';
import { FIELD_NATURE, type FieldNature, type FieldSource } from './to-guide.js';

/** One guide compiled: its provider (when it compiled), where its fields and actions were written, its problems. */
export interface CompiledGuide {
  file: string;
  locale?: string;
  provider?: Provider;
  /** Where each of the provider's fields was written (same order): localized guides are checked against it. */
  fields?: FieldSource[];
  /** Where its actions were written: a localized guide's are checked against the default guide's. */
  actionsAt?: Point;
  problems: GuideProblem[];
  warnings: GuideProblem[];
  /** Its category came from its folder in the tree, not from its front matter. */
  folderCategory?: boolean;
}

/**
 * Each translation's steps get the ids its default guide's fields refer to (a translation
 * takes its fields' `step` from the default guide); a field whose step the translation does
 * not have is a warning at the translation.
 */
export function alignTranslations(compiled: CompiledGuide[]): void {
  for (const guide of compiled) {
    const base =
      guide.locale && guide.provider ? compiled.find((c) => !c.locale && c.provider?.key === guide.provider!.key)?.provider : undefined;
    if (!base || !guide.provider) continue;
    for (const field of alignStepIds(base, guide.provider)) {
      guide.warnings.push({
        file: guide.file,
        line: 1,
        column: 1,
        severity: 'warning',
        message: `field "${field.key}": the default guide says where to find it in its step ${field.step}, which this translation does not have (it has fewer steps): its "Where to find" goes nowhere here; give the translation the same steps`,
      });
    }
  }
}

/** A field's nature, compared as the form sees it (defaults filled in). */
const natureOf: Record<FieldNature, (field: Field) => unknown> = {
  type: (f) => f.type ?? (f.secret ? 'secret' : 'text'),
  secret: (f) => isSecret(f),
  required: (f) => f.required !== false,
  pattern: (f) => f.pattern,
  options: (f) => f.options?.map((o) => o.value),
};

/**
 * Where a localized field explicitly sets a nature (in its front matter) other than the
 * default guide's: an error at that entry. What the compiler only guessed from the
 * translated words ("Clé API" is not recognised as a key) is not an error: it is replaced.
 */
export function contradictions(base: Field, local: Field, source: FieldSource | undefined, file: string, baseFile: string): GuideProblem[] {
  return FIELD_NATURE.flatMap((nature) => {
    if (!source || !Object.hasOwn(source.explicit, nature)) return [];
    const [ours, theirs] = [natureOf[nature](local), natureOf[nature](base)];
    if (JSON.stringify(ours) === JSON.stringify(theirs)) return [];
    const at = source.explicit[nature] ?? source.at;
    return [
      {
        file,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        message: `field "${local.key}": ${nature} ${JSON.stringify(ours)} contradicts the default guide ${baseFile} (${nature} ${JSON.stringify(theirs)}). A translation words a field (label, help, placeholder, option labels) but takes its ${FIELD_NATURE.join(', ')} from the default guide: remove \`${nature}:\` here`,
      },
    ];
  });
}

/**
 * Where a localized guide's actions say other ids or other scopes than the default
 * guide's: one error at its actions. The host asks for actions by id and `onSubmit`
 * receives their scopes (which the server helper checks against the default guide), so a
 * translation may word its actions (label, description) but never widen or rename them.
 */
export function actionContradictions(base: Provider, guide: CompiledGuide, baseFile: string): GuideProblem[] {
  const local = guide.provider?.actions;
  if (!local) return [];
  const shape = (actions: Provider['actions']) => JSON.stringify((actions ?? []).map((a) => [a.id, a.scopes]));
  if (shape(local) === shape(base.actions)) return [];
  const describe = (actions: Provider['actions']) =>
    (actions ?? []).map((a) => `${a.id} (${a.scopes.join(' ') || 'no scopes'})`).join(', ') || 'none';
  return [
    {
      file: guide.file,
      line: guide.actionsAt?.line ?? 1,
      column: guide.actionsAt?.column ?? 1,
      message: `actions: ${describe(local)} contradict the default guide ${baseFile} (${describe(base.actions)}). A translation words its actions (label, description) but takes their ids and scopes from the default guide: give the same ids and scopes, or leave them out`,
    },
  ];
}
