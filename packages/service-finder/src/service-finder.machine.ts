/**
 * The service finder's state machine: pure, no DOM, no I/O. The four actors (`loadData`,
 * `resolveQuery`, `findNearby`, `locate`) are placeholders here; the element provides the real ones
 * through `finderMachine.provide({ actors })` and tests provide fakes.
 *
 * ```
 * loading ──done──▶ ready.idle          (the `commune` input: ready.resolvingStart ─▶ searching)
 *    └─error─▶ dataError ──retry──▶ loading
 * ready (search, chooseCommune, locate, setFilters are accepted in every child state):
 *   search ─▶ resolving ──1 commune──▶ searching ──▶ results ──select──▶ details ──back──▶ results
 *                     ├──several──▶ ambiguous ──chooseCommune──▶ searching └──▶ noResult
 *                     │                └──────choosePlace──▶ details (the places are the results)
 *                     ├──no commune, places named so──▶ results (by name)
 *                     ├──close communes and places──▶ ambiguous (both offered)
 *                     └──none──▶ noResult
 *   locate ─▶ locating ──▶ searching | geolocationFailed.{denied,timeout,unavailable}
 *   setFilters (after a search) ─▶ searching again around the same place
 * ```
 */
import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { toProblems, type AncreProblem } from '@ancre/core';
import type { LatLon, ServiceId, ServiceKind, ServicePoint, ServiceResult } from './service-finder.types.js';
import { GEOLOCATION_FAILURES, GeolocationError, type GeolocationFailure } from './finder-state.js';

// The view mapping and the geolocation error live in a module without XState (the element's first
// paint needs them before the machine is loaded); re-exported here, where they always were.
export { FINDER_VIEWS, GEOLOCATION_FAILURES, GeolocationError, finderView, type FinderView, type GeolocationFailure } from './finder-state.js';

/** A commune as the finder needs it (mapped from core's commune index). */
export interface FinderCommune {
  /** INSEE code, e.g. "69123". */
  code: string;
  name: string;
  postcodes?: readonly string[];
  /** Département code, e.g. "69", "2A", "974". */
  departement?: string;
  location: LatLon;
}

export interface FinderFilters {
  services: ServiceId[];
  kinds: ServiceKind[];
  openNow: boolean;
}

/** Where distances are measured from. */
export type FinderOrigin = { type: 'commune'; commune: FinderCommune } | { type: 'position'; location: LatLon };

/** What the data loader reports once the points are ready. */
export interface FinderDataInfo {
  count: number;
  attribution?: string;
  licence?: string;
  date?: string;
}

/**
 * What a typed query means: the communes it names (`exact`: the postcode or the name itself, else close
 * names to choose from) and, when it is not exactly a commune, the places whose name or kind matches it.
 */
export interface FinderResolution {
  communes: FinderCommune[];
  /** True when `communes` are exactly what was typed (a postcode, an INSEE code, the name itself). */
  exact: boolean;
  /** Places matching the words typed (name, kind, commune), best first; only for an inexact query. */
  places?: ServiceResult[];
}

export interface FinderInput {
  /** INSEE code of a commune to search around as soon as the data is loaded. */
  commune?: string;
  filters?: Partial<FinderFilters>;
  /** Most results shown. Default 10. */
  limit?: number;
}

export interface FinderContext {
  startCommune: string | undefined;
  limit: number;
  filters: FinderFilters;
  data: FinderDataInfo | undefined;
  /** The text a person typed last (commune name or postcode). */
  query: string;
  /** How the last search was asked. */
  queryType: FinderQueryType | undefined;
  /** Communes sharing the postcode or name typed, to choose from. */
  candidates: FinderCommune[];
  /** Places whose name matches what was typed, offered beside close communes. */
  placeCandidates: ServiceResult[];
  /** True when the results are places found by name (no place to measure distances from). */
  byName: boolean;
  origin: FinderOrigin | undefined;
  results: ServiceResult[];
  selected: ServicePoint | undefined;
  geolocationFailure: GeolocationFailure | undefined;
  problems: AncreProblem[];
  /** True for the search the `commune` input starts by itself: events are fired on user action only. */
  silent: boolean;
}

