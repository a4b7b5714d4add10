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
