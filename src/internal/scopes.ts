/** Scope-aware guides: what a choice of actions means for the guide. Pure, table-tested. */
import type { Action, Provider } from '../schema/guide.js';

/** The scopes the chosen actions need: each once, in the order the actions list them. */
export function scopesFor(actions: readonly Action[], chosen: readonly string[]): string[] {
  return [...new Set(actions.filter((a) => chosen.includes(a.id)).flatMap((a) => a.scopes))];
}

/** The host's list, kept to the provider's own actions (in the provider's order). */
export const knownActions = (actions: readonly Action[], wanted: readonly string[] | undefined): string[] =>
  actions.filter((a) => wanted?.includes(a.id)).map((a) => a.id);

/**
 * The guide as the chosen actions need it: sections and steps whose scopes meet the
 * granted ones, or that have none; each step's `scopeList` cut to the scopes granted, each
 * once, in the list's order (empty when it asks for none of them). A provider with no
 * actions is returned as it is.
 */
export function scopedGuide(provider: Provider, chosen: readonly string[]): Provider {
  if (!provider.actions?.length) return provider;
  const granted = new Set(scopesFor(provider.actions, chosen));
  const relevant = (scopes: readonly string[] | undefined) => !scopes?.length || scopes.some((s) => granted.has(s));
  return {
    ...provider,
    sections: provider.sections
      .filter((section) => relevant(section.scopes))
      .map((section) => ({
        ...section,
        steps: section.steps
          .filter((step) => relevant(step.scopes))
          .map((step) => (step.scopeList ? { ...step, scopeList: [...new Set(step.scopeList.filter((s) => granted.has(s)))] } : step)),
      })),
  };
}
