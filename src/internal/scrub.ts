/**
 * A host's error message, made safe to show: whatever typed value it echoes is masked.
 * Its own module: only a failed Connect or Disconnect loads it.
 *
 * Rather than list the encodings a server might use and encode each value that many ways,
 * the message is decoded the ways servers encode (percent-encoding in any case, form
 * encoding, HTML entities, JSON escapes, and each of those twice), and every base64 run in
 * it is decoded at each of its four alignments; a value found in any decoded view is masked
 * where it stands in the message. So `user:KEY`, `KEY:`, a key at any offset of a longer
 * base64 text, `%7E` or `%7e` for `~`, `\/` and `&#x2F;` are all found by one search; so are
 * a secret in upper case, in hex (`736b…`, `0x…`, `\x73…`), JavaScript's `\u{…}` and `\xHH`,
 * a numeric reference without its `;`, a key split by spaces or base64 wrapped in lines
 * (a view drops white space), and a secret's end shown alone (`...B7xR2pL8vN`).
 */

/** The longest host message the hub shows, in characters. */
const MAX_MESSAGE = 500;
/** How much of a message is searched: more than is ever shown, and bounded whatever the host sends. */
const MAX_SEARCHED = 20_000;
/** The shortest start of a secret that is masked when a server cuts it ("sk_live_9Zq..."). */
const MIN_PREFIX = 6;
/** The shortest end of a secret that is masked when a server shows only its end ("...B7xR2pL8vN"). */
const MIN_SUFFIX = 8;

/**
 * The host's messages for a form's fields: `fields: { [key]: message }` on what it threw
 * (a failed `validateSubmission` carries the same), each masked with `mask`. Keys the
 * provider has no field for are left out, and the host is told once for each (`warned`).
 */
export function fieldMessages(
  provider: { key: string; fields: readonly { key: string }[] },
  error: unknown,
  mask: (text: string) => string,
  warned: Set<string>,
): Record<string, string> | undefined {
  const given = (error as { fields?: unknown } | null)?.fields;
  if (typeof given !== 'object' || given === null) return undefined;
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(given)) {
    const known = provider.fields.some((f) => f.key === key);
    if (known && typeof message === 'string' && message.trim()) out[key] = mask(message.trim());
    else if (!known && !warned.has(`${provider.key}.${key}`)) {
      warned.add(`${provider.key}.${key}`);
      console.warn(
        `link-hub: onSubmit rejected with fields.${key}, but ${provider.key} has no field "${key}" (its fields: ${provider.fields.map((f) => f.key).join(', ')})`,
      );
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** The message a host's rejection carries: an Error's, a string, or `{ message }`; else undefined. Not yet cut. */
export function messageOf(error: unknown): string | undefined {
  const raw = typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
}

/** A decoding of the message: `text`, and for each of its code units the span `[from, to)` it came from. */
interface View {
  text: string;
  /** Its white space was dropped: searched for values, not for base64 or hex runs (which would swallow the words around). */
  joined?: boolean;
  from: number[];
  to: number[];
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', bsol: '\\', equals: '=', plus: '+', percnt: '%',
  num: '#', dollar: '$', lowbar: '_', period: '.', colon: ':', semi: ';', comma: ',', excl: '!', quest: '?',
  commat: '@', lsqb: '[', rsqb: ']', lcub: '{', rcub: '}', verbar: '|', tilde: '~', Hat: '^', grave: '`', ast: '*',
  hyphen: '-', dash: '-', nbsp: '\u00a0',
}; // prettier-ignore
const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', "'": "'", b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const ENTITY = /^&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([A-Za-z]{2,8});)/;
/** `\uXXXX` (JSON), and the escapes of JavaScript and other languages: `\u{…}`, `\xHH`. */
const UNICODE_ESCAPE = /^\\(?:u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|x([0-9a-fA-F]{2}))/;
const PERCENT = /^%([0-9a-fA-F]{2})/;

const utf8 = new TextDecoder();
/** How many bytes the UTF-8 sequence that `lead` starts has (1 for a stray byte). */
const sequenceLength = (lead: number) => (lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1);

/** Which encodings one layer of decoding undoes: `%xx`, `+` as a space, HTML references, JSON escapes. */
interface Layer {
  /** White space dropped (a key split in groups), or only line breaks (base64 wrapped in lines: MIME, 76 columns). */
  space?: RegExp;
  percent?: boolean;
  plus?: boolean;
  entity?: boolean;
  json?: boolean;
}

/**
 * One layer of decoding over `view`: `%xx` runs as UTF-8 (either case), `+` as a space,
 * HTML character references, JSON string escapes, as `layer` says. What is none of those
 * is kept as it is.
 */
function decode(view: View, layer: Layer): View {
  const { text } = view;
  const out: View = { text: '', from: [], to: [], joined: !!(view.joined || layer.space?.test(' ')) };
  const emit = (chars: string, start: number, end: number) => {
    for (let k = 0; k < chars.length; k++) {
      out.from.push(view.from[start]!);
      out.to.push(view.to[end - 1]!);
    }
    out.text += chars;
  };
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i, i + 12);
    let match: RegExpExecArray | null;
    if (layer.percent && PERCENT.test(rest)) {
      // A run of %xx bytes, decoded one UTF-8 sequence at a time so each character keeps its own span.
      const bytes: number[] = [];
      let end = i;
      for (let m = PERCENT.exec(text.slice(end, end + 3)); m; m = PERCENT.exec(text.slice(end, end + 3))) {
        bytes.push(parseInt(m[1]!, 16));
        end += 3;
      }
      for (let b = 0; b < bytes.length;) {
        const n = Math.min(sequenceLength(bytes[b]!), bytes.length - b);
        emit(utf8.decode(new Uint8Array(bytes.slice(b, b + n))), i + 3 * b, i + 3 * (b + n));
        b += n;
      }
      i = end;
    } else if (layer.entity && (match = ENTITY.exec(rest))) {
      const [all, decimal, hex, name] = match;
      const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
      const char = code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : NAMED[name!];
      emit(char ?? all[0]!, i, char ? i + all.length : i + 1);
      i += char ? all.length : 1;
    } else if (layer.json && (match = UNICODE_ESCAPE.exec(rest))) {
      const code = parseInt(match[1] ?? match[2] ?? match[3]!, 16);
      emit(match[1] ? String.fromCharCode(code) : String.fromCodePoint(Math.min(code, 0x10ffff)), i, i + match[0].length);
      i += match[0].length;
    } else if (layer.json && text[i] === '\\' && JSON_ESCAPES[text[i + 1] ?? '']) {
      emit(JSON_ESCAPES[text[i + 1]!]!, i, i + 2);
      i += 2;
    } else if (layer.space?.test(text[i]!)) {
      i += 1;
    } else {
      emit(layer.plus && text[i] === '+' ? ' ' : text[i]!, i, i + 1);
      i += 1;
    }
  }
  return out;
}

