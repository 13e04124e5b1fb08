/**
 * GFM tables. The parser reads MDX without the GFM extension, so a table arrives as a
 * paragraph whose lines are its rows (`| Field | Where |`, `|---|---|`, ...); this finds
 * them there, cell by cell, keeping each cell's inline content (bold, code, links).
 *
 * The catalog has no table block yet: each body row becomes an item of a list, with one
 * line per cell, `**Header**: cell`. Nothing is lost, and it reads well on a phone.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { Block, Inline } from '../../schema/guide.js';
import { inlines, isBlank, trimInlines } from './inline.js';
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

/** A paragraph that is a GFM table -> its rows as a list; undefined for any other paragraph. */
export function tableOf(node: Paragraph, state: State): Item[] | undefined {
  const lines = linesOf(node.children);
  if (lines.length < 2 || !plain(lines[0]!).includes('|') || !DELIMITER_ROW.test(plain(lines[1]!))) return undefined;
  const cell = (nodes: Cell): Inline[] => trimInlines(inlines(nodes, state));
  const header = cellsOf(lines[0]!).map(cell);
  const items: Block[][] = lines.slice(2).flatMap((line) => {
    const runs: Inline[] = [];
    cellsOf(line).forEach((nodes, i) => {
      const value = cell(nodes);
      if (isBlank(value)) return;
      if (runs.length) runs.push({ type: 'break' });
      const head = header[i];
      runs.push(...(head && !isBlank(head) ? [{ type: 'strong' as const, children: head }, { type: 'text' as const, text: ': ' }] : []), ...value);
    });
    return runs.length ? [[{ type: 'paragraph', children: runs }]] : [];
  });
  if (items.length) return [{ type: 'list', ordered: false, items }];
  // A header and no rows: the header's words, one per line.
  return [{ type: 'paragraph', children: header.filter((h) => !isBlank(h)).flatMap((h, i) => (i ? [{ type: 'break' as const }, ...h] : h)) }];
}
