/**
 * A field's `pattern`, run in time linear in the value's length whatever the pattern is.
 *
 * A catalog comes from outside the hub (a host may load it from anywhere), and a pattern
 * such as `^(x+)*$` keeps a backtracking engine busy for seconds on 35 characters. So
 * patterns never run on the browser's backtracking engine: they are compiled here into a
 * small program and run as a set of states, one step per character (Thompson's
 * construction, simulated the way RE2 does). The cost is at most (characters + 1) x the
 * program's size, and the program's size is capped.
 *
 * Why not a library: RE2's JavaScript port is 65 KB gzip, three times the hub's whole list
 * script, and the same check must run in the browser. Only the structure is parsed here;
 * what one character matches (a class, an escape, `.`) is asked of the browser's own
 * engine on that single character, so every class means exactly what it means in a
 * `u`-flag RegExp. Backreferences and lookaround have no linear-time form: a pattern that
 * uses them is refused, with the reason.
 */

/**
 * One instruction: read a character (`char`), go on at either of two places (`split`) or
 * at one (`jump`), go on only where an assertion holds (`assert`: `^`, `$`, `\b`, `\B`),
 * or the pattern has matched (`match`). `char` and `assert` go on at the next instruction.
 */
type Op =
  | { op: 'char'; test: (char: string) => boolean }
  | { op: 'split'; to: number[] }
  | { op: 'jump'; to: number }
  | { op: 'assert'; at: string }
  | { op: 'match' };

/**
 * The largest program a pattern may compile to (a counted repeat is written out): a value of
 * 8,192 characters then costs at most ~8 million steps. Compiling counts everything it
 * writes, kept or not (a repeat writes its atom once more per copy, and `{0}` drops what it
 * wrote, and starts from the source's length): refusing one costs little too.
 */
const MAX_PROGRAM = 500;
const MAX_WORK = 20 * MAX_PROGRAM;

/** Why a pattern cannot run in linear time; its message is the catalog's error. */
export class PatternError extends Error {}

const WORD = /^\w$/;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/;
/** An escape's extent: `\u{…}`, a surrogate pair, `\uXXXX`, `\xXX`, `\cX`, `\p{…}`, else one character. */
const ESCAPE = /^\\(?:u\{[0-9a-fA-F]+\}|u[dD][89abAB]..\\u[dD][c-fC-F]..|u....|x..|c.|[pP]\{[^}]*\}|.)/su;

/** What one character matches, per the browser's own engine: `raw` is a class, an escape or `.`. */
function oneChar(raw: string): (char: string) => boolean {
  const re = new RegExp(`^(?:${raw})$`, 'u');
  return (char) => re.test(char);
}

/**
 * Parses and compiles in one pass. A quantified atom is compiled again from its source for
 * each copy a counted repeat needs; `(?:…)` groups and alternatives become splits and jumps.
 */
