import { expect } from '@open-wc/testing';
import { AncreError } from '../src/errors.js';
import {
  createCommuneIndex,
  departementOf,
  distanceToBox,
  haversine,
  parseCommuneIndex,
  searchCommunes,
  type CommuneLookup,
} from '../src/geo/index.js';

const BASE = '/packages/core/test/fixtures/communes/';

/** A fetch that records every URL and serves the real fixture files. */
function recordingFetch() {
  const urls: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    urls.push(String(input));
    return fetch(input, init);
  };
  return { urls, fetchImpl };
}

let lookup: CommuneLookup;
before(async () => {
  lookup = parseCommuneIndex(await (await fetch(`${BASE}index.json`)).json());
});

const names = (hits: { entry: { name: string } }[]) => hits.map((h) => h.entry.name);

describe('haversine', () => {
  it('gives known distances', () => {
    const paris = { lat: 48.8566, lon: 2.3522 };
    const lyon = { lat: 45.764, lon: 4.8357 };
    const marseille = { lat: 43.2965, lon: 5.3698 };
    expect(haversine(paris, lyon) / 1000).to.be.closeTo(392, 3);
    expect(haversine(paris, marseille) / 1000).to.be.closeTo(661, 4);
    expect(haversine(lyon, lyon)).to.equal(0);
    expect(haversine(paris, lyon)).to.equal(haversine(lyon, paris));
    // one degree of latitude ≈ 111.2 km
    expect(haversine({ lat: 45, lon: 5 }, { lat: 46, lon: 5 })).to.be.closeTo(111_195, 5);
  });
  it('bounds the distance to a box', () => {
    const box = [45, 4, 46, 5] as const;
    expect(distanceToBox({ lat: 45.5, lon: 4.5 }, box)).to.equal(0);
    expect(distanceToBox({ lat: 47, lon: 4.5 }, box)).to.be.closeTo(111_195, 5);
  });
});

describe('departementOf', () => {
  it('reads 2- and 3-character codes', () => {
    expect(departementOf('69123')).to.equal('69');
    expect(departementOf('2A004')).to.equal('2A');
    expect(departementOf('97411')).to.equal('974');
    expect(departementOf('98411')).to.equal('984');
  });
});

