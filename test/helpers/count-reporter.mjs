// A web-test-runner reporter that counts real tests: every passed and failed test of every suite,
// and a test file that failed without any failed test (it failed to import, or threw at load) as one
// failure. Writes the counts to .cache/wtr-counts.json for scripts/test.mjs and prints them.
import { mkdirSync, writeFileSync } from 'node:fs';

function walk(suite, counts, file) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${file}: ${test.name}${test.error ? ` — ${test.error.message}` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, counts, file);
}

export function countReporter({ out = '.cache/wtr-counts.json' } = {}) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = counts.failed;
        walk(session.testResults, counts, session.testFile);
        if (!session.passed && counts.failed === before) {
          counts.failed++;
          const why = (session.errors ?? []).map((e) => e.message).join('; ') || 'the file failed to load or run';
          counts.failures.push(`${session.testFile}: ${why}`);
        }
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(out, JSON.stringify(counts, null, 2));
      console.log(`browser tests: ${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
