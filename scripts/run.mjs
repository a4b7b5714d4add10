// Small helpers shared by the build, test and start scripts.
import { spawnSync } from 'node:child_process';

/** Runs a command, inheriting stdio; returns its exit code. */
export function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!options.quiet) console.log(`[ancre] ${[command, ...args].join(' ')} → exit ${result.status} in ${seconds} s`);
  return result.status ?? 1;
}

/** Path of a binary installed in node_modules/.bin. */
export const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
