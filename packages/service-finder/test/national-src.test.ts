// A deployment can point `src` straight at a national file: the finder recognises its format and
// converts it with the matching importer (no build step), or is told the format with `format`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { AncreServiceFinder } from '../src/service-finder.js';
import { detectFormat } from '../src/data-loading.js';

const F = '/packages/service-finder/test/fixtures/';
const text = async (file: string) => (await fetch(F + file)).text();
const nantua = { code: '01269', name: 'Nantua', location: { lat: 46.1533, lon: 5.6086 } };

async function finderOn(src: string, format?: string): Promise<AncreServiceFinder> {
  const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${src} format=${format ?? 'auto'}></ancre-service-finder>`);
  await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
  return el;
}

describe('src pointing at a national file', () => {
  it('recognises each published format from its content', async () => {
    expect(detectFormat(await text('france-services-2024.csv'), 'liste-fs.csv')).to.equal('france-services-csv');
    expect(detectFormat(await text('france-services-2024-excel.csv'))).to.equal('france-services-csv');
    expect(detectFormat(await text('france-services-2021.csv'))).to.equal('france-services-csv');
    expect(detectFormat(await text('api-annuaire-records.json'))).to.equal('api-annuaire');
    expect(detectFormat(await text('api-annuaire-dump.json'))).to.equal('api-annuaire');
    expect(detectFormat(await text('data-inclusion-structures-v1.json'))).to.equal('data-inclusion');
    expect(detectFormat(await text('data-inclusion-structures-v1.csv'))).to.equal('data-inclusion');
    expect(detectFormat(await text('services-fixture.json'))).to.equal('pack');
    expect(detectFormat('{ "kind": "ancre/services-index", "departements": [] }')).to.equal('pack');
    expect(detectFormat('not json {')).to.equal('pack');
  });

  for (const file of ['france-services-2024-excel.csv', 'api-annuaire-records.json', 'data-inclusion-structures-v1.json']) {
    it(`lists the places of ${file} around a commune`, async () => {
      const el = await finderOn(F + file);
      expect(el.view).not.to.equal('dataError');
      el.send({ type: 'chooseCommune', commune: nantua });
      await waitUntil(() => el.view === 'results' || el.view === 'noResult', 'searched', { timeout: 8000 });
      expect(el.view).to.equal('results');
      expect(el.results.length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Licence Ouverte 2.0');
    });
  }

  it('explains a file in which no place can be read, in the widget and as ancre-error', async () => {
    const events: Event[] = [];
    document.addEventListener('ancre-error', (e) => events.push(e), { once: true });
    const el = await finderOn(F + 'data-inclusion-structures-v1.json', 'france-services-csv');
    expect(el.view).to.equal('dataError');
    expect(events).to.have.length(1);
    const problems = (events[0] as CustomEvent<{ problems: { code: string }[] }>).detail.problems;
    expect(problems[0]!.code).to.equal('services/no-point');
  });
});
