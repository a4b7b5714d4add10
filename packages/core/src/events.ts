import type { AncreProblem } from './errors.js';

/**
 * Base of every Ancre DOM event: named `ancre-*`, bubbles and crosses shadow roots (`composed`),
 * carries a typed `detail`. "About to" events pass `cancelable: true` and the element checks
 * `dispatchEvent(...)`'s result.
 */
export class AncreEvent<TDetail> extends Event {
  readonly detail: TDetail;
  constructor(type: string, detail: TDetail, init: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    this.detail = detail;
  }
}

export interface AncreErrorDetail {
  problems: AncreProblem[];
}

/** Fired when content cannot be loaded or is invalid. The widget shows the same report. */
export class AncreErrorEvent extends AncreEvent<AncreErrorDetail> {
  static readonly eventName = 'ancre-error';
  constructor(problems: AncreProblem[]) {
    super(AncreErrorEvent.eventName, { problems });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ancre-error': AncreErrorEvent;
  }
}
