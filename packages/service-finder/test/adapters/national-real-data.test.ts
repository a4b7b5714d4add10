// The importers on rows and records copied unchanged from the national publications, then the
// real-sample CSV fed to <ancre-service-finder src="…">.
//
// Sources of the fixtures (all Licence Ouverte 2.0):
// - france-services-real-sample.csv: 106 rows of `data/liste-fs-20240801.csv` (ANCT, "Liste des
//   structures labellisées France services", vintage 2024-08-01, as loaded by the ANCT map,
//   github.com/anct-carto/france_services, commit e1016fd7), header kept, rows copied byte for byte
//   from four places of the file (ids 1–47, 456–495, 2335–2371, 3229–3264): every `format_fs`
//   (Fixe, Fixe_antenne(s), Multisites, Bus_équivalent, Itinérante), both `type_fs`, Corsica (2A228),
//   Martinique, La Réunion, Mayotte, `00:00 - 00:00` half-days, comments naming weeks of the month
//   ("premier samedi du mois", "2ème Mardi du mois : Mairie de THILAY", "fermé le deuxième lundi matin
//   de chaque mois") and a comment holding `\xA0\x3A\x20` escapes as text.
// - api-annuaire-real-dump.json: the record "Mairie - Fontaine-le-Port" of DILA's data.gouv.fr dump
//   ("Base de données locales de Service-Public.fr") as kept by MTES-MCT/acceslibre in
//   tests/erp/imports/mapper/fixtures.py (the e-mail address is masked there: mairie-xxxxx@yyyy.fr).
//   api-annuaire-real-records.json is the same record in the records API v2.1 shape (nested fields as
//   JSON strings, the shape documented for api-lannuaire.service-public.fr).
// - data-inclusion-schema-examples.json: examples/valid/001.json and 002.json of
//   gip-inclusion/data-inclusion-schema (schema v0), one after the other.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AncreServiceFinder } from '../../src/service-finder.js';
import { detectFormat } from '../../src/data-loading.js';
import { franceServicesDaySpans, importFranceServicesCsv } from '../../src/adapters/france-services-csv.js';
import { importApiAnnuaire } from '../../src/adapters/api-annuaire.js';
import { importDataInclusion } from '../../src/adapters/data-inclusion.js';
import { organisationalEmail, weeksOfMonth, unescapeHexText } from '../../src/adapters/common.js';
import { validateServicePoint } from '../../src/model/validate.js';
import { parseOpeningHours } from '../../src/model/opening-hours.js';
import type { ServicePoint } from '../../src/service-finder.types.js';

const F = '/packages/service-finder/test/fixtures/';
const text = async (name: string) => (await fetch(F + name)).text();
const byId = (points: ServicePoint[], id: string) => points.find((p) => p.id === id)!;

function expectValid(points: ServicePoint[]) {
  points.forEach((p, i) => {
    const problems = validateServicePoint(p, `$.items[${i}]`);
    expect(problems, `${p.id}: ${JSON.stringify(problems)}`).to.deep.equal([]);
  });
}

