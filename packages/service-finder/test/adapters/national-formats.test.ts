// The importers on files laid out exactly as the national publishers publish them (see each importer's
// doc comment for the sources), then the imported points run through <ancre-service-finder>.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AncreServiceFinder } from '../../src/index.js';
import { checkLocation, decodeText, departementOf, foldHeader, organisationalEmail, repairMojibake, toNumber, weeksOfMonth } from '../../src/adapters/common.js';
import { importFranceServicesCsv, franceServicesDaySpans } from '../../src/adapters/france-services-csv.js';
import { importApiAnnuaire } from '../../src/adapters/api-annuaire.js';
import { importDataInclusion } from '../../src/adapters/data-inclusion.js';
import { validateServicePoint } from '../../src/model/validate.js';
import { openingStatus, parseOpeningHours } from '../../src/model/opening-hours.js';
import type { ServicePoint } from '../../src/service-finder.types.js';

const url = (name: string) => `/packages/service-finder/test/fixtures/${name}`;
const text = async (name: string) => (await fetch(url(name))).text();
const bytes = async (name: string) => (await fetch(url(name))).arrayBuffer();
const json = async (name: string) => (await fetch(url(name))).json();
/** Text → Windows-1252 bytes (what "CSV (Windows)" writes); the fixtures only hold Latin-1 characters. */
const cp1252 = (s: string) =>
  Uint8Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
    return code;
  });
const byId = (points: ServicePoint[], id: string) => points.find((p) => p.id === id)!;
const codes = (problems: { code: string; path?: string }[]) => problems.map((p) => [p.code, p.path]);

function expectValid(points: ServicePoint[]) {
  points.forEach((p, i) => {
    const problems = validateServicePoint(p, `$.items[${i}]`).filter((x) => !x.code.endsWith('hours-unparsed'));
    expect(problems, `${p.id}: ${JSON.stringify(problems)}`).to.deep.equal([]);
  });
}

describe('shared helpers for national files', () => {
  it('folds column names and reads numbers with a dot or a comma, nothing else', () => {
    expect(foldHeader('Code Postal')).to.equal('code_postal');
    expect(foldHeader(' Libellé-Commune ')).to.equal('libelle_commune');
    expect(toNumber('45,7589')).to.equal(45.7589);
    expect(toNumber(' -54.03 ')).to.equal(-54.03);
    expect(toNumber('')).to.equal(undefined);
    expect(toNumber('45.1.2')).to.equal(undefined);
    expect(toNumber('n/c')).to.equal(undefined);
  });
  it('keeps a service’s mailbox at a personal provider, drops an agent’s', () => {
    // Addresses of the kind the 2024 ANCT file holds.
    expect(organisationalEmail('vailly.franceservices@orange.fr')).to.equal('vailly.franceservices@orange.fr');
    expect(organisationalEmail('marcillatrelaisservicespublics@orange.fr')).to.equal('marcillatrelaisservicespublics@orange.fr');
    expect(organisationalEmail('msap.sedan@gmail.com')).to.equal('msap.sedan@gmail.com');
    expect(organisationalEmail('s.exemple@exemple-ville.fr')).to.equal(undefined);
    expect(organisationalEmail('stephanie.exemple@exemple-normandie.fr')).to.equal(undefined);
    expect(organisationalEmail('dupont.jean@orange.fr')).to.equal(undefined);
  });
  it('knows the département of INSEE codes and postcodes, Corsica and overseas included', () => {
    expect(departementOf('2B096')).to.equal('2B');
    expect(departementOf('97416')).to.equal('974');
    expect(departementOf(undefined, '20250')).to.equal('20');
    expect(departementOf(undefined, 'x')).to.equal(undefined);
  });
  it('checks points against France and its overseas territories, swaps reversed pairs, never invents one', () => {
    expect(checkLocation('46.15', '5.61', { insee: '01269' })).to.deep.equal({ ok: true, lat: 46.15, lon: 5.61, swapped: false });
    expect(checkLocation('5.61', '46.15', { insee: '01269' })).to.deep.equal({ ok: true, lat: 46.15, lon: 5.61, swapped: true });
    expect(checkLocation(-21.34, 55.48, { insee: '97416' })).to.include({ ok: true, swapped: false });
    expect(checkLocation(55.48, -21.34, { postcode: '97410' })).to.include({ ok: true, lat: -21.34, swapped: true });
    expect(checkLocation(14.61, -61.0, { postcode: '97232' })).to.include({ ok: true }); // Martinique
    expect(checkLocation(42.31, 9.15, { insee: '2B096' })).to.include({ ok: true }); // Corsica
    expect(checkLocation('', '', {})).to.include({ ok: false, reason: 'missing' });
    expect(checkLocation(0, 0, {})).to.include({ ok: false, reason: 'missing' });
    expect(checkLocation(6_570_000, 880_000, {})).to.include({ ok: false, reason: 'projected' });
    expect(checkLocation(40.7, -74.0, {})).to.include({ ok: false, reason: 'outside' });
    expect(checkLocation(45.9, 5.3, { insee: '97410' })).to.include({ ok: false, reason: 'mismatch' });
    expect(checkLocation(95, 5, {})).to.include({ ok: false });
  });
  it('decodes UTF-8 or Windows-1252 bytes and repairs "Ã©" text', () => {
    expect(decodeText(new Uint8Array([0x43, 0x6f, 0x72, 0x74, 0xc3, 0xa9]))).to.deep.equal({ text: 'Corté', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0x43, 0x6f, 0x72, 0x74, 0xe9]))).to.deep.equal({ text: 'Corté', encoding: 'windows-1252' });
    expect(repairMojibake('ItinÃ©rante Ã\u00a0Saint-Ã‰tienne')).to.deep.equal({ text: 'Itinérante àSaint-Étienne', repaired: true });
    expect(repairMojibake('Ã bientôt')).to.deep.equal({ text: 'Ã bientôt', repaired: false }); // not mojibake: left alone
    expect(repairMojibake('Déjà correct')).to.deep.equal({ text: 'Déjà correct', repaired: false });
  });
});

