import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createActor,
  type Actor,
  type AnyActorLogic,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
  type EmittedFrom,
  type Subscription,
} from 'xstate';

export interface MachineControllerOptions<TLogic extends AnyActorLogic> {
  /** The machine (or any actor logic), or a function returning it, called at each start. */
  logic: TLogic | (() => TLogic);
  /** Input given to the actor when it starts (read at each start, so it sees current properties). */
  input?: () => InputFrom<TLogic>;
  /** Called with every event the machine `emit`s: the place to re-dispatch domain events as DOM events. */
  onEmitted?: (event: EmittedFrom<TLogic>) => void;
  /** Called after every snapshot change, before the host updates. */
  onSnapshot?: (snapshot: SnapshotFrom<TLogic>) => void;
  /**
   * When the host is moved in the DOM (disconnected then connected again), resume from the
   * persisted snapshot instead of starting over. Default true.
   */
  resumeOnReconnect?: boolean;
  /** Extra actor options (a `clock` for tests, an `inspect` callback for devtools). */
  actorOptions?: Record<string, unknown>;
}

/**
 * A Lit ReactiveController around an XState actor: the actor starts when the host connects and stops
 * when it disconnects, so delayed transitions, invoked actors and their listeners never outlive the
 * element. Each snapshot change requests a host update; emitted events reach `onEmitted`.
 */
export class MachineController<TLogic extends AnyActorLogic> implements ReactiveController {
  private actorRef: Actor<TLogic> | undefined;
  private subscriptions: Subscription[] = [];
  private persisted: unknown;
  private current!: SnapshotFrom<TLogic>;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MachineControllerOptions<TLogic>,
  ) {
    host.addController(this);
  }

  /** The running actor, or undefined while the host is disconnected. */
  get actor(): Actor<TLogic> | undefined {
    return this.actorRef;
  }

  /** The latest snapshot (kept after disconnect so a render can still read it). */
  get snapshot(): SnapshotFrom<TLogic> {
    if (!this.started) this.start();
    return this.current;
  }

  get running(): boolean {
    return this.actorRef !== undefined;
  }

  send(event: EventFromLogic<TLogic>): void {
    this.actorRef?.send(event);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops the actor and starts a fresh one from the initial state (used by resets). */
  restart(): void {
    this.stop();
    this.persisted = undefined;
    this.start();
  }

  private start(): void {
    if (this.actorRef) return;
    const { logic, input, actorOptions } = this.options;
    const resolved = typeof logic === 'function' ? (logic as () => TLogic)() : logic;
    const snapshot = this.options.resumeOnReconnect === false ? undefined : this.persisted;
    const actor = createActor(resolved, {
      ...(actorOptions ?? {}),
      ...(input ? { input: input() } : {}),
      ...(snapshot ? { snapshot } : {}),
    } as never) as Actor<TLogic>;
    this.actorRef = actor;
    this.started = true;
    this.subscriptions.push(
      actor.subscribe({
        next: (next) => {
          this.current = next as SnapshotFrom<TLogic>;
          this.options.onSnapshot?.(this.current);
          this.host.requestUpdate();
        },
        error: (error) => console.error('[ancre] machine error', error),
      }),
    );
    if (this.options.onEmitted) {
      const onEmitted = this.options.onEmitted;
      this.subscriptions.push(actor.on('*', (event) => onEmitted(event as EmittedFrom<TLogic>)));
    }
    actor.start();
    this.current = actor.getSnapshot() as SnapshotFrom<TLogic>;
  }

  private stop(): void {
    const actor = this.actorRef;
    if (!actor) return;
    for (const s of this.subscriptions) s.unsubscribe();
    this.subscriptions = [];
    try {
      this.persisted = actor.getPersistedSnapshot();
    } catch {
      this.persisted = undefined;
    }
    actor.stop();
    this.actorRef = undefined;
  }
}