describe('ANCT France services CSV: real rows of liste-fs-20240801.csv', () => {
  let points: ServicePoint[];
  let problems: { code: string }[];
  before(async () => {
    ({ points, problems } = importFranceServicesCsv(await text('france-services-real-sample.csv'), { source: 'liste-fs-20240801.csv' }));
  });

  it('reads every row, with no problem, and every point is a valid pack item with parsed hours', () => {
    expect(points).to.have.length(106);
    expect(problems).to.deep.equal([]);
    expectValid(points);
    for (const p of points) expect(parseOpeningHours(p.hours!).kind, `${p.id} ${p.hours}`).to.not.equal('unparsed');
    expect(points.every((p) => p.source.date === '2024-08-01')).to.equal(true);
  });

  it('counts what the published columns say', () => {
    expect(points.filter((p) => p.itinerant)).to.have.length(10); // 7 Bus_équivalent + 3 Itinérante
    expect(points.filter((p) => p.appointment)).to.have.length(31);
    expect(points.filter((p) => p.phone)).to.have.length(106);
    expect(points.filter((p) => p.notes)).to.have.length(31);
    expect(points.filter((p) => /\bSa\b/.test(p.hours!))).to.have.length(21);
  });

  it('keeps Corsica and overseas rows in their own territory', () => {
    expect(byId(points, 'fs-3244')).to.deep.include({ address: { street: 'Plage de Ruppione', postcode: '20166', commune: 'Pietrosella', insee: '2A228' } });
    expect(byId(points, 'fs-3239').location).to.deep.equal({ lat: 14.6087502364432, lon: -61.0690775722059 }); // Martinique
    expect(byId(points, 'fs-3242').location.lat).to.be.below(-21); // La Réunion
    expect(byId(points, 'fs-3243').address.insee).to.equal('97611'); // Mayotte
  });

  it('turns day cells into OSM hours, dropping 00:00 - 00:00 half-days', () => {
    expect(byId(points, 'fs-1').hours).to.equal('Mo 13:30-17:00; Tu-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00');
    expect(byId(points, 'fs-29').hours).to.equal('Mo 08:30-12:00,13:30-16:30; Tu 08:30-12:30,13:30-16:30; We 09:00-12:00; Th 08:30-12:30,13:30-16:30; Fr 08:30-12:00,13:30-16:30');
    expect(byId(points, 'fs-3242').hours).to.equal('Mo 09:00-12:00,13:00-15:30; Tu 15:30-17:00; We-Fr 09:00-12:00,13:00-15:30');
  });

  it('restricts a day to weeks of the month only when the comment says the house opens then', () => {
    // "Ouvert le premier samedi du mois de 9h à 12h"
    expect(byId(points, 'fs-11').hours).to.equal('Mo-Th 09:00-12:00,14:00-18:00; Fr 09:00-12:00; Sa[1] 09:00-12:00');
    // "Le 2ème Mardi du mois : Mairie de THILAY 9h-12h" is a visit elsewhere: the house opens every Tuesday.
    expect(byId(points, 'fs-33').hours).to.equal('Mo-Tu 09:00-12:00,14:00-17:00; We 14:00-17:00; Th 09:00-12:00,13:30-17:30; Fr 13:30-16:00');
    // "fermé le deuxième lundi matin de chaque mois" is a closure, not the only Monday it opens.
    expect(byId(points, 'fs-470').hours).to.equal('Mo-Fr 08:30-12:00,13:30-17:00');
    expect(points.filter((p) => p.hours!.includes('['))).to.have.length(1);
  });

  it('marks buses and itinerant services, not multi-site or fixed houses', () => {
    for (const id of ['fs-3', 'fs-8', 'fs-47', 'fs-2341', 'fs-3239', 'fs-3242', 'fs-3255', 'fs-3260']) expect(byId(points, id).itinerant, id).to.deep.equal({ stops: [] });
    for (const id of ['fs-468', 'fs-2363', 'fs-3245', 'fs-1']) expect(byId(points, id).itinerant, id).to.equal(undefined);
  });

  it('drops agents’ own mailboxes and keeps the houses’', () => {
    const dropped = points.filter((p) => !p.email).map((p) => p.id);
    // s.ghoul@, nasmaa.kharbouch@, stephanie.abraham@, robert-gonnet.karine@, thierry.villemarie@yahoo.fr,
    // pspm@wanadoo.fr (a personal provider, no role word, no word of the place). giplaseyne@hotmail.fr
    // is kept: it names La Seyne-sur-Mer, the house's commune.
    expect(dropped).to.deep.equal(['fs-489', 'fs-3236', 'fs-3239', 'fs-3246', 'fs-3250', 'fs-3256']);
    expect(byId(points, 'fs-484').email).to.equal('giplaseyne@hotmail.fr');
    expect(byId(points, 'fs-495').email).to.equal('fslapostemormoiron@hotmail.com');
    expect(byId(points, 'fs-6').email).to.equal('vailly.franceservices@orange.fr');
    expect(byId(points, 'fs-28').email).to.equal('efs.vernoux@privas-centre-ardeche.fr');
  });

  it('reads a comment that holds \\xHH escapes as text, and leaves a bare number out of the notes', () => {
    expect(byId(points, 'fs-2346').notes).to.equal('Lundi\u00a0: Quillan- Mardi\u00a0: Axat- Mercredi\u00a0: Quillan- Jeudi\u00a0: Roquefeuille- vendredi\u00a0: Quillan');
    expect(byId(points, 'fs-3236').notes).to.equal(undefined); // "149637178"
    expect(unescapeHexText('a\\x20b')).to.equal('a b');
    expect(unescapeHexText('C:\\xyz')).to.equal('C:\\xyz');
    expect(unescapeHexText('l\\u2019accueil 9h\\u201312h')).to.equal('l\u2019accueil 9h\u201312h'); // rows 1763, 2522 of the full file
    expect(unescapeHexText('\\ud800x')).to.equal('\ufffdx');
  });

  it('is recognised by the element from its content', async () => {
    expect(detectFormat(await text('france-services-real-sample.csv'), 'liste-fs-20240801.csv')).to.equal('france-services-csv');
    expect(detectFormat(await text('api-annuaire-real-dump.json'))).to.equal('api-annuaire');
    expect(detectFormat(await text('api-annuaire-real-records.json'))).to.equal('api-annuaire');
  });
});

