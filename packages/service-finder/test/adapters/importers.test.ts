import { expect } from '@open-wc/testing';
import { normalizePhone, normalizeUrl, organisationalEmail, parseCsv, csvObjects, kindsFromName, servicesFromLabels } from '../../src/adapters/common.js';
import { importFranceServicesCsv, franceServicesDaySpans, franceServicesHours } from '../../src/adapters/france-services-csv.js';
import { importApiAnnuaire, annuaireHours } from '../../src/adapters/api-annuaire.js';
import { importDataInclusion } from '../../src/adapters/data-inclusion.js';
import { importCartographieNationale } from '../../src/adapters/cartographie-nationale.js';
import { validateServicePoint } from '../../src/model/validate.js';
import { openingStatus, parseOpeningHours } from '../../src/model/opening-hours.js';
import type { ServicePoint } from '../../src/service-finder.types.js';

const fixture = (name: string) => fetch(`/packages/service-finder/test/fixtures/${name}`);

/** Every imported point must pass the pack validator (no blocking problem). */
function expectValid(points: ServicePoint[]) {
  points.forEach((p, i) => {
    const problems = validateServicePoint(p, `$.items[${i}]`).filter((x) => !x.code.endsWith('hours-unparsed'));
    expect(problems, JSON.stringify(problems)).to.deep.equal([]);
  });
}

describe('CSV parser', () => {
  it('reads quotes, doubled quotes, separators and line breaks inside quotes, BOM and CRLF', () => {
    const t = parseCsv('\ufeffa;b;c\r\n1;"x;y";"say ""hi"""\r\n\r\n2;"line\r\nbreak";\r\n');
    expect(t.separator).to.equal(';');
    expect(t.header).to.deep.equal(['a', 'b', 'c']);
    expect(t.rows).to.deep.equal([
      ['1', 'x;y', 'say "hi"'],
      ['2', 'line\r\nbreak', ''],
    ]);
    expect(t.lines).to.deep.equal([2, 4]);
    expect(csvObjects(t)[0]).to.deep.equal({ a: '1', b: 'x;y', c: 'say "hi"' });
  });
  it('guesses a comma separator and copes with a missing final newline', () => {
    const t = parseCsv('a,b\n1,2');
    expect(t.separator).to.equal(',');
    expect(t.rows).to.deep.equal([['1', '2']]);
  });
});

describe('contact normalisation', () => {
  it('formats French phone numbers and rejects junk', () => {
    expect(normalizePhone('+33479613068')).to.equal('04 79 61 30 68');
    expect(normalizePhone('04.50.73.00.00')).to.equal('04 50 73 00 00');
    expect(normalizePhone('0033 4 50 73 00 00')).to.equal('04 50 73 00 00');
    expect(normalizePhone('3230')).to.equal('3230');
    expect(normalizePhone('+262262000000')).to.equal('+262262000000');
    expect(normalizePhone('n/c')).to.equal(undefined);
  });
  it('keeps organisational emails and drops personal ones', () => {
    for (const keep of ['contact@arqa.fr', 'accueil.csc@albertville.fr', 'mairie@bernin.fr', 'mairie.neulise@orange.fr', 'bibliothequemyans@orange.fr', 'cluses@france-services.gouv.fr', 'CONTACT@Exemple.FR']) {
      expect(organisationalEmail(keep), keep).to.equal(keep.toLowerCase());
    }
    for (const drop of ['thomas.dupont@mairie-exemple.fr', 'd.hazami@exemple.fr', 'pauline.exemple@conseiller-numerique.fr', 'jdupont1974@gmail.com', 'csab73.fanny@gmail.com', 'not an email']) {
      expect(organisationalEmail(drop), drop).to.equal(undefined);
    }
  });
  it('adds https to bare domains and keeps the first of several URLs', () => {
    expect(normalizeUrl('exemple.fr/page')).to.equal('https://exemple.fr/page');
    expect(normalizeUrl('https://a.fr/;http://b.fr')).to.equal('https://a.fr/');
    expect(normalizeUrl('javascript:alert(1)')).to.equal(undefined);
  });
  it('reads kinds from names and services from labels', () => {
    expect(kindsFromName('MAISON DE SERVICES AU PUBLIC D’ABONDANCE')).to.include('france-services');
    expect(kindsFromName('Mairie de Bâgé le Chatel')).to.deep.equal(['mairie']);
    expect(kindsFromName('Médiathèque Louise Michel')).to.deep.equal(['bibliotheque']);
    expect(servicesFromLabels(['Accompagner les démarches de santé', 'Accéder à une connexion internet'])).to.have.members(['sante', 'internet']);
  });
});

