// Node checks of the default tips pack's figures (node --test; runs after the build in `npm test`):
// the committed figures must equal what publicodes computes from the Nos Gestes Climat model, both
// through scripts/build-tips.mjs and independently for a few actions; our texts must not copy the
// model's texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Engine from 'publicodes';
import {
  OUT_JSON,
  OUT_TS,
  loadModel,
  createEngine,
  computeFigures,
  renderOutputs,
  deriveApplicability,
  translateCondition,
  roundFigure,
  tipId,
} from '../../../scripts/build-tips.mjs';

const committed = JSON.parse(readFileSync(OUT_JSON, 'utf8'));
const byRule = new Map(committed.figures.map((f) => [f.rule, f]));
const { version, rules, personas, inputsHash } = loadModel();
const quiet = { log() {}, warn() {}, error() {} };
let sharedEngine;
const engine = async () => (sharedEngine ??= await createEngine(rules));

test('the committed figures come from the installed model version', () => {
  assert.equal(committed.model.version, version);
  assert.equal(committed.attribution, 'Nos Gestes Climat, ADEME — modèle sous licence MIT');
  assert.equal(committed.figures.length, rules.actions.formule.somme.length);
  assert.deepEqual(
    committed.figures.map((f) => f.rule),
    rules.actions.formule.somme,
  );
});

test('a few actions recomputed directly with publicodes match the committed figures', () => {
  const e = new Engine(rules, { logger: quiet });
  // Default situation (the model's average person).
  e.setSituation({});
  for (const rule of ['alimentation . devenir végétarien', 'transport . voiture . boulot . télétravail', 'logement . chauffage . installer thermostat']) {
    const v = e.evaluate(rule).nodeValue;
    assert.equal(typeof v, 'number', rule);
    assert.equal(byRule.get(rule).kgCo2ePerYear, roundFigure(v), rule);
    assert.equal(byRule.get(rule).basis, 'default', rule);
  }
  // Persona figures: the committed persona's own situation gives the committed number.
  for (const rule of ['logement . chauffage . installer une PAC', 'transport . avion . arrêter l\'avion', 'transport . voiture . voiture électrique']) {
    const f = byRule.get(rule);
    assert.equal(f.basis, 'persona', rule);
    const [, persona] = Object.entries(personas).find(([, p]) => p.nom === f.persona);
    e.setSituation(persona.situation, { strict: false });
    assert.equal(f.kgCo2ePerYear, roundFigure(e.evaluate(rule).nodeValue), rule);
  }
  // Qualitative actions have no formula, hence no figure.
  for (const rule of ['logement . électricité verte', 'services sociétaux . voter']) {
    assert.equal(rules[rule].formule, undefined);
    assert.equal(byRule.get(rule).kgCo2ePerYear, null);
  }
});

test('the committed JSON and TS files equal a fresh run of the script (no drift)', async () => {
  const started = performance.now();
  const { figures, stats } = computeFigures({ rules, personas, engine: await engine() });
  const { json, ts } = renderOutputs({ version, inputsHash, figures });
  assert.equal(readFileSync(OUT_JSON, 'utf8'), json, 'ngc-figures.json is stale: run node scripts/build-tips.mjs');
  assert.equal(readFileSync(OUT_TS, 'utf8'), ts, 'ngc-figures.ts is stale: run node scripts/build-tips.mjs');
  assert.deepEqual([stats.actions, stats.withFigure, stats.nullFigure], [64, 54, 10]);
  console.log(`figures recomputed in ${Math.round(performance.now() - started)} ms`);
});

test('every persona figure is the lower median of the personas to whom the action applies', async () => {
  const e = await engine();
  const rule = 'alimentation . repas . réduire viande . max 1 par jour';
  const values = [];
  for (const p of Object.values(personas)) {
    if (Object.keys(p.situation).length === 0) continue;
    e.setSituation(p.situation, { strict: false });
    const v = e.evaluate(rule).nodeValue;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) values.push({ name: p.nom, v });
  }
  values.sort((a, b) => a.v - b.v);
  const pick = values[Math.floor((values.length - 1) / 2)];
  assert.equal(byRule.get(rule).persona, pick.name);
  assert.equal(byRule.get(rule).kgCo2ePerYear, roundFigure(pick.v));
});

