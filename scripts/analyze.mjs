// npm run analyze: minified and gzip bytes of every CDN bundle, what each page load costs per
// widget (its entry plus every chunk it imports statically), and what takes the bytes.
// Reads packages/widgets/dist (run `npm run build` first).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';

const dist = 'packages/widgets/dist';
if (!existsSync(dist)) {
  console.error('packages/widgets/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const files = [
  ...readdirSync(dist).filter((f) => f.endsWith('.js')),
  ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`),
];
const size = new Map(files.map((f) => { const b = readFileSync(join(dist, f)); return [f, { min: b.length, gzip: gz(b) }]; }));

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
console.log('\nFiles of the CDN build (minified / gzip -9)');
for (const [f, s] of [...size].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`  ${pad(f, 44)} ${padL(kb(s.min), 10)} ${padL(kb(s.gzip), 10)}`);

// Static closure of each entry: what a page downloads before the widget works.
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const out = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const target = new URL(m[1], `file:///${dir}`).pathname.slice(1);
    if (size.has(target)) out.add(target);
  }
  return out;
}
function closure(entry) {
  const seen = new Set([entry]);
  const stack = [entry];
  while (stack.length) for (const dep of staticImports(stack.pop())) if (!seen.has(dep)) { seen.add(dep); stack.push(dep); }
  return seen;
}
console.log('\nWhat each entry costs on first load (entry + static chunks, gzip each file)');
for (const entry of files.filter((f) => !f.startsWith('chunks/'))) {
  const all = closure(entry);
  const total = [...all].reduce((n, f) => n + size.get(f).gzip, 0);
  const min = [...all].reduce((n, f) => n + size.get(f).min, 0);
  console.log(`  ${pad(entry, 24)} ${padL(kb(min), 10)} min ${padL(kb(total), 10)} gzip   (${[...all].join(', ')})`);
}

// Standalone bundles, one file each, Lit/XState/marked included: what a widget weighs alone, and
// what takes the bytes inside it (per package, from the module sizes rollup reports).
console.log('\nStandalone bundles (one file, everything included; minified / gzip -9) and what takes them');
const standalone = {
  '@ancre/core runtime (Lit + marked): base, i18n, theme, markdown, error view, card': 'core-runtime',
  '@ancre/core runtime + MachineController (XState)': 'core-machine',
  '@ancre/core + content packs (loader, validator, messages)': 'core-packs',
  '@ancre/core everything (+ geography, commune search)': 'packages/core/dist/index.js',
  ...(existsSync('packages/service-finder/dist/define.js') ? { '@ancre/service-finder': 'packages/service-finder/dist/define.js' } : {}),
  ...(existsSync('packages/eco-assistant/dist/define.js') ? { '@ancre/eco-assistant': 'packages/eco-assistant/dist/define.js' } : {}),
};
const d = (p) => `${process.cwd()}/packages/core/dist/${p}`;
const VIRTUAL = {
  'core-runtime': `import '${d('base/safe-define.js')}';
    export { AncreElement, safeDefine, formatDistance, formatDate, formatList, formatNumber, translate, baseStyles } from '${d('index.js')}';
    export { renderMarkdown, renderInlineMarkdown, markdownStyles } from '${d('markdown/index.js')}';
    import { AncreErrorView } from '${d('error/ancre-error.js')}'; import { AncreCard } from '${d('card/ancre-card.js')}';
    customElements.define('ancre-error', AncreErrorView); customElements.define('ancre-card', AncreCard);`,
  'core-machine': `export * from '\0core-runtime'; export { MachineController } from '${d('base/machine-controller.js')}';`,
  'core-packs': `export * from '\0core-machine'; export { loadPack, validatePack, mergePacks } from '${d('packs/index.js')}';`,
  'packages/core/dist/index.js': `import '${d('define.js')}'; export * from '${d('index.js')}';`,
};
for (const [name, input] of Object.entries(standalone)) {
  const virtual = VIRTUAL[input] !== undefined ? `\0${input}` : input;
  const bundle = await rollup({
    input: virtual,
    treeshake: true,
    onwarn: () => {},
    plugins: [
      {
        name: 'core-all',
        resolveId: (id) => (id.startsWith('\0') ? id : null),
        load: (id) => (id.startsWith('\0') ? VIRTUAL[id.slice(1)] : null),
      },
      nodeResolve({ exportConditions: ['production', 'default'], browser: true }),
      json(),
    ],
  });
  // Chunked like a real page: what the entry loads statically first, and what comes lazily after.
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const first = new Set([entry.fileName]);
  for (const f of first) for (const dep of chunks.get(f).imports) first.add(dep);
  const sum = (files, fn) => [...files].reduce((n, f) => n + fn(chunks.get(f).code), 0);
  const lazy = [...chunks.keys()].filter((f) => !first.has(f));
  const code = [...first].map((f) => chunks.get(f).code).join('\n');
  console.log(`  ${pad(name, 48)} ${padL(kb(code.length), 10)} ${padL(kb(gz(code)), 10)}  first load` +
    (lazy.length ? `; + ${kb(sum(lazy, (c) => gz(c)))} gzip in ${lazy.length} lazy chunk(s)` : ''));
  if (lazy.length) {
    // Each lazy chunk by name (hash dropped), biggest first: what comes after the first paint, and when.
    const named = lazy.map((f) => [f.replace(/-[\w-]{8}\.js$/, ''), gz(chunks.get(f).code)]).sort((a, b) => b[1] - a[1]);
    console.log(`      lazy: ${named.map(([n, g]) => `${n} ${kb(g)}`).join(', ')}`);
  }
  output[0].modules = Object.assign({}, ...[...first].map((f) => chunks.get(f).modules));
  const byPackage = new Map();
  for (const [id, mod] of Object.entries(output[0].modules)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
    const key = m ? m[1] : id.includes('/packages/') ? `@ancre/${id.split('/packages/')[1].split('/')[0]}` : 'other';
    byPackage.set(key, (byPackage.get(key) ?? 0) + mod.renderedLength);
  }
  const total = [...byPackage.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [pkg, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
    console.log(`      ${pad(pkg, 40)} ${padL(((100 * n) / total).toFixed(1), 5)} % of the unminified rendered code`);
  }
}
