// npm run build: data → type-check + per-package ESM/.d.ts/maps (tsc -b) → custom-elements.json →
// themes → CDN bundles (rollup). Any step failing fails the build.
import { existsSync, mkdirSync, writeFileSync, copyFileSync, readdirSync, cpSync, rmSync } from 'node:fs';
import { run, bin } from './run.mjs';

const step = (ok, what) => {
  if (ok !== 0) {
    console.error(`[ancre] build failed at: ${what}`);
    process.exit(1);
  }
};

// 0. Clean outputs, so that no module deleted from src/ survives in dist/ (tsc never deletes).
for (const pkg of readdirSync('packages')) {
  rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
  rmSync(`packages/${pkg}/custom-elements.json`, { force: true });
}

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

// 5. CDN bundles (a clean output folder, so no stale chunk is ever served).
rmSync('packages/widgets/dist', { recursive: true, force: true });
step(run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']), 'rollup');

// 6. Static files of the CDN package: the iframe embed page, themes and data next to the bundles.
cpSync('packages/widgets/static', 'packages/widgets/dist', { recursive: true });
cpSync('packages/core/dist/themes', 'packages/widgets/dist/themes', { recursive: true });
for (const [from, to] of [
  ['packages/core/dist/data', 'packages/widgets/dist/data'],
  ['packages/service-finder/dist/data', 'packages/widgets/dist/data'],
  ['packages/eco-assistant/dist/data', 'packages/widgets/dist/data'],
]) {
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
console.log('[ancre] build done');
