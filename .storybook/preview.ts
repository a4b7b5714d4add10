import type { Preview } from '@storybook/web-components-vite';
import { PRESET_NAMES, presetCss } from '../packages/core/src/theme/presets.js';
import '../packages/core/themes/dsfr.css';

// Theme presets as real stylesheets, scoped by [data-ancre-theme], exactly as a page would load them.
const style = document.createElement('style');
style.textContent = PRESET_NAMES.map(presetCss).join('\n');
document.head.append(style);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Ancre theme preset',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: [...PRESET_NAMES, 'dsfr'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'fr' },
  decorators: [
    (story, context) => {
      const theme = String(context.globals['theme'] ?? 'default');
      document.documentElement.lang = String(context.globals['locale'] ?? 'fr');
      document.documentElement.dataset['ancreTheme'] = theme;
      const dark = theme === 'dark';
      document.body.style.background = dark ? '#161616' : '#ffffff';
      document.body.style.color = dark ? '#eeeeee' : '#1e1e1e';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
