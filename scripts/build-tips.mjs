// Builds the figures of the default tips pack of @ancre/eco-assistant from the Nos Gestes Climat model
// (@incubateur-ademe/nosgestesclimat, ADEME, MIT) with publicodes 1.10. Figures only: no text of the
// model is copied (our texts are written by hand in packages/eco-assistant/src/content/tips-texts.ts).
//
//   node scripts/build-tips.mjs           writes ngc-figures.json and ngc-figures.ts, prints a summary
//                                         (skipped, in ~0.1 s, when the inputs hash is unchanged)
//   node scripts/build-tips.mjs --force   recomputes even when the inputs are unchanged (~5 s)
//   node scripts/build-tips.mjs --check   exits 1 if the committed files differ from a fresh computation
//
// For each action rule summed by the rule `actions`:
//   1. evaluate it in the default situation (the model's average person, situation {});
//   2. if that gives no positive number, evaluate it for each persona of public/personas-fr.json (in file
//      order; Marie, whose situation is empty, is the default situation again; a persona counts when the
//      action gives it a finite positive number) and keep the LOWER MEDIAN of those: a real persona's figure,
//      named in the note, on the conservative side when two values tie for the middle;
//   3. otherwise null (no formula, or not applicable to anyone modelled). Never an invented number.
// Applicability is derived from the `applicable si` / `non applicable si` of the rule and of its
// ancestors through LEAF_MAP below (a hand-written table from model expressions to our Situation keys).
// See docs/tips-pack.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
export const OUT_DIR = join(root, 'packages/eco-assistant/src/content');
export const OUT_JSON = join(OUT_DIR, 'ngc-figures.json');
export const OUT_TS = join(OUT_DIR, 'ngc-figures.ts');

/** Nos Gestes Climat category (first dotted segment) → our TipCategory. `divers . numérique` → digital. */
export const CATEGORY_MAP = {
  alimentation: 'food',
  logement: 'housing',
  transport: 'transport',
  divers: 'consumption',
  'services sociétaux': 'public-services',
};
export const ourCategory = (rule) => (rule.startsWith('divers . numérique') ? 'digital' : CATEGORY_MAP[rule.split(' . ')[0]]);

const DIET_WITH_MEAT = ['meat-daily', 'meat-sometimes'];
const HAS_CAR = { not: { is: { car: 'none' } } };
/**
 * Model expression (a leaf of `applicable si` / `non applicable si`, exactly as written in the rule or an
 * ancestor) → our Condition, or a constant. A leaf that is not in this table says nothing about our
 * Situation keys: it is replaced by whatever keeps the tip applicable (true under `applicable si`, false
 * under `non applicable si`), because we only exclude what we know does not apply.
 */
export const LEAF_MAP = {
  // We only compute the carbon metric.
  'métrique != "carbone"': false,
  "métrique = 'eau'": false,
  // Food: number of meals with meat or fish per week → diet.
  'nombre de plats viande > 7 repas/semaine': { is: { diet: 'meat-daily' } },
  'nombre de plats viande > 2': { is: { diet: DIET_WITH_MEAT } },
  'nombre de plats viande > 0': { is: { diet: DIET_WITH_MEAT } },
  'nombre de plats poisson > 2 repas/semaine': { is: { diet: DIET_WITH_MEAT } },
  'nombre de plats poisson > 0': { is: { diet: DIET_WITH_MEAT } },
  'plats . poisson blanc . nombre > 0': { is: { diet: DIET_WITH_MEAT } },
  'plats . viande rouge . nombre > 0': { is: { diet: DIET_WITH_MEAT } },
  'plats . végétarien . nombre > 0': { is: { diet: ['meat-daily', 'meat-sometimes', 'vegetarian'] } },
  // Housing.
  'logement . est un appartement': { is: { housing: 'apartment' } },
  'est un appartement': { is: { housing: 'apartment' } },
  'logement . est une maison': { is: { housing: 'house' } },
  'chauffage . électricité . présent': { is: { heating: 'electric' } },
  'chauffage . gaz . présent': { is: { heating: 'gas' } },
  'chauffage . citerne propane . présent': { is: { heating: 'gas' } },
  'chauffage . fioul . présent': { is: { heating: 'oil' } },
  'chauffage . PAC . présent': { is: { heating: 'heat-pump' } },
  'chauffage . réseau de chaleur . présent': { is: { heating: 'district' } },
  'chauffage . collectif = "gaz"': { is: { heating: 'gas' } },
  // Outdoor equipment implies a garden (or a yard, a terrace: see docs/tips-pack.md).
  'extérieur . barbecue charbon . présent': { is: { garden: true } },
  'extérieur . salon de jardin résine ou métal . présent': { is: { garden: true } },
  'extérieur . tondeuse thermique . présent': { is: { garden: true } },
  // Flights.
  'usager = "fréquemment"': { is: { flights: 'often' } },
  'usager = "occasionnellement"': { is: { flights: 'sometimes' } },
  // Car: "never uses a car" is our car = none; owning one or driving kilometres means a car.
  "utilisateur = 'jamais'": { is: { car: 'none' } },
  "voiture . utilisateur = 'jamais'": { is: { car: 'none' } },
  "voiture . utilisateur = 'propriétaire'": HAS_CAR,
  'voiture . km > 0': HAS_CAR,
  'voiture . km > seuil activation': HAS_CAR,
  "voiture . km > seuil d'activation 5km": HAS_CAR,
  'voiture . km < plafond activation autopartage': HAS_CAR,
  "transport . voiture . motorisation = 'électrique'": { is: { car: 'electric' } },
};

