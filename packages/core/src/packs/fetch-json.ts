import { AncreError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { decodeBytes } from '../text/normalize.js';

/** What a failed load tells a person, in French and English: [message, hint]. */
const MESSAGES = {
  fr: {
    json: (d: string) => [`Le fichier n'est pas du JSON valide : ${d}`, 'Vérifiez le fichier avec un validateur JSON ; une virgule en trop ou un guillemet manquant en est la cause habituelle.'],
    url: (u: string) => [`« ${u} » n'est pas une adresse valide.`, 'Donnez une adresse http(s) ou un chemin relatif à la page.'],
    scheme: (p: string) => [`Le schéma « ${p} » n'est pas autorisé pour les fichiers de données.`, 'Utilisez une adresse http(s) ou un chemin relatif à la page.'],
    http: (status: string, notFound: boolean) => [`Le serveur a répondu ${status}.`, notFound ? "Vérifiez l'adresse du fichier (attribut src)." : 'Réessayez plus tard ou vérifiez le serveur.'],
    timeout: (s: string) => [`Pas de réponse après ${s}.`, 'Vérifiez le réseau, ou hébergez le fichier sur le même site que la page.'],
    network: (d: string) => [`Le fichier n'a pas pu être téléchargé (${d}).`, "Vérifiez l'adresse ; un fichier sur un autre site doit l'autoriser (CORS)."],
    large: (mb: number) => [`Le fichier dépasse ${mb} Mo.`, 'Découpez les données par département, ou augmentez maxBytes.'],
  },
  en: {
    json: (d: string) => [`The file is not valid JSON: ${d}`, 'Check the file with a JSON validator; a trailing comma or a missing quote is the usual cause.'],
    url: (u: string) => [`"${u}" is not a valid URL.`, 'Give an http(s) URL or a path relative to the page.'],
    scheme: (p: string) => [`The scheme "${p}" is not allowed for data files.`, 'Use an http(s) URL or a path relative to the page.'],
    http: (status: string, notFound: boolean) => [`The server answered ${status}.`, notFound ? 'Check the address of the file (src attribute).' : 'Try again later or check the server.'],
    timeout: (s: string) => [`No answer after ${s}.`, 'Check the network, or host the file on the same site as the page.'],
    network: (d: string) => [`The file could not be downloaded (${d}).`, 'Check the address; a file on another site must allow it (CORS).'],
    large: (mb: number) => [`The file is larger than ${mb} MB.`, 'Split the data per département, or raise maxBytes.'],
  },
} satisfies Record<Locale, Record<string, (...args: never[]) => string[]>>;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

export interface FetchJsonOptions {
  /** Aborts the request (a widget passes its machine actor's signal). */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Largest accepted body, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Replaces `fetch` (tests). */
  fetchImpl?: typeof fetch;
  /** Language of the problems reported (default French). */
  locale?: Locale;
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
    const [message, hint] = MESSAGES[options.locale ?? 'fr'].json((error as Error).message);
    throw new AncreError({ code: 'load/json', message: message!, source: String(url), hint: hint! }, { cause: error });
  }
}

/**
 * The text of a body: in the charset the server declares, else as `decodeBytes` reads it (UTF-8, else
 * Windows-1252 for a CSV saved by a spreadsheet under Windows — never replacement characters where the
 * file had letters). A byte-order mark is dropped.
 */
export function decodeBody(bytes: ArrayBuffer | Uint8Array, contentType?: string | null): string {
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: read the bytes as if none was given.
    }
  }
  return decodeBytes(bytes).text;
}

/** Same contract as `fetchJson`, returning the body as text (CSV importers, markdown). */
export async function fetchText(url: string | URL, options: FetchJsonOptions = {}): Promise<string> {
  const { signal, timeoutMs = 15_000, maxBytes = 20_000_000, fetchImpl = globalThis.fetch, locale = 'fr' } = options;
  const say = MESSAGES[locale];
  const problem = (code: string, [message, hint]: string[], source?: string) =>
    new AncreError({ code, message: message!, hint: hint!, ...(source ? { source } : {}) });
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let resolved: URL;
  try {
    resolved = new URL(String(url), base);
  } catch {
    throw problem('load/url', say.url(String(url)));
  }
  if (!ALLOWED_SCHEMES.has(resolved.protocol)) {
    throw problem('load/url', say.scheme(resolved.protocol), String(url));
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
      throw problem('load/http', say.http(`${response.status} ${response.statusText}`.trim(), response.status === 404), resolved.href);
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    const tooLarge = () => problem('load/too-large', say.large(Math.round(maxBytes / 1e6)), resolved.href);
    if (length > maxBytes) throw tooLarge();
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return decodeBody(bytes, response.headers.get('content-type'));
  } catch (error) {
    if (error instanceof AncreError) throw error;
    if (controller.signal.aborted && !signal?.aborted) {
      throw problem('load/timeout', say.timeout(seconds(timeoutMs)), resolved.href);
    }
    if (signal?.aborted) throw error; // cancelled by the caller: not a problem to show
    const failure = problem('load/network', say.network((error as Error).message), resolved.href);
    (failure as { cause?: unknown }).cause = error;
    throw failure;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
