// Typed DOM events of <ancre-eco-assistant>: the engine's domain events, re-dispatched.
import { AncreEvent } from '@ancre/core';
import type { Tip, TipCategory } from './tips.types.js';
import type { Message } from './engine/model.js';

/** A message was added to the conversation (the assistant's or the person's). */
export class AncreMessageEvent extends AncreEvent<{ message: Message }> {
  static readonly eventName = 'ancre-message';
  constructor(message: Message) {
    super(AncreMessageEvent.eventName, { message });
  }
}

/** A tip was shown to the person. */
export class AncreTipShownEvent extends AncreEvent<{ tip: Tip }> {
  static readonly eventName = 'ancre-tip-shown';
  constructor(tip: Tip) {
    super(AncreTipShownEvent.eventName, { tip });
  }
}

/** The person chose a gesture; `total` is the yearly kg CO2e of all chosen gestures. */
export class AncreGestureChosenEvent extends AncreEvent<{ tip: Tip; chosen: string[]; total: number }> {
  static readonly eventName = 'ancre-gesture-chosen';
  constructor(detail: { tip: Tip; chosen: string[]; total: number }) {
    super(AncreGestureChosenEvent.eventName, detail);
  }
}

/** The person proposed their own gesture. The house gathers it; the library sends nothing. */
export class AncreContributionEvent extends AncreEvent<{ text: string; category: TipCategory; locale: 'fr' | 'en' }> {
  static readonly eventName = 'ancre-contribution';
  constructor(detail: { text: string; category: TipCategory; locale: 'fr' | 'en' }) {
    super(AncreContributionEvent.eventName, detail);
  }
}

/** The conversation was wiped: by the person ("Nouvelle conversation") or by the kiosk idle reset. */
export class AncreResetEvent extends AncreEvent<{ reason: 'person' | 'idle' }> {
  static readonly eventName = 'ancre-reset';
  constructor(reason: 'person' | 'idle') {
    super(AncreResetEvent.eventName, { reason });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ancre-message': AncreMessageEvent;
    'ancre-tip-shown': AncreTipShownEvent;
    'ancre-gesture-chosen': AncreGestureChosenEvent;
    'ancre-contribution': AncreContributionEvent;
    'ancre-reset': AncreResetEvent;
  }
}
