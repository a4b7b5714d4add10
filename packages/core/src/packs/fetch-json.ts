import { AncreError } from '../errors.js';

export interface FetchJsonOptions {
  /** Aborts the request (a widget passes its machine actor's signal). */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Largest accepted body, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Replaces `fetch` (tests). */
  fetchImpl?: typeof fetch;
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:']);

/**
 * The one place Ancre fetches: JSON over http(s) or a relative URL, with an AbortSignal, a timeout,
 * a size cap, no credentials and no referrer. Failures become an `AncreError` whose problem says
 * what, where and how to fix.
 */
export async function fetchJson(url: string | URL, options: FetchJsonOptions = {}): Promise<unknown> {
  const text = await fetchText(url, options);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AncreError(
      {
        code: 'load/json',
        message: `The file is not valid JSON: ${(error as Error).message}`,
        source: String(url),
        hint: 'Check the file with a JSON validator; a trailing comma or a missing quote is the usual cause.',
      },
      { cause: error },
    );
  }
}

/** Same contract as `fetchJson`, returning the body as text (CSV importers, markdown). */
export async function fetchText(url: string | URL, options: FetchJsonOptions = {}): Promise<string> {
  const { signal, timeoutMs = 15_000, maxBytes = 20_000_000, fetchImpl = globalThis.fetch } = options;
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let resolved: URL;
  try {
    resolved = new URL(String(url), base);
  } catch {
    throw new AncreError({ code: 'load/url', message: `"${String(url)}" is not a valid URL.`, hint: 'Give an http(s) URL or a path relative to the page.' });
  }
  if (!ALLOWED_SCHEMES.has(resolved.protocol)) {
    throw new AncreError({
      code: 'load/url',
      message: `The scheme "${resolved.protocol}" is not allowed for data files.`,
      source: String(url),
      hint: 'Use an http(s) URL or a path relative to the page.',
    });
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) controller.abort(signal.reason);
  try {
    const response = await fetchImpl(resolved.href, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json, text/csv, text/plain;q=0.8, */*;q=0.5' },
    });
    if (!response.ok) {
      throw new AncreError({
        code: 'load/http',
        message: `The server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'),
        source: resolved.href,
        hint: response.status === 404 ? 'Check the address of the file (src attribute).' : 'Try again later or check the server.',
      });
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxBytes) throw tooLarge(resolved.href, maxBytes);
    const text = await response.text();
    if (text.length > maxBytes) throw tooLarge(resolved.href, maxBytes);
    return text;
  } catch (error) {
    if (error instanceof AncreError) throw error;
    if (controller.signal.aborted && !signal?.aborted) {
      throw new AncreError({
        code: 'load/timeout',
        message: `No answer after ${Math.round(timeoutMs / 1000)} s.`,
        source: resolved.href,
        hint: 'Check the network, or host the file on the same site as the page.',
      });
    }
    if (signal?.aborted) throw error; // cancelled by the caller: not a problem to show
    throw new AncreError(
      {
        code: 'load/network',
        message: `The file could not be downloaded (${(error as Error).message}).`,
        source: resolved.href,
        hint: 'Check the address; a file on another site must allow it (CORS).',
      },
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function tooLarge(source: string, maxBytes: number): AncreError {
  return new AncreError({
    code: 'load/too-large',
    message: `The file is larger than ${Math.round(maxBytes / 1e6)} MB.`,
    source,
    hint: 'Split the data per département, or raise maxBytes.',
  });
}
