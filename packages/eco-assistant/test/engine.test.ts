import { expect } from '@open-wc/testing';
import { SimulatedClock } from 'xstate';
import { createAssistant, selectTip, escapeMarkdown, welcomeFlow, contributionFlow, type Assistant, type AssistantEmitted } from '../src/sdk.js';
import { totalKg } from '../src/engine/model.js';
import { miniFlow, testTips, copy } from './fixtures.js';

const texts = (a: Assistant) => a.transcript().map((m) => `${m.role === 'person' ? '> ' : ''}${m.text}`);
const last = (a: Assistant) => a.transcript().at(-1)!;
const record = (a: Assistant) => {
  const events: AssistantEmitted[] = [];
  a.on('*', (e) => events.push(e as AssistantEmitted));
  return events;
};

describe('selectTip', () => {
  it('picks the largest saving that applies and was not shown, unknown figures last', () => {
    const situation = { car: 'petrol', flights: 'none' } as const;
    expect(selectTip(testTips, { categories: ['transport'], situation, shown: [] })!.id).to.equal('bike');
    expect(selectTip(testTips, { categories: ['transport'], situation, shown: ['bike'] })!.id).to.equal('train');
    expect(selectTip(testTips, { categories: ['transport'], situation, shown: ['bike', 'train'] })).to.equal(undefined);
    expect(selectTip(testTips, { situation: {}, shown: [] })!.id).to.equal('flight');
    const order: string[] = [];
    for (let t = selectTip(testTips, { situation: {}, shown: order }); t; t = selectTip(testTips, { situation: {}, shown: order })) order.push(t.id);
    expect(order.at(-1)).to.equal('unknown');
    expect(order).to.have.length(testTips.length);
  });
  it('shows a focused tip first, or its category when it does not apply', () => {
    expect(selectTip(testTips, { situation: {}, shown: [], focusTip: 'phone' })!.id).to.equal('phone');
    expect(selectTip(testTips, { situation: { housing: 'apartment' }, shown: [], focusTip: 'insulate' })!.id).to.equal('heating');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises what would turn typed text into markdown, and leaves plain words alone', () => {
    expect(escapeMarkdown('Saint-Étienne (42)')).to.equal('Saint-Étienne (42)');
    expect(escapeMarkdown('**gras** _it_ `code` [l](x) <b> # | ~ !')).to.equal('\\*\\*gras\\*\\* \\_it\\_ \\`code\\` \\[l\\](x) \\<b\\> \\# \\| \\~ \\!');
    expect(escapeMarkdown('- liste')).to.equal('\\- liste');
    expect(escapeMarkdown('12. titre')).to.equal('12\\. titre');
  });
});

