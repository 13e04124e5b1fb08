/** Case- and accent-insensitive form of a string, for search. */
export const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The message a host's rejection carries: an Error's, a string, or `{ message }`; else undefined. */
export function messageOf(error: unknown): string | undefined {
  const raw = typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 500) : undefined;
}

/** Masks any typed value that a host echoed back into a message, so it never reaches an event or the page. */
export function scrub(message: string, values: string[]): string {
  return values.reduce((text, value) => (value.length > 2 ? text.split(value).join('•••') : text), message);
}