export type FinderQueryType = 'text' | 'commune' | 'position';

export type FinderEvent =
  | { type: 'search'; query: string }
  | { type: 'chooseCommune'; commune: FinderCommune }
  | { type: 'choosePlace'; id: string }
  | { type: 'locate' }
  | { type: 'setFilters'; filters: Partial<FinderFilters> }
  | { type: 'setLimit'; limit: number }
  | { type: 'select'; id: string }
  | { type: 'back' }
  | { type: 'retry' };

/** Domain events, re-dispatched by the element as DOM events. The position is never part of them. */
export type FinderEmitted =
  | { type: 'search'; queryType: FinderQueryType; query?: string; commune?: { code: string; name: string }; filters: FinderFilters }
  | { type: 'select'; point: ServicePoint };

export interface ResolveQueryInput {
  query: string;
  /** `code`: the query is an INSEE code (the `commune` attribute); `text`: a name or a postcode. */
  by: 'text' | 'code';
  /** Filters and limit the places found by name must respect (`by: 'text'`). */
  filters?: FinderFilters;
  limit?: number;
}

export interface FindNearbyInput {
  origin: FinderOrigin;
  filters: FinderFilters;
  limit: number;
}

export const DEFAULT_LIMIT = 10;

const notProvided = (name: string) => () => Promise.reject(new Error(`[ancre] the "${name}" actor was not provided`));

function normalizeLimit(limit: number | undefined): number {
  return Number.isFinite(limit) && (limit as number) > 0 ? Math.floor(limit as number) : DEFAULT_LIMIT;
}

/** What a search leaves in the context, cleared: at start and when a new text is searched. */
function noSearch(): Pick<FinderContext, 'candidates' | 'placeCandidates' | 'byName' | 'origin' | 'results' | 'selected' | 'geolocationFailure'> {
  return { candidates: [], placeCandidates: [], byName: false, origin: undefined, results: [], selected: undefined, geolocationFailure: undefined };
}

function reasonOf(error: unknown): GeolocationFailure {
  if (error instanceof GeolocationError) return error.reason;
  const reason = (error as { reason?: unknown } | null)?.reason;
  return (GEOLOCATION_FAILURES as readonly unknown[]).includes(reason) ? (reason as GeolocationFailure) : 'unavailable';
}

