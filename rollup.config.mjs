// CDN build of @ancre/widgets: minified ESM, an all-in-one entry and a lazy autoloader, with Lit,
// XState and marked in shared chunks so that a page never holds two copies of Lit (two copies
// break Trusted Types: "Policy lit-html already exists").
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const entries = Object.fromEntries(
  readdirSync('packages/widgets/src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [f.replace(/\.ts$/, ''), `packages/widgets/src/${f}`]),
);

const vendor = (id) => {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'lit';
  if (/node_modules\/xstate\//.test(id)) return 'xstate';
  if (/node_modules\/marked\//.test(id)) return 'marked';
  return undefined;
};

/**
 * Packages find their data next to their modules (`new URL('../data/communes/', import.meta.url)`
 * in core's dist/geo/, `./data/services/` in the finder's dist/). Bundled, a module lands in an
 * entry or in chunks/, so its `import.meta.url` moves. This gives each bundled module the URL it
 * would have if the package's dist/ were laid out at the CDN root, where build.mjs copies the data.
 */
function keepModuleUrls() {
  return {
    name: 'ancre-keep-module-urls',
    resolveImportMeta(property, { chunkId, moduleId }) {
      if (property !== 'url') return null;
      const inPackage = /packages\/[^/]+\/dist\/(.+)$/.exec(moduleId.replaceAll('\\', '/'));
      if (!inPackage) return null;
      const up = '../'.repeat(chunkId.split('/').length - 1) || './';
      return `new URL(${JSON.stringify(up + inPackage[1])}, import.meta.url).href`;
    },
  };
}

export default {
  input: entries,
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: vendor,
  },
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    keepModuleUrls(),
    nodeResolve({ exportConditions: ['production', 'default'], browser: true }),
    json({ compact: true }),
    typescript({
      tsconfig: 'packages/widgets/tsconfig.json',
      compilerOptions: {
        composite: false,
        declaration: false,
        declarationMap: false,
        // Absolute: paths in these overrides would resolve against the tsconfig's folder.
        outDir: resolve('packages/widgets/dist'),
        rootDir: resolve('packages/widgets/src'),
        noEmitOnError: true,
        incremental: false,
        tsBuildInfoFile: null,
      },
    }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    // tsc's inline __decorate helper reads a top-level `this`; undefined in ESM is what it expects.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