describe('weeks of the month: sentences about openings only', () => {
  it('ignores closures, exceptions and, for a house’s general comment, visits elsewhere', () => {
    expect(weeksOfMonth('Fermé le deuxième lundi matin de chaque mois', 0)).to.equal(undefined);
    expect(weeksOfMonth('Ouvert tous les samedis sauf le 1er samedi du mois', 5)).to.equal(undefined);
    expect(weeksOfMonth('Le 2ème Mardi du mois : Mairie de THILAY 9h-12h', 1, { requireOpening: true })).to.equal(undefined);
    expect(weeksOfMonth('Le 2ème Mardi du mois : Mairie de THILAY 9h-12h', 1)).to.deep.equal([2]);
    expect(weeksOfMonth('Permanence en mairie. Ouvert le 1er et le 3e samedi du mois.', 5, { requireOpening: true })).to.deep.equal([1, 3]);
  });
  it('treats firstname.lastname addresses as personal unless a part names a role', () => {
    expect(organisationalEmail('nasmaa.kharbouch@bondy.fr')).to.equal(undefined);
    expect(organisationalEmail('cd.ccas@bruyeres-sur-oise.fr')).to.equal('cd.ccas@bruyeres-sur-oise.fr');
    expect(organisationalEmail('services.proximite@mairie-albi.fr')).to.equal('services.proximite@mairie-albi.fr');
    expect(organisationalEmail('franceservices.grisolles@grandsud82.fr')).to.equal('franceservices.grisolles@grandsud82.fr');
  });
  it('keeps a mailbox named after the record’s own place or a role (whole 2024 file: 2,752 kept, 89 dropped)', () => {
    // Real addresses of liste-fs-20240801.csv with the name and commune of their row.
    expect(organisationalEmail('brest.pontanezen@pimmsmediation.fr', ['France services Pimms Médiation Brest-Pontanézen', 'Brest'])).to.equal('brest.pontanezen@pimmsmediation.fr');
    expect(organisationalEmail('brest.pontanezen@pimmsmediation.fr')).to.equal(undefined); // without its row, it reads as a name
    expect(organisationalEmail('antenne.picauville@ccbdc.fr')).to.equal('antenne.picauville@ccbdc.fr');
    expect(organisationalEmail('fs.itinerante@agglohm.net')).to.equal('fs.itinerante@agglohm.net');
    expect(organisationalEmail('f.services@cc-ce.com')).to.equal('f.services@cc-ce.com');
    expect(organisationalEmail('m.numerique@grand-senonais.fr')).to.equal('m.numerique@grand-senonais.fr');
    expect(organisationalEmail('saulnotefs@gmail.com', ['France services de Saulnot', 'Saulnot'])).to.equal('saulnotefs@gmail.com');
    expect(organisationalEmail('cbvauclin@wanadoo.fr', ['France services du Vauclin', 'Le Vauclin'])).to.equal('cbvauclin@wanadoo.fr');
    expect(organisationalEmail('mayottefamillesrurales@gmail.com')).to.equal('mayottefamillesrurales@gmail.com');
    expect(organisationalEmail('m.bourassi@ville-bondy.fr', ['France services de Bondy', 'Bondy'])).to.equal(undefined);
    expect(organisationalEmail('hadjchikhhaouaria@yahoo.fr', ['France services de Vénissieux', 'Vénissieux'])).to.equal(undefined);
  });
  it('merges overlapping and touching spans of a day cell', () => {
    expect(franceServicesDaySpans('09:00 - 12:00 / 08:30 - 16:00')).to.equal('08:30-16:00');
    expect(franceServicesDaySpans('09:00 - 11:00 / 11:00 - 12:00')).to.equal('09:00-12:00');
    expect(franceServicesDaySpans('09:45 - 12:00 / 09:45 - 12:00 / 13:45 - 15:30')).to.equal('09:45-12:00,13:45-15:30');
    expect(franceServicesDaySpans('00:00 - 00:00 / 13:45 - 16:30')).to.equal('13:45-16:30');
  });
});

