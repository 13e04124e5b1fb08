/** Problems found in a guide, each at `file:line:column`, collected before the build fails. */

export interface Point { line: number; column: number }

export interface GuideProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Collects every problem in one file instead of stopping at the first. */
export class Diagnostics {
  readonly problems: GuideProblem[] = [];

  constructor(readonly file: string) {}

  report(message: string, at: Point | undefined): void {
    this.problems.push({ file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, message });
  }
}

export function formatProblem(problem: GuideProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Thrown by the compiler when any guide has a problem: nothing is written. */
export class GuideCompileError extends Error {
  constructor(readonly problems: GuideProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GuideCompileError';
  }
}
