import { css } from 'lit';
import { baseStyles } from '@ancre/core';

/**
 * Styles of `<ancre-service-finder>`. Component tokens `--ancre-finder-*` fall back to the global
 * `--ancre-*` tokens through core's private aliases.
 */
export const finderStyles = [
  baseStyles,
  css`
    :host {
      --_accent: var(--ancre-finder-accent, var(--_color-primary));
      --_on-accent: var(--ancre-finder-on-accent, var(--_color-on-primary));
      --_card-bg: var(--ancre-finder-card-background, var(--_color-surface));
      --_panel-bg: var(--ancre-finder-panel-background, var(--_color-surface-alt));
      --_open: var(--ancre-finder-open-color, var(--_color-success));
      --_closed: var(--ancre-finder-closed-color, var(--_color-danger));
      --_map-height: var(--ancre-finder-map-height, 20rem);
      background: var(--_color-surface);
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--_space-m);
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: var(--_font-size-xl);
    }
    h3 {
      font-size: var(--_font-size-l);
    }
    h4 {
      font-size: var(--_font-size-m);
    }
    p {
      margin: 0;
    }
    a {
      color: var(--_accent);
    }
    .search {
      display: grid;
      gap: var(--_space-s);
      padding: var(--_space-m);
      background: var(--_panel-bg);
      border-radius: var(--_radius-m);
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: stretch;
    }
    .search-row input {
      flex: 1 1 12rem;
    }
    label {
      font-weight: var(--_font-weight-bold);
    }
    .hint {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    input[type='search'] {
      min-height: var(--_target-size);
      padding: var(--_space-xs) var(--_space-s);
      font: inherit;
      color: var(--_color-text);
      background: var(--_color-surface);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-s);
    }
    button {
      min-height: var(--_target-size);
      padding: var(--_space-xs) var(--_space-m);
      font: inherit;
      font-weight: var(--_font-weight-bold);
      color: var(--_on-accent);
      background: var(--_accent);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius-s);
      cursor: pointer;
    }
    button.secondary {
      color: var(--_accent);
      background: var(--_color-surface);
    }
    button.link {
      min-height: 0;
      padding: 0;
      color: var(--_accent);
      background: none;
      border: 0;
      text-align: start;
      text-decoration: underline;
      font-size: inherit;
    }
    details.filters {
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
      padding: var(--_space-s) var(--_space-m);
    }
    details.filters summary {
      min-height: var(--_target-size);
      display: flex;
      align-items: center;
      cursor: pointer;
      font-weight: var(--_font-weight-bold);
    }
    fieldset {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-s);
    }
    legend {
      font-weight: var(--_font-weight-bold);
      padding: 0 var(--_space-xs);
    }
    .checks {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--_space-xs) var(--_space-m);
    }
    .check {
      display: flex;
      gap: var(--_space-s);
      align-items: center;
      min-height: var(--_target-size);
      font-weight: normal;
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      accent-color: var(--_accent);
    }
    .message {
      padding: var(--_space-m);
      border-inline-start: 4px solid var(--_color-info);
      background: var(--_panel-bg);
    }
    .message.warning {
      border-color: var(--_color-warning);
    }
    ol.results,
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space-s);
    }
    .card {
      display: grid;
      gap: var(--_space-xs);
      padding: var(--_space-m);
      background: var(--_card-bg);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
    }
    .card-head {
      display: flex;
      gap: var(--_space-s);
      align-items: baseline;
    }
    .rank {
      flex: none;
      min-width: 1.75rem;
      height: 1.75rem;
      display: inline-grid;
      place-items: center;
      border-radius: 50%;
      color: var(--_on-accent);
      background: var(--_accent);
      font-weight: var(--_font-weight-bold);
      font-size: var(--_font-size-s);
    }
    .kind,
    .source,
    .muted {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
    .distance {
      font-weight: var(--_font-weight-bold);
    }
    address {
      font-style: normal;
    }
    .status {
      font-weight: var(--_font-weight-bold);
    }
    .status.open {
      color: var(--_open);
    }
    .status.closed {
      color: var(--_closed);
    }
    .badge {
      display: inline-block;
      padding: 0 var(--_space-s);
      border: 1px solid currentColor;
      border-radius: var(--_radius-s);
      font-size: var(--_font-size-s);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
    }
    .links a {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target-size);
    }
    .details {
      display: grid;
      gap: var(--_space-m);
    }
    h3[tabindex='-1']:focus {
      outline: none;
    }
    h3[tabindex='-1']:focus-visible {
      outline: var(--_focus-width) solid var(--_color-focus);
    }
    .message > * + * {
      margin-block-start: var(--_space-s);
    }
    .message > h4 {
      margin-block-start: var(--_space-m);
    }
    .candidates {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .stops li {
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_color-border);
    }
    .map {
      display: grid;
      gap: var(--_space-xs);
    }
    .map-frame {
      position: relative;
      overflow: hidden;
      height: var(--_map-height);
      background: var(--_panel-bg);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-m);
    }
    .map-frame img {
      position: absolute;
      width: 256px;
      height: 256px;
      max-width: none;
    }
    .map-frame svg {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
    }
    .marker circle {
      fill: var(--_accent);
      stroke: var(--_color-surface);
      stroke-width: 2;
    }
    .marker text {
      fill: var(--_on-accent);
      font-size: 11px;
      font-weight: 700;
      text-anchor: middle;
      dominant-baseline: central;
    }
    .origin {
      fill: var(--_color-surface);
      stroke: var(--_color-text);
      stroke-width: 3;
    }
    .attribution {
      font-size: var(--_font-size-s);
      color: var(--_color-text-muted);
    }
    @container (min-width: 48rem) {
      .card {
        grid-template-columns: 1fr auto;
      }
      .card > * {
        grid-column: 1;
      }
      .card > .distance {
        grid-column: 2;
        grid-row: 1;
        text-align: end;
      }
    }
    .schedule {
      margin: var(--_space-xs) 0;
    }
    .schedule > div {
      display: grid;
      grid-template-columns: minmax(10em, max-content) 1fr;
      gap: var(--_space-s);
    }
    .schedule dt {
      font-weight: var(--_font-weight-bold);
    }
    .schedule dd {
      margin: 0;
    }
    .raw-hours summary {
      cursor: pointer;
      color: var(--_color-text-muted);
      font-size: var(--_font-size-s);
    }
  `,
];
