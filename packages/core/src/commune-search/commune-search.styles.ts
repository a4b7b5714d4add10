import { css } from 'lit';

export const communeSearchStyles = css`
  :host {
    --_accent: var(--ancre-commune-search-accent, var(--_color-primary));
    --_field-border: var(--ancre-commune-search-border-color, var(--_color-border));
    --_list-background: var(--ancre-commune-search-list-background, var(--_color-surface));
    --_active-background: var(--ancre-commune-search-active-background, var(--_color-surface-alt));
    position: relative;
    max-width: 32rem;
  }
  label {
    display: block;
    font-weight: var(--_font-weight-bold);
    margin-block-end: var(--_space-xs);
  }
  .hint {
    margin: 0 0 var(--_space-xs);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  input {
    width: 100%;
    min-height: var(--_target-size);
    padding: var(--_space-s) var(--_space-m);
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_field-border);
    border-block-end: 2px solid var(--_accent);
    border-radius: var(--_radius-s) var(--_radius-s) 0 0;
  }
  input:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 0;
    padding: var(--_space-xs) 0;
    list-style: none;
    max-height: 20rem;
    overflow-y: auto;
    background: var(--_list-background);
    border: 1px solid var(--_field-border);
    border-radius: 0 0 var(--_radius-m) var(--_radius-m);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    min-height: var(--_target-size);
    padding: var(--_space-s) var(--_space-m);
    cursor: pointer;
    border-inline-start: 4px solid transparent;
  }
  [role='option']:hover,
  [role='option'][aria-selected='true'] {
    background: var(--_active-background);
    border-inline-start-color: var(--_accent);
  }
  .name {
    font-weight: var(--_font-weight-bold);
  }
  .meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-s);
  }
  .error {
    margin: var(--_space-xs) 0 0;
    color: var(--_color-danger);
  }
  .error button {
    margin-inline-start: var(--_space-s);
    min-height: var(--_target-size);
    padding: 0 var(--_space-m);
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius-s);
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
