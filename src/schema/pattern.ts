/**
 * A field's `pattern`, run in time linear in the value's length whatever the pattern is.
 *
 * A catalog comes from outside the hub (a host may load it from anywhere), and a pattern
 * such as `^(x+)*$` keeps a backtracking engine busy for seconds on 35 characters. So
 * patterns never run on the browser's backtracking engine: they are compiled here into a
 * small automaton and run as a set of states, one step per character (Thompson's
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

type Op =
  | { op: 'char'; test: (char: string) => boolean }
  | { op: 'split'; to: [number, number] }
  | { op: 'jump'; to: number }
  | { op: 'assert'; at: '^' | '$' | 'b' | 'B' }
  | { op: 'match' };

type Node =
  | { kind: 'char'; test: (char: string) => boolean }
  | { kind: 'assert'; at: '^' | '$' | 'b' | 'B' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** The largest program a pattern may compile to (a counted repeat is copied out). */
const MAX_PROGRAM = 4000;

/** Why a pattern cannot run in linear time; its message is the catalog's error. */
export class PatternError extends Error {}

const WORD = /^[A-Za-z0-9_]$/;
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;

/** What one character matches, per the browser's own engine: `raw` is a class, an escape or `.`. */
function oneChar(raw: string): (char: string) => boolean {
  const re = new RegExp(`^(?:${raw})$`, 'u');
  return (char) => re.test(char);
}

/** Parses a pattern that is already a valid `u`-flag RegExp into a tree. */
function parse(source: string): Node {
  let i = 0;
  const alt = (): Node => {
    const options = [seq()];
    while (source[i] === '|') {
      i++;
      options.push(seq());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const quantified = (node: Node): Node => {
    let min: number;
    let max: number;
    const c = source[i];
    const counted = c === '{' ? QUANTIFIER.exec(source.slice(i)) : null;
    if (c === '*' || c === '+' || c === '?') {
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      i++;
    } else if (counted) {
      min = Number(counted[1]);
      max = counted[2] === undefined ? min : counted[3] ? Number(counted[3]) : Infinity;
      i += counted[0].length;
    } else return node;
    if (source[i] === '?') i++; // lazy or greedy: the same answer to "does it match"
    return { kind: 'repeat', node, min, max };
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      if (source.startsWith('(?:', i)) i += 3;
      else if (/^\(\?<[A-Za-z_$]/.test(source.slice(i, i + 4))) i = source.indexOf('>', i) + 1;
      else if (source[i + 1] === '?') throw new PatternError('lookahead, lookbehind and inline flags cannot run in linear time');
      else i++;
      const inner = alt();
      i++; // the ")"
      return inner;
    }
    if (c === '[') {
      let end = i + 1;
      if (source[end] === '^') end++;
      while (source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const raw = source.slice(i, end + 1);
      i = end + 1;
      return { kind: 'char', test: oneChar(raw) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'assert', at: c };
    }
    if (c === '.') {
      i++;
      return { kind: 'char', test: oneChar('.') };
    }
    if (c === '\\') return escape();
    const char = String.fromCodePoint(source.codePointAt(i)!);
    i += char.length;
    return { kind: 'char', test: (other) => other === char };
  };
  const escape = (): Node => {
    const c = source[i + 1]!;
    if (c === 'b' || c === 'B') {
      i += 2;
      return { kind: 'assert', at: c };
    }
    if (/[1-9k]/.test(c)) throw new PatternError('a backreference cannot run in linear time');
    const rest = source.slice(i);
    const raw =
      /^\\u\{[0-9a-fA-F]+\}/.exec(rest)?.[0] ??
      /^\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}/.exec(rest)?.[0] ??
      /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\})/.exec(rest)?.[0] ??
      String.fromCodePoint(...[...rest].slice(0, 2).map((s) => s.codePointAt(0)!));
    i += raw.length;
    return { kind: 'char', test: oneChar(raw) };
  };
  return alt();
}

