// Writes service points as the finder loads them at national scale: one services pack per département
// (`<code>.json`, kind "ancre/services") and an `index.json` (kind "ancre/services-index") with each
// file's count and bounding box. Used by the default data build (scripts/build-service-points.mjs) and
// by the converter of national files (scripts/convert-national.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Département of a point: its INSEE code, else its postcode (Corsica 20xxx split at 20200, overseas 97x/98x). */
export function departementOfPoint(point) {
  const code = point.address.insee ?? point.address.postcode;
  if (/^9[78]/.test(code)) return code.slice(0, 3);
  if (/^2[AB]/i.test(code)) return code.slice(0, 2).toUpperCase();
  if (/^20/.test(code)) return Number(code) < 20200 ? '2A' : '2B';
  return code.slice(0, 2);
}

/**
 * A services pack.
 * @param {{ id: string, items: object[], title: string, version: string, licence: string, attribution: string, date: string, sources: object[] }} p
 */
export function servicePack({ id, items, title, version, licence, attribution, date, sources }) {
  return { kind: 'ancre/services', id, version, locale: 'fr', licence, title, attribution, date, sources, items };
}

/**
 * Writes `<dep>.json` per département and `index.json` into `outDir`.
 * @param {object[]} points
 * @param {{ outDir: string, idPrefix: string, titleOf: (code: string) => string, version: string, licence: string, attribution: string, date: string, sources: object[] }} options
 * @returns {{ entries: { code: string, file: string, count: number, bbox: number[] }[], gzTotal: number, gzMax: number, recordDates: { from?: string, to?: string } }}
 */
export function writeServiceShards(points, { outDir, idPrefix, titleOf, ...pack }) {
  mkdirSync(outDir, { recursive: true });
  const byDep = new Map();
  for (const p of points) {
    const d = departementOfPoint(p);
    if (!byDep.has(d)) byDep.set(d, []);
    byDep.get(d).push(p);
  }
  const entries = [];
  let gzTotal = 0;
  let gzMax = 0;
  for (const [code, items] of [...byDep].sort(([a], [b]) => a.localeCompare(b))) {
    const file = `${code}.json`;
    const body = JSON.stringify(servicePack({ ...pack, id: `${idPrefix}.${code.toLowerCase()}`, items, title: titleOf(code) }));
    writeFileSync(join(outDir, file), body);
    const gz = gzipSync(body).length;
    gzTotal += gz;
    gzMax = Math.max(gzMax, gz);
    const lats = items.map((p) => p.location.lat);
    const lons = items.map((p) => p.location.lon);
    entries.push({ code, file, count: items.length, bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] });
  }
  const dates = points.map((p) => p.source.date).filter(Boolean).sort();
  const recordDates = { from: dates[0], to: dates.at(-1) };
  const index = {
    kind: 'ancre/services-index',
    date: pack.date,
    attribution: pack.attribution,
    licence: pack.licence,
    recordDates,
    departements: entries,
  };
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  return { entries, gzTotal, gzMax, recordDates };
}
