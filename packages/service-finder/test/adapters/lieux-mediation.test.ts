// The national export of the « schéma des lieux de médiation numérique » (ANCT, data.gouv.fr), CSV or
// JSON, through the importer and the finder's `src`. Fixtures written from the published schema
// (@gouvfr-anct/lieux-de-mediation-numerique, SchemaLieuMediationNumerique): invented places, real communes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AncreServiceFinder } from '../../src/service-finder.js';
import { importCartographieNationale } from '../../src/adapters/cartographie-nationale.js';
import { detectFormat } from '../../src/data-loading.js';
import { validateServicePoint } from '../../src/model/validate.js';

const F = '/packages/service-finder/test/fixtures/';
const text = async (name: string) => (await fetch(F + name)).text();

describe('lieux de médiation numérique (national export)', () => {
  it('is recognised, as CSV and as JSON, and not mistaken for the API Annuaire', async () => {
    expect(detectFormat(await text('lieux-mediation-numerique.csv'), 'lieux.csv')).to.equal('lieux-mediation-numerique');
    expect(detectFormat(await text('lieux-mediation-numerique.json'))).to.equal('lieux-mediation-numerique');
    expect(detectFormat(await text('api-annuaire-records.json'))).to.equal('api-annuaire');
    expect(detectFormat(await text('api-annuaire-real-dump.json'))).to.equal('api-annuaire');
  });

  it('reads every field the schema gives', async () => {
    const { points, problems } = importCartographieNationale(await text('lieux-mediation-numerique.csv'), { idPrefix: 'lmn-' });
    expect(points.map((p) => p.id)).to.deep.equal(['lmn-lmn-001', 'lmn-lmn-002', 'lmn-lmn-003', 'lmn-lmn-004']);
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([['import/bad-location', '$.rows[4].latitude']]);
    const [nantua, mediatheque, bus, sartene] = points as [any, any, any, any];
    expect(nantua.kinds[0]).to.equal('france-services'); // from "France Services" among the national programmes
    expect(nantua.services).to.include('aide-numerique');
    expect(nantua.address).to.deep.equal({ street: '12 rue du Collège, Rez-de-chaussée', postcode: '01130', commune: 'Nantua', insee: '01269' });
    expect(nantua.email).to.equal('accueil.nantua@exemple-cc.fr'); // the agent's address after it is not kept
    expect(nantua.phone).to.equal('04 74 00 01 01');
    expect(nantua.appointment).to.equal(true);
    expect(nantua.accessibility.notes).to.match(/^https:\/\/acceslibre\.beta\.gouv\.fr\//);
    expect(nantua.hours).to.equal('Mo-Fr 09:00-12:00,13:30-17:00');
    expect(nantua.source.date).to.equal('2024-05-14');
    expect(mediatheque.kinds).not.to.include('france-services');
    expect(mediatheque.kinds).to.include('mediation-numerique');
    expect(bus.itinerant).to.deep.equal({ stops: [] });
    expect(sartene.address.insee).to.equal('2A272');
    for (const [i, p] of points.entries()) {
      const found = validateServicePoint(p, `$.items[${i}]`).filter((x) => !x.code.endsWith('hours-unparsed'));
      expect(found, p.id).to.deep.equal([]);
    }
  });

  it('gives the same points from the JSON export', async () => {
    const csv = importCartographieNationale(await text('lieux-mediation-numerique.csv'));
    const json = importCartographieNationale(await text('lieux-mediation-numerique.json'));
    expect(json.points).to.deep.equal(csv.points);
    expect(json.problems.map((p) => p.path)).to.deep.equal(['$[4].latitude']);
    const broken = importCartographieNationale('[{"id": "x",');
    expect(broken.problems.map((p) => p.code)).to.deep.equal(['import/bad-json']);
  });

  it('through the finder’s src: the nearest place around Nantua, with axe', async () => {
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${F + 'lieux-mediation-numerique.csv'}></ancre-service-finder>`);
    await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
    expect(el.view).to.equal('idle');
    el.send({ type: 'chooseCommune', commune: { code: '01269', name: 'Nantua', location: { lat: 46.1533, lon: 5.6086 } } });
    await waitUntil(() => el.view === 'results', 'results', { timeout: 8000 });
    expect(el.results.map((r) => r.point.name).slice(0, 2)).to.deep.equal(['Espace France services de Nantua', 'Bus numérique du Haut-Bugey']);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('lieux de médiation numérique');
    await expect(el).to.be.accessible();
  });
});
