// Real-browser tests in Debian's Chromium (see TOOLCHAIN.md for the flags and pitfalls).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './test/helpers/count-reporter.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const filter = process.env.ANCRE_TEST_FILES;

export default {
  rootDir: '.',
  files: filter
    ? filter.split(',')
    : ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', '!**/node_modules/**', '!**/*.node.test.*'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
  // One page at a time: with two, the background page gets no requestAnimationFrame in headless
  // Chromium and any test awaiting a frame (open-wc fixture) times out.
  concurrency: Number(process.env.ANCRE_TEST_CONCURRENCY || 1),
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