describe('weeks of the month in published comments', () => {
  it('reads the ordinals that come before the day, nothing else', () => {
    expect(weeksOfMonth('Accueil ouvert uniquement le 2e et 4e samedis de chaque mois.', 5)).to.deep.equal([2, 4]);
    expect(weeksOfMonth('Ouvert le premier samedi du mois de 9h à 12h', 5)).to.deep.equal([1]);
    expect(weeksOfMonth('Le 1er et le dernier vendredi du mois', 4)).to.deep.equal([1, -1]);
    expect(weeksOfMonth('Le 2ème mardi du mois : mairie de Thilay', 1)).to.deep.equal([2]);
    expect(weeksOfMonth('Ouvert le premier samedi du mois', 0), 'another day').to.equal(undefined);
    expect(weeksOfMonth('un samedi matin par mois', 5), 'no week named').to.equal(undefined);
    expect(weeksOfMonth('Fermé le premier samedi', 5), 'no "du mois"').to.equal(undefined);
  });
});

describe('ANCT France services CSV, real layouts', () => {
  it('reads the 2024 layout (liste-fs-20240801.csv): kinds, hours, antennas, buses, overseas, bad rows', async () => {
    const { points, problems } = importFranceServicesCsv(await text('france-services-2024.csv'), { date: '2024-08-01', source: 'france-services-2024.csv' });
    expect(points.map((p) => p.id)).to.deep.equal(['fs-1001', 'fs-1002', 'fs-1003', 'fs-1004', 'fs-1005', 'fs-1006', 'fs-1007', 'fs-1009', 'fs-1010']);
    const nantua = byId(points, 'fs-1001');
    expect(nantua.address).to.deep.equal({ street: '12 rue du Collège, Espace des services', postcode: '01130', commune: 'Nantua', insee: '01269' });
    expect(nantua.hours).to.equal('Mo-Tu 09:00-12:00,13:30-17:00; We 09:00-12:00; Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00');
    expect(nantua).to.deep.include({ appointment: true, notes: 'Permanence des impôts le jeudi matin', phone: '04 74 00 10 01', email: 'nantua@france-services.gouv.fr' });
    expect(nantua.itinerant).to.equal(undefined);
    expect(byId(points, 'fs-1002').itinerant).to.deep.equal({ stops: [] }); // Bus_équivalent
    expect(byId(points, 'fs-1005').itinerant).to.deep.equal({ stops: [] }); // Itinérante
    expect(byId(points, 'fs-1004').itinerant).to.equal(undefined); // Multisites: fixed sites
    const antenne = byId(points, 'fs-1003');
    expect(antenne.kinds).to.deep.equal(['france-services']);
    expect(antenne.email).to.equal(undefined); // an agent's own address is dropped
    expect(byId(points, 'fs-1005').location).to.deep.equal({ lat: -21.3393, lon: 55.4781 });
    expect(byId(points, 'fs-1006').address.insee).to.equal('97213');
    const corte = byId(points, 'fs-1007');
    expect(corte.address.insee).to.equal('2B096');
    // "Ouvert le premier samedi du mois de 9h à 12h": Saturdays only in the first week.
    expect(corte.hours).to.equal('Mo-Fr 08:30-12:00,13:30-16:30; Sa[1] 09:00-12:00');
    expect(openingStatus(corte.hours!, new Date('2026-12-05T09:00:00Z'), { departement: '2B' })).to.include({ open: true }); // 1st Saturday 10:00
    expect(openingStatus(corte.hours!, new Date('2026-12-12T09:00:00Z'), { departement: '2B' })).to.include({ open: false }); // 2nd Saturday
    expect(byId(points, 'fs-1009').location, 'reversed pair put right').to.deep.equal({ lat: 46.2566, lon: 5.6553 });
    const gex = byId(points, 'fs-1010');
    expect(gex.notes).to.equal('Accueil "sans rendez-vous" le lundi.\nAteliers numériques le mardi.');
    expect(gex.hours).to.equal('Mo-Tu 09:00-12:00,13:30-17:00; Th-Fr 09:00-12:00,13:30-17:00');
    expect(codes(problems)).to.deep.equal([
      ['import/bad-location', '$.rows[7].latitude'],
      ['import/swapped-location', '$.rows[8].latitude'],
      ['import/bad-hours', '$.rows[9].h_mercredi'],
      ['import/bad-location', '$.rows[10].latitude'],
    ]);
    expect(problems[3]!.message).to.contain('not in département 974');
    expect(problems.every((p) => p.source === 'france-services-2024.csv')).to.equal(true);
    expect(points.every((p) => p.source.date === '2024-08-01' && p.source.licence === 'Licence Ouverte 2.0')).to.equal(true);
    expectValid(points);
    for (const p of points) expect(parseOpeningHours(p.hours!).kind, p.id).to.equal('parsed');
  });

  it('reads the same file re-saved by a spreadsheet: ";" separator, comma decimals, CRLF, BOM', async () => {
    const reference = importFranceServicesCsv(await text('france-services-2024.csv'), { date: '2024-08-01' });
    const excel = importFranceServicesCsv(await text('france-services-2024-excel.csv'), { date: '2024-08-01' });
    expect(excel.points).to.deep.equal(reference.points);
    expect(codes(excel.problems)).to.deep.equal(codes(reference.problems));
  });

  it('reads the Windows-1252 bytes, and repairs the text when they were read as Latin-1', async () => {
    const reference = importFranceServicesCsv(await text('france-services-2024.csv'), { date: '2024-08-01' });
    // Built here: the test server re-encodes non-UTF-8 files it serves.
    const raw = cp1252(await text('france-services-2024-excel.csv')).buffer;
    const fromBytes = importFranceServicesCsv(raw, { date: '2024-08-01' });
    expect(fromBytes.points).to.deep.equal(reference.points);
    expect(codes(fromBytes.problems)).to.deep.equal([['import/encoding', '$'], ...codes(reference.problems)]);
    // The UTF-8 file opened as Latin-1 by mistake ("Ã©"): repaired.
    const utf8 = new Uint8Array(await bytes('france-services-2024.csv'));
    const misread = new TextDecoder('windows-1252').decode(utf8);
    expect(misread).to.contain('CollÃ¨ge');
    const repaired = importFranceServicesCsv(misread, { date: '2024-08-01' });
    expect(repaired.points).to.deep.equal(reference.points);
    expect(repaired.problems[0]).to.deep.include({ code: 'import/encoding' });
    // The cp1252 file read as UTF-8: é lost for good; the import still works and says why.
    const lossy = importFranceServicesCsv(new TextDecoder('utf-8').decode(raw), { date: '2024-08-01' });
    expect(lossy.points.map((p) => p.id)).to.deep.equal(reference.points.map((p) => p.id));
    expect(lossy.problems[0]!.hint).to.contain('ArrayBuffer');
  });

  it('takes the date of the file from its ANCT name when none is given', () => {
    const { points } = importFranceServicesCsv('id_fs,lib_fs,code_postal,lib_com,latitude,longitude\n1,France services de Nantua,01130,Nantua,46.1533,5.6086\n', { source: 'liste-fs-20240801.csv' });
    expect(points[0]!.source.date).to.equal('2024-08-01');
  });

  it('reads the earlier layout (itinerance, groupe, format_fs "Site principal")', async () => {
    const { points, problems } = importFranceServicesCsv(await text('france-services-2021.csv'), { date: '2022-01-01' });
    expect(problems).to.deep.equal([]);
    expect(points.map((p) => p.id)).to.deep.equal(['fs-2001', 'fs-2002', 'fs-2003']);
    expect(points[0]!.itinerant).to.equal(undefined);
    expect(points[1]!.itinerant).to.deep.equal({ stops: [] }); // itinerance "Oui"
    expect(points[2]!.address.postcode).to.equal('01460'); // leading zero restored
    expect(points[2]!.address.insee).to.equal(undefined); // no INSEE column in this layout
    expect(points[2]!.hours).to.equal('Mo-Tu 09:00-12:00; Th 09:00-12:00');
    expectValid(points);
  });

  it('finds columns whatever their case, accents or spacing, and a "lat, lon" column', () => {
    const csv = 'Nom;Adresse;Code Postal;Commune;Code INSEE;Coordonnées;Lundi;Mardi;Courriel\r\n"France services de Corte";"Cours Paoli";20250;Corte;2B096;"42,3064 9,1497";9h-12h;Fermé;corte@france-services.gouv.fr\r\n';
    const { points, problems } = importFranceServicesCsv(csv, { date: '2024-01-01' });
    expect(problems).to.deep.equal([]);
    expect(points[0]).to.deep.include({ name: 'France services de Corte', location: { lat: 42.3064, lon: 9.1497 }, hours: 'Mo 09:00-12:00', email: 'corte@france-services.gouv.fr' });
    expect(points[0]!.address.insee).to.equal('2B096');
  });

  it('reports an unknown layout once, with what it found, and imports nothing', () => {
    const { points, problems } = importFranceServicesCsv('\ufeffnom_structure;ville;x;y\r\nA;B;1;2\r\n');
    expect(points).to.deep.equal([]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ code: 'import/missing-column', path: '$.header' });
    expect(problems[0]!.message).to.contain('lib_fs').and.contain('latitude, longitude').and.contain('code_postal');
    expect(problems[0]!.hint).to.contain('nom_structure, ville, x, y');
    expect(importFranceServicesCsv('').problems[0]!.code).to.equal('import/missing-column');
  });

  it('reads day cells in their published forms', () => {
    expect(franceServicesDaySpans('00:00 - 00:00 / 15:30 - 17:00')).to.equal('15:30-17:00');
    expect(franceServicesDaySpans('8h30 - 12h et 13h30 - 17h')).to.equal('08:30-12:00,13:30-17:00');
    expect(franceServicesDaySpans('Fermé')).to.equal('');
    expect(franceServicesDaySpans('25:00 - 26:00')).to.equal(undefined);
    expect(franceServicesDaySpans('le matin')).to.equal(undefined);
  });
});