describe('API Annuaire: a real record of the DILA dump, and the same record as the records API serves it', () => {
  for (const file of ['api-annuaire-real-dump.json', 'api-annuaire-real-records.json']) {
    it(`reads ${file}`, async () => {
      const { points, problems } = importApiAnnuaire(await text(file));
      expect(problems).to.deep.equal([]);
      expect(points).to.have.length(1);
      expectValid(points);
      expect(points[0]).to.deep.include({
        id: 'annuaire-00007e4d-264c-43a0-b0b7-7f3b7dd995ab',
        name: 'Mairie - Fontaine-le-Port',
        kinds: ['mairie'],
        address: { street: '3 rue du Général-Roux', postcode: '77590', commune: 'Fontaine-le-Port', insee: '77188' },
        location: { lat: 48.4868011475, lon: 2.75745010376 },
        phone: '01 64 38 30 52',
        website: 'http://www.ville-fontaineleport.fr/',
        hours: 'Tu 09:00-12:00,18:00-19:00, We 09:00-12:00, Fr 09:00-12:00',
        notes: 'Accueil ouvert uniquement hors vacances scolaires l\'après-midi.',
        accessibility: { wheelchair: 'limited' },
      });
      expect(points[0]!.source).to.deep.equal({
        name: "Service-Public.fr (DILA), Annuaire de l'administration",
        url: 'https://lannuaire.service-public.fr/ile-de-france/seine-et-marne/00007e4d-264c-43a0-b0b7-7f3b7dd995ab',
        licence: 'Licence Ouverte 2.0',
        date: '2023-08-09',
      });
    });
  }
});

describe('data·inclusion: the schema’s own valid examples', () => {
  it('leaves out the structure without coordinates and reads the other one', async () => {
    const { points, problems } = importDataInclusion(JSON.parse(await text('data-inclusion-schema-examples.json')));
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([['import/bad-location', '$[0].latitude']]);
    expect(points).to.have.length(1);
    expectValid(points);
    expect(points[0]).to.deep.include({ name: 'MOBILETTE', kinds: ['association'], phone: '01 02 03 04 05', website: 'https://www.asso-gonzalez.net/' });
    expect(points[0]!.email).to.equal(undefined); // julie@example.net is a person's
    expect(points[0]!.source.date).to.equal('2022-04-28');
  });
  it('gives a structure without date_maj the import date, and says so', () => {
    const { points, problems } = importDataInclusion([{ id: 'x', nom: 'Centre social', code_postal: '01000', commune: 'Bourg-en-Bresse', latitude: 46.2, longitude: 5.22 }]);
    expect(problems.map((p) => p.code)).to.deep.equal(['import/missing-date']);
    expect(points[0]!.source.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expectValid(points);
  });
});

describe('<ancre-service-finder src> on the real France services rows', () => {
  it('finds the house of Le Montet nearest to Le Montet, and is accessible', async () => {
    const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${F + 'france-services-real-sample.csv'}></ancre-service-finder>`);
    await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 8000 });
    expect(el.view).not.to.equal('dataError');
    el.send({ type: 'chooseCommune', commune: { code: '03183', name: 'Le Montet', location: { lat: 46.4086, lon: 3.0639 } } });
    await waitUntil(() => el.view === 'results' || el.view === 'noResult', 'searched', { timeout: 8000 });
    expect(el.view).to.equal('results');
    expect(el.results[0]!.point.name).to.equal('France services Le Montet');
    expect(el.results[0]!.distanceKm).to.be.below(1);
    expect(el.results[1]!.point.name).to.equal('France services Montmarault'); // about 13 km
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('France services Le Montet');
    await expect(el).to.be.accessible();
  });
});
