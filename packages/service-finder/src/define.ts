// Registers <ancre-service-finder> and core's <ancre-error>, which it shows. The only module of
// @ancre/service-finder with side effects. (Only the elements it uses: core's define.js would also
// bring <ancre-commune-search> and <ancre-card>; a page that wants them imports it.)
import { AncreErrorView, safeDefine } from '@ancre/core';
import { AncreServiceFinder } from './service-finder.js';

safeDefine('ancre-error', AncreErrorView);
safeDefine('ancre-service-finder', AncreServiceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ancre-service-finder': AncreServiceFinder;
  }
}

export { AncreServiceFinder };
