/** Writes a compiled catalog (single file and/or split form) all at once: temp files, then renames. */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../schema/guide.js';
import { splitFiles } from '../schema/split.js';

export interface CatalogOutputs {
  /** The single-file catalog. */
  out?: string | undefined;
  /** A folder for the split form (`index.json`, `<key>.json`, `<locale>/<key>.json`: see `schema/split.ts`). */
  split?: string | undefined;
}

export async function writeCatalog(catalog: Catalog, outputs: CatalogOutputs): Promise<string[]> {
  const files = new Map<string, string>();
  if (outputs.out) files.set(path.resolve(outputs.out), JSON.stringify(catalog));
  if (outputs.split) {
    const dir = path.resolve(outputs.split);
    for (const [file, data] of splitFiles(catalog))
      files.set(path.join(dir, ...file.split('/').map(decodeURIComponent)), JSON.stringify(data));
  }
  const staged: [string, string][] = [];
  try {
    for (const [file, text] of files) {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, `${text}\n`);
      staged.push([temp, file]);
    }
  } catch (error) {
    await Promise.all(staged.map(([temp]) => rm(temp, { force: true })));
    throw error;
  }
  for (const [temp, file] of staged) await rename(temp, file);
  return [...files.keys()];
}
