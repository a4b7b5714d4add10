import { css } from 'lit';

export const cardStyles = css`
  :host {
    --_card-bg: var(--ancre-card-background, var(--_color-surface));
    --_card-border: var(--ancre-card-border-color, var(--_color-border));
    --_card-radius: var(--ancre-card-radius, var(--_radius-m));
    --_card-accent: var(--ancre-card-accent, var(--_color-primary));
  }
  [part='base'] {
    background: var(--_card-bg);
    border: 1px solid var(--_card-border);
    border-inline-start: 0.375rem solid var(--_card-accent);
    border-radius: var(--_card-radius);
    padding: var(--_space-m) var(--_space-l);
    display: grid;
    gap: var(--_space-s);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-bold);
    color: var(--_color-text);
  }
  [part='status'] {
    justify-self: start;
    font-size: var(--_font-size-s);
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius-l);
    background: var(--_color-surface-alt);
    color: var(--_color-text-muted);
  }
  :host([tone='success']) [part='status'] { color: var(--_color-success); }
  :host([tone='warning']) [part='status'] { color: var(--_color-warning); }
  :host([tone='danger']) [part='status'] { color: var(--_color-danger); }
  :host([tone='info']) [part='status'] { color: var(--_color-info); }
  ::slotted(a),
  ::slotted(button) {
    min-height: var(--_target-size);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .actions:empty { display: none; }
  ::slotted([slot='actions']) {
    display: inline-flex;
    align-items: center;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-size: var(--_font-size-m);
    font-family: var(--_font-family);
    line-height: var(--_line-height);
    text-decoration: none;
  }
`;
