/**
 * "Did you mean ...?": the known name an unknown one was probably meant to be, for
 * messages about a misspelt front matter key (`catgory`), component (`<Setps>`) or link token claim (`provider`).
 */

/**
 * The edit distance between two words, counting a swap of two neighbouring letters as one
 * edit (optimal string alignment): `Setps` is one edit from `Steps`, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may be from a name and still be taken for it: short words allow fewer, so `<x>` is not taken for `<b>`. */
const allowedEdits = (length: number) => (length >= 6 ? 2 : length >= 3 ? 1 : 0);

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The known name `name` was probably meant to be, or undefined. Case is ignored. A name
 * is close when it is at most two edits away (fewer for short words: see `allowedEdits`),
 * or when the two share a prefix of at least four letters that is most (60%) of the
 * shorter one (`desc` for `description`, `categories` for `category`). The closest wins;
 * on a tie, the longer shared prefix, then the first in `known`.
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  let best: { name: string; distance: number; prefix: number } | undefined;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    const distance = editDistance(wanted, other);
    const prefix = commonPrefix(wanted, other);
    const near = distance <= allowedEdits(wanted.length) || (prefix >= 4 && prefix >= 0.6 * Math.min(wanted.length, other.length));
    if (!near) continue;
    if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix))
      best = { name: candidate, distance, prefix };
  }
  return best?.name;
}