describe('API Annuaire de l’administration, real shapes', () => {
  it('reads the records API v2.1 (nested fields as JSON strings)', async () => {
    const { points, problems } = importApiAnnuaire(await json('api-annuaire-records.json'), { source: 'api' });
    expect(points.map((p) => p.name)).to.deep.equal([
      'Mairie - Nantua',
      'France services - Nantua',
      "Caisse d'allocations familiales (Caf) de l'Ain - accueil de Bourg-en-Bresse",
      'Mairie - Saint-Pierre',
      'Centre des finances publiques - Service des impôts des particuliers (SIP) de Bourg-en-Bresse',
    ]);
    const [mairie, fs, caf, reunion, sip] = points as [ServicePoint, ServicePoint, ServicePoint, ServicePoint, ServicePoint];
    expect(mairie).to.deep.include({ kinds: ['mairie'], hours: 'Mo-Fr 08:30-12:00,13:30-17:00, Sa[1] 09:00-12:00', notes: 'Accueil ouvert uniquement le 1er samedi du mois.' });
    expect(openingStatus(mairie.hours!, new Date('2026-12-05T09:00:00Z'))).to.include({ open: true }); // 1st Saturday 10:00
    expect(openingStatus(mairie.hours!, new Date('2026-12-12T09:00:00Z'))).to.include({ open: false }); // 2nd Saturday
    expect(mairie.address).to.deep.equal({ street: '1 place de la Mairie', postcode: '01130', commune: 'Nantua', insee: '01269' });
    expect(mairie.source).to.deep.include({ date: '2026-09-14', url: 'https://lannuaire.service-public.fr/auvergne-rhone-alpes/ain/a0000001-0000-4000-8000-000000000001' });
    expect(mairie.accessibility).to.deep.equal({ wheelchair: 'yes', notes: 'Entrée de plain-pied' });
    expect(fs.kinds).to.deep.equal(['france-services']); // pivot "msap"
    expect(fs.services).to.include.members(['caf', 'impots', 'ants']);
    expect(caf.kinds).to.deep.equal(['caf']);
    expect(caf.location, 'reversed pair put right').to.deep.equal({ lat: 46.2052, lon: 5.2256 });
    expect(caf.address.insee, 'a CAF serving three communes is not placed in one of them').to.equal(undefined);
    expect(caf.accessibility).to.deep.equal({ wheelchair: 'no' });
    expect(reunion.location).to.deep.equal({ lat: -21.3393, lon: 55.4781 });
    expect(sip.kinds).to.deep.equal(['finances-publiques']);
    expect(sip.hours).to.equal(undefined);
    expect(codes(problems)).to.deep.equal([
      ['import/swapped-location', '$.results[2].adresse[0].latitude'],
      ['import/bad-location', '$.results[4].adresse[0].latitude'],
      ['import/bad-json', '$.results[5].plage_ouverture'],
    ]);
    expectValid(points);
    expect(openingStatus(mairie.hours!, new Date('2026-12-07T10:00:00Z'))).to.include({ kind: 'known', open: true }); // Monday 11:00
  });

  it('reads the exports endpoint (a bare array), the v1 and v2.0 records APIs and the JSON text alike', async () => {
    const api = await json('api-annuaire-records.json');
    const reference = importApiAnnuaire(api);
    const exported = importApiAnnuaire(api.results);
    expect(exported.points).to.deep.equal(reference.points);
    expect(exported.problems[0]!.path).to.equal('$[2].adresse[0].latitude');
    const v1 = importApiAnnuaire({ nhits: 6, records: api.results.map((fields: unknown, i: number) => ({ datasetid: 'api-lannuaire-administration', recordid: String(i), fields })) });
    expect(v1.points).to.deep.equal(reference.points);
    expect(v1.problems[0]!.path).to.equal('$.records[2].fields.adresse[0].latitude');
    const v20 = importApiAnnuaire({ total_count: 6, records: api.results.map((fields: unknown) => ({ links: [], record: { id: 'x', fields } })) });
    expect(v20.points).to.deep.equal(reference.points);
    const fromText = importApiAnnuaire(`\ufeff${JSON.stringify(api)}`);
    expect(fromText.points).to.deep.equal(reference.points);
    expect(importApiAnnuaire('{"results": [').problems[0]!.code).to.equal('import/bad-json');
  });

  it('reads the data.gouv.fr dump ({ service: [...] }, arrays, DD/MM/YYYY dates, e-mail lists)', async () => {
    const { points, problems } = importApiAnnuaire(await json('api-annuaire-dump.json'));
    const reference = importApiAnnuaire(await json('api-annuaire-records.json'));
    expect(points.map((p) => p.id)).to.deep.equal(reference.points.slice(0, 4).map((p) => p.id));
    expect(points[0]!.source.date).to.equal('2026-09-14');
    expect(points[0]!.email).to.equal('accueil@mairie-nantua.example.fr');
    expect(points[0]!.hours).to.equal(reference.points[0]!.hours);
    expect(codes(problems)).to.deep.equal([['import/swapped-location', '$.service[2].adresse[0].latitude']]);
    expectValid(points);
  });
});

