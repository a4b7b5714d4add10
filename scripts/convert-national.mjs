#!/usr/bin/env node
// Converts a national file, as downloaded, into the per-département packs <ancre-service-finder> loads
// at national scale (`src=".../index.json"`): the ANCT France services CSV, an API Annuaire export
// (JSON, the data.gouv.fr dump, or CSV), data·inclusion structures (JSON or CSV, with their services
// file if you have it) or the national « lieux de médiation numérique » export (CSV or JSON). The conversion is the finder's own importers (packages/service-finder/src/
// adapters, tested in the browser), bundled on the fly; every point is checked by the pack validator.
//
// Usage:
//   node scripts/convert-national.mjs <file> [--format auto|france-services-csv|api-annuaire|data-inclusion|lieux-mediation-numerique]
//        [--services <data·inclusion services file>] [--out <dir>] [--date YYYY-MM-DD] [--problems]
// Prints what was read (rows/records, points, problems by code, per département, sizes) and writes
// <out>/<dep>.json + <out>/index.json (default out: ./services). Exit code 1 when no point could be
// read, 2 on bad arguments.

import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './lib/import-ts.mjs';
import { writeServiceShards } from './lib/service-shards.mjs';

const started = performance.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const WITH_VALUE = new Set(['--format', '--services', '--out', '--date']);
const file = args.find((a, i) => !a.startsWith('--') && !WITH_VALUE.has(args[i - 1]));
const FORMATS = ['auto', 'france-services-csv', 'api-annuaire', 'data-inclusion', 'lieux-mediation-numerique'];
const wanted = option('format') ?? 'auto';
if (!file || !FORMATS.includes(wanted) || (option('date') && !/^\d{4}-\d{2}-\d{2}$/.test(option('date')))) {
  console.error(
    'Usage: node scripts/convert-national.mjs <file> [--format auto|france-services-csv|api-annuaire|data-inclusion|lieux-mediation-numerique] [--services <file>] [--out <dir>] [--date YYYY-MM-DD] [--problems]',
  );
  process.exit(2);
}
const outDir = resolve(option('out') ?? 'services');
const source = basename(file);

const m = await importTs(root, {
  'packages/service-finder/src/adapters/detect.ts': ['detectFormat', 'isJsonText'],
  'packages/service-finder/src/adapters/common.ts': ['decodeText'],
  'packages/service-finder/src/adapters/france-services-csv.ts': ['importFranceServicesCsv', 'FRANCE_SERVICES_SOURCE'],
  'packages/service-finder/src/adapters/api-annuaire.ts': ['importApiAnnuaire', 'importApiAnnuaireCsv', 'API_ANNUAIRE_SOURCE'],
  'packages/service-finder/src/adapters/data-inclusion.ts': ['importDataInclusion', 'DATA_INCLUSION_SOURCE'],
  'packages/service-finder/src/adapters/cartographie-nationale.ts': ['importCartographieNationale', 'CARTOGRAPHIE_NATIONALE_SOURCE'],
  'packages/service-finder/src/model/validate.ts': ['validateServicePoint'],
});

const bytes = readFileSync(resolve(file));
const { text, encoding } = m.decodeText(bytes);
const format = wanted === 'auto' ? m.detectFormat(text, file) : wanted;
const isJson = m.isJsonText(text);
const parse = (t, name) => {
  try {
    return JSON.parse(t.replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`${name}: not valid JSON (${error.message}).`);
    process.exit(1);
  }
};

let result;
let origin;
if (format === 'france-services-csv') {
  result = m.importFranceServicesCsv(bytes, { source, ...(option('date') ? { date: option('date') } : {}) });
  origin = m.FRANCE_SERVICES_SOURCE;
} else if (format === 'api-annuaire') {
  result = isJson ? m.importApiAnnuaire(parse(text, source), { source }) : m.importApiAnnuaireCsv(text, { source });
  origin = m.API_ANNUAIRE_SOURCE;
} else if (format === 'data-inclusion') {
  const servicesFile = option('services');
  const services = servicesFile ? m.decodeText(readFileSync(resolve(servicesFile))).text : undefined;
  const asData = (t, name) => (m.isJsonText(t) ? parse(t, name) : t);
  result = m.importDataInclusion(asData(text, source), services === undefined ? undefined : asData(services, basename(servicesFile)), { source });
  origin = { name: 'data·inclusion (GIP de l’inclusion)', ...m.DATA_INCLUSION_SOURCE };
} else if (format === 'lieux-mediation-numerique') {
  result = m.importCartographieNationale(isJson ? parse(text, source) : text, { source, idPrefix: 'lmn-' });
  origin = { name: 'ANCT, lieux de médiation numérique', ...m.CARTOGRAPHIE_NATIONALE_SOURCE };
} else {
  console.error(`${source}: not a national file the importers know (recognised as "${format}"). Give --format if it is one.`);
  process.exit(1);
}

const { points, problems } = result;
const invalid = [];
points.forEach((p, i) => {
  const found = m.validateServicePoint(p, `$.items[${i}]`).filter((x) => !x.code.endsWith('hours-unparsed'));
  if (found.length) invalid.push([p.id, found]);
});
const byCode = {};
for (const p of problems) byCode[p.code] = (byCode[p.code] ?? 0) + 1;
console.log(`${source}: ${format}, ${encoding ?? 'utf-8'}; ${points.length} points, ${problems.length} problem(s)${problems.length ? ` ${JSON.stringify(byCode)}` : ''}`);
if (args.includes('--problems')) for (const p of problems) console.log(`  ${p.code} ${p.path ?? ''} ${p.message}`);
else if (problems.length) console.log('  (--problems lists them)');
if (invalid.length) {
  console.error(`${invalid.length} point(s) fail validation, not written:`);
  for (const [id, found] of invalid.slice(0, 20)) console.error(`  ${id}: ${found.map((x) => `${x.path} ${x.message}`).join('; ')}`);
}
const valid = points.filter((p) => !invalid.some(([id]) => id === p.id));
if (valid.length === 0) {
  console.error('No point to write.');
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const dates = valid.map((p) => p.source.date).filter(Boolean).sort();
const attribution = `${origin.name}, ${origin.licence}`;
const written = writeServiceShards(valid, {
  outDir,
  idPrefix: `local.${format}`,
  titleOf: (code) => `Lieux de services, département ${code}`,
  // Semantic version of the converted data: the day of the conversion (2026-12-02 → 2026.12.2).
  version: today.split('-').map(Number).join('.'),
  licence: origin.licence,
  attribution,
  date: today,
  sources: [{ name: `${origin.name} (${source})`, url: origin.url, licence: origin.licence, ...(dates.length ? { date: dates.at(-1) } : {}) }],
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${written.entries.length} département file(s): ${written.entries.map((e) => `${e.code}:${e.count}`).join(' ')}`);
console.log(`gzip ${kb(written.gzTotal)} in all, largest ${kb(written.gzMax)} → ${outDir}/index.json (${Math.round(performance.now() - started)} ms)`);
console.log(`<ancre-service-finder src=".../${basename(outDir)}/index.json"></ancre-service-finder>`);
