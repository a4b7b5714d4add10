import { AncreEvent } from '../events.js';
import type { Commune } from '../geo/communes.js';

export interface CommuneSelectDetail {
  /** The commune chosen, keyed by its INSEE code (`commune.code`). */
  commune: Commune;
}

/**
 * Fired by `<ancre-commune-search>` when a person chooses a commune in the list (click, tap or
 * Enter). Not fired when a page sets `value`.
 */
export class CommuneSelectEvent extends AncreEvent<CommuneSelectDetail> {
  static readonly eventName = 'ancre-commune-select';
  constructor(commune: Commune) {
    super(CommuneSelectEvent.eventName, { commune });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ancre-commune-select': CommuneSelectEvent;
  }
}
