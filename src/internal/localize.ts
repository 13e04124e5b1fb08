/** A localized guide over its default one (the provider view's: the list never needs it). */
import type { Field } from '../schema/fields.js';
import type { Provider } from '../schema/guide.js';

/**
 * A localized guide over its default one: the words (name, guide, labels, help,
 * placeholders, pattern messages, option labels) come from the translation, but what a field is (its key,
 * order, type, secrecy, pattern, whether it is required, its option values) always
 * comes from the default guide. A translated label must never turn a secret into plain text.
 */
export function localize(base: Provider, localized: Provider): Provider {
  const fields = base.fields.map((field): Field => {
    const words = localized.fields.find((f) => f.key === field.key);
    if (!words) return field;
    const labelOf = (value: string) => words.options?.find((o) => o.value === value)?.label;
    return {
      ...field,
      label: words.label,
      ...(words.help !== undefined && { help: words.help }),
      ...(words.placeholder !== undefined && { placeholder: words.placeholder }),
      ...(words.message !== undefined && { message: words.message }),
      ...(field.options && { options: field.options.map((o) => ({ value: o.value, label: labelOf(o.value) ?? o.label })) }),
    };
  });
  return { ...localized, key: base.key, authType: base.authType, fields };
}
