// Registers <ancre-eco-assistant> (core's <ancre-error> is registered on first need: ensureErrorView).
import { safeDefine } from '@ancre/core';
import { AncreEcoAssistant } from './eco-assistant.js';

safeDefine('ancre-eco-assistant', AncreEcoAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-eco-assistant': AncreEcoAssistant;
  }
}
