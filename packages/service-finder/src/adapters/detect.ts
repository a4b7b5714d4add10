/**
 * Which file is this? A services pack of ours, or one of the national files the importers read,
 * recognised from its content (and, for a CSV with no telling column, its name). Pure and DOM-free:
 * the element uses it on what `src` returns, and `scripts/convert-national.mjs` on a downloaded file.
 */

/** Formats `src` may point at: our packs, or a national file converted on the fly by an importer. */
export const DATA_FORMATS = ['auto', 'pack', 'france-services-csv', 'api-annuaire', 'data-inclusion', 'lieux-mediation-numerique'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** True when a file's text is JSON (an object or an array, after an optional byte-order mark), else CSV. */
export function isJsonText(text: string): boolean {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
}

/**
 * Recognises a national file by its content: a CSV with the ANCT France services columns, JSON from
 * the API Annuaire (records with `pivot` / `plage_ouverture`, or its `results` / `service` wrappers),
 * data·inclusion structures (JSON or CSV with `nom` and its own fields), the schéma des lieux de
 * médiation numérique (a `pivot` SIRET beside `nom`, `horaires`, `date_maj`…); anything else is read as a pack
 * (whose validation then explains what is wrong).
 */
export function detectFormat(text: string, url = ''): Exclude<DataFormat, 'auto'> {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!isJsonText(body)) {
    const header = body.slice(0, body.search(/\r?\n/) >>> 0 || body.length).toLowerCase();
    if (/\b(id_fs|lib_fs|h_lundi|format_fs)\b/.test(header)) return 'france-services-csv';
    if (/\b(plage_ouverture|ancien_code_pivot|url_service_public)\b/.test(header)) return 'api-annuaire';
    if (/\bpivot\b/.test(header) && /\bnom\b/.test(header) && /\b(horaires|date_maj|dispositif_programmes_nationaux|typologie)\b/.test(header)) return 'lieux-mediation-numerique';
    if (/\bnom\b/.test(header) && /\b(horaires_accueil|code_insee|reseaux_porteurs|thematiques|typologie)\b/.test(header)) return 'data-inclusion';
    return /\.csv(\?|#|$)/i.test(url) ? 'france-services-csv' : 'pack';
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'pack'; // the pack loader reports the syntax error with its line and column
  }
  if (json && typeof json === 'object' && !Array.isArray(json) && typeof (json as { kind?: unknown }).kind === 'string') return 'pack';
  const records = recordsOf(json);
  const first = records.find((r) => r && typeof r === 'object') as Record<string, unknown> | undefined;
  if (!first) return 'pack';
  const fields = first['fields'] && typeof first['fields'] === 'object' ? (first['fields'] as Record<string, unknown>) : first;
  // The Annuaire's `pivot` is a list (or its JSON text); the médiation schema's is a SIRET string.
  const siret = typeof fields['pivot'] === 'string' && !/^\s*\[/.test(fields['pivot']);
  if (siret && 'nom' in fields && ['horaires', 'date_maj', 'services', 'typologie'].some((k) => k in fields)) return 'lieux-mediation-numerique';
  if ('pivot' in fields || 'plage_ouverture' in fields || 'ancien_code_pivot' in fields) return 'api-annuaire';
  if ('nom' in fields && ['horaires_accueil', 'code_insee', 'reseaux_porteurs', 'thematiques', 'typologie', 'source'].some((k) => k in fields)) return 'data-inclusion';
  return 'pack';
}

function recordsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    for (const key of ['results', 'records', 'service', 'items', 'data']) {
      const value = (json as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value;
    }
  }
  return [];
}
