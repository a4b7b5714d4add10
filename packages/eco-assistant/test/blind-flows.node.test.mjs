// The code samples of docs/flows.md and docs/eco-assistant.md, run as written, in Node, against the
// built package (`npx tsc -b packages/eco-assistant` first), plus a flow written from the docs alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { createAssistant, compileFlow, nlu, validateFlow, validateTip, defaultTipsPack, welcomeFlow } from '../dist/index.js';

const doc = (name) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
const exampleFlow = () => {
  const md = doc('flows.md');
  const after = md.slice(md.indexOf('<!-- flow-example -->'));
  return JSON.parse(/```json\n([\s\S]*?)```/.exec(after)[1]);
};

test('docs/flows.md: every JSON block parses; the files validate (the empty skeleton aside)', () => {
  const blocks = [...doc('flows.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  assert.ok(blocks.length >= 4);
  const flows = blocks.filter((b) => b.format === 'ancre-flow/1' && b.nodes.length > 0);
  assert.ok(flows.length >= 2);
  for (const flow of flows) assert.deepEqual(validateFlow(flow, 'flows.md'), []);
});

test('docs/flows.md: “Run it in Node”, with the default tips pack, says what the comments say', () => {
  const flow = exampleFlow();
  const a = createAssistant({ flow, tips: defaultTipsPack, locale: 'fr' });
  a.send({ type: 'text', text: 'douze' });
  assert.equal(a.transcript().at(-1).kind, 'retry');
  assert.equal(a.transcript().at(-1).text, 'Un nombre de kilomètres, par exemple 12.');
  a.send({ type: 'text', text: '12' });
  assert.equal(a.transcript().at(-1).text, 'Vous y allez en voiture ?');
  a.send({ type: 'choose', id: 'yes' });
  const tip = a.getSnapshot().messages.at(-1);
  assert.equal(tip.kind, 'tip');
  assert.deepEqual(a.getSnapshot().situation, { car: 'petrol' });
  a.send({ type: 'choose', id: '__choose' });
  const texts = a.transcript().map((m) => m.text);
  assert.equal(texts.at(-1), 'Merci et bonne route !');
  const [kept] = a.getSnapshot().chosen;
  assert.equal(kept.category, 'transport');
  const kg = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(kept.kgCo2ePerYear);
  assert.ok(texts.includes(`Vos gestes :\n\n- ${kept.title.fr} (${kg} kg CO2e)\n\nTotal : **${kg} kg** d’équivalent CO2 par an.`), texts.at(-2));
});

test('docs/flows.md: the reply ids listed are the ones offered', () => {
  const a = createAssistant({ flow: exampleFlow(), tips: defaultTipsPack, locale: 'en' });
  a.send({ type: 'text', text: '2' });
  assert.deepEqual(a.getSnapshot().replies.map((r) => r.id), ['__choose', '__another']);
  a.send({ type: 'text', text: 'what?' });
  assert.deepEqual(a.getSnapshot().replies.map((r) => r.id), ['__choose', '__another', 'intent:restart', 'intent:help']);
  a.send({ type: 'choose', id: 'intent:help' });
  assert.equal(a.getSnapshot().node, 'help');
});

test('docs/eco-assistant.md: the headless SDK sample runs as written', () => {
  const assistant = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack, locale: 'fr' });
  const chosen = [];
  assistant.on('gesture-chosen', (e) => chosen.push([e.tip.id, e.total]));
  assistant.send({ type: 'text', text: 'je veux économiser du chauffage' });
  const replies = assistant.getSnapshot().replies;
  assert.deepEqual(replies[0], { id: '__choose', label: 'Je choisis ce geste' });
  assistant.send({ type: 'choose', id: '__choose' });
  assert.equal(chosen.length, 1);
  assert.equal(assistant.getSnapshot().chosen[0].category, 'housing');
  for (const m of assistant.transcript()) assert.ok(m.role === 'assistant' || m.role === 'person');
  const saved = assistant.persist();
  const again = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack, locale: 'fr' });
  again.restore(JSON.parse(JSON.stringify(saved)));
  assert.deepEqual(again.transcript(), assistant.transcript());
  assert.equal(again.getSnapshot().total, assistant.getSnapshot().total);
  assistant.stop();
  again.stop();
});

test('docs/eco-assistant.md: compileFlow(flow, { tips, nlu }) runs with your own actor', () => {
  const machine = compileFlow(exampleFlow(), { tips: defaultTipsPack.items, nlu });
  const actor = createActor(machine, { input: { locale: 'en' } });
  const said = [];
  actor.on('message', (e) => said.push(e.message.text));
  actor.start();
  actor.send({ type: 'text', text: '3' });
  assert.equal(said[0], 'Hello! Let’s talk about your journeys.');
  assert.ok(said.includes('3 km: by bike it is often quicker than you think.'));
  assert.equal(actor.getSnapshot().context.node, 'tips');
  actor.stop();
  // The sample of the doc, on the welcome flow.
  const welcome = createActor(compileFlow(welcomeFlow, { tips: defaultTipsPack.items, nlu }), { input: { locale: 'fr' } });
  const tips = [];
  welcome.on('tip-shown', (e) => tips.push(e.tip));
  welcome.start();
  welcome.send({ type: 'text', text: 'vélo' });
  assert.equal(tips.length, 1);
  assert.ok(tips[0].keywords.fr.some((k) => k.includes('vélo')), tips[0].id);
  welcome.stop();
});

