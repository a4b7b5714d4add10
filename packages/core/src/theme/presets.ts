import type { TokenName } from './tokens.js';

/** A preset sets some global tokens; what it leaves out keeps the default. */
export type ThemePreset = Partial<Record<TokenName, string>>;

export const PRESET_NAMES = ['default', 'dark', 'high-contrast'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const PRESETS: Record<PresetName, ThemePreset> = {
  default: {},
  dark: {
    '--ancre-color-primary': '#8585f6',
    '--ancre-color-on-primary': '#161616',
    '--ancre-color-surface': '#161616',
    '--ancre-color-surface-alt': '#242424',
    '--ancre-color-text': '#eeeeee',
    '--ancre-color-text-muted': '#b0b0bb',
    '--ancre-color-border': '#4a4a55',
    '--ancre-color-focus': '#7ab4ff',
    '--ancre-color-success': '#3bdc7a',
    '--ancre-color-warning': '#ffb84d',
    '--ancre-color-danger': '#ff8a8a',
    '--ancre-color-info': '#7ab4ff',
  },
  'high-contrast': {
    '--ancre-color-primary': '#000000',
    '--ancre-color-on-primary': '#ffffff',
    '--ancre-color-surface': '#ffffff',
    '--ancre-color-surface-alt': '#ffffff',
    '--ancre-color-text': '#000000',
    '--ancre-color-text-muted': '#000000',
    '--ancre-color-border': '#000000',
    '--ancre-color-focus': '#b30000',
    '--ancre-color-success': '#005a1e',
    '--ancre-color-warning': '#5c3300',
    '--ancre-color-danger': '#9c0000',
    '--ancre-color-info': '#003c80',
    '--ancre-focus-width': '4px',
  },
};

/** The CSS of a preset, scoped to `.ancre-theme-NAME` and `[data-ancre-theme="NAME"]`. */
export function presetCss(name: PresetName): string {
  const body = Object.entries(PRESETS[name])
    .map(([token, value]) => `  ${token}: ${value};`)
    .join('\n');
  return `:where(.ancre-theme-${name}, [data-ancre-theme="${name}"]) {\n${body}\n}\n`;
}

/** Applies a preset to one element (or a container) through inline custom properties. */
export function applyPreset(element: HTMLElement, name: PresetName): void {
  for (const preset of PRESET_NAMES) {
    for (const token of Object.keys(PRESETS[preset])) element.style.removeProperty(token);
  }
  for (const [token, value] of Object.entries(PRESETS[name])) element.style.setProperty(token, value);
}