describe('createAssistant (headless)', () => {
  it('runs the mini flow: ask with validation, branch, choices with situation, suggest, compute, interpolation', () => {
    const a = createAssistant({ flow: miniFlow, tips: testTips, now: () => 0 });
    const events = record(a);
    expect(a.getSnapshot().node).to.equal('age');
    expect(a.getSnapshot().expectsText).to.equal(true);
    a.send({ type: 'text', text: 'douze ans' });
    expect(last(a).kind).to.equal('retry');
    expect(a.getSnapshot().node).to.equal('age');
    a.send({ type: 'text', text: '150' });
    expect(last(a).kind).to.equal('retry');
    a.send({ type: 'text', text: '12' });
    expect(a.getSnapshot().slots.age).to.equal(12);
    a.send({ type: 'text', text: 'Zoé *gras* [lien](javascript:alert(1))' });
    expect(texts(a)).to.include('> Zoé *gras* [lien](javascript:alert(1))');
    const welcome = a.transcript().find((m) => m.text.startsWith('Bienvenue, jeune'))!;
    expect(welcome.text).to.equal('Bienvenue, jeune Zoé \\*gras\\* \\[lien\\](javascript:alert(1)) !');
    expect(a.getSnapshot().replies.map((r) => r.id)).to.deep.equal(['transport', 'idea']);
    a.send({ type: 'choose', id: 'transport' });
    expect(a.getSnapshot().situation).to.deep.equal({ car: 'petrol', flights: 'none' });
    // flights: none → the flight tip does not apply; the bike tip (300) comes first.
    expect(a.getSnapshot().node).to.equal('tips');
    expect(last(a)).to.include({ kind: 'tip', tipId: 'bike' });
    expect(a.getSnapshot().replies.map((r) => r.id)).to.deep.equal(['__choose', '__another']);
    a.send({ type: 'choose', id: '__choose' });
    expect(a.getSnapshot().total).to.equal(300);
    expect(a.getSnapshot().slots).to.include({ total: 300, km: 1500 });
    const sum = a.transcript().find((m) => m.text.startsWith('Total'))!;
    expect(sum.text).to.contain('Total 300 kg, 1\u202f500 km.');
    expect(sum.text).to.contain('- Aller au travail à vélo (300 kg CO2e)');
    // Back in "tips": never the same tip twice.
    expect(last(a)).to.include({ kind: 'tip', tipId: 'train' });
    a.send({ type: 'choose', id: '__another' });
    // Nothing left in transport for this person → the "none" node (an end, with a restart reply).
    expect(a.getSnapshot().node).to.equal('none');
    expect(a.getSnapshot().replies.map((r) => r.id)).to.deep.equal(['__restart']);
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'tip-shown')).to.have.length(2);
    expect(types.filter((t) => t === 'gesture-chosen')).to.have.length(1);
    // The first two messages were written before `record` subscribed.
    expect(events.filter((e) => e.type === 'message')).to.have.length(a.transcript().length - 2);
    a.stop();
  });

  it('gives the same transcript for the same flow and inputs', () => {
    const run = () => {
      let t = 1000;
      const a = createAssistant({ flow: welcomeFlow, tips: testTips, now: () => (t += 7) });
      for (const e of [
        { type: 'choose', id: 'quiz' },
        { type: 'text', text: 'une maison' },
        { type: 'choose', id: 'gas' },
        { type: 'choose', id: 'diesel' },
        { type: 'text', text: 'souvent' },
        { type: 'choose', id: 'meat-daily' },
        { type: 'choose', id: '__choose' },
        { type: 'text', text: 'blabla' },
        { type: 'text', text: 'vélo' },
        { type: 'choose', id: '__choose' },
        { type: 'choose', id: 'summary' },
      ] as const)
        a.send(e);
      const out = JSON.stringify(a.transcript());
      a.stop();
      return out;
    };
    const first = run();
    expect(first).to.equal(run());
    expect(first).to.contain('Mes gestes');
  });

  it('falls back with choices, never a dead end', () => {
    const a = createAssistant({ flow: welcomeFlow, tips: testTips });
    a.send({ type: 'text', text: 'xyzzy plugh' });
    expect(last(a).kind).to.equal('fallback');
    const ids = a.getSnapshot().replies.map((r) => r.id);
    expect(ids).to.include.members(['quiz', 'themes', 'intent:help', 'intent:restart']);
    a.send({ type: 'choose', id: 'intent:help' });
    expect(a.getSnapshot().node).to.equal('help');
  });

  it('reaches intents from any node by typing', () => {
    const a = createAssistant({ flow: welcomeFlow, tips: testTips });
    a.send({ type: 'choose', id: 'quiz' });
    a.send({ type: 'text', text: 'aide' });
    expect(a.getSnapshot().node).to.equal('help');
    a.send({ type: 'text', text: "j'ai une idée" });
    expect(a.getSnapshot().node).to.equal('idea');
    a.send({ type: 'text', text: 'un autre geste' });
    expect(a.getSnapshot().node).to.equal('explore');
    const events = record(a);
    a.send({ type: 'text', text: 'recommencer' });
    expect(events.some((e) => e.type === 'reset')).to.equal(true);
    expect(a.getSnapshot().node).to.equal('menu');
    expect(a.getSnapshot().chosen).to.have.length(0);
    expect(a.transcript()).to.have.length(2);
  });

  it('free text naming a tip or a theme leads to it', () => {
    const a = createAssistant({ flow: welcomeFlow, tips: testTips });
    a.send({ type: 'text', text: 'je veux économiser du chauffage' });
    expect(last(a)).to.include({ tipId: 'heating' });
    a.send({ type: 'text', text: 'oui' });
    expect(a.getSnapshot().chosen.map((t) => t.id)).to.deep.equal(['heating']);
    a.send({ type: 'text', text: 'alimentation' });
    expect(a.getSnapshot().slots.theme).to.equal('food');
    expect(last(a)).to.include({ tipId: 'meat' });
  });

  it('the welcome flow sums 3 gestures and compares them with km by car', () => {
    const a = createAssistant({ flow: welcomeFlow, tips: testTips });
    a.send({ type: 'choose', id: 'themes' });
    a.send({ type: 'choose', id: 'housing' });
    a.send({ type: 'choose', id: '__choose' }); // insulate 900
    a.send({ type: 'choose', id: 'more' });
    a.send({ type: 'choose', id: '__choose' }); // heating 500
    a.send({ type: 'choose', id: 'change' });
    a.send({ type: 'choose', id: 'food' });
    a.send({ type: 'choose', id: '__choose' }); // meat 450 → 3 gestures → summary
    const s = a.getSnapshot();
    expect(s.total).to.equal(1850);
    expect(s.slots.km).to.equal(Math.round(1850 / 0.22));
    expect(s.node).to.equal('bye');
    const summary = a.transcript().find((m) => m.text.startsWith('## Mes gestes'))!;
    expect(summary.text).to.contain('1\u202f850 kg');
    expect(summary.text).to.contain('8\u202f409 km');
    expect(summary.text).to.contain('Nos Gestes Climat');
  });

  it('collects a contribution (text + category) and emits it', () => {
    const a = createAssistant({ flow: contributionFlow, tips: testTips, locale: 'en' });
    const events = record(a);
    expect(a.getSnapshot().expectsText).to.equal(true);
    a.send({ type: 'text', text: 'A repair café every month' });
    expect(a.getSnapshot().replies.map((r) => r.id)).to.include('category:consumption');
    a.send({ type: 'text', text: 'shopping' });
    const c = events.find((e) => e.type === 'contribution');
    expect(c).to.deep.equal({ type: 'contribution', text: 'A repair café every month', category: 'consumption', locale: 'en' });
    expect(texts(a)).to.include('Thank you for your idea!');
  });

  it('a collect node can be left with its cancel reply, without typing', () => {
    const a = createAssistant({ flow: contributionFlow, tips: testTips });
    const events = record(a);
    expect(a.getSnapshot().replies.map((r) => r.id)).to.deep.equal(['__cancel']);
    a.send({ type: 'choose', id: '__cancel' });
    expect(a.getSnapshot().node).to.equal('done');
    expect(events.some((e) => e.type === 'contribution')).to.equal(false);
  });

  it('persists and restores a conversation', () => {
    const a = createAssistant({ flow: welcomeFlow, tips: testTips });
    a.send({ type: 'choose', id: 'quiz' });
    a.send({ type: 'choose', id: 'house' });
    const saved = JSON.parse(JSON.stringify(a.persist()));
    a.stop();
    const b = createAssistant({ flow: welcomeFlow, tips: testTips });
    b.restore(saved);
    expect(b.getSnapshot().node).to.equal('q-heating');
    expect(b.getSnapshot().situation).to.deep.equal({ housing: 'house' });
    expect(b.transcript().length).to.equal(6);
    b.send({ type: 'choose', id: 'wood' });
    expect(b.getSnapshot().node).to.equal('q-car');
    expect(() => b.restore({ ...saved, flowId: 'other' })).to.throw();
  });

  it('throws an AncreError for an invalid flow', () => {
    const f = copy(miniFlow) as unknown as Record<string, unknown>;
    f.start = 'nowhere';
    expect(() => createAssistant({ flow: f, tips: testTips })).to.throw(/nowhere/);
  });

  it('shows typing, then the messages, on the clock', () => {
    const clock = new SimulatedClock();
    const a = createAssistant({ flow: welcomeFlow, tips: testTips, clock, typingMs: 800 });
    expect(a.getSnapshot().typing).to.equal(true);
    expect(a.transcript()).to.have.length(0);
    expect(a.getSnapshot().replies).to.have.length(0);
    clock.increment(799);
    expect(a.getSnapshot().typing).to.equal(true);
    clock.increment(1);
    expect(a.getSnapshot().typing).to.equal(false);
    expect(a.transcript()).to.have.length(2);
    a.send({ type: 'choose', id: 'quiz' });
    expect(a.getSnapshot().typing).to.equal(true);
    expect(a.transcript()).to.have.length(3);
    clock.increment(800);
    expect(a.transcript()).to.have.length(4);
  });

  it('warns before an idle reset, lets the person extend, then resets and wipes', () => {
    const clock = new SimulatedClock();
    const a = createAssistant({ flow: welcomeFlow, tips: testTips, clock, idle: { timeoutMs: 120_000, warningMs: 30_000 } });
    const events = record(a);
    // Nothing is armed before the person starts.
    clock.increment(500_000);
    expect(events).to.have.length(0);
    a.send({ type: 'choose', id: 'quiz' });
    a.send({ type: 'choose', id: 'house' });
    clock.increment(89_999);
    expect(a.getSnapshot().idleWarning).to.equal(false);
    clock.increment(1);
    expect(a.getSnapshot().idleWarning).to.equal(true);
    expect(events.at(-1)).to.deep.equal({ type: 'idle-warning', resetInMs: 30_000 });
    a.send({ type: 'extend' });
    expect(a.getSnapshot().idleWarning).to.equal(false);
    clock.increment(89_999);
    expect(a.getSnapshot().node).to.equal('q-heating');
    clock.increment(1);
    expect(a.getSnapshot().idleWarning).to.equal(true);
    clock.increment(30_000);
    expect(events.filter((e) => e.type === 'reset')).to.deep.equal([{ type: 'reset', reason: 'idle' }]);
    const s = a.getSnapshot();
    expect(s.node).to.equal('menu');
    expect(s.started).to.equal(false);
    expect(s.situation).to.deep.equal({});
    expect(s.idleWarning).to.equal(false);
    expect(a.transcript()).to.have.length(2);
  });

  it('keeps the warning at least 20 s before the reset', () => {
    const clock = new SimulatedClock();
    const a = createAssistant({ flow: welcomeFlow, tips: testTips, clock, idle: { timeoutMs: 60_000, warningMs: 5_000 } });
    a.send({ type: 'choose', id: 'quiz' });
    clock.increment(40_000);
    expect(a.getSnapshot().idleWarning).to.equal(true);
  });
});

