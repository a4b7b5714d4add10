// Lets a Node build script use the project's own TypeScript modules (the same code the browser
// tests exercise) instead of a copy: the listed exports are bundled on the fly with esbuild into a
// temporary ES module, imported, then deleted. Core is reached through its DOM-free text module.
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * @param {string} root the repository root
 * @param {Record<string, string[]>} exportsByFile repo-relative .ts file → names to export
 */
export async function importTs(root, exportsByFile) {
  const contents = Object.entries(exportsByFile)
    .map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`)
    .join('\n');
  const bundled = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    alias: { '@ancre/core/text.js': join(root, 'packages/core/src/text/normalize.ts') },
  });
  const tmp = join(tmpdir(), `ancre-import-ts-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(tmp, bundled.outputFiles[0].text);
  try {
    return await import(pathToFileURL(tmp).href);
  } finally {
    rmSync(tmp, { force: true });
  }
}
