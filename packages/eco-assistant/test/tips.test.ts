// The default tips pack and the tips contract: validation, figures, texts, applicability, and a
// territory pack that extends the default through core's pack loader.
import { expect } from '@open-wc/testing';
import {
  TIP_CATEGORIES,
  SITUATION_VALUES,
  isApplicable,
  evaluateCondition,
  validateTip,
  validateCondition,
  type Condition,
  type Situation,
  type Tip,
} from '../src/tips.types.js';
import { defaultTipsPack, NGC_ATTRIBUTION } from '../src/content/tips.js';
import { ngcFigures } from '../src/content/ngc-figures.js';
import { ngcTipTexts } from '../src/content/tips-texts.js';
// Core's pack functions are not yet re-exported by `@ancre/core`'s index: read them from its source.
import { validatePack, loadPack, isBlocking } from '../../core/src/packs/index.js';

const items = defaultTipsPack.items;
const byId = new Map(items.map((t) => [t.id, t]));
const tip = (id: string): Tip => {
  const t = byId.get(id);
  if (!t) throw new Error(`no tip ${id}`);
  return t;
};
const TEXT_FIELDS = ['title', 'advice', 'howToStart', 'saves'] as const;

describe('default tips pack: content', () => {
  it('has the core envelope with ADEME / Nos Gestes Climat attribution', () => {
    expect(defaultTipsPack.kind).to.equal('ancre/tips');
    expect(defaultTipsPack.id).to.equal('ancre-tips-ngc');
    expect(defaultTipsPack.locale).to.equal('fr');
    expect(defaultTipsPack.version).to.match(/^\d+\.\d+\.\d+$/);
    expect(defaultTipsPack.sources[0]!.name).to.contain(NGC_ATTRIBUTION).and.contain(ngcFigures.model.version);
    expect(defaultTipsPack.sources[0]!.licence).to.equal('MIT');
  });

  it('passes core validatePack with validateTip, with no problem at all', () => {
    const result = validatePack<Tip>(defaultTipsPack, { kind: 'ancre/tips', validateItem: validateTip });
    expect(result.problems).to.deep.equal([]);
    expect(result.pack?.items.length).to.equal(items.length);
  });

  it('every tip validates on its own', () => {
    items.forEach((t, i) => expect(validateTip(t, `$.items[${i}]`), t.id).to.deep.equal([]));
  });

  it('holds every Nos Gestes Climat action (64) with our texts, plus our own tips', () => {
    expect(ngcFigures.figures.length).to.equal(64);
    const missing = ngcFigures.figures.filter((f) => !ngcTipTexts[f.id]).map((f) => f.id);
    expect(missing).to.deep.equal([]);
    const orphanTexts = Object.keys(ngcTipTexts).filter((id) => !ngcFigures.figures.some((f) => f.id === id));
    expect(orphanTexts).to.deep.equal([]);
    expect(items.filter((t) => t.id.startsWith('ngc.')).length).to.equal(64);
    expect(items.length).to.be.greaterThan(64);
  });

  it('has no duplicate ids', () => {
    expect(new Set(items.map((t) => t.id)).size).to.equal(items.length);
  });

  it('every figure is a finite positive number or null; numbers match the generated figures', () => {
    for (const t of items) {
      if (t.kgCo2ePerYear !== null) {
        expect(Number.isFinite(t.kgCo2ePerYear), t.id).to.equal(true);
        expect(t.kgCo2ePerYear, t.id).to.be.greaterThan(0);
      }
    }
    for (const f of ngcFigures.figures) expect(tip(f.id).kgCo2ePerYear, f.id).to.equal(f.kgCo2ePerYear);
    const withFigure = ngcFigures.figures.filter((f) => f.kgCo2ePerYear !== null);
    expect(withFigure.length).to.equal(54);
    // A figure always says where it comes from; a null never claims a basis.
    for (const f of ngcFigures.figures) {
      expect(f.basis === 'none', f.id).to.equal(f.kgCo2ePerYear === null);
      if (f.basis === 'persona') expect(f.persona, f.id).to.be.a('string');
      expect(tip(f.id).source.rule).to.equal(f.rule);
      expect(tip(f.id).source.note).to.equal(f.note);
    }
  });

  it('every tip has French and English texts, none empty, and keywords in both languages', () => {
    for (const t of items) {
      for (const field of TEXT_FIELDS) {
        for (const lang of ['fr', 'en'] as const) {
          const s = t[field][lang];
          expect(s.trim(), `${t.id}.${field}.${lang}`).to.not.equal('');
          expect(s, `${t.id}.${field}.${lang} has no stray spaces`).to.equal(s.trim().replace(/ {2,}/g, ' '));
        }
        expect(t[field].fr, `${t.id}.${field} is translated`).to.not.equal(t[field].en);
      }
      expect(t.keywords?.fr.length, t.id).to.be.greaterThan(2);
      expect(t.keywords?.en.length, t.id).to.be.greaterThan(2);
    }
  });

  it('texts are short and follow one typography', () => {
    for (const t of items) {
      expect(t.title.fr.length, `${t.id} title`).to.be.at.most(70);
      for (const field of TEXT_FIELDS) {
        const fr = t[field].fr;
        // French: typographic apostrophe only, and none of « » ; : ! ? (so no spacing rule is needed).
        expect(fr, `${t.id}.${field}.fr`).to.not.match(/['«»;:!?]/);
        // A number and its unit are kept together with a no-break space.
        expect(fr, `${t.id}.${field}.fr`).to.not.match(/\d (km|°C|%)/);
        // Sentences end with a period (titles do not).
        if (field !== 'title') expect(fr, `${t.id}.${field}.fr`).to.match(/\.$/);
        if (field !== 'title') expect(t[field].en, `${t.id}.${field}.en`).to.match(/\.$/);
        else expect(fr, `${t.id}.title.fr`).to.not.match(/\.$/);
        // Short sentences: no sentence over 40 words.
        for (const sentence of fr.split(/(?<=\.) /)) expect(sentence.split(/\s+/).length, `${t.id}.${field}.fr: ${sentence}`).to.be.at.most(40);
      }
    }
  });

  it('categories cover every Nos Gestes Climat category and every category of ours', () => {
    const ngc = new Set(ngcFigures.figures.map((f) => f.ngcCategory));
    expect([...ngc].sort()).to.deep.equal(['alimentation', 'divers', 'logement', 'services sociétaux', 'transport']);
    const ours = new Set(items.map((t) => t.category));
    for (const c of TIP_CATEGORIES) expect(ours.has(c), c).to.equal(true);
    expect(tip('ngc.divers.numerique.appareils.allongement').category).to.equal('digital');
    expect(tip('ngc.divers.tabac.arreter').category).to.equal('consumption');
    expect(tip('ngc.services-societaux.voter').category).to.equal('public-services');
  });

  it('supersedes only names tips of the pack', () => {
    for (const t of items) for (const id of t.supersedes ?? []) expect(byId.has(id), `${t.id} → ${id}`).to.equal(true);
    expect(tip('ngc.alimentation.devenir-vegetarien').supersedes).to.include('ngc.alimentation.repas.reduire-viande.max-2-par-semaine');
  });

  it('the figures of well-known actions are in a sensible order', () => {
    // Going vegan includes going vegetarian; stopping flights is twice flying half as much.
    expect(tip('ngc.alimentation.devenir-vegetalien').kgCo2ePerYear!).to.be.greaterThan(tip('ngc.alimentation.devenir-vegetarien').kgCo2ePerYear!);
    expect(tip('ngc.transport.avion.arreter-lavion').kgCo2ePerYear!).to.be.closeTo(2 * tip('ngc.transport.avion.prendre-moins-lavion').kgCo2ePerYear!, 1);
    expect(tip('ngc.logement.electricite-verte').kgCo2ePerYear).to.equal(null);
  });
});

describe('isApplicable', () => {
  const carTips = items.filter((t) => t.id.startsWith('ngc.transport.voiture.'));
  const flightTips = items.filter((t) => t.id.startsWith('ngc.transport.avion.'));

  it('with nothing answered, every tip applies', () => {
    for (const t of items) expect(isApplicable(t, {}), t.id).to.equal(true);
  });

  it('a person with no car never gets car tips', () => {
    expect(carTips.length).to.equal(11);
    for (const t of carTips) expect(isApplicable(t, { car: 'none' }), t.id).to.equal(false);
    for (const t of carTips) expect(isApplicable(t, { car: 'diesel' }), t.id).to.equal(true);
  });

  it('a person who never flies gets no flight tip', () => {
    for (const t of flightTips) {
      expect(isApplicable(t, { flights: 'none' }), t.id).to.equal(false);
      expect(isApplicable(t, { flights: 'sometimes' }), t.id).to.equal(true);
    }
  });

  const table: [string, Situation, boolean][] = [
    ['ngc.transport.voiture.voiture-electrique', { car: 'electric' }, false],
    ['ngc.transport.voiture.voiture-electrique', { car: 'hybrid' }, true],
    ['ngc.alimentation.devenir-vegetarien', { diet: 'vegetarian' }, false],
    ['ngc.alimentation.devenir-vegetarien', { diet: 'vegan' }, false],
    ['ngc.alimentation.devenir-vegetarien', { diet: 'meat-sometimes' }, true],
    ['ngc.alimentation.devenir-vegetalien', { diet: 'vegetarian' }, true],
    ['ngc.alimentation.devenir-vegetalien', { diet: 'vegan' }, false],
    ['ngc.alimentation.repas.reduire-viande.max-1-par-jour', { diet: 'meat-sometimes' }, false],
    ['ngc.alimentation.repas.reduire-viande.max-1-par-jour', { diet: 'meat-daily' }, true],
    ['ngc.logement.chauffage.installer-une-pac', { heating: 'heat-pump' }, false],
    ['ngc.logement.chauffage.installer-une-pac', { heating: 'district' }, false],
    ['ngc.logement.chauffage.installer-une-pac', { heating: 'wood' }, false],
    ['ngc.logement.chauffage.installer-une-pac', { heating: 'oil', housing: 'house' }, true],
    ['ngc.logement.chauffage.raccordement-reseau-de-chaleur', { housing: 'house', heating: 'gas' }, false],
    ['ngc.logement.chauffage.raccordement-reseau-de-chaleur', { housing: 'apartment', heating: 'gas' }, true],
    ['ngc.logement.chauffage.raccordement-reseau-de-chaleur', { housing: 'apartment' }, true],
    ['ngc.logement.exterieur.passer-a-la-tondeuse-electrique', { housing: 'apartment', garden: false }, false],
    ['ngc.logement.exterieur.passer-a-la-tondeuse-electrique', { housing: 'house', garden: false }, false],
    ['ngc.logement.exterieur.passer-a-la-tondeuse-electrique', { housing: 'house', garden: true }, true],
    ['ngc.logement.installer-photovoltaique', { housing: 'apartment' }, false],
    // Composting works without a garden (neighbourhood composters, worm bins): never excluded.
    ['ngc.alimentation.dechets.composter', { housing: 'apartment', garden: false }, true],
    ['ngc.divers.tabac.arreter', { car: 'none', flights: 'none', diet: 'vegan', housing: 'apartment', garden: false }, true],
  ];
  for (const [id, situation, expected] of table) {
    it(`${id} for ${JSON.stringify(situation)} → ${expected}`, () => {
      expect(isApplicable(tip(id), situation)).to.equal(expected);
    });
  }

  it('a tip without applicability always applies', () => {
    const t = { ...tip('ngc.divers.tabac.arreter') };
    delete t.applicability;
    expect(isApplicable(t, { car: 'none' })).to.equal(true);
  });
});

describe('evaluateCondition (three-valued: an unanswered key never excludes)', () => {
  const hasCar: Condition = { not: { is: { car: 'none' } } };
  it('is: a value or a list; every key of one `is` must hold', () => {
    expect(evaluateCondition({ is: { car: ['petrol', 'diesel'] } }, { car: 'diesel' })).to.equal(true);
    expect(evaluateCondition({ is: { car: ['petrol', 'diesel'] } }, { car: 'electric' })).to.equal(false);
    expect(evaluateCondition({ is: { housing: 'house', garden: true } }, { housing: 'house', garden: false })).to.equal(false);
    expect(evaluateCondition({ is: { garden: false } }, { garden: false })).to.equal(true);
  });
  it('not over an unanswered key keeps the tip', () => {
    expect(evaluateCondition(hasCar, {})).to.equal(true);
    expect(evaluateCondition(hasCar, { car: 'none' })).to.equal(false);
    expect(evaluateCondition({ not: { not: { is: { car: 'none' } } } }, {})).to.equal(true);
  });
  it('all / any with known and unknown parts', () => {
    const c: Condition = { all: [{ is: { housing: 'house' } }, { is: { garden: true } }] };
    expect(evaluateCondition(c, { housing: 'house' })).to.equal(true);
    expect(evaluateCondition(c, { housing: 'apartment' })).to.equal(false);
    const a: Condition = { any: [{ is: { heating: 'gas' } }, { is: { car: 'diesel' } }] };
    expect(evaluateCondition(a, { heating: 'wood', car: 'none' })).to.equal(false);
    expect(evaluateCondition(a, { heating: 'wood' })).to.equal(true);
    expect(evaluateCondition(a, { heating: 'gas', car: 'none' })).to.equal(true);
    // not(any(...)) with one unknown branch and one false branch: unknown, so kept.
    expect(evaluateCondition({ not: a }, { heating: 'wood' })).to.equal(true);
    expect(evaluateCondition({ not: a }, { heating: 'gas' })).to.equal(false);
  });
});

describe('validateTip', () => {
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(tip('ngc.transport.voiture.covoiturage'))) as Record<string, unknown>;
  const codes = (item: unknown) => validateTip(item, '$.items[0]').map((p) => `${p.code} ${p.path}`);

  it('accepts a valid tip and reports paths under the given one', () => {
    expect(validateTip(good(), '$.items[0]')).to.deep.equal([]);
    expect(codes('nope')).to.deep.equal(['pack/wrong-type $.items[0]']);
  });
  it('reports missing and wrong fields with their JSON paths and a hint', () => {
    const t = good();
    delete t.category;
    t.kgCo2ePerYear = -3;
    (t.title as Record<string, unknown>).en = '';
    delete t.source;
    const problems = validateTip(t, '$.items[4]');
    expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'pack/missing-field $.items[4].category',
      'pack/invalid-value $.items[4].kgCo2ePerYear',
      'pack/missing-field $.items[4].title.en',
      'pack/missing-field $.items[4].source',
    ]);
    expect(problems[0]!.hint).to.contain('food');
  });
  it('rejects an unknown category, a non-finite figure, a bad id, a non-http url', () => {
    const t = good();
    t.category = 'energy';
    t.kgCo2ePerYear = Number.NaN;
    t.id = ' bad id';
    (t.source as Record<string, unknown>).url = 'javascript:alert(1)';
    expect(codes(t)).to.deep.equal([
      'pack/pattern $.items[0].id',
      'pack/invalid-value $.items[0].category',
      'pack/invalid-value $.items[0].kgCo2ePerYear',
      'pack/invalid-value $.items[0].source.url',
    ]);
  });
  it('speaks French by default and English on request', () => {
    expect(validateTip({}, '$')[0]!.message).to.match(/^Un geste a besoin/);
    expect(validateTip({}, '$', { locale: 'en' })[0]!.message).to.match(/^A tip needs/);
    expect(validateCondition({ is: { car: 'tesla' } }, '$', [], 'en')[0]!.hint).to.contain('petrol');
  });
  it('refuses a zero figure (write null)', () => {
    const t = good();
    t.kgCo2ePerYear = 0;
    expect(codes(t)).to.deep.equal(['pack/invalid-value $.items[0].kgCo2ePerYear']);
  });
  it('accepts null as a figure but not a missing one', () => {
    const t = good();
    t.kgCo2ePerYear = null;
    expect(codes(t)).to.deep.equal([]);
    delete t.kgCo2ePerYear;
    expect(codes(t)).to.deep.equal(['pack/missing-field $.items[0].kgCo2ePerYear']);
  });
  it('an unknown field is a warning, $merge is allowed', () => {
    const t = { ...good(), colour: 'green', $merge: false };
    const problems = validateTip(t, '$.items[0]');
    expect(problems.map((p) => [p.code, p.path, p.severity])).to.deep.equal([['pack/unknown-field', '$.items[0].colour', 'warning']]);
  });
  it('a partial override only checks what it gives, and copies the source', () => {
    const partial = { id: 'ngc.transport.voiture.covoiturage', $merge: true, title: { fr: 'Covoiturer avec ses voisins' } };
    const problems = validateTip(partial, '$.items[0]', { partial: true, source: 'ain.tips.json' });
    expect(problems.map((p) => `${p.code} ${p.path} ${p.source}`)).to.deep.equal(['pack/missing-field $.items[0].title.en ain.tips.json']);
    expect(validateTip({ id: 'x', $merge: true, kgCo2ePerYear: 12 }, '$', { partial: true })).to.deep.equal([]);
  });
  it('checks keywords and supersedes', () => {
    const t = good();
    t.keywords = { fr: ['vélo', ''], en: 'bike' };
    t.supersedes = ['ok.id', 3];
    expect(codes(t)).to.deep.equal(['pack/invalid-value $.items[0].keywords.fr', 'pack/invalid-value $.items[0].keywords.en', 'pack/invalid-value $.items[0].supersedes']);
  });
});

