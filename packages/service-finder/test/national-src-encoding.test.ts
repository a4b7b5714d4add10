// A national CSV as a spreadsheet under Windows saves it (Windows-1252, not UTF-8), served to the
// finder's `src`: the letters arrive intact (core's fetchText falls back to Windows-1252).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AncreServiceFinder } from '../src/service-finder.js';

const F = '/packages/service-finder/test/fixtures/';
const URL_1252 = 'https://data.example.org/liste-fs-windows.csv';
const nantua = { code: '01269', name: 'Nantua', location: { lat: 46.1533, lon: 5.6086 } };

/** Text → Windows-1252 bytes (the fixture holds only Latin-1 letters). */
const cp1252 = (s: string) => Uint8Array.from(s, (c) => {
  const code = c.charCodeAt(0);
  if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
  return code;
});

const realFetch = globalThis.fetch;
let body: Uint8Array;
before(async () => {
  body = cp1252(await (await realFetch(F + 'france-services-2024.csv')).text());
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input) === URL_1252 ? Promise.resolve(new Response(body as BodyInit, { headers: { 'content-type': 'text/csv' } })) : realFetch(input, init);
});
after(() => {
  globalThis.fetch = realFetch;
});

describe('src: a national CSV in Windows-1252', () => {
  it('is read with its accents, listed around a commune, and passes axe', async () => {
    expect(body.some((b) => b > 0x7f), 'the file really holds non-ASCII bytes').to.equal(true);
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${URL_1252}></ancre-service-finder>`);
    await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
    expect(el.view).to.equal('idle');
    el.send({ type: 'chooseCommune', commune: nantua });
    await waitUntil(() => el.view === 'results', 'results', { timeout: 8000 });
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).not.to.contain('\uFFFD');
    expect(text).to.contain('12 rue du Collège');
    expect(el.results.map((r) => r.point.address.commune)).to.include('Ambérieu-en-Bugey');
    await expect(el).to.be.accessible();
  });
});

describe('src: a file that is no CSV or JSON', () => {
  const cases = [
    { name: 'an XLSX workbook', url: 'https://data.example.org/liste-fs.xlsx', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x9c, 0xe3], says: 'classeur (XLSX' },
    { name: 'a GeoPackage', url: 'https://data.example.org/liste-fs.gpkg', bytes: [...new TextEncoder().encode('SQLite format 3'), 0x00, 0x10, 0x00, 0x01], says: 'GeoPackage' },
  ];
  for (const c of cases) {
    it(`${c.name}: says what the file is and how to get a CSV (widget and ancre-error)`, async () => {
      const realFetch = globalThis.fetch;
      globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input) === c.url ? Promise.resolve(new Response(Uint8Array.from(c.bytes) as BodyInit)) : realFetch(input, init);
      const events: CustomEvent<{ problems: { code: string; message: string; hint?: string }[] }>[] = [];
      const onError = (e: Event) => events.push(e as CustomEvent);
      document.addEventListener('ancre-error', onError);
      try {
        const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${c.url}></ancre-service-finder>`);
        await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
        expect(el.view).to.equal('dataError');
        expect(events).to.have.length(1);
        const [problem] = events[0]!.detail.problems;
        expect(problem!.code).to.equal('services/binary-file');
        expect(problem!.message).to.contain(c.says);
        expect(problem!.hint).to.contain('CSV');
        await waitUntil(() => !!el.shadowRoot!.querySelector('ancre-error')?.shadowRoot?.textContent?.includes(c.says), 'shown in the widget', { timeout: 5000 });
        await expect(el).to.be.accessible();
      } finally {
        globalThis.fetch = realFetch;
        document.removeEventListener('ancre-error', onError);
      }
    });
  }
});
