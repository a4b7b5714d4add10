// Checks the commune files written by scripts/build-communes.mjs into packages/core/dist/data/communes
// (run after `npm run build`). Skipped when the build has not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../dist/data/communes/', import.meta.url));
const built = existsSync(`${dir}index.json`);
const read = (file) => JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));

test('commune index: every current commune, arrondissements, compact files', { skip: !built && 'build not run' }, () => {
  const index = read('index.json');
  assert.equal(index.format, 'ancre-communes-index');
  assert.equal(index.version, 1);
  assert.match(index.attribution, /GeoNames, CC BY 4\.0/);
  assert.match(index.attribution, /Licence Ouverte/);
  const deps = index.departements;
  assert.ok(deps.length >= 101, `${deps.length} départements`);
  const total = index.counts.reduce((s, n) => s + n, 0);
  assert.ok(total > 34_000, `${total} communes`);
  for (const column of ['codes', 'names', 'postcodes', 'population']) assert.equal(index[column].length, total, column);
  assert.equal(Object.keys(index.parents).length, 45); // 20 Paris + 9 Lyon + 16 Marseille
  // The national lookup stays small: under 350 KB gzip.
  const gz = gzipSync(readFileSync(`${dir}index.json`), { level: 9 }).length;
  assert.ok(gz < 350_000, `index.json is ${gz} bytes gzip`);

  const files = readdirSync(`${dir}departements`);
  assert.equal(files.length, deps.length);
  for (const f of files) assert.ok(statSync(`${dir}departements/${f}`).size < 60_000, `${f} too large`);
  const rhone = read('departements/69.json');
  const lyon3 = rhone.communes.find((r) => r[0] === '69383');
  assert.equal(lyon3[3], 'c');
  assert.ok(Math.abs(lyon3[1] - 45.76) < 0.05 && Math.abs(lyon3[2] - 4.85) < 0.05);
});

test('commune coverage report', { skip: !built && 'build not run' }, () => {
  const coverage = read('coverage.json');
  assert.ok(coverage.communes > 34_000);
  assert.ok(coverage.communesWithCommunePoint > 14_000, `${coverage.communesWithCommunePoint} with a commune point`);
  assert.ok(coverage.populationWithCommunePointPercent > 85, `${coverage.populationWithCommunePointPercent} %`);
  assert.equal(
    Object.values(coverage.byPrecision).reduce((s, n) => s + n, 0),
    coverage.communes,
  );
});
