/**
 * GFM tables. The parser reads MDX without the GFM extension, so a table arrives as a
 * paragraph whose lines are its rows (`| Field | Where |`, `|---|---|`, ...); this finds
 * them there, cell by cell, keeping each cell's inline content (bold, code, links), and
 * makes a `table` block of them. A row with fewer cells than the header is padded with
 * empty cells; a row with more keeps them, under empty header cells, with a warning.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Inline } from '../../schema/guide.js';
import type { Point } from '../diagnostics.js';
import { inlines, trimInlines } from './inline.js';
import type { Item, State } from './state.js';

type Cell = PhrasingContent[];

/** A row of cells written on one line: `| a | b |` (the outer bars are optional). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The paragraph's lines, each as its inline nodes (text split at line ends). */
function linesOf(children: readonly PhrasingContent[]): Cell[] {
  const lines: Cell[] = [[]];
  for (const child of children) {
    if (child.type !== 'text') {
      lines[lines.length - 1]!.push(child);
      continue;
    }
    child.value.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ type: 'text', value: piece });
    });
  }
  return lines;
}

/** A line's cells: split at each `|` of its text (not inside code spans or links), outer bars dropped. */
function cellsOf(line: Cell): Cell[] {
  const cells: Cell[] = [[]];
  for (const node of line) {
    if (node.type !== 'text') {
      cells[cells.length - 1]!.push(node);
      continue;
    }
    node.value.split('|').forEach((piece, i) => {
      if (i > 0) cells.push([]);
      if (piece) cells[cells.length - 1]!.push({ type: 'text', value: piece });
    });
  }
  const blank = (cell: Cell | undefined) => !!cell && cell.every((n) => n.type === 'text' && !n.value.trim());
  if (blank(cells[0])) cells.shift();
  if (cells.length > 1 && blank(cells[cells.length - 1])) cells.pop();
  return cells;
}

const plain = (line: Cell) => line.map((n) => (n.type === 'text' ? n.value : '\u0000')).join('');

/** Where the `n`th line of a paragraph starts: its line, at its first character. */
function lineStart(node: Paragraph, n: number, state: State): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const line = start.line + n;
  const text = state.source.split('\n')[line - 1] ?? '';
  return { line, column: n ? text.length - text.trimStart().length + 1 : start.column };
}

/** A paragraph that is a GFM table -> a `table` block; undefined for any other paragraph. */
export function tableOf(node: Paragraph, state: State): Item[] | undefined {
  const lines = linesOf(node.children);
  if (lines.length < 2 || !plain(lines[0]!).includes('|') || !DELIMITER_ROW.test(plain(lines[1]!))) return undefined;
  const cell = (nodes: Cell): Inline[] => trimInlines(inlines(nodes, state));
  const head = cellsOf(lines[0]!).map(cell);
  const rows = lines.slice(2).map((line, i) => {
    const cells = cellsOf(line).map(cell);
    if (cells.length > head.length) {
      const extra = cells.length - head.length;
      state.diagnostics.warn(
        `this table row has ${cells.length} cells and the header ${head.length}: the ${extra === 1 ? 'extra cell is kept under an empty header cell' : `${extra} extra cells are kept under empty header cells`}`,
        lineStart(node, i + 2, state),
      );
      while (head.length < cells.length) head.push([]);
    }
    return cells;
  });
  for (const row of rows) while (row.length < head.length) row.push([]);
  return [{ type: 'table', head, rows }];
}
