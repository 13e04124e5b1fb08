/** Writes a compiled catalog (single file and/or split form) all at once: temp files, then renames. */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../schema/guide.js';
import { catalogIndex } from './compile.js';

export interface CatalogOutputs {
  /** The single-file catalog. */
  out?: string | undefined;
  /** A folder for the split form: `index.json` plus `<key>.json` per provider. */
  split?: string | undefined;
}

export async function writeCatalog(catalog: Catalog, outputs: CatalogOutputs): Promise<string[]> {
  const files = new Map<string, string>();
  if (outputs.out) files.set(path.resolve(outputs.out), JSON.stringify(catalog));
  if (outputs.split) {
    const dir = path.resolve(outputs.split);
    files.set(path.join(dir, 'index.json'), JSON.stringify(catalogIndex(catalog)));
    for (const provider of catalog.providers) files.set(path.join(dir, `${provider.key}.json`), JSON.stringify(provider));
    for (const { locale, providers } of catalog.locales ?? []) {
      for (const provider of providers) files.set(path.join(dir, locale, `${provider.key}.json`), JSON.stringify(provider));
    }
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
