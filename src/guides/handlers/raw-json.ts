/**
 * Where a character of a JSON attribute's value stands in the guide's source: the parser
 * hands over attribute values with their character references decoded, so positions inside
 * a scope selector's JSON are found again in the text the author wrote.
 */
import { attributeNode, type Element, type State } from './state.js';

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|[A-Za-z][A-Za-z0-9]*);/y;

/**
 * The attribute's value as written in the source, and where it starts: the parser hands
 * over the value with its character references decoded, and positions inside the JSON
 * must be found in the text the author wrote.
 */
export function rawValue(node: Element, name: string, state: State): { raw: string; start: number } | undefined {
  const position = attributeNode(node, name)?.position;
  if (position?.start.offset === undefined || position.end.offset === undefined) return undefined;
  const text = state.source.slice(position.start.offset, position.end.offset);
  const open = /^[^=]*=\s*(["'])/.exec(text);
  if (!open || !text.endsWith(open[1]!)) return undefined;
  return { raw: text.slice(open[0].length, -1), start: position.start.offset + open[0].length };
}

/**
 * For each UTF-16 unit of the decoded value (and for its end), its offset in the raw
 * value; undefined when the two do not line up (a reference the parser kept as written).
 * The parser drops the indentation of a value's continuation lines: skipped here too.
 */
export function rawOffsets(raw: string, decoded: string): number[] | undefined {
  const offsets: number[] = [];
  for (let i = 0; i < raw.length;) {
    REFERENCE.lastIndex = i;
    const reference = REFERENCE.exec(raw);
    if (reference) {
      const code = reference[1] ? parseInt(reference[1], 16) : reference[2] ? Number(reference[2]) : 0;
      offsets.push(i);
      if (code > 0xffff) offsets.push(i);
      i += reference[0].length;
    } else if (raw[i] === decoded[offsets.length]) offsets.push(i++);
    else if (raw[i] === ' ' || raw[i] === '\t') i++;
    else return undefined;
  }
  offsets.push(raw.length);
  return offsets.length === decoded.length + 1 ? offsets : undefined;
}

// ---------------------------------------------------------------- JSON, with positions

/**
 * Where JSON text first goes wrong (undefined when it does not), and where each element
 * of its top-level array starts. `JSON.parse` stays the judge of the value; this only
 * finds places, which its messages do not always give.
 */
export function scanJson(text: string): { error?: number; elements: number[] } {
  let i = 0;
  const elements: number[] = [];
  const space = () => {
    while (' \t\n\r'.includes(text[i] ?? 'x')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const sequence = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      space();
      item();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (depth: number): void => {
    space();
    if (text[i] === '{') {
      sequence('}', () => {
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
      });
    } else if (text[i] === '[') {
      sequence(']', () => {
        if (depth === 0) elements.push(i);
        value(depth + 1);
      });
    } else if (text[i] === '"') string();
    else {
      const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
      literal.lastIndex = i;
      const found = literal.exec(text);
      if (!found) fail();
      i += found![0].length;
    }
  };
  try {
    value(0);
    space();
    if (i < text.length) fail();
    return { elements };
  } catch (offset) {
    return { error: offset as number, elements };
  }
}

/** `JSON.parse`'s reason, without the position and the echo of the text that follow it. */
export const jsonReason = (error: unknown) =>
  String((error as Error).message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/s, '');
