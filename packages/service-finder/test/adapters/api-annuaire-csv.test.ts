// The API Annuaire as a CSV export (Opendatasoft /exports/csv: ";"-separated, nested fields as JSON
// strings in their cells): the same points as the JSON, recognised by the finder's `src`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AncreServiceFinder } from '../../src/service-finder.js';
import { importApiAnnuaire, importApiAnnuaireCsv } from '../../src/adapters/api-annuaire.js';
import { detectFormat } from '../../src/data-loading.js';

const F = '/packages/service-finder/test/fixtures/';

/** Records (string-valued, as the API v2.1 gives them) → the CSV Opendatasoft exports. */
function toCsv(records: Record<string, unknown>[]): string {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
    return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(';'), ...records.map((r) => columns.map((c) => cell(r[c])).join(';'))].join('\r\n') + '\r\n';
}

describe('API Annuaire CSV export', () => {
  for (const file of ['api-annuaire-records.json', 'api-annuaire-real-records.json']) {
    it(`${file} as CSV gives the points of the JSON`, async () => {
      const json = await (await fetch(F + file)).json();
      const csv = toCsv(json.results);
      expect(detectFormat(csv, 'https://example.org/export.csv')).to.equal('api-annuaire');
      const fromJson = importApiAnnuaire(json);
      const fromCsv = importApiAnnuaireCsv(csv);
      expect(fromJson.points.length).to.be.greaterThan(0);
      expect(fromCsv.points).to.deep.equal(fromJson.points);
      expect(fromCsv.problems.map((p) => [p.code, p.path])).to.deep.equal(
        fromJson.problems.map((p) => [p.code, p.path?.replace(/^\$\.results\[(\d+)\]/, '$.rows[$1]')]),
      );
    });
  }

  it('a CSV without a "nom" column: one problem naming what was found', () => {
    const { points, problems } = importApiAnnuaireCsv('id;libelle\n1;x\n');
    expect(points).to.deep.equal([]);
    expect(problems.map((p) => p.code)).to.deep.equal(['import/missing-column']);
    expect(problems[0]!.message).to.contain('id, libelle');
  });

  it('through the finder’s src: listed around the commune of the record, with axe', async () => {
    const json = await (await fetch(F + 'api-annuaire-real-records.json')).json();
    const csv = toCsv(json.results);
    const url = 'https://data.example.org/api-lannuaire-administration.csv';
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input) === url ? Promise.resolve(new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } })) : realFetch(input, init);
    try {
      const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${url}></ancre-service-finder>`);
      await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
      expect(el.view).to.equal('idle');
      const point = importApiAnnuaire(json).points[0]!;
      el.send({ type: 'chooseCommune', commune: { code: '77188', name: 'Fontaine-le-Port', location: point.location } });
      await waitUntil(() => el.view === 'results', 'results', { timeout: 8000 });
      expect(el.results[0]!.point.name).to.equal(point.name);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Licence Ouverte 2.0');
      await expect(el).to.be.accessible();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