test('applicability is derived from the model conditions through the mapping table', () => {
  // Unmapped leaves never exclude: true under `applicable si`, false under `non applicable si`.
  assert.equal(translateCondition('logement . surface / habitants > 50', true), true);
  assert.equal(translateCondition('logement . surface / habitants > 50', false), false);
  assert.deepEqual(translateCondition({ 'une de ces conditions': ['usager = "fréquemment"', 'usager = "occasionnellement"'] }, true), {
    is: { flights: ['often', 'sometimes'] },
  });
  // `non applicable si` with a guard and an unmapped branch keeps only what we know.
  assert.deepEqual(deriveApplicability(rules, 'transport . voiture . autopartage'), { not: { is: { car: 'none' } } });
  assert.deepEqual(deriveApplicability(rules, 'transport . voiture . voiture électrique'), { not: { is: { car: ['none', 'electric'] } } });
  // An ancestor's condition counts (logement . extérieur is not for apartments).
  assert.deepEqual(deriveApplicability(rules, 'logement . extérieur . passer à la tondeuse électrique'), {
    all: [{ not: { is: { housing: 'apartment' } } }, { is: { garden: true } }],
  });
  assert.equal(deriveApplicability(rules, 'divers . tabac . arrêter'), undefined);
  assert.equal(tipId("transport . avion . arrêter l'avion"), 'ngc.transport.avion.arreter-lavion');
});

test('our texts do not copy the model texts', () => {
  const src = readFileSync(fileURLToPath(new URL('../src/content/tips-texts.ts', import.meta.url)), 'utf8');
  const en = loadModelEn();
  const norm = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  const grams = (s, n) => {
    const w = norm(s).split(' ');
    const out = new Set();
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
    return out;
  };
  const theirs = new Set();
  const theirTitles = new Set();
  for (const rule of rules.actions.formule.somme) {
    for (const model of [rules, en]) {
      const r = model[rule] ?? {};
      for (const g of grams(`${r.titre ?? ''} . ${r.description ?? ''}`, 7)) theirs.add(g);
      if (r.titre) theirTitles.add(norm(r.titre));
    }
  }
  const ours = [...src.matchAll(/(title|advice|howToStart|saves): '([^']*)'/g)].map((m) => m[2]);
  assert.ok(ours.length >= 64 * 8, `read ${ours.length} texts`);
  const shared = ours.flatMap((s) => [...grams(s, 7)].filter((g) => theirs.has(g)).map((g) => `${s} ⇢ ${g}`));
  assert.deepEqual(shared, [], 'no run of 7 words in common with the model texts');
  const sameTitles = [...src.matchAll(/title: '([^']*)'/g)].map((m) => m[1]).filter((t) => theirTitles.has(norm(t)));
  assert.deepEqual(sameTitles, [], 'no title identical to the model’s');
});

test('the built package (dist) ships the same figures, when it was built', async (t) => {
  const dist = fileURLToPath(new URL('../dist/content/tips.js', import.meta.url));
  if (!existsSync(dist)) return t.skip('packages/eco-assistant/dist not built');
  const { defaultTipsPack } = await import(new URL('../dist/content/tips.js', import.meta.url).href);
  const items = new Map(defaultTipsPack.items.map((tip) => [tip.id, tip]));
  for (const f of committed.figures) {
    assert.equal(items.get(f.id)?.kgCo2ePerYear, f.kgCo2ePerYear, f.id);
    assert.deepEqual(items.get(f.id)?.applicability, f.applicability, f.id);
  }
});

function loadModelEn() {
  const path = fileURLToPath(import.meta.resolve('@incubateur-ademe/nosgestesclimat/package.json')).replace(/package\.json$/, 'public/co2-model.FR-lang.en.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}
