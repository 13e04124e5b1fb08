/** A localized guide over its default one: one merge for the compiler and the browser (the provider view; the list never needs it). */
import type { Field } from './fields.js';
import type { Provider } from './guide.js';

/**
 * A localized guide over its default one: the words (name, guide, labels, help,
 * placeholders, pattern messages, option labels) come from the translation, but what a field is (its key,
 * order, type, secrecy, pattern, whether it is required, its option values) always
 * comes from the default guide. A translated label must never turn a secret into plain text.
 * The same for actions: ids and scopes from the default guide, labels from the translation.
 * The compiler and the browser both merge with this one function.
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
  // Actions too: their ids and scopes are what the host asks for and what onSubmit receives
  // (and the server checks), so they are the default guide's; a translation words them.
  const actions = base.actions?.map((action) => {
    const words = localized.actions?.find((a) => a.id === action.id);
    return words ? { ...action, label: words.label, ...(words.description !== undefined && { description: words.description }) } : action;
  });
  const merged: Provider = { ...localized, key: base.key, authType: base.authType, fields };
  delete merged.actions;
  return actions ? { ...merged, actions } : merged;
}