describe('data·inclusion, schema v1', () => {
  it('reads v1 structures (reseaux_porteurs, accessibilite_lieu) and v1 services', async () => {
    const { points, problems } = importDataInclusion(await json('data-inclusion-structures-v1.json'), await json('data-inclusion-services-v1.json'));
    expect(points.map((p) => p.id)).to.deep.equal(['di-dora--0101', 'di-mediation-numerique--0202', 'di-dora--0404']);
    const [fs, media, ccas] = points as [ServicePoint, ServicePoint, ServicePoint];
    expect(fs.kinds).to.deep.equal(['france-services']);
    expect(fs.accessibility).to.deep.equal({ notes: 'https://acceslibre.beta.gouv.fr/app/01-nantua/a/espace-france-services/erp/exemple/' });
    expect(fs.phone).to.equal('04 74 00 10 01');
    expect(fs.hours).to.equal('Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00; PH off');
    expect(media.kinds).to.include.members(['bibliotheque', 'mediation-numerique']);
    expect(media.kinds, 'a commune-run library is not a mairie').not.to.include('mairie');
    expect(media.services).to.include.members(['internet', 'aide-numerique']);
    expect(media.email).to.equal(undefined);
    expect(ccas.kinds).to.deep.equal(['ccas']);
    expect(ccas.services).to.include('sante');
    expect(codes(problems)).to.deep.equal([['import/bad-location', '$.items[2].latitude']]);
    expectValid(points);
  });

  it('reads the same structures as CSV', async () => {
    const fromJson = importDataInclusion(await json('data-inclusion-structures-v1.json'));
    const fromCsv = importDataInclusion(await text('data-inclusion-structures-v1.csv'));
    expect(fromCsv.points).to.deep.equal(fromJson.points);
    expect(codes(fromCsv.problems)).to.deep.equal([['import/bad-location', '$.rows[2].latitude']]);
    expect(importDataInclusion('a;b\n1;2\n').problems[0]!.code).to.equal('import/not-a-list');
  });
});

