/**
 * Loaded on demand by `<ancre-service-finder>` when it loads data (`import('./data-loading.js')`):
 * the JSON fetcher, the pack loader, the service-point validator and their messages, and the
 * per-département files, none of which is needed to paint the title and the loading message.
 * (The `points` property needs none of it: the element takes those points as they are.)
 */
import { AncreError, fetchJson, fetchText, loadPack, parseJson, type AncreProblem, type Locale } from '@ancre/core';
import type { ImportResult } from './adapters/common.js';
import { detectFormat, isJsonText, type DataFormat } from './adapters/detect.js';
import type { FinderDataInfo } from './service-finder.machine.js';
import type { ServicePoint, ServicesIndexEntry, ServicesIndexFile, ServicesPack } from './service-finder.types.js';
import { validateServicePoint } from './model/validate.js';

export { fetchJson, loadPack, validateServicePoint };

/** A loaded services dataset: one pack, or a per-département index whose shards load on demand. */
export interface Dataset {
  points: ServicePoint[];
  info: FinderDataInfo;
  /**
   * Per-département files, loaded once each and shared by the searches (so a search cancelled by new
   * filters does not cancel a file the next search needs); aborted when the element leaves the page.
   */
  shards?: DatasetShards;
}

export interface DatasetShards {
  url: string;
  index: ServicesIndexFile;
  loaded: Map<string, Promise<ServicePoint[]>>;
  controller: AbortController;
  merged?: { key: string; points: ServicePoint[] };
  /** Every point of every file, once a search by name needed them (the element fills it). */
  all?: Promise<readonly ServicePoint[]>;
  /** A large set: the points of the files loaded so far (`key`: their names), for a search by name. */
  someNamed?: { key: string; points: Promise<readonly ServicePoint[]> };
}

export interface DatasetSource {
  /** A pack given as an object or a JSON string (wins over the child script and `src`). */
  inline: ServicesPack | string | undefined;
  /** The element: its child `<script type="application/json">` is a pack. */
  host: HTMLElement;
  /** URL of a pack or of a per-département `index.json`. */
  src: string;
  signal: AbortSignal;
  /** Language of the problems reported. */
  locale: Locale;
  /** Format of the file at `src`; `auto` (default) recognises it from its content. */
  format?: DataFormat;
}

export { DATA_FORMATS, detectFormat, type DataFormat } from './adapters/detect.js';

/** Loads the pack given inline, in a child script, or at `src` (a pack or a per-département index). */
export async function loadDataset({ inline, host, src, signal, locale, format: format_ }: DatasetSource): Promise<Dataset> {
  const validateItem = validateServicePoint;
  const hasScript = host.querySelector(':scope > script[type="application/json"]') !== null;
  if (inline !== undefined || hasScript) {
    const { pack } = await loadPack<ServicePoint>({ kind: 'ancre/services', validateItem, inline, host, signal, locale });
    return { points: pack.items, info: packInfo(pack) };
  }
  const url = new URL(src, document.baseURI).href;
  const text = await fetchText(src, { signal, locale });
  refuseBinary(text, url, locale);
  const format = format_ === 'auto' || !format_ ? detectFormat(text, url) : format_;
  if (format !== 'pack') return importNational(format, text, url, locale);
  const json = parseJson(text, { source: url, locale });
  if ((json as { kind?: unknown } | null)?.kind === 'ancre/services-index') {
    const index = json as ServicesIndexFile;
    if (!Array.isArray(index.departements)) {
      throw new AncreError({ code: 'services/index', message: 'The index lists no département.', source: url, path: '$.departements' });
    }
    return {
      points: [],
      info: {
        count: index.departements.reduce((n, d) => n + (d.count ?? 0), 0),
        attribution: index.attribution,
        licence: index.licence,
        date: index.date,
      },
      shards: { url, index, loaded: new Map(), controller: new AbortController() },
    };
  }
  // A pack: loaded again through loadPack from its URL, so that a relative `extends` resolves
  // against the pack's own address (the second request is normally served by the HTTP cache).
  const { pack } = await loadPack<ServicePoint>({ kind: 'ancre/services', validateItem, src, signal, locale });
  return { points: pack.items, info: packInfo(pack) };
}

/**
 * The points of the département files `wanted`, each file loaded once and kept (a failed one is
 * tried again next time). The same array for the same set of files, so that its spatial index is
 * built once.
 */
export async function pointsOfShards(shards: DatasetShards, wanted: readonly ServicesIndexEntry[], locale: Locale): Promise<ServicePoint[]> {
  const { url, loaded, controller } = shards;
  const lists = await Promise.all(
    wanted.map((entry) => {
      let promise = loaded.get(entry.code);
      if (!promise) {
        promise = loadPack<ServicePoint>({ kind: 'ancre/services', src: new URL(entry.file, url).href, signal: controller.signal, locale }).then((r) => r.pack.items);
        promise.catch(() => loaded.delete(entry.code));
        loaded.set(entry.code, promise);
      }
      return promise;
    }),
  );
  const points = lists.flat();
  const key = wanted.map((entry) => entry.code).sort().join(',');
  const cached = shards.merged;
  if (cached?.key === key) return cached.points;
  shards.merged = { key, points };
  return points;
}

