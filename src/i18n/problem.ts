/** The sentence a field's problem shows, on the form and in `validateSubmission`'s `fields`: one place, so the two agree. */
import { MAX_VALUE_LENGTH, type Field, type FieldProblem } from '../schema/fields.js';
import type { Translation } from './translation.js';

/** The guide's own `message` for a value that fails its `pattern`; else the language's sentence (with the length limit, formatted in that language). */
export function problemText(
  t: Pick<Translation, 'locale' | 'problem'>,
  problem: FieldProblem,
  field: Pick<Field, 'label' | 'message'>,
): string {
  if (problem === 'pattern' && field.message) return field.message;
  return t.problem(problem, field.label, MAX_VALUE_LENGTH.toLocaleString(t.locale));
}