describe('national files end to end in <ancre-service-finder>', () => {
  it('the three imports together are searched and rendered, the bus and the overseas office included', async () => {
    const fs = importFranceServicesCsv(await text('france-services-2024-excel.csv'), { date: '2024-08-01' });
    const annuaire = importApiAnnuaire(await json('api-annuaire-records.json'));
    const di = importDataInclusion(await json('data-inclusion-structures-v1.json'), await json('data-inclusion-services-v1.json'));
    const points = [...fs.points, ...annuaire.points, ...di.points];
    const el = document.createElement('ancre-service-finder') as AncreServiceFinder;
    el.lang = 'fr';
    Object.assign(el, { points, now: new Date('2026-12-07T10:00:00Z') });
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => el.view !== 'loading', 'data loaded', { timeout: 5000 });
    expect(el.view, JSON.stringify(el.view)).not.to.equal('error');

    el.send({ type: 'chooseCommune', commune: { code: '01269', name: 'Nantua', location: { lat: 46.1533, lon: 5.6086 } } });
    await waitUntil(() => el.view === 'results', 'results', { timeout: 5000 });
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('ol.results > li h4')].map((h) => h.textContent!.trim());
    expect(names.slice(0, 3)).to.have.members(['France services de Nantua', 'Mairie - Nantua', 'France services - Nantua']);
    expect(names).to.include('Bus France services du Bugey');
    expect(el.results.every((r) => !r.point.address.postcode.startsWith('97'))).to.equal(true);
    await expect(el).to.be.accessible();

    el.send({ type: 'chooseCommune', commune: { code: '97416', name: 'Saint-Pierre', location: { lat: -21.3393, lon: 55.4781 } } });
    await waitUntil(() => el.view === 'results' && el.results[0]?.point.address.postcode === '97410', 'Réunion results', { timeout: 5000 });
    await el.updateComplete;
    expect(el.results.slice(0, 3).map((r) => r.point.name)).to.have.members(['France services itinérante de Saint-Pierre', 'Mairie - Saint-Pierre', "Centre communal d'action sociale de Saint-Pierre"]);
  });
});
