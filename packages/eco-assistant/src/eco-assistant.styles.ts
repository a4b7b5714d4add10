import { css } from 'lit';

/** Component tokens `--ancre-eco-*` fall back to core's private aliases (see baseStyles). */
export const ecoAssistantStyles = css`
  :host {
    --_accent: var(--ancre-eco-accent, var(--_color-primary));
    --_on-accent: var(--ancre-eco-on-accent, var(--_color-on-primary));
    --_bubble-assistant: var(--ancre-eco-bubble-assistant, var(--_color-surface-alt));
    --_bubble-person: var(--ancre-eco-bubble-person, var(--_color-primary));
    --_bubble-person-text: var(--ancre-eco-bubble-person-text, var(--_color-on-primary));
    --_surface: var(--ancre-eco-background, var(--_color-surface));
    --_border: var(--ancre-eco-border-color, var(--_color-border));
    --_radius: var(--ancre-eco-radius, var(--_radius-l));
    --_log-height: var(--ancre-eco-log-height, 28rem);
    --_target: var(--_target-size);
  }
  :host([kiosk]) {
    --_target: calc(var(--_target-size) * 1.6);
    font-size: var(--_font-size-l);
  }
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  :host([kiosk]) .base {
    min-height: 100vh;
    border-radius: 0;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    flex: 1;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  h2 {
    margin: 0;
    font-size: var(--_font-size-l);
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: var(--_space-xs) var(--_space-m);
    border-radius: var(--_radius-m);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary,
  .replies button:hover {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    max-height: var(--_log-height);
    overflow-y: auto;
    padding: var(--_space-xs);
  }
  :host([kiosk]) .log {
    max-height: none;
    flex: 1;
  }
  .msg {
    max-width: 85%;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius-m);
    overflow-wrap: anywhere;
  }
  .msg > :first-child,
  .msg .md > :first-child {
    margin-top: 0;
  }
  .msg .md > :last-child {
    margin-bottom: 0;
  }
  .msg.assistant {
    align-self: flex-start;
    background: var(--_bubble-assistant);
  }
  .msg.person {
    align-self: flex-end;
    background: var(--_bubble-person);
    color: var(--_bubble-person-text);
    white-space: pre-wrap;
  }
  .msg.tip {
    border-left: 4px solid var(--_color-success);
  }
  .who {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .typing {
    display: inline-flex;
    gap: 0.3em;
    padding: var(--_space-s) var(--_space-m);
    align-self: flex-start;
    background: var(--_bubble-assistant);
    border-radius: var(--_radius-m);
  }
  .typing span {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_color-text-muted);
    animation: blink 1.2s infinite ease-in-out;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.2s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.3;
    }
    40% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .typing span {
      animation: none;
      opacity: 0.7;
    }
  }
  .replies {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  form {
    display: flex;
    gap: var(--_space-s);
  }
  input {
    flex: 1;
    font: inherit;
    min-height: var(--_target);
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-m);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: flex-start;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-m);
  }
  .summary h3 {
    margin: 0 0 var(--_space-s);
  }
  .qr {
    width: 9rem;
    height: 9rem;
    background: #fff;
  }
  .qr-link {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-xs);
  }
  .qr-link .qr {
    width: 7rem;
    height: 7rem;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-l);
    padding: var(--_space-xl);
    text-align: center;
    background: var(--_surface);
    border-radius: inherit;
    z-index: 1;
  }
  .overlay h2 {
    font-size: var(--_font-size-xl);
  }
  .warning {
    border: 3px solid var(--_color-warning);
  }
  @media print {
    :host {
      border: none;
    }
    header button,
    .replies,
    form,
    .overlay,
    .typing,
    .print {
      display: none !important;
    }
    .log {
      max-height: none;
      overflow: visible;
    }
    .base {
      border: none;
      padding: 0;
    }
  }
`;