/**
 * The message as it is, and decoded each way on its own (a key may hold what another
 * encoding would read: `%AA` in a key sent as HTML entities), all ways at once, and twice.
 */
function views(message: string): View[] {
  const plain: View = { text: message, from: [], to: [] };
  for (let i = 0; i < message.length; i++) {
    plain.from.push(i);
    plain.to.push(i + 1);
  }
  const all = { percent: true, entity: true, json: true };
  const url = decode(plain, { percent: true });
  return [
    plain,
    url,
    decode(plain, { percent: true, plus: true }),
    decode(plain, { entity: true }),
    decode(plain, { json: true }),
    decode(url, { percent: true }),
    decode(plain, all),
    decode(plain, { ...all, plus: true }),
    decode(decode(plain, all), all),
    decode(plain, { space: /\s/ }),
    decode(plain, { ...all, space: /\s/ }),
    decode(plain, { space: /[\r\n]/ }),
    decode(plain, { ...all, space: /[\r\n]/ }),
  ];
}

/** What to look for: each value whole, and each secret's start (and end) from MIN_PREFIX (MIN_SUFFIX) characters on. */
interface Needle {
  value: string;
  /** The shortest part of `value`, from its start, that counts as found. */
  least: number;
  /** The shortest part of `value`, at its end, that counts as found ("...B7xR2pL8vN"), for a secret. */
  tail?: number | undefined;
}

/** Every span of `haystack` that holds a needle (or, for a secret, its start or its end). */
function* found(haystack: string, needles: Needle[]): Generator<[number, number]> {
  for (const { value, least, tail } of needles) {
    const head = value.slice(0, least);
    for (let at = haystack.indexOf(head); at >= 0; at = haystack.indexOf(head, at + 1)) {
      let end = at + least;
      while (end - at < value.length && haystack[end] === value[end - at]) end++;
      if (end - at === value.length || least < value.length) yield [at, end];
    }
    if (!tail || tail >= value.length) continue;
    const last = value.slice(-tail);
    for (let end = haystack.indexOf(last); end >= 0; end = haystack.indexOf(last, end + 1)) {
      let start = end;
      end += tail;
      while (end - start < value.length && haystack[start - 1] === value[value.length - (end - start) - 1]) start--;
      yield [start, end];
    }
  }
}

