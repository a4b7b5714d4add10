#!/usr/bin/env node
// Builds the default service-point packs of <ancre-service-finder> from the real records of the ANCT
// "cartographie nationale des lieux d'inclusion numérique" (@gouvfr-anct/cartographie-nationale,
// assets/data/source.json, Licence Ouverte 2.0). See docs/service-finder-data.md and
// docs/data-sources.md, section "Service points".
//
// The conversion itself is the TypeScript importer packages/service-finder/src/adapters/
// cartographie-nationale.ts (tested in the browser), bundled here on the fly with esbuild so there is
// one implementation. INSEE codes are joined from @etalab/decoupage-administratif (postcode + name).
//
// Output (default): packages/service-finder/dist/data/services/
//   <dep>.json   one services pack per département (core pack envelope, kind "ancre/services")
//   index.json   départements, counts, bounding boxes, attribution, record dates
// With --fixture: one small pack (40 records of départements 69 and 01, France services and places
// with hours first) to packages/service-finder/test/fixtures/services-fixture.json (committed; served
// by Storybook at /finder-fixtures/).
//
// Usage: node scripts/build-service-points.mjs [--fixture] [--out <dir>] [--quiet]

import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './lib/import-ts.mjs';
import { departementOfPoint, servicePack, writeServiceShards } from './lib/service-shards.mjs';

const started = Date.now();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fixture = args.includes('--fixture');
const quiet = args.includes('--quiet');
const outArg = args.indexOf('--out');
const outDir = resolve(root, outArg >= 0 ? args[outArg + 1] : fixture ? 'packages/service-finder/test/fixtures' : 'packages/service-finder/dist/data/services');
const log = (...a) => {
  if (!quiet) console.log('[service-points]', ...a);
};

const SOURCE_FILE = 'node_modules/@gouvfr-anct/cartographie-nationale/assets/data/source.json';
const ATTRIBUTION =
  // Without a "Données :" label: the widget adds it in the reader's language.
  "Cartographie nationale des lieux d'inclusion numérique, Agence nationale de la cohésion des territoires (ANCT) et ses contributeurs (Hinaura), Licence Ouverte 2.0";
const LICENCE = 'Licence Ouverte 2.0';
const SOURCE_URL = 'https://cartographie.societenumerique.gouv.fr/';
const VERSION = JSON.parse(readFileSync(join(root, 'packages/service-finder/package.json'), 'utf8')).version;

// 1. The importer (TypeScript, tested in the browser), bundled for Node by importTs.
const { importCartographieNationale, foldText } = await importTs(root, {
  'packages/service-finder/src/adapters/cartographie-nationale.ts': ['importCartographieNationale'],
  'packages/core/src/text/normalize.ts': ['foldText'],
});

// 2. Read and convert.
const records = JSON.parse(readFileSync(join(root, SOURCE_FILE), 'utf8'));
const dropped = { personalEmails: 0, badPhones: 0, badUrls: 0 };
const { points, problems } = importCartographieNationale(records, { source: SOURCE_FILE, dropped });
for (const p of problems) log(`skipped ${p.path}: ${p.message}`);

// 3. INSEE codes: postcode + folded name, else the only commune of that postcode.
const communes = JSON.parse(readFileSync(join(root, 'node_modules/@etalab/decoupage-administratif/data/communes.json'), 'utf8')).filter(
  (c) => c.type === 'commune-actuelle',
);
const byPostcodeName = new Map();
const byPostcode = new Map();
for (const c of communes) {
  for (const cp of c.codesPostaux ?? []) {
    byPostcodeName.set(`${cp}|${foldText(c.nom)}`, c);
    if (!byPostcode.has(cp)) byPostcode.set(cp, []);
    byPostcode.get(cp).push(c);
  }
}
let withInsee = 0;
for (const p of points) {
  const key = `${p.address.postcode}|${foldText(p.address.commune)}`;
  const match = byPostcodeName.get(key) ?? (byPostcode.get(p.address.postcode)?.length === 1 ? byPostcode.get(p.address.postcode)[0] : undefined);
  if (match) {
    p.address.insee = match.code;
    withInsee++;
  }
}

// 4. Split per département (INSEE code first, postcode otherwise): scripts/lib/service-shards.mjs.
const dates = points.map((p) => p.source.date).filter(Boolean).sort();
const today = new Date().toISOString().slice(0, 10);
const packFields = {
  version: VERSION,
  licence: LICENCE,
  attribution: ATTRIBUTION,
  date: today,
  sources: [
    {
      name: "Agence nationale de la cohésion des territoires (ANCT), cartographie nationale des lieux d'inclusion numérique (@gouvfr-anct/cartographie-nationale)",
      url: SOURCE_URL,
      licence: LICENCE,
      date: dates.at(-1),
    },
  ],
};

mkdirSync(outDir, { recursive: true });
if (fixture) {
  // 40 records of Rhône and Ain: France services first, then places with hours, by id (deterministic).
  const pool = points.filter((p) => ['69', '01'].includes(departementOfPoint(p)));
  const score = (p) => (p.kinds.includes('france-services') ? 0 : p.kinds.includes('mairie') ? 1 : p.hours ? 2 : 3);
  const chosen = [...pool]
    .sort((a, b) => score(a) - score(b) || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .slice(0, 40)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const pack = servicePack({ ...packFields, id: 'fr.anct.cartographie-nationale.fixture', items: chosen, title: 'Lieux de services (extrait Rhône et Ain, pour les tests)' });
  pack.date = dates.at(-1); // stable across builds
  const file = join(outDir, 'services-fixture.json');
  writeFileSync(file, `${JSON.stringify(pack, null, 1)}\n`);
  log(`fixture: ${chosen.length} points (${chosen.filter((p) => p.kinds.includes('france-services')).length} France services, ${chosen.filter((p) => p.hours).length} with hours) → ${file}`);
} else {
  const { entries, gzTotal, gzMax } = writeServiceShards(points, {
    ...packFields,
    outDir,
    idPrefix: 'fr.anct.cartographie-nationale',
    titleOf: (code) => `Lieux de services, département ${code}`,
  });
  log(`${records.length} records → ${points.length} points in ${entries.length} départements (${entries.map((e) => `${e.code}:${e.count}`).join(' ')})`);
  log(`records dated ${dates[0]} to ${dates.at(-1)}; with INSEE code ${withInsee}/${points.length}; with hours ${points.filter((p) => p.hours).length}`);
  log(
    `France services ${points.filter((p) => p.kinds.includes('france-services')).length}, mairies ${points.filter((p) => p.kinds.includes('mairie')).length}; dropped: ${dropped.personalEmails} personal or invalid emails, ${dropped.badPhones} phones, ${dropped.badUrls} websites; ${problems.length} records skipped`,
  );
  log(`gzip: ${(gzTotal / 1024).toFixed(1)} KB in all, largest shard ${(gzMax / 1024).toFixed(1)} KB → ${outDir} (${Date.now() - started} ms)`);
}
