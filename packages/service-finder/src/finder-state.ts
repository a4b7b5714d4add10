/**
 * What the finder's view needs to know about its machine's states without loading the machine: the
 * name of the view a snapshot shows, and the error a `locate` actor rejects with. Pure, no XState, so
 * the element can paint its first state before the machine (and XState) arrive.
 */

export const GEOLOCATION_FAILURES = ['denied', 'timeout', 'unavailable'] as const;
export type GeolocationFailure = (typeof GEOLOCATION_FAILURES)[number];

/** Thrown (rejected) by a `locate` actor. */
export class GeolocationError extends Error {
  constructor(readonly reason: GeolocationFailure) {
    super(`geolocation ${reason}`);
    this.name = 'GeolocationError';
  }
}

/** The view-level name of a snapshot's state (stories and tests force and check these). */
export const FINDER_VIEWS = [
  'loading',
  'dataError',
  'idle',
  'busy',
  'ambiguous',
  'locating',
  'geolocationDenied',
  'geolocationTimeout',
  'geolocationUnavailable',
  'results',
  'noResult',
  'details',
] as const;
export type FinderView = (typeof FINDER_VIEWS)[number];

/** Maps a snapshot to the view the element renders. Pure. */
export function finderView(snapshot: { matches: (value: never) => boolean }): FinderView {
  const m = (value: unknown): boolean => snapshot.matches(value as never);
  if (m('loading')) return 'loading';
  if (m('dataError')) return 'dataError';
  if (m({ ready: 'locating' })) return 'locating';
  if (m({ ready: { geolocationFailed: 'denied' } })) return 'geolocationDenied';
  if (m({ ready: { geolocationFailed: 'timeout' } })) return 'geolocationTimeout';
  if (m({ ready: 'geolocationFailed' })) return 'geolocationUnavailable';
  if (m({ ready: 'resolving' }) || m({ ready: 'resolvingStart' }) || m({ ready: 'searching' })) return 'busy';
  if (m({ ready: 'ambiguous' })) return 'ambiguous';
  if (m({ ready: 'results' })) return 'results';
  if (m({ ready: 'noResult' })) return 'noResult';
  if (m({ ready: 'details' })) return 'details';
  return 'idle';
}
