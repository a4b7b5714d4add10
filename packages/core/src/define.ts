// Registers core's elements. The only module of @ancre/core with side effects.
import { safeDefine } from './base/safe-define.js';
import { AncreCard } from './card/ancre-card.js';
import { AncreErrorView } from './error/ancre-error.js';
import { AncreCommuneSearch } from './commune-search/commune-search.js';

safeDefine('ancre-card', AncreCard);
safeDefine('ancre-error', AncreErrorView);
safeDefine('ancre-commune-search', AncreCommuneSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-card': AncreCard;
    'ancre-error': AncreErrorView;
    'ancre-commune-search': AncreCommuneSearch;
  }
}