describe('searchCommunes (pure, over the fixture lookup)', () => {
  it('rebuilds INSEE codes from the compact index', () => {
    expect(lookup.byCode.get('69123')?.name).to.equal('Lyon');
    expect(lookup.byCode.get('42218')?.name).to.equal('Saint-Étienne');
    expect(lookup.byCode.get('2A004')?.name).to.equal('Ajaccio');
    expect(lookup.byCode.get('69383')?.parent).to.equal('69123');
  });

  it('ignores accents, case, hyphens and apostrophes, and reads St / Ste', () => {
    for (const q of ['saint-etienne', 'SAINT ETIENNE', 'St-Étienne', 'st etienne', 'saintetienne']) {
      expect(names(searchCommunes(lookup, q))[0], q).to.equal('Saint-Étienne');
    }
    expect(names(searchCommunes(lookup, 'ste foy les lyon'))[0]).to.equal('Sainte-Foy-lès-Lyon');
    expect(names(searchCommunes(lookup, 'Ste-Foy'))).to.include.members(['Sainte-Foy-lès-Lyon', "Sainte-Foy-l'Argentière"]);
    expect(names(searchCommunes(lookup, 'l etrat'))[0]).to.equal("L'Étrat");
    expect(names(searchCommunes(lookup, 'lhorme'))[0]).to.equal("L'Horme");
  });

  it('puts the exact name first, then prefixes by population', () => {
    const hits = names(searchCommunes(lookup, 'lyon', { limit: 5 }));
    expect(hits[0]).to.equal('Lyon');
    // then the arrondissements, most populated first (3e ≈ 100 000)
    expect(hits[1]).to.equal('Lyon 3e Arrondissement');
    // Lyon has one postcode per arrondissement: none is shown with the commune itself
    expect(searchCommunes(lookup, 'lyon').map((h) => h.postcode).slice(0, 2)).to.deep.equal(['', '69003']);
    expect(searchCommunes(lookup, 'saint-etienne')[0]!.postcode).to.equal('42000');
    const marseille = names(searchCommunes(lookup, 'Marseille', { limit: 20 }));
    expect(marseille[0]).to.equal('Marseille');
    expect(marseille.filter((n) => n.startsWith('Marseille ')).length).to.equal(16);
  });

  it('matches while typing (prefix of the name or of a word)', () => {
    expect(names(searchCommunes(lookup, 'villeurb'))[0]).to.equal('Villeurbanne');
    expect(names(searchCommunes(lookup, 'Saint-Ch'))[0]).to.equal('Saint-Chamond');
    expect(names(searchCommunes(lookup, 'etienne', { limit: 20 }))).to.include('Saint-Étienne');
    expect(names(searchCommunes(lookup, 'Paris 16'))[0]).to.equal('Paris 16e Arrondissement');
  });

  it('tolerates one typo from 5 letters, not below', () => {
    expect(names(searchCommunes(lookup, 'Villeurbane'))[0]).to.equal('Villeurbanne');
    expect(names(searchCommunes(lookup, 'Marseile'))[0]).to.equal('Marseille');
    expect(names(searchCommunes(lookup, 'Ajacio'))[0]).to.equal('Ajaccio');
    expect(names(searchCommunes(lookup, 'lyin'))).to.not.include('Lyon');
    expect(searchCommunes(lookup, 'zzzzzzzz')).to.deep.equal([]);
  });

  it('reads a postcode shared by several communes', () => {
    const hits = searchCommunes(lookup, '51300', { limit: 100 });
    expect(hits.length).to.equal(lookup.byPostcode.get('51300')!.length);
    expect(hits.length).to.be.greaterThan(40);
    expect(names(hits)).to.include.members(['Vitry-le-François', 'Frignicourt', 'Drouilly']);
    expect(hits.every((h) => h.postcode === '51300')).to.equal(true);
    expect(names(hits)[0]).to.equal('Vitry-le-François'); // most populated first
  });

  it('lists the arrondissement before its commune for 69003, 13001, 75016', () => {
    expect(names(searchCommunes(lookup, '69003'))).to.deep.equal(['Lyon 3e Arrondissement', 'Lyon']);
    expect(names(searchCommunes(lookup, '13001'))).to.deep.equal(['Marseille 1er Arrondissement', 'Marseille']);
    expect(names(searchCommunes(lookup, '75016'))).to.deep.equal(['Paris 16e Arrondissement', 'Paris']);
    expect(names(searchCommunes(lookup, '75116'))).to.deep.equal(['Paris 16e Arrondissement', 'Paris']);
  });

  it('filters by département for 69 and 2A, by postcode start otherwise', () => {
    expect(names(searchCommunes(lookup, '69'))[0]).to.equal('Lyon');
    expect(searchCommunes(lookup, '69', { limit: 50 }).every((h) => h.entry.departement === '69')).to.equal(true);
    expect(names(searchCommunes(lookup, '2a'))[0]).to.equal('Ajaccio');
    const hits = searchCommunes(lookup, '4240', { limit: 5 });
    expect(hits.length).to.be.greaterThan(0);
    expect(hits.every((h) => h.postcode.startsWith('4240'))).to.equal(true);
  });

  it('narrows a name with a postcode written after it (the label of a chosen suggestion)', () => {
    expect(names(searchCommunes(lookup, 'Lyon 3e Arrondissement (69003)'))).to.deep.equal(['Lyon 3e Arrondissement']);
    expect(names(searchCommunes(lookup, 'Saint-Étienne 42100'))[0]).to.equal('Saint-Étienne');
  });

  it('finds a commune by the name of a former commune now part of it', () => {
    const alias = lookup.aliases[0]!;
    const hit = searchCommunes(lookup, alias.name).find((h) => h.formerName === alias.name);
    expect(hit?.entry.code).to.equal(alias.code);
  });

  it('returns nothing for an empty query', () => {
    expect(searchCommunes(lookup, '   ')).to.deep.equal([]);
  });
});