/** In lower case, one code unit for one so positions stay (else only ASCII letters): a server that upper-cases what it echoes. */
function lower(text: string): string {
  const all = text.toLowerCase();
  return all.length === text.length ? all : text.replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

const HEX = /(?:0x|\\x)?[0-9a-fA-F]{2}(?:(?:\\x|[ :-])?[0-9a-fA-F]{2}){2,}/g;

/** The bytes a hex run spells (`736b5f…`, `0x736B…`, `\x73\x6b…`, `73:6b:…`), as a Latin-1 string, read from its `skip`th digit. */
function hexBytes(run: string, skip: number): string {
  const digits = run.replace(/^0x|\\x|[ :-]/g, '').slice(skip);
  let bytes = '';
  for (let i = 0; i + 1 < digits.length; i += 2) bytes += String.fromCharCode(parseInt(digits.slice(i, i + 2), 16));
  return bytes;
}

const B64 = /[A-Za-z0-9+/_-]{4,}={0,2}/g;
const SEXTET: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'].map((c, i) => [c, i]),
);
Object.assign(SEXTET, { '+': 62, '-': 62, '/': 63, _: 63 });

/** The bytes of a base64 (or base64url) text read from its `skip`th character, as a Latin-1 string. */
function base64Bytes(run: string, skip: number): string {
  let bytes = '';
  let bits = 0;
  let count = 0;
  for (let i = skip; i < run.length && run[i] !== '='; i++) {
    bits = (bits << 6) | SEXTET[run[i]!]!;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes += String.fromCharCode((bits >> count) & 0xff);
    }
  }
  return bytes;
}

/** A string's UTF-8 bytes as a Latin-1 string, to be found among decoded base64 bytes. */
const latin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

/**
 * Masks every typed value a host echoed back into a message, so it never reaches an event
 * or the page: each value whole, in every encoding the views decode, and in base64 at any
 * alignment (the whole base64 run is hidden); for `secrets`, also a start of the secret of
 * MIN_PREFIX characters or more that a server cut. Overlapping echoes merge into one mask.
 * Then the message is cut to 500 characters.
 */
export function scrub(message: string, values: string[], secrets: string[] = []): string {
  const text = message.slice(0, MAX_SEARCHED);
  const hidden = new Uint8Array(text.length);
  const secretNeedles = secrets
    .filter((v) => v.length > 2)
    .map((value) => ({ value, least: Math.min(MIN_PREFIX, value.length), tail: MIN_SUFFIX }));
  const needles: Needle[] = [...values.filter((v) => v.length > 2).map((value) => ({ value, least: value.length })), ...secretNeedles];
  // A secret in another case ("SK_LIVE_…"): searched for in the lower-cased views.
  const lowerNeedles = secretNeedles.map((n) => ({ ...n, value: lower(n.value) }));
  if (needles.length) {
    const byteNeedles = needles.map(({ value, least, tail }) => ({
      value: latin1(value),
      least: least === value.length ? latin1(value).length : least,
      tail,
    }));
    for (const view of views(text)) {
      const hide = (start: number, end: number) => hidden.fill(1, view.from[start], view.to[end - 1]);
      for (const [start, end] of found(view.text, needles)) hide(start, end);
      for (const [start, end] of found(lower(view.text), lowerNeedles)) hide(start, end);
      if (view.joined) continue;
      for (const run of view.text.matchAll(B64)) {
        for (let skip = 0; skip < 4; skip++) {
          if (!found(base64Bytes(run[0], skip), byteNeedles).next().done) hide(run.index, run.index + run[0].length);
        }
      }
      for (const run of view.text.matchAll(HEX)) {
        for (let skip = 0; skip < 2; skip++) {
          if (!found(hexBytes(run[0], skip), byteNeedles).next().done) hide(run.index, run.index + run[0].length);
        }
      }
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!hidden[i]) out += text[i];
    else if (!hidden[i - 1]) out += '•••';
  }
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE - 1)}…` : out;
}
