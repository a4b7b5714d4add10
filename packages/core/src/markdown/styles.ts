import { css } from 'lit';

/**
 * Styles for what `renderMarkdown` produces, for a widget's `static styles` (after core's `baseStyles`,
 * whose private aliases `--_space-m`, `--_color-border`… it uses). Scope them with a wrapper class if the
 * widget has other content: they target plain element names.
 */
export const markdownStyles = css`
  .md-align-left {
    text-align: start;
  }
  .md-align-center {
    text-align: center;
  }
  .md-align-right {
    text-align: end;
  }
  .md-image-alt {
    font-style: italic;
  }
  pre {
    overflow-x: auto;
    padding: var(--_space-s, 0.5rem);
    border-radius: var(--_radius-s, 0.25rem);
    background: var(--_color-surface-alt, #f4f4f7);
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space-m, 1rem);
    border-inline-start: 4px solid var(--_color-border, #c7c7d1);
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding: var(--_space-xs, 0.25rem) var(--_space-s, 0.5rem);
    border: 1px solid var(--_color-border, #c7c7d1);
  }
  img {
    max-width: 100%;
    height: auto;
  }
`;
