import { css } from 'lit';

/**
 * `<ancre-error>` styles. Component tokens (`--ancre-error-*`) fall back to core's private aliases,
 * which fall back to the global `--ancre-*` tokens.
 */
export const errorViewStyles = css`
  :host {
    --_accent: var(--ancre-error-accent, var(--_color-danger));
    --_background: var(--ancre-error-background, var(--_color-surface));
    --_text: var(--ancre-error-color, var(--_color-text));
    --_border: var(--ancre-error-border-color, var(--_color-border));
    --_code-background: var(--ancre-error-code-background, var(--_color-surface-alt));
    --_warning: var(--ancre-error-warning-color, var(--_color-warning));
    --_button-background: var(--ancre-error-button-background, var(--_color-primary));
    --_button-color: var(--ancre-error-button-color, var(--_color-on-primary));
    --_corner: var(--ancre-error-radius, var(--_radius-m));
  }
  .base {
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_corner);
    padding: var(--_space-m) var(--_space-l);
  }
  .title {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
    color: var(--_accent);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
  }
  .title svg {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding-block: var(--_space-s);
    border-top: 1px solid var(--_border);
  }
  li:first-child {
    border-top: 0;
    padding-top: 0;
  }
  p {
    margin: 0;
  }
  .what {
    font-weight: var(--_font-weight-bold);
  }
  .where,
  .fix {
    margin-top: var(--_space-xs);
  }
  .label {
    color: var(--_color-text-muted);
  }
  .badge {
    color: var(--_warning);
    font-weight: var(--_font-weight-bold);
  }
  code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.92em;
    background: var(--_code-background);
    border-radius: var(--_radius-s);
    padding: 0 var(--_space-xs);
    overflow-wrap: anywhere;
  }
  details {
    margin-top: var(--_space-s);
    border-top: 1px solid var(--_border);
  }
  summary {
    display: flex;
    align-items: center;
    min-height: var(--_target-size);
    cursor: pointer;
    color: var(--_color-primary);
    font-weight: var(--_font-weight-bold);
  }
  summary::before {
    content: '▸' / '';
    margin-inline-end: var(--_space-s);
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  button {
    margin-top: var(--_space-m);
    min-height: var(--_target-size);
    min-width: var(--_target-size);
    padding: 0 var(--_space-l);
    border: 0;
    border-radius: var(--_corner);
    background: var(--_button-background);
    color: var(--_button-color);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
    button {
      border: 1px solid ButtonText;
    }
  }
`;
