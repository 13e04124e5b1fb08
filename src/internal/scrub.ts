/**
 * A host's error message, made safe to show: whatever typed value it echoes is masked.
 * Its own module: only a failed Connect or Disconnect loads it.
 */

/** The longest host message the hub shows, in characters. */
const MAX_MESSAGE = 500;

/** The message a host's rejection carries: an Error's, a string, or `{ message }`; else undefined. Not yet cut. */
export function messageOf(error: unknown): string | undefined {
  const raw = typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}

/** Standard base64 of a string's UTF-8 bytes. */
const base64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));

/**
 * The ways a server may echo a typed value back: as typed, URL-encoded (both flavours),
 * JSON-escaped, and in base64, alone or as the `user:password` pair of a Basic
 * `Authorization` header (any two values, in either order), padded or not.
 */
function echoes(values: string[]): string[] {
  const forms = new Set<string>();
  const add = (form: string) => form.length > 2 && forms.add(form);
  for (const value of values) {
    add(value);
    add(encodeURIComponent(value));
    add(encodeURIComponent(value).replaceAll('%20', '+'));
    add(JSON.stringify(value).slice(1, -1));
    const encoded = [base64(value), ...values.filter((other) => other !== value).map((other) => base64(`${value}:${other}`))];
    // With its padding, and without (a value cut out of a longer base64 text has none).
    for (const form of encoded) {
      add(form);
      add(form.replace(/=+$/, ''));
    }
  }
  return [...forms];
}

/**
 * Masks every typed value a host echoed back into a message (in every form `echoes` lists),
 * so it never reaches an event or the page; then cuts the message to 500 characters.
 * Overlapping echoes merge into one mask: every character any form covers is hidden.
 */
export function scrub(message: string, values: string[]): string {
  const hidden = new Uint8Array(message.length);
  for (const form of echoes(values.filter((v) => v.length > 2))) {
    for (let at = message.indexOf(form); at >= 0; at = message.indexOf(form, at + 1)) hidden.fill(1, at, at + form.length);
  }
  let out = '';
  for (let i = 0; i < message.length; i++) {
    if (!hidden[i]) out += message[i];
    else if (!hidden[i - 1]) out += '•••';
  }
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE - 1)}…` : out;
}
