import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Data the stories load, served as static files (no third-party request anywhere).
  staticDirs: [
    { from: '../packages/core/test/fixtures', to: '/fixtures' },
    { from: '../packages/core/themes', to: '/themes' },
    { from: '../packages/service-finder/test/fixtures', to: '/finder-fixtures' },
  ],
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      // Lit decorators need the legacy (experimental) form, as in tsconfig.base.json.
      esbuild: { tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } },
      build: { chunkSizeWarningLimit: 2000 },
      logLevel: 'warn',
    });
  },
};
export default config;
