// The sliced import of the France services CSV gives exactly what the one-go import gives, pausing
// between slices of rows (so that the page keeps responding while the national file is converted).
import { expect } from '@open-wc/testing';
import { importFranceServicesCsv, importFranceServicesCsvAsync } from '../../src/adapters/france-services-csv.js';

const FIXTURE = '/packages/service-finder/test/fixtures/france-services-real-sample.csv';

describe('importFranceServicesCsvAsync', () => {
  it('gives the same points and problems as the one-go import, with a pause every slice', async () => {
    const text = await (await fetch(FIXTURE)).text();
    const options = { source: 'liste-fs-20240801.csv' };
    const once = importFranceServicesCsv(text, options);
    let pauses = 0;
    const sliced = await importFranceServicesCsvAsync(text, { ...options, rowsPerSlice: 10, pause: async () => void pauses++ });
    expect(sliced).to.deep.equal(once);
    expect(once.points.length).to.be.greaterThan(90);
    const rows = once.points.length + once.problems.filter((p) => /^\$\.rows\[/.test(p.path ?? '')).length;
    expect(pauses).to.equal(Math.ceil(rows / 10) - 1);
  });

  it('a file without the needed columns: one problem, no pause', async () => {
    let pauses = 0;
    const result = await importFranceServicesCsvAsync('a,b\n1,2\n', { rowsPerSlice: 1, pause: async () => void pauses++ });
    expect(result.points).to.deep.equal([]);
    expect(result.problems.map((p) => p.code)).to.deep.equal(['import/missing-column']);
    expect(pauses).to.equal(0);
  });

  it('by default lets a macrotask run between slices', async () => {
    const header = 'id_fs,lib_fs,adresse,code_postal,lib_com,latitude,longitude';
    const rows = Array.from({ length: 450 }, (_, i) => `${i + 1},France services ${i + 1},1 place de la Mairie,01130,Nantua,46.15,5.61`);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await importFranceServicesCsvAsync([header, ...rows].join('\n'));
    clearInterval(timer);
    expect(result.points).to.have.length(450);
    expect(ticks, 'timers ran during the import').to.be.greaterThan(0);
  });
});

describe('the other importers, sliced', () => {
  const F = '/packages/service-finder/test/fixtures/';
  const counting = () => {
    const state = { pauses: 0 };
    return { state, options: { rowsPerSlice: 1, pause: async () => void state.pauses++ } };
  };

  it('API Annuaire: same result, a pause between records', async () => {
    const { importApiAnnuaire, importApiAnnuaireAsync } = await import('../../src/adapters/api-annuaire.js');
    const json = await (await fetch(F + 'api-annuaire-records.json')).json();
    const { state, options } = counting();
    const sliced = await importApiAnnuaireAsync(json, options);
    expect(sliced).to.deep.equal(importApiAnnuaire(json));
    expect(state.pauses).to.equal(json.results.length - 1);
  });

  it('data·inclusion (with services): same result, a pause between structures', async () => {
    const { importDataInclusion, importDataInclusionAsync } = await import('../../src/adapters/data-inclusion.js');
    const structures = await (await fetch(F + 'data-inclusion-structures-v1.json')).json();
    const services = await (await fetch(F + 'data-inclusion-services-v1.json')).json();
    const { state, options } = counting();
    const sliced = await importDataInclusionAsync(structures, services, options);
    expect(sliced).to.deep.equal(importDataInclusion(structures, services));
    expect(sliced.points.length).to.be.greaterThan(0);
    expect(state.pauses).to.be.greaterThan(0);
  });

  it('lieux de médiation numérique: same result, a pause between places', async () => {
    const { importCartographieNationale, importCartographieNationaleAsync } = await import('../../src/adapters/cartographie-nationale.js');
    const csv = await (await fetch(F + 'lieux-mediation-numerique.csv')).text();
    const { state, options } = counting();
    const sliced = await importCartographieNationaleAsync(csv, options);
    expect(sliced).to.deep.equal(importCartographieNationale(csv));
    expect(state.pauses).to.equal(4);
  });
});
