/**
 * Source text -> mdast, with MDX syntax (JSX tags, expressions, ESM) and YAML front
 * matter recognised. Nothing here evaluates an expression, import or export.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Diagnostics } from './diagnostics.js';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

interface SyntaxProblem {
  message?: string;
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { line: number; column: number } | { start: { line: number; column: number } } | null;
}

/** Friendlier words for the MDX parser's most common complaints. */
function explainSyntax(reason: string): string {
  if (/before name/i.test(reason) && /whitespace|digit|character/i.test(reason)) {
    return `${reason}. A bare "<" in prose starts a tag in MDX: write &lt; or put the text in backticks`;
  }
  if (/expected a closing tag|expected the closing tag|end of file/i.test(reason)) {
    return `${reason}. Every tag needs its closing tag (<Step>...</Step>) or must close itself (<br />)`;
  }
  return reason;
}

export function parseGuide(source: string, diagnostics: Diagnostics): Root | undefined {
  try {
    return processor.parse(source);
  } catch (error) {
    const problem = error as SyntaxProblem;
    const place = problem.place && 'start' in problem.place ? problem.place.start : problem.place;
    const line = place?.line ?? problem.line ?? 1;
    const column = place?.column ?? problem.column ?? 1;
    diagnostics.report(`MDX syntax error: ${explainSyntax(problem.reason ?? problem.message ?? String(error))}`, { line, column });
    return undefined;
  }
}
