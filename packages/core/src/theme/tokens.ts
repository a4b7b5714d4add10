import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Global design tokens (the first tier). Every component token falls back to one of these, and every
 * one of these falls back to the default below, so a widget looks right on a page that loads no CSS.
 * A page themes Ancre by setting `--ancre-*` custom properties anywhere above the element, or by
 * loading a preset from `@ancre/core/themes/`.
 */
export const TOKENS = {
  '--ancre-color-primary': '#000091',
  '--ancre-color-on-primary': '#ffffff',
  '--ancre-color-surface': '#ffffff',
  '--ancre-color-surface-alt': '#f4f4f7',
  '--ancre-color-text': '#1e1e1e',
  '--ancre-color-text-muted': '#555560',
  '--ancre-color-border': '#c7c7d1',
  '--ancre-color-focus': '#0a76f6',
  '--ancre-color-success': '#18753c',
  '--ancre-color-warning': '#8d4f00',
  '--ancre-color-danger': '#c9191e',
  '--ancre-color-info': '#0063cb',
  '--ancre-space-xs': '0.25rem',
  '--ancre-space-s': '0.5rem',
  '--ancre-space-m': '1rem',
  '--ancre-space-l': '1.5rem',
  '--ancre-space-xl': '2.5rem',
  '--ancre-radius-s': '0.25rem',
  '--ancre-radius-m': '0.5rem',
  '--ancre-radius-l': '1rem',
  '--ancre-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--ancre-font-size-s': '0.875rem',
  '--ancre-font-size-m': '1rem',
  '--ancre-font-size-l': '1.25rem',
  '--ancre-font-size-xl': '1.75rem',
  '--ancre-font-weight-bold': '700',
  '--ancre-line-height': '1.5',
  '--ancre-focus-width': '3px',
  '--ancre-target-size': '2.75rem',
} as const;

export type TokenName = keyof typeof TOKENS;
export const TOKEN_NAMES = Object.keys(TOKENS) as TokenName[];

/** `--ancre-color-primary` → `--_color-primary`: the private alias components read. */
export const privateAlias = (token: TokenName): string => token.replace('--ancre-', '--_');

/**
 * Shared host styles: each global token resolved once into a private alias (`--_color-primary`),
 * the font and colours applied, the `[hidden]` contract kept, and a visible focus ring.
 * Components add their own second-tier tokens on top: `--_x: var(--ancre-x-thing, var(--_color-...))`.
 */
export const baseStyles: CSSResult = css`
  :host {
    ${unsafeCSS(TOKEN_NAMES.map((t) => `${privateAlias(t)}: var(${t}, ${TOKENS[t]});`).join('\n    '))}
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