describe('validateCondition', () => {
  const paths = (c: unknown) => validateCondition(c, '$.a').map((p) => p.path);
  it('accepts the documented forms', () => {
    expect(paths({ is: { car: ['petrol', 'diesel'], garden: true } })).to.deep.equal([]);
    expect(paths({ all: [{ any: [{ is: { heating: 'gas' } }] }, { not: { is: { housing: 'house' } } }] })).to.deep.equal([]);
  });
  it('reports unknown keys, values, operators and empty lists where they are', () => {
    expect(paths({ is: { bike: 'yes' } })).to.deep.equal(['$.a.is.bike']);
    expect(paths({ is: { car: ['petrol', 'tesla'] } })).to.deep.equal(['$.a.is.car[1]']);
    expect(paths({ is: { garden: 'yes' } })).to.deep.equal(['$.a.is.garden']);
    expect(paths({ all: [] })).to.deep.equal(['$.a.all']);
    expect(paths({ any: [{ is: { car: 'none' } }, { nor: [] }] })).to.deep.equal(['$.a.any[1].nor']);
    expect(paths({ is: { car: 'none' }, not: { is: { car: 'none' } } })).to.deep.equal(['$.a']);
    expect(paths({ is: {} })).to.deep.equal(['$.a.is']);
  });
  it('every allowed value of every key passes', () => {
    for (const [key, values] of Object.entries(SITUATION_VALUES)) for (const v of values) expect(paths({ is: { [key]: v } })).to.deep.equal([]);
  });
});

