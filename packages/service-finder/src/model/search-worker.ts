/**
 * Worker entry: builds the text and spatial indexes off the main thread and sends them back in their
 * serialised form (typed-array buffers transferred, not copied). Usage from the page:
 *
 * ```ts
 * const worker = new Worker(new URL('./model/search-worker.js', import.meta.url), { type: 'module' });
 * const store = await createServiceStoreInWorker(points, worker);
 * ```
 *
 * The page sends the packs' JSON text (cheap to post; the worker parses it), or points.
 */
import type { ServicePoint } from '../service-finder.types.js';
import { SearchIndex, SearchIndexBuilder, type SerializedSearchIndex } from './search-index.js';
import { SpatialIndex, type SerializedSpatialIndex } from './spatial.js';
import { ServiceStore, searchDocumentOf } from './store.js';

export type SearchWorkerRequest = { type: 'build'; id: number; points?: ServicePoint[]; packsJson?: string[] };
export type SearchWorkerResponse =
  | { type: 'built'; id: number; text: SerializedSearchIndex; spatial: SerializedSpatialIndex; points?: ServicePoint[] }
  | { type: 'error'; id: number; message: string };

/** Builds both indexes (what the worker runs; exported for tests and Node). */
export function buildIndexes(points: readonly ServicePoint[]): { text: SerializedSearchIndex; spatial: SerializedSpatialIndex } {
  const b = new SearchIndexBuilder();
  b.add(points.map(searchDocumentOf));
  return { text: b.finish(), spatial: SpatialIndex.build(points.map((p) => p.location)).serialize() };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchWorkerRequest>) => void) | null;
  postMessage(message: SearchWorkerResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope & { document?: unknown };
const WorkerScopeClass = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (typeof scope.document === 'undefined' && WorkerScopeClass && globalThis instanceof WorkerScopeClass) {
  scope.onmessage = (event) => {
    const { id } = event.data;
    try {
      const fromJson = event.data.packsJson?.flatMap((text) => (JSON.parse(text) as { items?: ServicePoint[] }).items ?? []);
      const points = fromJson ?? event.data.points ?? [];
      const { text, spatial } = buildIndexes(points);
      const buffers = [text.offsets.buffer, text.postings.buffer, text.nameLengths.buffer, spatial.lat.buffer, spatial.lon.buffer, spatial.order.buffer, spatial.cellKeys.buffer, spatial.cellStarts.buffer];
      scope.postMessage({ type: 'built', id, text, spatial, ...(fromJson ? { points } : {}) }, buffers as Transferable[]);
    } catch (error) {
      scope.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}

let nextId = 1;

/** Builds a store with the heavy indexing in `worker`; the page only wraps the received arrays. */
export function createServiceStoreInWorker(points: readonly ServicePoint[], worker: Worker, signal?: AbortSignal): Promise<ServiceStore> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      worker.removeEventListener('message', onMessage);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const onMessage = (event: MessageEvent<SearchWorkerResponse>) => {
      if (event.data?.id !== id) return;
      worker.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
      if (event.data.type === 'error') reject(new Error(event.data.message));
      else resolve(new ServiceStore(points, new SearchIndex(event.data.text), SpatialIndex.fromSerialized(event.data.spatial)));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.postMessage({ type: 'build', id, points: [...points] } satisfies SearchWorkerRequest);
  });
}