describe('overlapping gestures (supersedes)', () => {
  const base = { category: 'food' as const, title: { fr: 't', en: 't' }, advice: { fr: 'a', en: 'a' }, howToStart: { fr: 'h', en: 'h' }, saves: { fr: 's', en: 's' }, source: { name: 'x', licence: 'MIT' } };
  const vegetarian = { ...base, id: 'veg', kgCo2ePerYear: 500, supersedes: ['less-meat'] };
  const lessMeat = { ...base, id: 'less-meat', kgCo2ePerYear: 200 };
  const compost = { ...base, id: 'compost', kgCo2ePerYear: 30 };
  const byId = new Map([vegetarian, lessMeat, compost].map((t) => [t.id, t]));

  it('counts a gesture included in another chosen gesture once', () => {
    expect(totalKg(['veg', 'less-meat', 'compost'], byId)).to.equal(530);
    expect(totalKg(['less-meat', 'compost'], byId)).to.equal(230);
  });

  it('does not suggest a gesture already included in a chosen one', () => {
    const next = selectTip([vegetarian, lessMeat, compost], { situation: {}, shown: ['veg'], chosen: ['veg'] });
    expect(next?.id).to.equal('compost');
    const without = selectTip([vegetarian, lessMeat, compost], { situation: {}, shown: ['veg'] });
    expect(without?.id).to.equal('less-meat');
  });
});