describe('a territory pack extending the default (core loadPack)', () => {
  it('adds, overrides, merges and removes tips', async () => {
    const territory = {
      kind: 'ancre/tips',
      id: 'ain.bourg.tips',
      version: '1.0.0',
      locale: 'fr',
      licence: 'MIT',
      sources: [{ name: 'Mairie de Bourg-en-Bresse' }],
      extends: 'ancre-tips-ngc@1',
      remove: ['ngc.transport.ferry.arreter-ferry', 'ngc.transport.ferry.reduire-ferry'],
      items: [
        {
          id: 'ngc.alimentation.dechets.composter',
          $merge: true,
          howToStart: { fr: 'Venez chercher un composteur gratuit aux services techniques.', en: 'Pick up a free composter at the council’s technical services.' },
        },
        {
          id: 'bourg.velo.location',
          category: 'transport',
          kgCo2ePerYear: null,
          applicability: { not: { is: { car: 'none' } } },
          title: { fr: 'Louer un vélo électrique de la ville', en: 'Rent an e-bike from the town' },
          advice: { fr: 'La ville loue des vélos électriques au mois.', en: 'The town rents e-bikes by the month.' },
          howToStart: { fr: 'Passez à la maison du vélo.', en: 'Drop by the bike house.' },
          saves: { fr: 'Des trajets en voiture.', en: 'Car trips.' },
          source: { name: 'Mairie de Bourg-en-Bresse', licence: 'MIT' },
        },
      ],
    };
    const { pack, warnings } = await loadPack<Tip>({
      kind: 'ancre/tips',
      inline: territory,
      validateItem: validateTip,
      registry: { 'ancre-tips-ngc': defaultTipsPack },
    });
    expect(warnings.filter(isBlocking)).to.deep.equal([]);
    const ids = pack.items.map((t) => t.id);
    expect(ids).to.not.include('ngc.transport.ferry.arreter-ferry');
    expect(ids).to.include('bourg.velo.location');
    expect(pack.items.length).to.equal(items.length - 2 + 1);
    const compost = pack.items.find((t) => t.id === 'ngc.alimentation.dechets.composter')!;
    expect(compost.howToStart.fr).to.contain('composteur gratuit');
    expect(compost.title.fr).to.equal(tip('ngc.alimentation.dechets.composter').title.fr);
    expect(compost.kgCo2ePerYear).to.equal(tip('ngc.alimentation.dechets.composter').kgCo2ePerYear);
    expect(pack.origins['ngc.alimentation.dechets.composter']?.id).to.equal('ain.bourg.tips');
    expect(pack.origins['ngc.divers.tabac.arreter']?.id).to.equal('ancre-tips-ngc');
  });

  it('a wrong tip in a territory pack is refused with its path', async () => {
    let problems: { code: string; path?: string }[] = [];
    try {
      await loadPack<Tip>({
        kind: 'ancre/tips',
        inline: {
          kind: 'ancre/tips',
          id: 'x.tips',
          version: '1.0.0',
          locale: 'fr',
          licence: 'MIT',
          sources: [{ name: 'X' }],
          extends: 'ancre-tips-ngc',
          items: [{ id: 'ngc.divers.tabac.arreter', $merge: true, applicability: { is: { car: 'tesla' } } }],
        },
        validateItem: validateTip,
        registry: { 'ancre-tips-ngc': defaultTipsPack },
      });
    } catch (error) {
      problems = (error as { problems: { code: string; path?: string }[] }).problems;
    }
    expect(problems.map((p) => p.path)).to.include('$.items[0].applicability.is.car');
  });
});
