import { AncreEvent } from '@ancre/core';
import type { FinderFilters, FinderQueryType } from './service-finder.machine.js';
import type { ServicePoint } from './service-finder.types.js';

export interface ServiceSelectDetail {
  /** The point whose details were opened. */
  point: ServicePoint;
}

/** Fired when a person opens the details of a point. */
export class AncreServiceSelectEvent extends AncreEvent<ServiceSelectDetail> {
  static readonly eventName = 'ancre-service-select';
  constructor(point: ServicePoint) {
    super(AncreServiceSelectEvent.eventName, { point });
  }
}

export interface SearchDetail {
  /** How the search was asked: typed text, a commune chosen, or "around me". */
  queryType: FinderQueryType;
  /** The text typed (commune name or postcode), for `text` searches. */
  query?: string;
  /** The commune searched around (INSEE code and name); absent for "around me". */
  commune?: { code: string; name: string };
  /** The filters in force. */
  filters: FinderFilters;
}

/**
 * Fired each time a search runs (a commune typed or chosen, "around me", filters changed).
 * It never carries the person's position.
 */
export class AncreSearchEvent extends AncreEvent<SearchDetail> {
  static readonly eventName = 'ancre-search';
  constructor(detail: SearchDetail) {
    super(AncreSearchEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ancre-service-select': AncreServiceSelectEvent;
    'ancre-search': AncreSearchEvent;
  }
}