function packInfo(pack: { items: unknown[]; sources?: { name: string; licence?: string; date?: string }[]; licence?: string; attribution?: string }): FinderDataInfo {
  const attribution =
    pack.attribution ??
    (pack.sources ?? [])
      .map((s) => [s.name, s.licence].filter(Boolean).join(', '))
      .filter(Boolean)
      .join(' ; ');
  return {
    count: pack.items.length,
    ...(attribution ? { attribution } : {}),
    ...(pack.licence ? { licence: pack.licence } : {}),
  };
}

/**
 * A spreadsheet or a GeoPackage given where a CSV or JSON is expected (data.gouv.fr offers the France
 * services list as XLSX and GPKG too): said plainly, with how to get a CSV, instead of a JSON error.
 */
function refuseBinary(text: string, url: string, locale: Locale): void {
  const kind = text.startsWith('PK\u0003\u0004') ? 'zip' : text.startsWith('SQLite format 3') ? 'sqlite' : /^%PDF-/.test(text) ? 'pdf' : undefined;
  if (!kind) return;
  const fr = locale === 'fr';
  const what = {
    zip: fr ? 'un classeur (XLSX, ODS) ou une archive ZIP' : 'a spreadsheet (XLSX, ODS) or a ZIP archive',
    sqlite: fr ? 'une base GeoPackage (GPKG)' : 'a GeoPackage (GPKG) database',
    pdf: fr ? 'un document PDF' : 'a PDF document',
  }[kind];
  const hint = {
    zip: fr
      ? 'Ouvrez-le dans un tableur et enregistrez-le au format « CSV UTF-8 », ou téléchargez directement la version CSV du jeu de données.'
      : 'Open it in a spreadsheet and save it as "CSV UTF-8", or download the CSV version of the dataset.',
    sqlite: fr
      ? 'Exportez la couche au format CSV (par exemple dans QGIS : Exporter, Sauvegarder les entités sous…, CSV), ou téléchargez la version CSV du jeu de données.'
      : 'Export the layer as CSV (for instance in QGIS: Export, Save Features As…, CSV), or download the CSV version of the dataset.',
    pdf: fr ? 'Indiquez un fichier de données (CSV ou JSON), pas un document.' : 'Give a data file (CSV or JSON), not a document.',
  }[kind];
  throw new AncreError({
    code: 'services/binary-file',
    message: fr ? `Ce fichier est ${what} : le widget lit les fichiers CSV et JSON.` : `This file is ${what}: the widget reads CSV and JSON files.`,
    source: url,
    hint,
  });
}

const NATIONAL_SOURCES: Record<Exclude<DataFormat, 'auto' | 'pack'>, string> = {
  'france-services-csv': 'ANCT — liste des France services (data.gouv.fr), Licence Ouverte 2.0',
  'api-annuaire': "DILA — Annuaire de l'administration et des services publics, Licence Ouverte 2.0",
  'data-inclusion': 'data·inclusion (GIP de l’inclusion), Licence Ouverte 2.0',
  'lieux-mediation-numerique': 'ANCT — lieux de médiation numérique (data.gouv.fr), Licence Ouverte 2.0',
};

/**
 * Converts a national file with its importer (loaded only then: the built-in data never needs one);
 * rows it cannot read are reported, not fatal.
 */
async function importNational(format: Exclude<DataFormat, 'auto' | 'pack'>, text: string, url: string, locale: Locale): Promise<Dataset> {
  const source = url.split(/[?#]/)[0]!.split('/').pop() || url;
  let result: ImportResult;
  if (format === 'france-services-csv') {
    // In slices: the national file (2,845 rows) would otherwise hold the page for ~150 ms.
    const { importFranceServicesCsvAsync } = await import('./adapters/france-services-csv.js');
    result = await importFranceServicesCsvAsync(text, { source });
  } else if (format === 'api-annuaire') {
    const { importApiAnnuaireAsync, importApiAnnuaireCsv } = await import('./adapters/api-annuaire.js');
    result = isJsonText(text) ? await importApiAnnuaireAsync(parseJson(text, { source: url, locale }), { source }) : importApiAnnuaireCsv(text, { source });
  } else if (format === 'lieux-mediation-numerique') {
    const { importCartographieNationaleAsync } = await import('./adapters/cartographie-nationale.js');
    result = await importCartographieNationaleAsync(isJsonText(text) ? parseJson(text, { source: url, locale }) : text, { source, idPrefix: 'lmn-' });
  } else {
    const { importDataInclusionAsync } = await import('./adapters/data-inclusion.js');
    const data = isJsonText(text) ? parseJson(text, { source: url, locale }) : text;
    result = await importDataInclusionAsync(data, undefined, { source });
  }
  if (result.points.length === 0) {
    const none: AncreProblem = {
      code: 'services/no-point',
      message: locale === 'fr' ? `Aucun lieu n'a pu être lu dans ce fichier (format : ${format}).` : `No place could be read from this file (format: ${format}).`,
      source: url,
      hint:
        locale === 'fr'
          ? "Vérifiez qu'il s'agit bien du fichier national attendu, ou indiquez son format avec l'attribut format."
          : 'Check that this is the expected national file, or give its format with the format attribute.',
    };
    throw new AncreError([none, ...result.problems.slice(0, 20)]);
  }
  if (result.problems.length) {
    console.warn(`[ancre] ${source}: ${result.points.length} places read, ${result.problems.length} problem(s) with some rows`, result.problems.slice(0, 10));
  }
  return { points: result.points, info: { count: result.points.length, attribution: NATIONAL_SOURCES[format] } };
}
