#!/usr/bin/env node
// npm run bench [-- <name filter>]: runs every test/bench/*.bench.ts in headless Debian Chromium and
// prints each result as an aligned table.
//
// Contract of a bench module: `export default async function run(): Promise<{ title: string;
// rows: Record<string, string | number>[]; notes?: string[] }>`. It runs in a real page (bundled with
// esbuild, `source` export condition so workspace packages resolve to their TypeScript), served from
// localhost by node:http; files of the repository (node_modules data, fixtures) are served read-only
// at their path. Chromium runs with --js-flags=--expose-gc, so a bench may call `gc()` and read
// `performance.memory`.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readdirSync, existsSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'test/bench');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));
const files = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
      .sort()
  : [];
if (files.length === 0) {
  console.log(`[bench] no test/bench/*.bench.ts${filter ? ` matching "${filter}"` : ''}`);
  process.exit(0);
}

// 1. Bundle each bench.
const bundles = new Map();
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const out = await build({
    entryPoints: [join(benchDir, file)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
    conditions: ['source', 'browser', 'module'],
    tsconfig: join(root, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  bundles.set(name, out.outputFiles[0].text);
}

// 2. Serve the bundles, a page per bench, and the repository read-only.
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.txt': 'text/plain', '.css': 'text/css' };
const page = (name) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${name} bench</title></head><body>
<script type="module">
import run from './${name}.bench.js';
window.__bench = { done: false };
run().then((result) => { window.__bench = { done: true, result }; }, (error) => { window.__bench = { done: true, error: String(error && error.stack || error) }; });
</script></body></html>`;
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  let m = /^\/([\w-]+)\.bench\.js$/.exec(path);
  if (m && bundles.has(m[1])) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles.get(m[1]));
    return;
  }
  m = /^\/([\w-]+)\.html$/.exec(path);
  if (m && bundles.has(m[1])) {
    res.writeHead(200, { 'content-type': 'text/html' }).end(page(m[1]));
    return;
  }
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// 3. Run each in headless Chromium.
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  // waitForFunction below is one CDP call: a bench longer than the default 180 s would time out.
  protocolTimeout: 900_000,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--js-flags=--expose-gc',
    // performance.memory is otherwise rounded and cached: heap figures need the precise values.
    '--enable-precise-memory-info',
  ],
});
const version = await browser.version();
let failed = 0;
try {
  for (const name of bundles.keys()) {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => console.error(`[bench ${name}] page error: ${e.message}`));
    const started = Date.now();
    await tab.goto(`${base}/${name}.html`);
    await tab.waitForFunction(() => window.__bench?.done, { timeout: 600_000, polling: 250 });
    const outcome = await tab.evaluate(() => window.__bench);
    await tab.close();
    if (outcome.error) {
      failed++;
      console.error(`\n[bench ${name}] failed: ${outcome.error}`);
      continue;
    }
    printResult(outcome.result, `${name}.bench.ts · ${version} · ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

function printResult({ title, rows, notes }, subtitle) {
  console.log(`\n${title}\n${subtitle}`);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (v === undefined || v === null ? '' : typeof v === 'number' ? formatNumber(v) : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
  for (const n of notes ?? []) console.log(`- ${n}`);
}

function formatNumber(v) {
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3);
}