describe('importer: ANCT cartographie nationale (default data)', () => {
  it('converts all 687 real records, every one valid, emails filtered', async () => {
    const records = await (await fetch('/node_modules/@gouvfr-anct/cartographie-nationale/assets/data/source.json')).json();
    const dropped = { personalEmails: 0, badPhones: 0, badUrls: 0 };
    const { points, problems } = importCartographieNationale(records, { dropped });
    expect(problems).to.deep.equal([]);
    expect(points).to.have.length(687);
    expect(points.filter((p) => p.kinds.includes('france-services')).length).to.be.at.least(70);
    expect(points.filter((p) => p.hours).length).to.equal(617);
    expect(points.every((p) => p.source.licence === 'Licence Ouverte 2.0' && /^\d{4}-\d{2}-\d{2}$/.test(p.source.date))).to.equal(true);
    const kept = points.map((p) => p.email).filter((e): e is string => !!e);
    expect(kept.length).to.be.above(350);
    expect(kept.filter((e) => /^[a-z][._][a-z]{2,}@/.test(e) || e.endsWith('@conseiller-numerique.fr'))).to.deep.equal([]);
    expect(dropped.personalEmails).to.be.above(0);
    expectValid(points);
  });
  it('reports bad records with their path instead of throwing', () => {
    const { points, problems } = importCartographieNationale([{ id: '1', nom: 'X', latitude: 'n/a', longitude: 2, code_postal: '01000', commune: 'Y' }, null, { nom: 'no id' }]);
    expect(points).to.deep.equal([]);
    expect(problems.map((p) => p.path)).to.deep.equal(['$[0].latitude', '$[1]', '$[2].id']);
    expect(importCartographieNationale({}).problems[0]!.code).to.equal('import/not-array');
  });
});

describe('importer: ANCT France services CSV', () => {
  it('turns day columns into OSM hours', () => {
    expect(franceServicesDaySpans('09:00 - 12:00 / 13:30 - 17:00')).to.equal('09:00-12:00,13:30-17:00');
    expect(franceServicesDaySpans('00:00 - 00:00 / 09:00 - 12:00')).to.equal('09:00-12:00');
    expect(franceServicesDaySpans('')).to.equal('');
    expect(franceServicesDaySpans('matin seulement')).to.equal(undefined);
    expect(franceServicesHours({ Mo: '09:00-12:00', Tu: '09:00-12:00', We: '09:00-12:00', Th: '', Fr: '14:00-17:00', Sa: '14:00-17:00' })).to.equal('Mo-We 09:00-12:00; Fr-Sa 14:00-17:00');
  });
  it('imports the published format (BOM, CRLF, quotes), with problems for bad rows', async () => {
    const { points, problems } = importFranceServicesCsv(await (await fixture('france-services.csv')).text(), { date: '2026-11-01', source: 'france-services.csv' });
    expect(points.map((p) => p.id)).to.deep.equal(['fs-101', 'fs-102', 'fs-104']);
    const [belley, bus, guyane] = points as [ServicePoint, ServicePoint, ServicePoint];
    expect(belley.hours).to.equal('Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00');
    expect(belley.address).to.deep.equal({ street: '12 Rue de la République, Maison des services', postcode: '01300', commune: 'Belley', insee: '01034' });
    expect(belley.phone).to.equal('04 79 00 00 01');
    expect(belley.appointment).to.equal(true);
    expect(belley.notes).to.equal('Sur rendez-vous le vendredi, "permanence" CAF le mardi');
    expect(belley.services).to.include.members(['caf', 'impots', 'ants', 'retraite']);
    expect(belley.source).to.deep.include({ licence: 'Licence Ouverte 2.0', date: '2026-11-01' });
    expect(bus.itinerant).to.deep.equal({ stops: [] });
    expect(bus.email).to.equal(undefined); // personal address dropped
    expect(bus.hours).to.equal('Mo-Tu 09:30-16:30; We 09:00-12:00; Th-Fr 09:30-16:30');
    expect(guyane.hours).to.equal('Mo-Tu 08:00-12:00; Th-Fr 08:00-12:00; Sa 08:00-11:00');
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['import/bad-location', '$.rows[2].latitude'],
      ['import/bad-hours', '$.rows[3].h_mercredi'],
    ]);
    expect(problems.every((p) => p.source === 'france-services.csv')).to.equal(true);
    expectValid(points);
    // Hours computed in the right zone for Guyane is the finder's job; the string itself parses.
    expect(parseOpeningHours(guyane.hours!).kind).to.equal('parsed');
  });
  it('reports a file of another format', () => {
    const { points, problems } = importFranceServicesCsv('nom;ville\nA;B\n');
    expect(points).to.deep.equal([]);
    expect(problems[0]).to.deep.include({ code: 'import/missing-column', path: '$.header' });
  });
});

