// Registers <ancre-service-finder> (and core's <ancre-error>, which it shows). The only module of
// @ancre/service-finder with side effects.
import '@ancre/core/define.js';
import { safeDefine } from '@ancre/core';
import { AncreServiceFinder } from './service-finder.js';

safeDefine('ancre-service-finder', AncreServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-service-finder': AncreServiceFinder;
  }
}

export { AncreServiceFinder };