// A flow written from the docs alone: a mairie's short « idées » kiosk.
const idees = {
  format: 'ancre-flow/1',
  id: 'idees',
  locales: ['fr'],
  start: 'menu',
  fallback: { fr: 'Je n’ai pas compris.' },
  freeText: { tipNode: 'tips', categorySlot: 'theme' },
  intents: [
    { id: 'restart', action: 'restart', label: { fr: 'Recommencer' }, keywords: { fr: ['recommencer'] } },
    { id: 'idea', action: 'goto', next: 'idea', label: { fr: 'Proposer une idée' }, keywords: { fr: ['proposer une idée'] }, offer: false },
  ],
  nodes: [
    { id: 'menu', type: 'choices', text: { fr: 'Un geste, ou une idée ?' }, options: [
      { id: 'tip', label: { fr: 'Un geste' }, next: 'tips' },
      { id: 'no', label: { fr: 'Non merci' }, next: 'bye' },
    ] },
    { id: 'tips', type: 'suggest', categorySlot: 'theme', choose: { label: { fr: 'Je le garde' }, next: 'count' }, another: { label: { fr: 'Un autre' } }, none: 'count' },
    { id: 'count', type: 'compute', slot: 'n', op: 'count-chosen', next: 'bye' },
    { id: 'idea', type: 'collect', text: { fr: 'Votre idée ?' }, categoryText: { fr: 'Quel thème ?' }, thanks: { fr: 'Merci.' }, next: 'menu', cancel: { label: { fr: 'Laisser tomber' }, next: 'menu' } },
    { id: 'bye', type: 'end', text: { fr: '{chosen.count} geste(s), {total} kg par an.' } },
  ],
};

test('a flow written from the docs: free text, collect, a contribution, the end; the same inputs give the same transcript', () => {
  const run = () => {
    let t = 0;
    const a = createAssistant({ flow: idees, tips: defaultTipsPack, now: () => ++t });
    const events = [];
    a.on('*', (e) => events.push(e.type === 'contribution' ? `${e.type}:${e.category}:${e.text}` : e.type));
    a.send({ type: 'text', text: 'Proposer une idée' });
    a.send({ type: 'text', text: 'Une grainothèque à la médiathèque' });
    a.send({ type: 'text', text: 'alimentation' });
    a.send({ type: 'text', text: 'numérique' });
    a.send({ type: 'text', text: 'oui' });
    return { a, events };
  };
  const { a, events } = run();
  assert.ok(events.includes('contribution:food:Une grainothèque à la médiathèque'), events.join());
  assert.equal(a.getSnapshot().chosen[0].category, 'digital');
  assert.equal(a.getSnapshot().slots.n, 1);
  assert.match(a.transcript().at(-1).text, /^1 geste\(s\), [\d  ,]+ kg par an\.$/);
  assert.deepEqual(run().a.transcript(), a.transcript());
  assert.throws(() => createAssistant({ flow: { ...idees, start: 'nowhere' }, tips: defaultTipsPack }), (e) => e.problems.some((p) => p.code === 'flow/unknown-node' && p.path === '$.start'));
});

test('docs/tips-pack.md: the tip and the territory pack check as written; a tip without a figure comes last', () => {
  const [tip, pack] = [...doc('tips-pack.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  assert.deepEqual(validateTip(tip, '$.items[0]'), []);
  const [override, own] = pack.items;
  assert.ok(validateTip(override, '$.items[0]').some((p) => p.code === 'pack/missing-field'));
  assert.deepEqual(validateTip(override, '$.items[0]', { partial: true }), []);
  assert.deepEqual(validateTip(own, '$.items[1]', { locale: 'en', source: 'bourg.json' }), []);
  const flow = {
    format: 'ancre-flow/1', id: 'bourg', locales: ['fr'], start: 'tips', fallback: { fr: 'Pardon ?' },
    nodes: [
      { id: 'tips', type: 'suggest', categories: ['transport'], choose: { label: { fr: 'Je le garde' }, next: 'sum' }, another: { label: { fr: 'Un autre' } }, none: 'sum' },
      { id: 'sum', type: 'say', text: { fr: '{chosen.list}\n\nTotal : {total} kg.' }, next: 'bye' },
      { id: 'bye', type: 'end' },
    ],
  };
  const a = createAssistant({ flow, tips: [own, tip] });
  assert.match(a.transcript().at(-1).text, /^\*\*Partager ses trajets en voiture\*\*/);
  a.send({ type: 'text', text: 'un autre' });
  assert.match(a.transcript().at(-1).text, /Des trajets en voiture \(chiffre non disponible\)\.$/);
  a.send({ type: 'text', text: 'oui' });
  assert.equal(a.transcript().at(-1).text, '- Louer un vélo électrique de la ville\n\nTotal : 0 kg.');
});