describe('importer: API Annuaire de l’administration', () => {
  it('parses nested JSON strings, pivot → kind, plage_ouverture → hours', async () => {
    const { points, problems } = importApiAnnuaire(await (await fixture('api-annuaire.json')).json(), { source: 'api-annuaire.json' });
    expect(points.map((p) => p.id)).to.deep.equal(['annuaire-1a2b3c4d-mairie-exemple', 'annuaire-caf-exemple', 'annuaire-broken-json']);
    const [mairie, caf, sousPref] = points as [ServicePoint, ServicePoint, ServicePoint];
    expect(mairie.kinds).to.deep.equal(['mairie']);
    expect(mairie.hours).to.equal('Mo-Fr 08:30-12:00,13:30-17:30, Sa 09:00-12:00');
    expect(mairie.notes).to.equal('Etat civil uniquement');
    expect(mairie.address).to.deep.equal({ street: '1 avenue Exemple, Hôtel de ville', postcode: '01000', commune: 'Bourg-en-Bresse', insee: '01053' });
    expect(mairie.location).to.deep.equal({ lat: 46.2052, lon: 5.2256 });
    expect(mairie.accessibility).to.deep.equal({ wheelchair: 'yes', notes: "Rampe d'accès côté parking" });
    expect(mairie.website).to.equal('https://www.exemple-bourg.fr/');
    expect(mairie.email).to.equal('accueil@exemple-bourg.fr');
    expect(mairie.source).to.deep.include({ date: '2026-10-14', url: 'https://lannuaire.service-public.fr/auvergne-rhone-alpes/ain/exemple' });
    expect(openingStatus(mairie.hours!, new Date('2026-12-05T09:30:00Z'))).to.include({ kind: 'known', open: true }); // Saturday 10:30
    expect(caf.kinds).to.deep.equal(['caf']);
    expect(caf.services).to.deep.equal(['caf']);
    expect(caf.phone).to.equal('3230');
    expect(caf.accessibility).to.deep.equal({ wheelchair: 'limited' });
    expect(caf.hours).to.equal('Tu 09:00-12:00, Th 13:30-16:00');
    expect(sousPref.kinds).to.deep.equal(['prefecture']);
    expect(sousPref.hours).to.equal(undefined);
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['import/bad-json', '$.results[2].plage_ouverture'],
      ['import/bad-location', '$.results[3].adresse[0].latitude'],
    ]);
    expectValid(points);
  });
  it('reads several periods of one day as additions', () => {
    const { hours } = annuaireHours([
      { nom_jour_debut: 'Lundi', nom_jour_fin: 'Vendredi', valeur_heure_debut_1: '09:00:00', valeur_heure_fin_1: '12:00:00' },
      { nom_jour_debut: 'Mercredi', nom_jour_fin: 'Mercredi', valeur_heure_debut_1: '14:00:00', valeur_heure_fin_1: '17:00:00' },
    ]);
    expect(openingStatus(hours!, new Date('2026-12-02T09:00:00Z'))).to.include({ open: true }); // Wed 10:00
    expect(openingStatus(hours!, new Date('2026-12-02T14:00:00Z'))).to.include({ open: true }); // Wed 15:00
  });
  it('reports a response of another shape', () => {
    expect(importApiAnnuaire({ hits: [] }).problems[0]!.code).to.equal('import/not-a-response');
    expect(importApiAnnuaire({ records: [] })).to.deep.equal({ points: [], problems: [] }); // an empty v1 page
  });
});

describe('importer: data·inclusion', () => {
  it('imports structures, enriches services from the services file, reports bad rows', async () => {
    const structures = await (await fixture('data-inclusion-structures.json')).json();
    const services = await (await fixture('data-inclusion-services.json')).json();
    const { points, problems } = importDataInclusion(structures, services, { source: 'di' });
    expect(points.map((p) => p.id)).to.deep.equal(['di-dora-0001', 'di-soliguide-0002']);
    const [gex, media] = points as [ServicePoint, ServicePoint];
    expect(gex.kinds).to.include('france-services');
    expect(gex.hours).to.equal('Mo-Fr 08:30-12:00,13:30-17:00; PH off');
    expect(gex.website).to.equal('https://exemple-gex.fr/france-services');
    expect(gex.phone).to.equal('04 50 00 00 20');
    expect(gex.address.insee).to.equal('01173');
    expect(gex.source).to.deep.include({ name: 'data·inclusion (dora)', date: '2026-06-30' });
    expect(media.kinds).to.include.members(['bibliotheque', 'mediation-numerique']);
    expect(media.services).to.include.members(['internet', 'aide-numerique']);
    expect(media.hours).to.equal('Tu,Th 14:00-18:00; Sa 10:00-12:00');
    expect(media.email).to.equal(undefined);
    expect(media.location).to.deep.equal({ lat: 46.2566, lon: 5.6553 });
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['import/missing-field', '$services[2].structure_id'],
      ['import/bad-location', '$.items[2].latitude'],
      ['import/not-object', '$.items[3]'],
    ]);
    expectValid(points);
  });
});
