// Registers core's elements. The only module of @ancre/core with side effects.
import { safeDefine } from './base/safe-define.js';
import { AncreCard } from './card/ancre-card.js';

safeDefine('ancre-card', AncreCard);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-card': AncreCard;
  }
}
