// A whole conversation, headless, in Node, against the built package (runs after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAssistant, welcomeFlow, contributionFlow, validateFlow, defaultTipsPack, isApplicable } from '../dist/index.js';

test('the default flows validate', () => {
  assert.deepEqual(validateFlow(welcomeFlow), []);
  assert.deepEqual(validateFlow(contributionFlow), []);
});

test('a whole conversation: quiz, suggestions that respect the situation, 3 gestures, summary', () => {
  let t = 0;
  const a = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack, locale: 'fr', now: () => ++t });
  const events = [];
  a.on('*', (e) => events.push(e.type));
  a.send({ type: 'choose', id: 'quiz' });
  a.send({ type: 'text', text: 'un appartement' });
  a.send({ type: 'choose', id: 'electric' });
  a.send({ type: 'text', text: 'sans voiture' });
  a.send({ type: 'choose', id: 'none' });
  a.send({ type: 'choose', id: 'meat-daily' });
  const s0 = a.getSnapshot();
  assert.deepEqual(s0.situation, { housing: 'apartment', heating: 'electric', car: 'none', flights: 'none', diet: 'meat-daily' });
  assert.equal(s0.node, 'explore');
  for (let i = 0; i < 3; i++) {
    const tipId = a.transcript().at(-1).tipId;
    assert.ok(tipId, 'a tip is shown');
    const tip = defaultTipsPack.items.find((x) => x.id === tipId);
    assert.ok(isApplicable(tip, s0.situation), `${tipId} applies to this person`);
    a.send({ type: 'choose', id: '__choose' });
    if (i < 2) a.send({ type: 'choose', id: 'more' });
  }
  const s = a.getSnapshot();
  assert.equal(s.node, 'bye');
  assert.equal(s.chosen.length, 3);
  assert.equal(new Set(s.chosen.map((x) => x.id)).size, 3, 'never the same tip twice');
  assert.ok(s.total >= 0);
  const summary = a.transcript().find((m) => m.text.startsWith('## Mes gestes'));
  assert.ok(summary, 'summary written');
  assert.match(summary.text, /km/);
  assert.equal(events.filter((e) => e === 'gesture-chosen').length, 3);
  a.stop();
});

test('the same inputs give the same transcript', () => {
  const run = () => {
    let t = 0;
    const a = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack, now: () => ++t });
    for (const text of ['aide', 'vélo', 'oui', 'manger moins de viande', 'un autre geste', 'recommencer', 'blabla']) a.send({ type: 'text', text });
    const out = JSON.stringify(a.transcript());
    a.stop();
    return out;
  };
  assert.equal(run(), run());
});