/** Simplification helpers over true / false constants and Conditions (dedupe, merge lists on one key). */
const dedupe = (parts) => [...new Map(parts.map((p) => [JSON.stringify(p), p])).values()];
const singleIs = (c) => (typeof c === 'object' && 'is' in c && Object.keys(c.is).length === 1 ? Object.keys(c.is)[0] : undefined);
const asList = (v) => (Array.isArray(v) ? v : [v]);
/** Merges `is` tests on the same single key into one list (for `any`) — or their negations (for `all`). */
function mergeSameKey(parts, unwrap, wrap) {
  const out = [];
  for (const p of parts) {
    const inner = unwrap(p);
    const key = inner && singleIs(inner);
    const prev = key && out.find((o) => unwrap(o) && singleIs(unwrap(o)) === key);
    if (prev) {
      const values = [...new Set([...asList(unwrap(prev).is[key]), ...asList(inner.is[key])])];
      out[out.indexOf(prev)] = wrap({ is: { [key]: values.length === 1 ? values[0] : values } });
    } else out.push(p);
  }
  return out;
}
const and = (parts) => {
  if (parts.includes(false)) return false;
  const rest = mergeSameKey(
    dedupe(parts.filter((p) => p !== true).flatMap((p) => ('all' in p ? p.all : [p]))),
    (p) => ('not' in p ? p.not : undefined),
    (c) => ({ not: c }),
  );
  return rest.length === 0 ? true : rest.length === 1 ? rest[0] : { all: rest };
};
const or = (parts) => {
  if (parts.includes(true)) return true;
  const rest = mergeSameKey(
    dedupe(parts.filter((p) => p !== false).flatMap((p) => ('any' in p ? p.any : [p]))),
    (p) => p,
    (c) => c,
  );
  return rest.length === 0 ? false : rest.length === 1 ? rest[0] : { any: rest };
};
const not = (c) => (c === true ? false : c === false ? true : 'not' in c ? c.not : { not: c });

/**
 * Translates a publicodes condition. `positive` is the polarity: true under `applicable si`, false under
 * `non applicable si`; an unmapped leaf takes the value that keeps the tip applicable.
 */
export function translateCondition(node, positive, unmapped = new Set()) {
  if (typeof node === 'string') {
    if (Object.hasOwn(LEAF_MAP, node)) return LEAF_MAP[node];
    unmapped.add(node);
    return positive;
  }
  if (node && typeof node === 'object') {
    if ('toutes ces conditions' in node) return and(node['toutes ces conditions'].map((n) => translateCondition(n, positive, unmapped)));
    if ('une de ces conditions' in node) return or(node['une de ces conditions'].map((n) => translateCondition(n, positive, unmapped)));
    // `est défini X` guards a test on X; our evaluation already treats an unanswered key as unknown
    // (applicable), so the guard itself is neutral in both polarities.
    if ('est défini' in node) return true;
  }
  unmapped.add(JSON.stringify(node));
  return positive;
}

