// Registers <ancre-service-finder>: the only module of @ancre/service-finder with side effects.
// Core's <ancre-error>, which it shows when data cannot be loaded, is defined on first need
// (ensureErrorView), and <ancre-commune-search> only if the page slots one in.
import { safeDefine } from '@ancre/core';
import { AncreServiceFinder } from './service-finder.js';

safeDefine('ancre-service-finder', AncreServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-service-finder': AncreServiceFinder;
  }
}

export { AncreServiceFinder };
