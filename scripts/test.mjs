// npm test: build, build Storybook, run every browser test (unit, component, security, a11y, the
// demo page and the built Storybook) in Debian Chromium and every Node test, then print one line
// `N passed, N failed` and exit non-zero on any failure (a file that fails to import counts).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { run, bin } from './run.mjs';

let passed = 0;
let failed = 0;
const failures = [];
const fail = (what) => {
  failed++;
  failures.push(what);
};

if (run('npm', ['run', 'build']) !== 0) fail('npm run build');
else {
  if (run('npm', ['run', 'build-storybook']) !== 0) fail('npm run build-storybook');

  // Browser tests.
  rmSync('.cache/wtr-counts.json', { force: true });
  run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs']);
  if (existsSync('.cache/wtr-counts.json')) {
    const counts = JSON.parse(readFileSync('.cache/wtr-counts.json', 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    failures.push(...counts.failures);
  } else fail('web-test-runner did not report (it crashed or could not start Chromium)');

  // Node tests (headless SDKs, build scripts, CLI), against the built packages.
  const nodeTests = [...walk('packages'), ...walk('test')].filter((f) => /\/test\/.*\.node\.test\.mjs$/.test(f) || /^test\/.*\.node\.test\.mjs$/.test(f));
  if (nodeTests.length) {
    const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], { encoding: 'utf8' });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    const pass = Number(/^# pass (\d+)/m.exec(result.stdout)?.[1] ?? 0);
    const failN = Number(/^# fail (\d+)/m.exec(result.stdout)?.[1] ?? 0);
    passed += pass;
    failed += failN;
    if (failN) failures.push(`${failN} node test(s) failed`);
    if (result.status !== 0 && failN === 0) fail('node --test exited non-zero with no failed test');
    console.log(`node tests: ${pass} passed, ${failN} failed`);
  }
}

if (failures.length) {
  console.log('\nFailures:');
  for (const f of failures) console.log(`- ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}