/** Our applicability for an action: its conditions and those of its ancestors; undefined = always. */
export function deriveApplicability(rules, rule, unmapped = new Set()) {
  const parts = [];
  const segments = rule.split(' . ');
  for (let i = 1; i <= segments.length; i++) {
    const r = rules[segments.slice(0, i).join(' . ')];
    if (!r) continue;
    if (r['applicable si'] !== undefined) parts.push(translateCondition(r['applicable si'], true, unmapped));
    if (r['non applicable si'] !== undefined) parts.push(not(translateCondition(r['non applicable si'], false, unmapped)));
  }
  const c = and(parts);
  if (c === true) return undefined;
  if (c === false) throw new Error(`${rule}: the derived applicability is never true; check LEAF_MAP`);
  return c;
}

/** Slug id of a rule: `ngc.transport.voiture.eco-conduite`. */
export function tipId(rule) {
  const slug = rule
    .split(' . ')
    .map((s) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/['’]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    )
    .join('.');
  return `ngc.${slug}`;
}

/** Rounding of what we ship: whole kilograms from 10 kg, one decimal below. */
export const roundFigure = (v) => (v >= 10 ? Math.round(v) : Math.round(v * 10) / 10);

export function loadModel() {
  const pkgDir = dirname(require.resolve('@incubateur-ademe/nosgestesclimat/package.json'));
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const rulesText = readFileSync(join(pkgDir, 'public/co2-model.FR-lang.fr.json'), 'utf8');
  const personasText = readFileSync(join(pkgDir, 'public/personas-fr.json'), 'utf8');
  const publicodesVersion = JSON.parse(readFileSync(join(dirname(require.resolve('publicodes')), '../package.json'), 'utf8')).version;
  // What the output depends on: this script, the model, the personas and the engine version.
  const inputsHash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(rulesText)
    .update(personasText)
    .update(publicodesVersion)
    .digest('hex')
    .slice(0, 16);
  return { version, rules: JSON.parse(rulesText), personas: JSON.parse(personasText), inputsHash };
}

export async function createEngine(rules) {
  const { default: Engine } = await import('publicodes');
  const quiet = { log() {}, warn() {}, error() {} };
  return new Engine(rules, { logger: quiet });
}

/** The value of a rule in the engine's current situation, as a positive finite number or null. */
export function positiveValue(engine, rule) {
  const v = engine.evaluate(rule).nodeValue;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}

/** Computes every action's figure; returns { figures, stats }. Deterministic. */
export function computeFigures({ rules, personas, engine, only }) {
  const actions = rules.actions.formule.somme;
  const selected = only ? actions.filter((a) => only.includes(a)) : actions;
  const raw = new Map(selected.map((a) => [a, { value: null, basis: 'none', persona: undefined, personaCount: 0 }]));
  const noFormula = new Set(selected.filter((a) => rules[a]?.formule === undefined));

  engine.setSituation({});
  for (const a of selected) {
    if (noFormula.has(a)) continue;
    const v = positiveValue(engine, a);
    if (v !== null) Object.assign(raw.get(a), { value: v, basis: 'default' });
  }
  const missing = selected.filter((a) => raw.get(a).basis === 'none' && !noFormula.has(a));
  const perPersona = new Map(missing.map((a) => [a, []]));
  if (missing.length) {
    for (const [key, persona] of Object.entries(personas)) {
      if (Object.keys(persona.situation ?? {}).length === 0) continue; // the default situation again
      engine.setSituation(persona.situation, { strict: false });
      for (const a of missing) {
        const v = positiveValue(engine, a);
        if (v !== null) perPersona.get(a).push({ name: persona.nom ?? key.replace('personas . ', ''), v });
      }
    }
  }
  for (const [a, list] of perPersona) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((x, y) => x.v - y.v || x.name.localeCompare(y.name));
    const pick = sorted[Math.floor((sorted.length - 1) / 2)];
    Object.assign(raw.get(a), { value: pick.v, basis: 'persona', persona: pick.name, personaCount: list.length });
  }

  const figures = selected.map((rule) => {
    const r = raw.get(rule);
    const unmapped = new Set();
    const applicability = deriveApplicability(rules, rule, unmapped);
    // Only the superseded rules that are themselves actions (the model names a few non-action rules).
    const supersedes = (rules[rule]?.action?.dépasse ?? []).filter((d) => actions.includes(d)).map(tipId);
    const note =
      r.basis === 'default'
        ? 'Default situation of the model (the average person in France).'
        : r.basis === 'persona'
          ? `Persona ${r.persona}: lower median of the ${r.personaCount} model persona(s) to whom this action applies (none in the default situation).`
          : noFormula.has(rule)
            ? 'No formula in the model: a qualitative action, no figure.'
            : 'Not applicable in the default situation nor to any model persona: no figure.';
    return {
      id: tipId(rule),
      rule,
      ngcCategory: rule.split(' . ')[0],
      category: ourCategory(rule),
      kgCo2ePerYear: r.value === null ? null : roundFigure(r.value),
      basis: r.basis,
      ...(r.persona ? { persona: r.persona } : {}),
      note,
      ...(applicability ? { applicability } : {}),
      ...(supersedes.length ? { supersedes } : {}),
    };
  });
  const stats = {
    actions: figures.length,
    withFigure: figures.filter((f) => f.kgCo2ePerYear !== null).length,
    fromDefault: figures.filter((f) => f.basis === 'default').length,
    fromPersona: figures.filter((f) => f.basis === 'persona').length,
    nullFigure: figures.filter((f) => f.kgCo2ePerYear === null).length,
  };
  return { figures, stats };
}

export function renderOutputs({ version, inputsHash, figures }) {
  const data = {
    generatedBy: 'scripts/build-tips.mjs',
    inputsHash,
    model: { name: 'Nos Gestes Climat', package: '@incubateur-ademe/nosgestesclimat', version, publisher: 'ADEME', licence: 'MIT' },
    attribution: 'Nos Gestes Climat, ADEME — modèle sous licence MIT',
    unit: 'kg CO2e per year',
    figures,
  };
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const ts =
    '// GENERATED by scripts/build-tips.mjs from @incubateur-ademe/nosgestesclimat — do not edit by hand.\n' +
    '// The same data as ngc-figures.json, as a module (no JSON import attributes needed by tsc, esbuild, rollup).\n' +
    "import type { NgcFigures } from './ngc-figures.types.js';\n\n" +
    `export const ngcFigures: NgcFigures = ${JSON.stringify(data, null, 2)};\n`;
  return { json, ts };
}

async function main() {
  const started = performance.now();
  const { version, rules, personas, inputsHash } = loadModel();
  const check = process.argv.includes('--check');
  if (!check && !process.argv.includes('--force') && existsSync(OUT_JSON) && existsSync(OUT_TS)) {
    // Same inputs as the committed files: nothing to recompute (the node test re-runs it in full).
    const previous = JSON.parse(readFileSync(OUT_JSON, 'utf8'));
    if (previous.inputsHash === inputsHash && readFileSync(OUT_TS, 'utf8').includes(`"inputsHash": "${inputsHash}"`)) {
      console.log(`[build-tips] figures up to date (inputs ${inputsHash}); --force recomputes them`);
      return;
    }
  }
  const engine = await createEngine(rules);
  const { figures, stats } = computeFigures({ rules, personas, engine });
  const { json, ts } = renderOutputs({ version, inputsHash, figures });
  if (check) {
    const same = readFileSync(OUT_JSON, 'utf8') === json && readFileSync(OUT_TS, 'utf8') === ts;
    console.log(same ? '[build-tips] committed figures are up to date' : '[build-tips] committed figures differ: run node scripts/build-tips.mjs');
    process.exit(same ? 0 : 1);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_JSON, json);
  writeFileSync(OUT_TS, ts);
  const valued = figures.filter((f) => f.kgCo2ePerYear !== null).sort((a, b) => a.kgCo2ePerYear - b.kgCo2ePerYear);
  const fmt = (f) => `${f.rule} = ${f.kgCo2ePerYear} kg`;
  console.log(
    `[build-tips] Nos Gestes Climat ${version}: ${stats.actions} actions, ${stats.withFigure} with a figure ` +
      `(${stats.fromDefault} default situation, ${stats.fromPersona} persona), ${stats.nullFigure} null` +
      `; largest ${fmt(valued.at(-1))}; smallest ${fmt(valued[0])}; ${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
