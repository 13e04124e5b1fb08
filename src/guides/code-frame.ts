/**
 * The lines around a place in a guide, numbered, with a caret under the column: the frame
 * Vite shows under an error or warning, in its terminal and its error overlay. Made here
 * because Vite's own frame reads `loc.column` as counted from 0, and ours count from 1
 * (as every `file:line:column` the compiler prints does).
 */
export function codeFrame(source: string, line: number, column: number, around = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const width = Math.max(3, String(last).length + 1);
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1]!;
    frame.push(`${String(n).padEnd(width)}|  ${text}`);
    // Tabs before the column stay tabs, so that the caret lines up under them.
    if (n === line) frame.push(`${' '.repeat(width)}|  ${text.slice(0, column - 1).replace(/[^\t]/g, ' ')}^`);
  }
  return frame.join('\n');
}
