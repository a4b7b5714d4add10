// npm run build: data → type-check + per-package ESM/.d.ts/maps (tsc -b) → custom-elements.json →
// themes → CDN bundles (rollup). Any step failing fails the build.
import { existsSync, mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { run, bin } from './run.mjs';

const step = (ok, what) => {
  if (ok !== 0) {
    console.error(`[ancre] build failed at: ${what}`);
    process.exit(1);
  }
};

// 1. Data generated from the data packages (commune index, default packs).
for (const script of ['scripts/build-communes.mjs', 'scripts/build-service-points.mjs', 'scripts/build-tips.mjs']) {
  if (existsSync(script)) step(run(process.execPath, [script]), script);
}

// 2. Type-check and emit every TypeScript package (a type error fails the build: noEmitOnError).
step(run(bin('tsc'), ['-b', 'tsconfig.json']), 'tsc -b');

// 3. Custom elements manifest per package.
for (const pkg of readdirSync('packages')) {
  const dir = `packages/${pkg}`;
  if (pkg === 'widgets' || pkg === 'cli' || !existsSync(`${dir}/src`)) continue;
  step(
    run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.', '--quiet'], { cwd: dir }),
    `custom-elements manifest of ${pkg}`,
  );
}

// 4. Theme presets as CSS files (from the TypeScript tables, so they never drift).
const { PRESET_NAMES, presetCss } = await import('../packages/core/dist/theme/presets.js');
mkdirSync('packages/core/dist/themes', { recursive: true });
for (const name of PRESET_NAMES) writeFileSync(`packages/core/dist/themes/${name}.css`, presetCss(name));
copyFileSync('packages/core/themes/dsfr.css', 'packages/core/dist/themes/dsfr.css');

// 5. CDN bundles.
step(run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']), 'rollup');
console.log('[ancre] build done');
