import { css } from 'lit';

/**
 * Styles for what `renderMarkdown` produces, for a widget's `static styles` (after core's `baseStyles`,
 * whose private aliases `--_space-m`, `--_color-border`… it uses). Every selector is wrapped in `:where()`,
 * so it has zero specificity and any rule of the widget wins.
 */
export const markdownStyles = css`
  :where(a) {
    color: var(--_color-primary, #000091);
  }
  :where(.md-align-left) {
    text-align: start;
  }
  :where(.md-align-center) {
    text-align: center;
  }
  :where(.md-align-right) {
    text-align: end;
  }
  :where(.md-image-alt) {
    font-style: italic;
  }
  :where(pre) {
    overflow-x: auto;
    padding: var(--_space-s, 0.5rem);
    border-radius: var(--_radius-s, 0.25rem);
    background: var(--_color-surface-alt, #f4f4f7);
  }
  :where(code) {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  :where(blockquote) {
    margin-inline: 0;
    padding-inline-start: var(--_space-m, 1rem);
    border-inline-start: 4px solid var(--_color-border, #c7c7d1);
  }
  :where(table) {
    border-collapse: collapse;
  }
  :where(th, td) {
    padding: var(--_space-xs, 0.25rem) var(--_space-s, 0.5rem);
    border: 1px solid var(--_color-border, #c7c7d1);
  }
  :where(img) {
    max-width: 100%;
    height: auto;
  }
`;