describe('createCommuneIndex (fixture files over http)', () => {
  it('looks a commune up by INSEE code, with its point and precision', async () => {
    const index = createCommuneIndex({ baseUrl: BASE });
    const lyon3 = await index.byCode('69383');
    expect(lyon3).to.include({ name: 'Lyon 3e Arrondissement', departement: '69', departementName: 'Rhône', parent: '69123', precision: 'commune' });
    expect(lyon3!.postcodes).to.deep.equal(['69003']);
    expect(lyon3!.population).to.be.greaterThan(90_000);
    const stEtienne = await index.byCode('42218');
    expect(stEtienne!.precision).to.equal('commune');
    expect(haversine(stEtienne!, { lat: 45.434, lon: 4.39 })).to.be.lessThan(3000);
    const paris16 = await index.byCode('75116');
    expect(paris16).to.include({ name: 'Paris 16e Arrondissement', precision: 'parent', parent: '75056' });
    expect(await index.byCode('2a004')).to.include({ name: 'Ajaccio', departementName: 'Corse-du-Sud' });
  });

  it('returns undefined for an unknown code without loading a département file', async () => {
    const { urls, fetchImpl } = recordingFetch();
    const index = createCommuneIndex({ baseUrl: BASE, fetchImpl });
    expect(await index.byCode('99999')).to.equal(undefined);
    expect(await index.byCode('01001')).to.equal(undefined); // not in the fixture subset
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([`${BASE}index.json`]);
  });

  it('loads the national lookup once and only the département files it needs', async () => {
    const { urls, fetchImpl } = recordingFetch();
    const index = createCommuneIndex({ baseUrl: BASE, fetchImpl });
    const found = await index.search('villeurbanne');
    expect(found[0]).to.include({ code: '69266', postcode: '69100', precision: 'commune' });
    await index.search('lyon');
    await index.byPostcode('69003');
    expect(urls.map((u) => new URL(u).pathname)).to.deep.equal([`${BASE}index.json`, `${BASE}departements/69.json`]);
  });

  it('gives every commune sharing a postcode', async () => {
    const index = createCommuneIndex({ baseUrl: BASE });
    const shared = await index.byPostcode('51300');
    expect(shared.length).to.be.greaterThan(40);
    expect(shared.every((c) => c.postcodes.includes('51300') && Number.isFinite(c.lat))).to.equal(true);
    expect((await index.byPostcode('69003')).map((c) => c.name)).to.deep.equal(['Lyon 3e Arrondissement', 'Lyon']);
    const marseille = await index.byPostcode('13008');
    expect(marseille.map((c) => c.code)).to.deep.equal(['13208', '13055']);
    expect(await index.byPostcode('00000')).to.deep.equal([]);
  });

  it('finds the nearest commune centre, with arrondissements in Lyon', async () => {
    const index = createCommuneIndex({ baseUrl: BASE });
    // Place Bellecour is in Lyon 2e
    const bellecour = await index.nearest(45.7578, 4.832);
    expect(bellecour?.name).to.equal('Lyon 2e Arrondissement');
    expect(bellecour!.distance).to.be.lessThan(1500);
    // near Saint-Étienne's town hall
    expect((await index.nearest(45.4397, 4.3872))?.name).to.equal('Saint-Étienne');
    // Notre-Dame de Paris: Paris itself (arrondissements have no point of their own)
    expect((await index.nearest(48.853, 2.3499))?.code).to.equal('75056');
    // mid-Atlantic: nothing within 50 km
    expect(await index.nearest(45, -20)).to.equal(undefined);
  });

  it('turns a failed load into an AncreError with a problem, and loads again on the next call', async () => {
    let calls = 0;
    const fetchImpl: typeof fetch = async (input, init) => {
      calls++;
      return calls === 1 ? new Response('not found', { status: 404, statusText: 'Not Found' }) : fetch(input, init);
    };
    const index = createCommuneIndex({ baseUrl: BASE, fetchImpl });
    let caught: unknown;
    try {
      await index.search('lyon');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(AncreError);
    const problem = (caught as AncreError).problems[0]!;
    expect(problem.code).to.equal('load/http');
    expect(problem.source).to.contain('index.json');
    expect(problem.hint).to.be.a('string');
    expect((await index.search('lyon'))[0]!.name).to.equal('Lyon');
  });

  it('reports a file that is not a commune index with its JSON path', async () => {
    const index = createCommuneIndex({
      baseUrl: BASE,
      fetchImpl: async () => new Response(JSON.stringify({ format: 'something-else' }), { status: 200 }),
    });
    const error = await index.byCode('69123').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(AncreError);
    expect((error as AncreError).problems[0]).to.include({ code: 'communes/format', path: '$.format' });
  });

  it('gives a timeout problem when the server does not answer', async () => {
    const index = createCommuneIndex({
      baseUrl: BASE,
      timeoutMs: 50,
      fetchImpl: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    });
    const error = await index.byCode('69123').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as AncreError).problems[0]!.code).to.equal('load/timeout');
  });
});
