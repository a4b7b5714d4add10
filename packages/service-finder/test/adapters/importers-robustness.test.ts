// Property test: seeded random damage to real national files (see national-real-data.test.ts for
// their sources) never makes an importer throw. Every importer returns `{ points, problems }`, every
// problem has a code and a path, every point is a valid pack item. A failing case prints its seed and
// case number: re-run with the same SEED to reproduce it.
import { expect } from '@open-wc/testing';
import { importFranceServicesCsv } from '../../src/adapters/france-services-csv.js';
import { importApiAnnuaire } from '../../src/adapters/api-annuaire.js';
import { importDataInclusion } from '../../src/adapters/data-inclusion.js';
import { importCartographieNationale } from '../../src/adapters/cartographie-nationale.js';
import { parseCsv } from '../../src/adapters/common.js';
import type { ImportResult } from '../../src/adapters/common.js';
import { validateServicePoint } from '../../src/model/validate.js';

const SEED = 20240801;
const F = '/packages/service-finder/test/fixtures/';
const text = async (name: string) => (await fetch(F + name)).text();

/** mulberry32: a small seeded generator, so that every run damages the files the same way. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const NASTY = ['"', '""', ',', ';', '\n', '\r\n', '\r', '\t', '\u0000', '\ufeff', '\ufffd', 'Ã©', '\\x', '\\xZZ', '\\x41', '{', '[', ']', '}', 'null', 'NaN', '-', ' / ', '00:00', '99:99 - 12:00', '\u2028', '𝔘', 'é'];
const randomText = (r: Rng, n: number) => Array.from({ length: n }, () => (r.next() < 0.5 ? String.fromCharCode(r.int(0x3000)) : r.pick(NASTY))).join('');

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const toCsv = (rows: string[][], sep: string) => rows.map((row) => row.map(quote).join(sep)).join('\n');

/** One damaged CSV text (or bytes) from the real sample. */
function damageCsv(r: Rng, original: string): string | Uint8Array {
  const table = parseCsv(original);
  const rows = [table.header, ...table.rows.filter(() => r.next() < 0.15)];
  const cols = table.header.length;
  const kind = r.int(16);
  switch (kind) {
    case 0: // truncated anywhere
      return original.slice(0, r.int(original.length));
    case 1: // a column dropped
    {
      const c = r.int(cols);
      return toCsv(rows.map((row) => row.filter((_, i) => i !== c)), ',');
    }
    case 2: // columns shuffled
    {
      const order = [...Array(cols).keys()].sort(() => r.next() - 0.5);
      return toCsv(rows.map((row) => order.map((i) => row[i] ?? '')), r.pick([',', ';', '\t']));
    }
    case 3: // a column duplicated
    {
      const c = r.int(cols);
      return toCsv(rows.map((row) => [...row, row[c] ?? '']), ',');
    }
    case 4: // random characters anywhere
    {
      let s = toCsv(rows, ',');
      for (let k = 0; k < 1 + r.int(30); k++) {
        const at = r.int(s.length + 1);
        s = s.slice(0, at) + randomText(r, 1 + r.int(4)) + s.slice(at + r.int(3));
      }
      return s;
    }
    case 5: // random bytes
      return Uint8Array.from({ length: r.int(4000) }, () => r.int(256));
    case 6: // UTF-8 bytes read as Latin-1 (mojibake), or Windows-1252 bytes
    {
      const utf8 = new TextEncoder().encode(toCsv(rows, ','));
      if (r.next() < 0.5) return String.fromCharCode(...utf8.slice(0, 20000));
      return Uint8Array.from(toCsv(rows, ';'), (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
    }
    case 7:
      return '';
    case 8: // header only, with or without line end
      return original.slice(0, original.indexOf('\n') + r.int(2));
    case 9: // a 10,000-character cell
    {
      const row = rows[1 + r.int(rows.length - 1)] ?? rows[0]!;
      row[r.int(cols)] = r.pick(['9', 'a', '"', ' ', '\n', 'é']).repeat(10_000);
      return toCsv(rows, ',');
    }
    case 10: // cells swapped within rows
      return toCsv(rows.map((row, i) => (i === 0 ? row : [...row].sort(() => r.next() - 0.5))), ',');
    case 11: // BOM, CRLF, trailing separators
      return `\ufeff${toCsv(rows, ',').replace(/\n/g, '\r\n')},,,\r\n\r\n`;
    case 12: // short and long rows
      return toCsv(rows.map((row) => row.slice(0, r.int(cols + 5)).concat(r.next() < 0.3 ? ['x', 'y'] : [])), ',');
    case 13: // odd values in the known columns
      return toCsv(rows.map((row, i) => (i === 0 ? row : row.map((c) => (r.next() < 0.2 ? r.pick(['', '-', 'NaN', 'Infinity', '1e308', '-0', '0', '999999', '48,5', ' 46.1 ', 'Fermé', '24:00 - 25:61', '9h-12h et 14h-17h', 'oui', '2A', '97', '00000']) : c)))), ',');
    case 14: // random text after a real header
      return `${original.slice(0, original.indexOf('\n'))}\n${randomText(r, r.int(3000))}`;
    default: // unbalanced quotes
      return toCsv(rows, ',').replace(/"/g, () => (r.next() < 0.02 ? '' : '"'));
  }
}

const GARBAGE: (r: Rng) => unknown = (r) =>
  r.pick<() => unknown>([
    () => null,
    () => undefined,
    () => r.int(1e6) - 5e5,
    () => r.next() * 1e9,
    () => Number.NaN,
    () => true,
    () => '',
    () => randomText(r, r.int(40)),
    () => 'x'.repeat(10_000),
    () => [],
    () => ({}),
    () => [null, 1, 'a', {}],
    () => '[{"valeur": 5}]',
    () => '[{',
    () => '{"a": [1, 2]}',
    () => deep(r, 200),
  ])();

function deep(r: Rng, depth: number): unknown {
  let v: unknown = r.pick([null, 'x', 1, []]);
  for (let i = 0; i < depth; i++) v = r.next() < 0.5 ? [v] : { [r.pick(['a', 'adresse', 'pivot', 'fields', 'record', 'valeur'])]: v };
  return v;
}

/** Replaces, deletes or adds values at random places of a JSON value (a deep copy). */
function damageJson(r: Rng, value: unknown, rate: number, depth = 0): unknown {
  if (depth > 8) return value;
  if (r.next() < rate) return GARBAGE(r);
  if (Array.isArray(value)) {
    const out = value.map((v) => damageJson(r, v, rate, depth + 1));
    if (r.next() < rate) out.push(GARBAGE(r));
    if (r.next() < rate) out.splice(r.int(out.length), 1);
    return out;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (r.next() < rate / 2) continue; // dropped
      out[r.next() < rate / 4 ? k.toUpperCase() : k] = damageJson(r, v, rate, depth + 1);
    }
    if (r.next() < rate) out[r.pick(['latitude', 'longitude', 'code_postal', 'nom', 'id', 'pivot', 'adresse', 'plage_ouverture', 'horaires_accueil', 'date_maj'])] = GARBAGE(r);
    return out;
  }
  return value;
}

/** Whole-document damage: the value itself, its JSON text cut short, or garbage instead. */
function damageDocument(r: Rng, doc: unknown): unknown {
  const k = r.int(10);
  if (k === 0) return JSON.stringify(doc).slice(0, r.int(JSON.stringify(doc).length));
  if (k === 1) return GARBAGE(r);
  if (k === 2) return `\ufeff${JSON.stringify(damageJson(r, doc, 0.1))}`;
  return damageJson(r, doc, r.pick([0.02, 0.1, 0.3]));
}

function check(result: ImportResult, label: string): void {
  expect(result, label).to.be.an('object');
  expect(result.points, label).to.be.an('array');
  expect(result.problems, label).to.be.an('array');
  for (const p of result.problems) {
    if (typeof p.code !== 'string' || !p.code || typeof p.path !== 'string' || !p.path) expect.fail(`${label}: problem without code or path ${JSON.stringify(p)}`);
  }
  result.points.forEach((point, i) => {
    const bad = validateServicePoint(point, `$[${i}]`).filter((x) => x.code !== 'services/hours-unparsed');
    if (bad.length) expect.fail(`${label}: invalid point ${JSON.stringify(point).slice(0, 400)} → ${JSON.stringify(bad)}`);
  });
}

function run(label: string, fn: () => ImportResult): void {
  let result: ImportResult;
  try {
    result = fn();
  } catch (error) {
    expect.fail(`${label} threw ${(error as Error)?.stack ?? String(error)}`);
  }
  check(result!, label);
}

describe(`importers never throw on damaged real files (seed ${SEED})`, function () {
  this.timeout(30_000);
  let csv: string;
  let dump: unknown;
  let records: unknown;
  let inclusion: unknown[];
  before(async () => {
    csv = await text('france-services-real-sample.csv');
    dump = JSON.parse(await text('api-annuaire-real-dump.json'));
    records = JSON.parse(await text('api-annuaire-real-records.json'));
    inclusion = [
      ...(JSON.parse(await text('data-inclusion-schema-examples.json')) as unknown[]),
      ...((JSON.parse(await text('data-inclusion-structures-v1.json')) as { items: unknown[] }).items),
    ];
  });

  it('France services CSV: 1,500 damaged files', () => {
    const r = rng(SEED);
    for (let n = 0; n < 1500; n++) {
      const input = damageCsv(r, csv);
      run(`csv case ${n}`, () => importFranceServicesCsv(input, { source: 'liste-fs-20240801.csv' }));
    }
  });

  it('API Annuaire: 1,000 damaged dumps and records pages', () => {
    const r = rng(SEED + 1);
    for (let n = 0; n < 1000; n++) {
      const input = damageDocument(r, n % 2 ? dump : records);
      run(`annuaire case ${n}`, () => importApiAnnuaire(input));
    }
  });

  it('data·inclusion: 1,000 damaged structure lists (JSON, CSV text, with services)', () => {
    const r = rng(SEED + 2);
    for (let n = 0; n < 1000; n++) {
      const input = damageDocument(r, n % 3 ? inclusion : { items: inclusion });
      const services = n % 4 === 0 ? damageJson(r, [{ structure_id: 'dora--0101', nom: 'Aide', thematiques: ['numerique--x'] }], 0.3) : undefined;
      run(`data-inclusion case ${n}`, () => importDataInclusion(input, services));
    }
  });

  it('cartographie nationale: 500 damaged record lists', () => {
    const r = rng(SEED + 3);
    const base = [{ id: 'x', nom: 'Médiathèque', adresse: '1 rue Exemple', code_postal: '01100', commune: 'Oyonnax', latitude: 46.25, longitude: 5.65, date_maj: '2024-01-01', source: 's', typologie: 'BIB', horaires: 'Mo 09:00-12:00' }];
    for (let n = 0; n < 500; n++) {
      const input = damageDocument(r, base);
      run(`cartographie case ${n}`, () => importCartographieNationale(input));
    }
  });
});