function compile(source: string): Op[] {
  const program: Op[] = [];
  let work = source.length;
  const push = (op: Op) => {
    if (program.push(op) > MAX_PROGRAM || ++work > MAX_WORK)
      throw new PatternError(`it is too large: its repeats come to over ${MAX_PROGRAM} steps`);
    return op;
  };
  let i = 0;
  /** Alternatives up to the closing `)` or the end: each but the last is a split, and each jumps to the end. */
  const alternatives = (): void => {
    const jumps: { to: number }[] = [];
    for (;;) {
      const split = push({ op: 'split', to: [program.length + 1, 0] }) as { to: number[] };
      while (i < source.length && source[i] !== '|' && source[i] !== ')') quantified();
      if (source[i] !== '|') {
        split.to[1] = split.to[0]!; // no alternative after all: the split goes one way
        break;
      }
      i++;
      jumps.push(push({ op: 'jump', to: 0 }) as { to: number });
      split.to[1] = program.length;
    }
    for (const jump of jumps) jump.to = program.length;
  };
  const quantified = (): void => {
    const start = i;
    const first = program.length;
    atom();
    const q = QUANTIFIER.exec(source.slice(i));
    if (!q) return;
    i += q[0].length;
    const again = () => {
      const after = i;
      i = start;
      atom();
      i = after;
    };
    const [min, max] =
      q[0][0] === '*'
        ? [0, Infinity]
        : q[0][0] === '+'
          ? [1, Infinity]
          : q[0][0] === '?'
            ? [0, 1]
            : [+q[1]!, q[2] ? (q[3] ? +q[3] : Infinity) : +q[1]!];
    program.length = first; // written out below, as many times as it takes
    for (let n = 0; n < min; n++) again();
    if (max === Infinity) {
      const loop = program.length;
      const split = push({ op: 'split', to: [loop + 1, 0] }) as { to: number[] };
      again();
      push({ op: 'jump', to: loop });
      split.to[1] = program.length;
    } else {
      const splits: { to: number[] }[] = [];
      for (let n = min; n < max; n++) {
        splits.push(push({ op: 'split', to: [program.length + 1, 0] }) as { to: number[] });
        again();
      }
      for (const split of splits) split.to[1] = program.length;
    }
  };
  const atom = (): void => {
    const c = source[i]!;
    const rest = source.slice(i);
    if (c === '(') {
      if (/^\(\?(?:[=!]|<[=!])|^\(\?[^:<]/.test(rest))
        throw new PatternError('lookahead, lookbehind and inline flags cannot run in linear time');
      i = rest.startsWith('(?<') ? source.indexOf('>', i) + 1 : rest.startsWith('(?:') ? i + 3 : i + 1;
      alternatives();
      i++; // the ")"
    } else if (c === '^' || c === '$' || /^\\[bB]/.test(rest)) {
      push({ op: 'assert', at: rest.slice(0, c === '\\' ? 2 : 1) });
      i += c === '\\' ? 2 : 1;
    } else if (/^\\[1-9k]/.test(rest)) {
      throw new PatternError('a backreference cannot run in linear time');
    } else {
      // A class (in `u` mode the first `]` not escaped ends it), an escape, `.`, or a character as itself.
      const raw =
        c === '['
          ? /^\[\^?(?:\\.|[^\]\\])*\]/su.exec(rest)![0]
          : c === '\\'
            ? ESCAPE.exec(rest)![0]
            : String.fromCodePoint(rest.codePointAt(0)!);
      i += raw.length;
      push({ op: 'char', test: c === '[' || c === '\\' || c === '.' ? oneChar(raw) : (char) => char === raw });
    }
  };
  alternatives();
  push({ op: 'match' });
  return program;
}

/** A compiled pattern: `test` answers as `new RegExp(source, 'u').test` would, in linear time. */
export interface LinearPattern {
  test(value: string): boolean;
  /** The same answer, with how many program steps it took: at most 2 x (characters + 1) x `size`. */
  run(value: string): { matched: boolean; steps: number };
  readonly size: number;
}

/** Compiles a catalog pattern; throws a SyntaxError for an invalid one, a PatternError for one that cannot run linearly. */
export function compilePattern(source: string): LinearPattern {
  new RegExp(source, 'u'); // the browser's own syntax check, and its message
  const program = compile(source);
  const run = (value: string) => {
    const chars = Array.from(value);
    const seen = new Int32Array(program.length).fill(-1);
    let steps = 0;
    let matched = false;
    let current: number[] = [];
    /** Adds `start` and every state reachable from it without reading a character, at `pos`. */
    const add = (list: number[], start: number, pos: number) => {
      const stack = [start];
      while (stack.length && !matched) {
        const pc = stack.pop()!;
        if (seen[pc] === pos) continue;
        seen[pc] = pos;
        steps++;
        const op = program[pc]!;
        if (op.op === 'char') list.push(pc);
        else if (op.op === 'jump') stack.push(op.to);
        else if (op.op === 'split') stack.push(op.to[1]!, op.to[0]!);
        else if (op.op === 'match') matched = true;
        else if (holds(op.at, chars, pos)) stack.push(pc + 1);
      }
    };
    for (let pos = 0; pos <= chars.length && !matched; pos++) {
      add(current, 0, pos); // `test` searches: a match may start at any character
      if (matched || pos === chars.length) break;
      const next: number[] = [];
      for (const pc of current) {
        steps++;
        if ((program[pc] as { test: (char: string) => boolean }).test(chars[pos]!)) add(next, pc + 1, pos + 1);
        if (matched) break;
      }
      current = next;
    }
    return { matched, steps };
  };
  return { test: (value) => run(value).matched, run, size: program.length };
}

/** Whether an assertion holds between `chars[pos - 1]` and `chars[pos]`. */
function holds(at: string, chars: string[], pos: number): boolean {
  if (at === '^') return pos === 0;
  if (at === '$') return pos === chars.length;
  const boundary = WORD.test(chars[pos - 1] ?? '') !== WORD.test(chars[pos] ?? '');
  return at === '\\b' ? boundary : !boundary;
}
