// scripts/convert-national.mjs on national files laid out as published: per-département packs and an
// index the finder loads, every point valid, clear exit codes on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name) => join(root, 'packages/service-finder/test/fixtures', name);
const convert = (...args) => spawnSync(process.execPath, [join(root, 'scripts/convert-national.mjs'), ...args], { cwd: root, encoding: 'utf8' });
const read = (dir, file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

function converted(args, check) {
  const out = mkdtempSync(join(tmpdir(), 'ancre-convert-'));
  try {
    const run = convert(...args, '--out', out);
    assert.equal(run.status, 0, run.stderr);
    check(out, run.stdout);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test('the real ANCT sample: one pack per département and an index that adds up', () => {
  converted([fixture('france-services-real-sample.csv'), '--date', '2024-08-01'], (out, stdout) => {
    assert.match(stdout, /france-services-csv, utf-8; \d+ points, 0 problem/);
    const index = read(out, 'index.json');
    assert.equal(index.kind, 'ancre/services-index');
    assert.match(index.attribution, /ANCT.*Licence Ouverte 2\.0/);
    assert.deepEqual(index.recordDates, { from: '2024-08-01', to: '2024-08-01' });
    const files = readdirSync(out).filter((f) => f !== 'index.json').sort();
    assert.deepEqual(index.departements.map((d) => d.file).sort(), files);
    let total = 0;
    for (const entry of index.departements) {
      const pack = read(out, entry.file);
      assert.equal(pack.kind, 'ancre/services');
      assert.match(pack.version, /^\d+\.\d+\.\d+$/);
      assert.equal(pack.items.length, entry.count);
      const [west, south, east, north] = entry.bbox;
      for (const p of pack.items) {
        assert.ok(p.location.lon >= west && p.location.lon <= east && p.location.lat >= south && p.location.lat <= north, p.id);
        assert.equal(p.source.date, '2024-08-01');
      }
      total += entry.count;
    }
    assert.equal(total, Number(/; (\d+) points/.exec(stdout)[1]));
    assert.ok(index.departements.some((d) => d.code === '2A' || d.code === '2B'), 'Corsica as 2A/2B');
    assert.ok(index.departements.some((d) => d.code.length === 3), 'an overseas département');
  });
});

test('an API Annuaire response and data·inclusion structures with their services', () => {
  converted([fixture('api-annuaire-records.json')], (out, stdout) => {
    assert.match(stdout, /api-annuaire, utf-8; 5 points, 3 problem/);
    assert.match(read(out, 'index.json').attribution, /Annuaire de l'administration/);
  });
  converted([fixture('data-inclusion-structures-v1.json'), '--services', fixture('data-inclusion-services-v1.json'), '--problems'], (out, stdout) => {
    assert.match(stdout, /data-inclusion, utf-8; 3 points, 1 problem/);
    assert.match(stdout, /import\/bad-location \$\.items\[2\]\.latitude/);
    assert.ok(read(out, 'index.json').departements.length >= 1);
  });
});

test('exit codes: 1 when nothing can be read, 2 on bad arguments', () => {
  const pack = convert(fixture('services-fixture.json'), '--out', join(tmpdir(), 'ancre-never-written'));
  assert.equal(pack.status, 1);
  assert.match(pack.stderr, /not a national file/);
  const noFile = convert();
  assert.equal(noFile.status, 2);
  assert.match(noFile.stderr, /Usage/);
  assert.equal(convert(fixture('france-services-real-sample.csv'), '--format', 'xlsx').status, 2);
});
