/**
 * The finder's machine, wired to the element: XState, the statechart and core's `MachineController`.
 * The element imports this module lazily (a separate chunk in the builds), as soon as it connects and in
 * parallel with its data loader, so a page's first paint does not wait for XState. Until it arrives the
 * element shows the machine's initial `loading` view; events sent meanwhile would be ignored by that
 * state anyway.
 */
import { fromPromise } from 'xstate';
import { MachineController, type MachineControllerOptions } from '@ancre/core';
import type { ReactiveControllerHost } from 'lit';
import { finderMachine, type FinderDataInfo, type FinderMachine, type FinderResolution, type FindNearbyInput, type ResolveQueryInput } from './service-finder.machine.js';
import type { LatLon, ServiceResult } from './service-finder.types.js';

/** The I/O the machine invokes, implemented by the element (tests give fakes to the machine directly). */
export interface FinderIO {
  loadData(signal: AbortSignal): Promise<FinderDataInfo>;
  resolveQuery(input: ResolveQueryInput): Promise<FinderResolution>;
  findNearby(input: FindNearbyInput, signal: AbortSignal): Promise<ServiceResult[]>;
  locate(signal: AbortSignal): Promise<LatLon>;
}

export type FinderController = MachineController<FinderMachine>;

/** Creates the controller that runs the finder's machine for `host`, with `io` as its actors. */
export function createFinderController(
  host: ReactiveControllerHost,
  io: FinderIO,
  options: Omit<MachineControllerOptions<FinderMachine>, 'logic'>,
): FinderController {
  return new MachineController(host, {
    ...options,
    logic: () =>
      finderMachine.provide({
        actors: {
          loadData: fromPromise<FinderDataInfo, void>(({ signal }) => io.loadData(signal)),
          resolveQuery: fromPromise<FinderResolution, ResolveQueryInput>(({ input }) => io.resolveQuery(input)),
          findNearby: fromPromise<ServiceResult[], FindNearbyInput>(({ input, signal }) => io.findNearby(input, signal)),
          locate: fromPromise<LatLon, void>(({ signal }) => io.locate(signal)),
        },
      }),
  });
}
