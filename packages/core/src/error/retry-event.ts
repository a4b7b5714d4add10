import { AncreEvent } from '../events.js';

/**
 * Fired by `<ancre-error>` when the person presses "Réessayer" / "Try again". The widget that shows
 * the report listens for it and loads its content again. Not cancelable: nothing happens by default.
 */
export class AncreRetryEvent extends AncreEvent<Record<string, never>> {
  static readonly eventName = 'ancre-retry';
  constructor() {
    super(AncreRetryEvent.eventName, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ancre-retry': AncreRetryEvent;
  }
}