/** Thompson's construction: the tree as a program of chars, splits, jumps and assertions. */
function compile(tree: Node): Op[] {
  const program: Op[] = [];
  const push = (op: Op) => {
    if (program.length >= MAX_PROGRAM) throw new PatternError(`it is too large to run (more than ${MAX_PROGRAM} steps once its counted repeats are written out)`);
    program.push(op);
    return program.length - 1;
  };
  const emit = (node: Node): void => {
    switch (node.kind) {
      case 'char':
        push({ op: 'char', test: node.test });
        return;
      case 'assert':
        push({ op: 'assert', at: node.at });
        return;
      case 'seq':
        node.items.forEach(emit);
        return;
      case 'alt': {
        const jumps: Extract<Op, { op: 'jump' }>[] = [];
        node.options.forEach((option, n) => {
          const last = n === node.options.length - 1;
          const split = last ? undefined : ({ op: 'split', to: [0, 0] } as Extract<Op, { op: 'split' }>);
          if (split) split.to[0] = push(split) + 1;
          emit(option);
          if (!last) {
            const jump: Extract<Op, { op: 'jump' }> = { op: 'jump', to: 0 };
            push(jump);
            jumps.push(jump);
            split!.to[1] = program.length;
          }
        });
        for (const jump of jumps) jump.to = program.length;
        return;
      }
      case 'repeat': {
        for (let n = 0; n < node.min; n++) emit(node.node);
        if (node.max === Infinity) {
          const split: Extract<Op, { op: 'split' }> = { op: 'split', to: [0, 0] };
          const loop = push(split);
          split.to[0] = loop + 1;
          emit(node.node);
          push({ op: 'jump', to: loop });
          split.to[1] = program.length;
          return;
        }
        const splits: Extract<Op, { op: 'split' }>[] = [];
        for (let n = node.min; n < node.max; n++) {
          const split: Extract<Op, { op: 'split' }> = { op: 'split', to: [0, 0] };
          split.to[0] = push(split) + 1;
          splits.push(split);
          emit(node.node);
        }
        for (const split of splits) split.to[1] = program.length;
        return;
      }
      default: {
        const never: never = node;
        return never;
      }
    }
  };
  emit(tree);
  push({ op: 'match' });
  return program;
}

/** A compiled pattern: `test` answers as `new RegExp(source, 'u').test` would, in linear time. */
export interface LinearPattern {
  test(value: string): boolean;
  /** The same answer, with how many program steps it took: at most (characters + 1) x `size`. */
  run(value: string): { matched: boolean; steps: number };
  readonly size: number;
}

/** Compiles a catalog pattern; throws a SyntaxError for an invalid one, a PatternError for one that cannot run linearly. */
export function compilePattern(source: string): LinearPattern {
  new RegExp(source, 'u'); // the browser's own syntax check, and its message
  const program = compile(parse(source));
  const run = (value: string) => {
    const chars = Array.from(value);
    const seen = new Int32Array(program.length).fill(-1);
    let steps = 0;
    let current: number[] = [];
    let matched = false;
    /** Adds `pc` and every state reachable from it without reading a character, at `pos`. */
    const add = (list: number[], start: number, pos: number, mark: number) => {
      const stack = [start];
      while (stack.length && !matched) {
        const pc = stack.pop()!;
        if (seen[pc] === mark) continue;
        seen[pc] = mark;
        steps++;
        const op = program[pc]!;
        if (op.op === 'char') list.push(pc);
        else if (op.op === 'jump') stack.push(op.to);
        else if (op.op === 'split') stack.push(op.to[1], op.to[0]);
        else if (op.op === 'match') matched = true;
        else if (holds(op.at, chars, pos)) stack.push(pc + 1);
      }
    };
    for (let pos = 0; pos <= chars.length && !matched; pos++) {
      // `test` searches: a match may start at any character.
      add(current, 0, pos, pos);
      if (matched || pos === chars.length) break;
      const next: number[] = [];
      for (const pc of current) {
        const op = program[pc] as Extract<Op, { op: 'char' }>;
        steps++;
        if (op.test(chars[pos]!)) add(next, pc + 1, pos + 1, pos + 1);
        if (matched) break;
      }
      current = next;
    }
    return { matched, steps };
  };
  return { test: (value) => run(value).matched, run, size: program.length };
}

/** Whether an assertion holds between `chars[pos - 1]` and `chars[pos]`. */
function holds(at: '^' | '$' | 'b' | 'B', chars: string[], pos: number): boolean {
  if (at === '^') return pos === 0;
  if (at === '$') return pos === chars.length;
  const boundary = WORD.test(chars[pos - 1] ?? '') !== WORD.test(chars[pos] ?? '');
  return at === 'b' ? boundary : !boundary;
}