export const finderMachine = setup({
  types: {
    context: {} as FinderContext,
    input: {} as FinderInput,
    events: {} as FinderEvent,
    emitted: {} as FinderEmitted,
    tags: {} as 'loading' | 'busy' | 'error',
  },
  actors: {
    loadData: fromPromise<FinderDataInfo, void>(notProvided('loadData')),
    resolveQuery: fromPromise<FinderResolution, ResolveQueryInput>(notProvided('resolveQuery')),
    findNearby: fromPromise<ServiceResult[], FindNearbyInput>(notProvided('findNearby')),
    locate: fromPromise<LatLon, void>(notProvided('locate')),
  },
  guards: {
    hasQuery: ({ event }) => event.type === 'search' && event.query.trim().length > 0,
    hasStartCommune: ({ context }) => Boolean(context.startCommune),
    hasOrigin: ({ context }) => context.origin !== undefined,
    noCommuneFound: (_, params: { resolution: FinderResolution }) => params.resolution.communes.length === 0,
    oneCommuneFound: (_, params: { resolution: FinderResolution }) => params.resolution.communes.length === 1,
    /** Exactly the commune(s) typed: the places are not looked at. */
    exactOneCommune: (_, params: { resolution: FinderResolution }) => params.resolution.exact && params.resolution.communes.length === 1,
    exactCommunes: (_, params: { resolution: FinderResolution }) => params.resolution.exact && params.resolution.communes.length > 0,
    onlyPlacesFound: (_, params: { resolution: FinderResolution }) => params.resolution.communes.length === 0 && (params.resolution.places?.length ?? 0) > 0,
    placesFound: (_, params: { resolution: FinderResolution }) => (params.resolution.places?.length ?? 0) > 0,
    isNameSearch: ({ context }) => context.byName,
    isPlaceCandidate: ({ context, event }) => event.type === 'choosePlace' && context.placeCandidates.some((r) => r.point.id === event.id),
    noResultFound: (_, params: { results: ServiceResult[] }) => params.results.length === 0,
    isKnownResult: ({ context, event }) => event.type === 'select' && context.results.some((r) => r.point.id === event.id),
    isGeolocationDenied: (_, params: { error: unknown }) => reasonOf(params.error) === 'denied',
    isGeolocationTimeout: (_, params: { error: unknown }) => reasonOf(params.error) === 'timeout',
  },
  actions: {
    rememberData: assign({ data: (_, params: { data: FinderDataInfo }) => params.data, problems: [] }),
    rememberProblems: assign({
      problems: (_, params: { error: unknown }) => toProblems(params.error, { code: 'load/failed' }),
    }),
    rememberQuery: assign(({ event }) => ({
      ...noSearch(),
      query: event.type === 'search' ? event.query.trim() : '',
      queryType: 'text' as const,
      silent: false,
    })),
    rememberStartQuery: assign({ query: ({ context }) => context.startCommune ?? '', queryType: 'commune' as const, silent: true }),
    rememberCandidates: assign({
      candidates: (_, params: { resolution: FinderResolution }) => params.resolution.communes,
      placeCandidates: (_, params: { resolution: FinderResolution }) => (params.resolution.exact ? [] : (params.resolution.places ?? [])),
    }),
    /** Places found by name become the results: listed by relevance, with no distance. */
    useNamedPlaces: assign({
      results: (_, params: { resolution: FinderResolution }) => params.resolution.places ?? [],
      byName: true,
      origin: undefined,
      candidates: [],
      placeCandidates: [],
    }),
    /** A place chosen among the ones named so: the places become the results, the chosen one is shown. */
    choosePlace: assign({
      results: ({ context }) => context.placeCandidates,
      selected: ({ context, event }) => (event.type === 'choosePlace' ? context.placeCandidates.find((r) => r.point.id === event.id)?.point : undefined),
      byName: true,
      origin: undefined,
      candidates: [],
      placeCandidates: [],
      silent: false,
    }),
    useCommune: assign({
      origin: (_, params: { commune: FinderCommune }) => ({ type: 'commune' as const, commune: params.commune }),
      byName: false,
      geolocationFailure: undefined,
    }),
    markCommuneChoice: assign({ queryType: 'commune' as const, silent: false }),
    usePosition: assign({
      origin: (_, params: { location: LatLon }) => ({ type: 'position' as const, location: params.location }),
      queryType: 'position' as const,
      query: '',
      candidates: [],
      placeCandidates: [],
      byName: false,
      geolocationFailure: undefined,
    }),
    forgetOrigin: assign({ origin: undefined, results: [], selected: undefined, candidates: [], placeCandidates: [], byName: false }),
    markUserAction: assign({ silent: false }),
    rememberGeolocationFailure: assign({
      geolocationFailure: (_, params: { error: unknown }) => reasonOf(params.error),
    }),
    rememberResults: assign({ results: (_, params: { results: ServiceResult[] }) => params.results }),
    mergeFilters: assign({
      filters: ({ context, event }) => (event.type === 'setFilters' ? { ...context.filters, ...event.filters } : context.filters),
    }),
    setLimit: assign({ limit: ({ context, event }) => (event.type === 'setLimit' ? normalizeLimit(event.limit) : context.limit) }),
    selectPoint: assign({
      selected: ({ context, event }) => (event.type === 'select' ? context.results.find((r) => r.point.id === event.id)?.point : undefined),
    }),
    clearSelection: assign({ selected: undefined }),
    emitSearch: enqueueActions(({ context, enqueue }) => {
      if (context.silent) return;
      const commune = context.origin?.type === 'commune' ? context.origin.commune : undefined;
      enqueue.emit({
        type: 'search',
        queryType: context.queryType ?? 'text',
        ...(context.queryType === 'text' && context.query ? { query: context.query } : {}),
        ...(commune ? { commune: { code: commune.code, name: commune.name } } : {}),
        filters: { ...context.filters, services: [...context.filters.services], kinds: [...context.filters.kinds] },
      });
    }),
    emitSearchNotFound: emit(({ context }): FinderEmitted => ({
      type: 'search',
      queryType: context.queryType ?? 'text',
      ...(context.query ? { query: context.query } : {}),
      filters: { ...context.filters, services: [...context.filters.services], kinds: [...context.filters.kinds] },
    })),
    emitSelect: emit(({ context }): FinderEmitted => ({ type: 'select', point: context.selected! })),
  },
}).createMachine({
  id: 'serviceFinder',
  context: ({ input }) => ({
    startCommune: input.commune?.trim() || undefined,
    limit: normalizeLimit(input.limit),
    filters: {
      services: [...(input.filters?.services ?? [])],
      kinds: [...(input.filters?.kinds ?? [])],
      openNow: input.filters?.openNow ?? false,
    },
    data: undefined,
    query: '',
    queryType: undefined,
    ...noSearch(),
    problems: [],
    silent: false,
  }),
  initial: 'loading',
  on: {
    setLimit: { actions: 'setLimit' },
  },
  states: {
    loading: {
      tags: ['loading'],
      invoke: {
        src: 'loadData',
        onDone: [
          {
            guard: 'hasStartCommune',
            target: 'ready.resolvingStart',
            actions: [{ type: 'rememberData', params: ({ event }) => ({ data: event.output }) }],
          },
          { target: 'ready', actions: [{ type: 'rememberData', params: ({ event }) => ({ data: event.output }) }] },
        ],
        onError: { target: 'dataError', actions: [{ type: 'rememberProblems', params: ({ event }) => ({ error: event.error }) }] },
      },
    },
    dataError: {
      tags: ['error'],
      on: { retry: 'loading' },
    },
    /** The data is there: the search form is always available, whatever the child state. */
    ready: {
      initial: 'idle',
      on: {
        search: { guard: 'hasQuery', target: '.resolving', actions: 'rememberQuery' },
        chooseCommune: {
          target: '.searching',
          actions: ['markCommuneChoice', { type: 'useCommune', params: ({ event }) => ({ commune: event.commune }) }],
        },
        locate: { target: '.locating', actions: ['forgetOrigin', 'markUserAction'] },
        setFilters: [
          { guard: 'hasOrigin', target: '.searching', actions: ['mergeFilters', 'markUserAction'] },
          { guard: 'isNameSearch', target: '.resolving', actions: ['mergeFilters', 'markUserAction'] },
          { actions: 'mergeFilters' },
        ],
      },
      states: {
        /** The search form, nothing searched yet. */
        idle: {},
        /** The `commune` attribute: an INSEE code resolved once the data is there. */
        resolvingStart: {
          tags: ['busy'],
          entry: 'rememberStartQuery',
          invoke: {
            src: 'resolveQuery',
            input: ({ context }) => ({ query: context.startCommune ?? '', by: 'code' as const }),
            onDone: [
              { guard: { type: 'noCommuneFound', params: ({ event }) => ({ resolution: event.output }) }, target: 'idle' },
              { target: 'searching', actions: [{ type: 'useCommune', params: ({ event }) => ({ commune: event.output.communes[0]! }) }] },
            ],
            onError: 'idle',
          },
        },
        /** A name or postcode typed: which commune(s) is it, or which place(s)? */
        resolving: {
          tags: ['busy'],
          invoke: {
            src: 'resolveQuery',
            input: ({ context }) => ({ query: context.query, by: 'text' as const, filters: context.filters, limit: context.limit }),
            onDone: [
              {
                guard: { type: 'exactOneCommune', params: ({ event }) => ({ resolution: event.output }) },
                target: 'searching',
                actions: [{ type: 'useCommune', params: ({ event }) => ({ commune: event.output.communes[0]! }) }],
              },
              {
                guard: { type: 'exactCommunes', params: ({ event }) => ({ resolution: event.output }) },
                target: 'ambiguous',
                actions: [{ type: 'rememberCandidates', params: ({ event }) => ({ resolution: event.output }) }],
              },
              {
                guard: { type: 'onlyPlacesFound', params: ({ event }) => ({ resolution: event.output }) },
                target: 'results',
                actions: [{ type: 'useNamedPlaces', params: ({ event }) => ({ resolution: event.output }) }, 'emitSearch'],
              },
              {
                guard: { type: 'noCommuneFound', params: ({ event }) => ({ resolution: event.output }) },
                target: 'noResult',
                actions: ['forgetOrigin', 'emitSearchNotFound'],
              },
              {
                guard: { type: 'placesFound', params: ({ event }) => ({ resolution: event.output }) },
                target: 'ambiguous',
                actions: [{ type: 'rememberCandidates', params: ({ event }) => ({ resolution: event.output }) }],
              },
              {
                guard: { type: 'oneCommuneFound', params: ({ event }) => ({ resolution: event.output }) },
                target: 'searching',
                actions: [{ type: 'useCommune', params: ({ event }) => ({ commune: event.output.communes[0]! }) }],
              },
              { target: 'ambiguous', actions: [{ type: 'rememberCandidates', params: ({ event }) => ({ resolution: event.output }) }] },
            ],
            onError: { target: '#serviceFinder.dataError', actions: [{ type: 'rememberProblems', params: ({ event }) => ({ error: event.error }) }] },
          },
        },
        /** Several communes share what was typed (a postcode): the person chooses one. */
        ambiguous: {
          on: {
            back: { target: 'idle', actions: 'forgetOrigin' },
            choosePlace: { guard: 'isPlaceCandidate', target: 'details', actions: ['choosePlace', 'emitSearch', 'emitSelect'] },
          },
        },
        /** Waiting for the browser's position (asked only after the "Around me" press). */
        locating: {
          tags: ['busy'],
          invoke: {
            src: 'locate',
            onDone: {
              target: 'searching',
              actions: [{ type: 'usePosition', params: ({ event }) => ({ location: event.output }) }],
            },
            onError: [
              {
                guard: { type: 'isGeolocationDenied', params: ({ event }) => ({ error: event.error }) },
                target: 'geolocationFailed.denied',
                actions: [{ type: 'rememberGeolocationFailure', params: ({ event }) => ({ error: event.error }) }],
              },
              {
                guard: { type: 'isGeolocationTimeout', params: ({ event }) => ({ error: event.error }) },
                target: 'geolocationFailed.timeout',
                actions: [{ type: 'rememberGeolocationFailure', params: ({ event }) => ({ error: event.error }) }],
              },
              {
                target: 'geolocationFailed.unavailable',
                actions: [{ type: 'rememberGeolocationFailure', params: ({ event }) => ({ error: event.error }) }],
              },
            ],
          },
        },
        /** The position could not be had: a message, and the text search is still there. */
        geolocationFailed: {
          initial: 'unavailable',
          states: { denied: {}, timeout: {}, unavailable: {} },
        },
        searching: {
          tags: ['busy'],
          entry: ['clearSelection', 'emitSearch'],
          invoke: {
            src: 'findNearby',
            input: ({ context }) => ({ origin: context.origin!, filters: context.filters, limit: context.limit }),
            onDone: [
              {
                guard: { type: 'noResultFound', params: ({ event }) => ({ results: event.output }) },
                target: 'noResult',
                actions: [{ type: 'rememberResults', params: ({ event }) => ({ results: event.output }) }],
              },
              { target: 'results', actions: [{ type: 'rememberResults', params: ({ event }) => ({ results: event.output }) }] },
            ],
            onError: { target: '#serviceFinder.dataError', actions: [{ type: 'rememberProblems', params: ({ event }) => ({ error: event.error }) }] },
          },
        },
        results: {
          on: {
            select: { guard: 'isKnownResult', target: 'details', actions: ['selectPoint', 'emitSelect'] },
          },
        },
        noResult: {},
        /** One point, with directions. */
        details: {
          on: {
            back: { target: 'results', actions: 'clearSelection' },
            select: { guard: 'isKnownResult', target: 'details', reenter: true, actions: ['selectPoint', 'emitSelect'] },
          },
        },
      },
    },
  },
});

export type FinderMachine = typeof finderMachine;
