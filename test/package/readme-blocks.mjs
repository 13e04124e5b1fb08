// The README's TypeScript code blocks, for the tests that compile them (readme-types, pack).

/** The README's TypeScript: [file name, code] for each block, in order. */
export function readmeTypeScript(readme) {
  const blocks = [];
  for (const [, lang, body] of readme.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```$/gm)) {
    if (lang === 'ts' || lang === 'tsx') blocks.push([`readme-${blocks.length + 1}.${lang}`, body]);
    if (lang === 'vue') {
      for (const [, script] of body.matchAll(/<script setup lang="ts">\n([\s\S]*?)<\/script>/g))
        blocks.push([`readme-${blocks.length + 1}.vue.ts`, script]);
    }
  }
  return blocks;
}

/**
 * Whether `code` (a README block) is in `source` as written: the same lines, each indented by the
 * same number of spaces (a function quoted from inside another is shown at the margin).
 */
export function containsVerbatim(source, code) {
  for (let indent = 0; indent <= 8; indent += 2) {
    const shifted = code
      .split('\n')
      .map((line) => (line ? ' '.repeat(indent) + line : line))
      .join('\n');
    if (source.includes(shifted)) return true;
  }
  return false;
}
