/**
 * Problems found in a guide, each at `file:line:column`, collected before the build fails;
 * and warnings: what the author probably did not mean, which does not stop the build
 * (unless it is strict).
 */

export interface Point {
  line: number;
  column: number;
}

/** The line and column (both from 1) of an offset in a source text. */
export function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export interface GuideProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** `warning` for what does not stop the build unless it is strict; absent for an error. */
  severity?: 'warning';
}

/** Collects every problem and warning in one file instead of stopping at the first. */
export class Diagnostics {
  readonly problems: GuideProblem[] = [];
  readonly warnings: GuideProblem[] = [];

  constructor(readonly file: string) {}

  /** An error: the guide cannot be compiled. */
  report(message: string, at: Point | undefined): void {
    this.problems.push({ file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, message });
  }

  /** Something the guide says that the compiler ignores or doubts: compiled anyway, unless strict. */
  warn(message: string, at: Point | undefined): void {
    this.warnings.push({ file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, message, severity: 'warning' });
  }
}

/** `file:line:column: message`, or `file:line:column: warning: message`. */
export function formatProblem(problem: GuideProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/** In the order they stand in their file: by line, then column. */
export function inOrder(problems: readonly GuideProblem[]): GuideProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Thrown by the compiler when any guide has a problem: nothing is written. */
export class GuideCompileError extends Error {
  constructor(readonly problems: GuideProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GuideCompileError';
  }
}
