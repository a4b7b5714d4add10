// Flows written from the docs alone (docs/flows.md, docs/tips-pack.md, docs/eco-assistant.md), as a
// house or a territory would, then checked: they validate, compile and run as the docs say; broken
// copies give the documented codes with JSON paths; every code the validator can emit is documented.
import { expect, fixture, html, aTimeout, oneEvent } from '@open-wc/testing';
import { AncreError, type AncreProblem } from '@ancre/core';
import { createActor } from 'xstate';
import '../src/define.js';
import {
  checkAnswer,
  compileFlow,
  createAssistant,
  defaultTipsPack,
  isApplicable,
  nlu,
  validateFlow,
  FLOW_PROBLEM_CODES,
  type AncreEcoAssistant,
  type Assistant,
  type AssistantSnapshot,
  type Flow,
  type Tip,
} from '../src/index.js';

const tips = defaultTipsPack.items as readonly Tip[];
const texts = (a: Assistant) => a.transcript().map((m) => m.text);
const last = (a: Assistant) => a.transcript().at(-1)!;
const replyIds = (a: Assistant) => a.getSnapshot().replies.map((r) => r.id);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const codes = (flow: unknown) => validateFlow(flow).map((p) => `${p.code} ${p.path}`);

// (a) The smallest useful flow: hello → choices → end.
const flowA: Flow = {
  format: 'ancre-flow/1',
  id: 'hello-a',
  title: { fr: 'Bonjour' },
  locales: ['fr'],
  start: 'hello',
  fallback: { fr: 'Je n’ai pas compris.' },
  nodes: [
    { id: 'hello', type: 'say', text: { fr: 'Bonjour !' }, next: 'pick' },
    {
      id: 'pick',
      type: 'choices',
      text: { fr: 'Que voulez-vous faire ?' },
      options: [
        { id: 'hours', label: { fr: 'Les horaires' }, next: 'hours', keywords: { fr: ['ouverture', 'heures'] } },
        { id: 'bye', label: { fr: 'Rien, merci' }, next: 'bye' },
      ],
    },
    { id: 'hours', type: 'say', text: { fr: 'Ouvert du lundi au vendredi, de 9 h à 17 h.' }, next: 'bye' },
    { id: 'bye', type: 'end', text: { fr: 'Au revoir.' }, restartLabel: { fr: 'Recommencer' } },
  ],
};

// (b) Questions with checks, and a branch on the answers.
const flowB: Flow = {
  format: 'ancre-flow/1',
  id: 'ask-b',
  locales: ['fr'],
  start: 'cp',
  fallback: { fr: 'Je n’ai pas compris.' },
  intents: [{ id: 'help', action: 'goto', next: 'help', label: { fr: 'Aide' }, keywords: { fr: ['aide'] } }],
  nodes: [
    { id: 'cp', type: 'ask', slot: 'postcode', text: { fr: 'Votre code postal ?' }, validate: { pattern: '^\\d{5}$' }, retry: { fr: 'Cinq chiffres, par exemple 01000.' }, next: 'age' },
    {
      id: 'age',
      type: 'ask',
      slot: 'age',
      text: { fr: 'Votre âge ?' },
      validate: { number: { min: 1, max: 120, integer: true } },
      retry: { fr: 'Un âge entre 1 et 120.' },
      next: 'km',
      options: [{ id: 'skip', label: { fr: 'Je préfère ne pas le dire' }, next: 'km' }],
    },
    { id: 'km', type: 'ask', slot: 'km', text: { fr: 'Combien de kilomètres par jour ?' }, validate: { number: { min: 0, max: 500 } }, retry: { fr: 'Un nombre.' }, next: 'ok' },
    { id: 'ok', type: 'ask', slot: 'ok', text: { fr: 'D’accord ? Oui ou non.' }, validate: { enum: ['oui', 'non'] }, retry: { fr: 'Oui ou non.' }, next: 'name' },
    { id: 'name', type: 'ask', slot: 'name', text: { fr: 'Votre prénom ?' }, validate: { maxLength: 10 }, retry: { fr: 'Dix lettres au plus.' }, next: 'route' },
    {
      id: 'route',
      type: 'branch',
      cases: [
        { when: { not: { test: 'slots.age', exists: true } }, next: 'secret' },
        { when: { test: 'slots.age', lt: 18 }, next: 'young' },
        { when: { all: [{ test: 'slots.age', gte: 18 }, { test: 'slots.age', lte: 64 }] }, next: 'adult' },
        { when: { any: [{ test: 'slots.age', gt: 64 }, { test: 'slots.postcode', equals: '00000' }] }, next: 'senior' },
      ],
      else: 'bye',
    },
    { id: 'young', type: 'say', text: { fr: 'Moins de 18 ans, {slots.name}.' }, next: 'where' },
    { id: 'adult', type: 'say', text: { fr: 'Adulte, {slots.name}, {slots.km} km.' }, next: 'where' },
    { id: 'senior', type: 'say', text: { fr: 'Plus de 64 ans.' }, next: 'where' },
    { id: 'secret', type: 'say', text: { fr: 'Âge non dit.' }, next: 'where' },
    {
      id: 'where',
      type: 'branch',
      cases: [
        { when: { test: 'slots.postcode', in: ['01000', '01440'] }, next: 'bourg' },
        { when: { test: 'context.kiosk', equals: true }, next: 'kiosk' },
      ],
      else: 'bye',
    },
    { id: 'bourg', type: 'say', text: { fr: 'Vous habitez Bourg ({slots.postcode}).' }, next: 'bye' },
    { id: 'kiosk', type: 'say', text: { fr: 'Vous êtes à la borne.' }, next: 'bye' },
    { id: 'help', type: 'choices', text: { fr: 'Répondez à la question.' }, options: [{ id: 'back', label: { fr: 'Reprendre' }, next: 'cp' }] },
    { id: 'bye', type: 'end' },
  ],
};

// (c) Suggestions by theme that respect the situation, yearly total, summary with placeholders.
const flowC: Flow = {
  format: 'ancre-flow/1',
  id: 'gestes-c',
  locales: ['fr'],
  start: 'car',
  fallback: { fr: 'Je n’ai pas compris.' },
  nodes: [
    {
      id: 'car',
      type: 'choices',
      text: { fr: 'Avez-vous une voiture ?' },
      options: [
        { id: 'no', label: { fr: 'Non' }, next: 'theme', set: { situation: { car: 'none', housing: 'apartment', garden: false } } },
        { id: 'yes', label: { fr: 'Oui, diesel' }, next: 'theme', set: { situation: { car: 'diesel' } } },
      ],
    },
    {
      id: 'theme',
      type: 'choices',
      text: { fr: 'Quel thème ?' },
      options: [
        { id: 'transport', label: { fr: 'Transports' }, next: 'tips', set: { slots: { theme: 'transport' } } },
        { id: 'any', label: { fr: 'Peu importe' }, next: 'tips' },
      ],
    },
    {
      id: 'tips',
      type: 'suggest',
      categorySlot: 'theme',
      categories: ['transport', 'housing'],
      text: { fr: 'Un geste :' },
      choose: { label: { fr: 'Je le garde' }, next: 'more' },
      another: { label: { fr: 'Un autre' } },
      options: [{ id: 'stop', label: { fr: 'Arrêter' }, next: 'sum' }],
      none: 'sum',
    },
    {
      id: 'more',
      type: 'choices',
      text: { fr: 'Encore un ?' },
      options: [
        { id: 'again', label: { fr: 'Oui, encore' }, next: 'tips' },
        { id: 'enough', label: { fr: 'Non, ça suffit' }, next: 'sum' },
      ],
    },
    { id: 'sum', type: 'compute', slot: 'total', op: 'sum-chosen', next: 'count' },
    { id: 'count', type: 'compute', slot: 'n', op: 'count-chosen', next: 'shown' },
    { id: 'shown', type: 'compute', slot: 'seen', op: 'count-shown', next: 'tonnes' },
    { id: 'tonnes', type: 'compute', slot: 't', op: 'divide', from: 'slots.total', by: 1000, round: 1, next: 'km' },
    { id: 'km', type: 'compute', slot: 'km', op: 'multiply', from: 'total', by: 4.5, round: 0, next: 'summary' },
    {
      id: 'summary',
      type: 'say',
      text: { fr: 'À {context.territory}, voiture : {situation.car}. Vu {shown.count} ({slots.seen}), gardé {chosen.count} ({slots.n}) :\n\n{chosen.list}\n\nTotal : {total} kg ({slots.total} kg, {slots.t} t, {slots.km} km).' },
      next: 'bye',
    },
    { id: 'bye', type: 'end' },
  ],
};

// (d) Global intents, free text to tips and themes, synonyms, and gathering ideas.
const flowD: Flow = {
  format: 'ancre-flow/1',
  id: 'idees-d',
  locales: ['fr'],
  start: 'menu',
  fallback: { fr: 'Je n’ai pas compris.' },
  freeText: { tipNode: 'tips', categorySlot: 'theme' },
  synonyms: { fr: { vélo: ['biclou', 'bicyclette'] } },
  intents: [
    { id: 'restart', action: 'restart', label: { fr: 'Recommencer' }, keywords: { fr: ['recommencer'] } },
    { id: 'help', action: 'goto', next: 'help', label: { fr: 'Aide' }, keywords: { fr: ['aide', 'aidez-moi'] } },
    { id: 'another', action: 'goto', next: 'tips', label: { fr: 'Un autre geste' }, keywords: { fr: ['un autre geste'] } },
    { id: 'idea', action: 'goto', next: 'idea', label: { fr: 'Proposer une idée' }, keywords: { fr: ['proposer une idée'] }, offer: false },
  ],
  nodes: [
    {
      id: 'menu',
      type: 'choices',
      text: { fr: 'Bonjour. Un geste, ou une idée ?' },
      options: [
        { id: 'tip', label: { fr: 'Un geste' }, next: 'tips' },
        { id: 'idea', label: { fr: 'Une idée' }, next: 'idea' },
      ],
    },
    { id: 'tips', type: 'suggest', categorySlot: 'theme', choose: { label: { fr: 'Je choisis ce geste' }, next: 'menu' }, another: { label: { fr: 'Un autre' } }, none: 'empty' },
    { id: 'empty', type: 'say', text: { fr: 'Plus de geste à proposer.' }, next: 'menu' },
    {
      id: 'idea',
      type: 'collect',
      text: { fr: 'Écrivez votre idée.' },
      categoryText: { fr: 'Quel thème ?' },
      thanks: { fr: 'Merci pour votre idée.' },
      next: 'menu',
      cancel: { label: { fr: 'Laisser tomber' }, next: 'menu' },
    },
    { id: 'help', type: 'choices', text: { fr: 'Touchez un bouton ou écrivez « recommencer ».' }, options: [{ id: 'back', label: { fr: 'Retour' }, next: 'menu' }] },
  ],
};

// (e) French and English.
const flowE: Flow = {
  format: 'ancre-flow/1',
  id: 'bilingual-e',
  locales: ['fr', 'en'],
  start: 'hello',
  title: { fr: 'Bienvenue', en: 'Welcome' },
  fallback: { fr: 'Je n’ai pas compris.', en: 'I did not understand.' },
  intents: [{ id: 'help', action: 'goto', next: 'help', label: { fr: 'Aide', en: 'Help' }, keywords: { fr: ['aide'], en: ['help'] } }],
  nodes: [
    { id: 'hello', type: 'say', text: { fr: 'Bonjour **{context.town}** !', en: 'Hello **{context.town}**!' }, next: 'diet' },
    {
      id: 'diet',
      type: 'choices',
      text: { fr: 'Mangez-vous de la viande ?', en: 'Do you eat meat?' },
      options: [
        { id: 'daily', label: { fr: 'Tous les jours', en: 'Every day' }, next: 'food', set: { situation: { diet: 'meat-daily' } }, keywords: { fr: ['souvent'], en: ['often'] } },
        { id: 'veg', label: { fr: 'Jamais', en: 'Never' }, next: 'food', set: { situation: { diet: 'vegetarian' } } },
      ],
    },
    {
      id: 'food',
      type: 'suggest',
      categories: ['food'],
      text: { fr: 'Une idée :', en: 'An idea:' },
      choose: { label: { fr: 'Je le garde', en: 'I keep it' }, next: 'sum' },
      another: { label: { fr: 'Un autre', en: 'Another one' } },
      none: 'sum',
    },
    { id: 'sum', type: 'compute', slot: 'kg', op: 'sum-chosen', next: 'bye' },
    { id: 'help', type: 'choices', text: { fr: 'Touchez un bouton.', en: 'Tap a button.' }, options: [{ id: 'back', label: { fr: 'Retour', en: 'Back' }, next: 'diet' }] },
    { id: 'bye', type: 'end', text: { fr: '{slots.kg} kg par an. Merci !', en: '{slots.kg} kg a year. Thank you!' }, restartLabel: { fr: 'On recommence', en: 'Start over' } },
  ],
};

const FLOWS = { flowA, flowB, flowC, flowD, flowE };

describe('blind flows: written from the docs', () => {
  it('all validate with no problem and compile to a machine', () => {
    for (const [name, flow] of Object.entries(FLOWS)) {
      expect(validateFlow(flow, `${name}.json`), name).to.deep.equal([]);
      const machine = compileFlow(flow, { tips, nlu });
      const actor = createActor(machine, { input: { locale: 'fr', context: { kiosk: true, territory: 'Bourg', town: 'Bourg' } } });
      const messages: string[] = [];
      actor.on('message', (e) => messages.push(e.message.text));
      actor.start();
      expect(messages.length, name).to.be.greaterThan(0);
      expect(actor.getSnapshot().context.messages.map((m) => m.text), name).to.deep.equal(messages);
      actor.stop();
    }
  });

  it('they use every node type and every documented node field', () => {
    const fields = new Map<string, Set<string>>();
    for (const flow of Object.values(FLOWS)) {
      for (const n of flow.nodes) {
        const set = fields.get(n.type) ?? new Set<string>();
        Object.keys(n).forEach((k) => set.add(k));
        fields.set(n.type, set);
      }
    }
    const documented: Record<string, string[]> = {
      say: ['text', 'next'],
      choices: ['text', 'options'],
      ask: ['text', 'slot', 'validate', 'retry', 'next', 'options'],
      branch: ['cases', 'else'],
      suggest: ['text', 'categories', 'categorySlot', 'choose', 'another', 'options', 'none'],
      compute: ['slot', 'op', 'from', 'by', 'round', 'next'],
      collect: ['text', 'categoryText', 'thanks', 'next', 'cancel'],
      end: ['text', 'restartLabel'],
    };
    for (const [type, list] of Object.entries(documented)) {
      for (const f of list) expect(fields.get(type)?.has(f), `${type}.${f}`).to.equal(true);
    }
  });
});

describe('blind flows (a): hello → choices → end', () => {
  it('starts on its own and waits at the choices', () => {
    const a = createAssistant({ flow: flowA, tips: defaultTipsPack, locale: 'fr' });
    const s = a.getSnapshot();
    expect(texts(a)).to.deep.equal(['Bonjour !', 'Que voulez-vous faire ?']);
    expect(s.replies).to.deep.equal([
      { id: 'hours', label: 'Les horaires' },
      { id: 'bye', label: 'Rien, merci' },
    ]);
    expect(s.node).to.equal('pick');
    expect(s.expectsText).to.equal(false);
    expect(s.started).to.equal(false);
    expect(a.transcript().every((m) => m.role === 'assistant' && m.kind === 'text')).to.equal(true);
  });

  it('a quick reply, its label typed, a keyword with a small typo, all pick the reply', () => {
    for (const send of [{ type: 'choose', id: 'hours' }, { type: 'text', text: 'LES HORAIRES' }, { type: 'text', text: 'heure' }, { type: 'text', text: 'ouvertrue' }] as const) {
      const a = createAssistant({ flow: flowA, tips: defaultTipsPack });
      a.send(send);
      expect(texts(a).slice(-2), JSON.stringify(send)).to.deep.equal(['Ouvert du lundi au vendredi, de 9 h à 17 h.', 'Au revoir.']);
      expect(a.getSnapshot().started).to.equal(true);
    }
  });

  it('typing a label made only of small words (« Rien, merci ») picks it too', () => {
    for (const text of ['Rien, merci', 'rien merci']) {
      const a = createAssistant({ flow: flowA, tips: defaultTipsPack });
      a.send({ type: 'text', text });
      expect(last(a).text, text).to.equal('Au revoir.');
    }
  });

  it('the person’s words are an `answer`; a fallback offers the same replies again', () => {
    const a = createAssistant({ flow: flowA, tips: defaultTipsPack });
    a.send({ type: 'text', text: 'quelle est la météo' });
    const [person, fallback] = a.transcript().slice(-2);
    expect(person).to.include({ role: 'person', kind: 'answer', text: 'quelle est la météo' });
    expect(fallback).to.include({ role: 'assistant', kind: 'fallback', text: 'Je n’ai pas compris.' });
    expect(replyIds(a)).to.deep.equal(['hours', 'bye']);
  });

  it('the end offers its restartLabel as `__restart`, which starts over', () => {
    const a = createAssistant({ flow: flowA, tips: defaultTipsPack });
    a.send({ type: 'choose', id: 'bye' });
    expect(a.getSnapshot().replies).to.deep.equal([{ id: '__restart', label: 'Recommencer' }]);
    a.send({ type: 'choose', id: '__restart' });
    expect(texts(a)).to.deep.equal(['Bonjour !', 'Que voulez-vous faire ?']);
    // Without restartLabel, the documented « Nouvelle conversation ».
    const b = createAssistant({ flow: flowB, tips: defaultTipsPack });
    b.send({ type: 'intent', id: 'help' });
    expect(b.getSnapshot().node).to.equal('help');
    const c = createAssistant({ flow: flowC, tips: defaultTipsPack });
    c.send({ type: 'choose', id: 'no' });
    c.send({ type: 'choose', id: 'transport' });
    c.send({ type: 'choose', id: 'stop' });
    expect(c.getSnapshot().replies).to.deep.equal([{ id: '__restart', label: 'Nouvelle conversation' }]);
  });
});

describe('blind flows (b): ask with checks, branch', () => {
  const run = (answers: string[], context?: Record<string, string | number | boolean>) => {
    const a = createAssistant({ flow: flowB, tips: defaultTipsPack, ...(context ? { context } : {}) });
    for (const text of answers) a.send({ type: 'text', text });
    return a;
  };

  it('a pattern, a number range (« 3,5 » is 3.5), an enum, a maximum length; retry until it fits', () => {
    const a = run(['1234', '01000', '3,5', '130', '17', '3,5', 'peut-être', 'Oui', 'Jean-Baptiste-Marie', 'Léa']);
    const kinds = a.transcript().filter((m) => m.role === 'assistant').map((m) => `${m.kind}: ${m.text}`);
    expect(kinds).to.deep.equal([
      'text: Votre code postal ?',
      'retry: Cinq chiffres, par exemple 01000.',
      'text: Votre âge ?',
      'retry: Un âge entre 1 et 120.', // 3,5 is not an integer
      'retry: Un âge entre 1 et 120.', // 130 > max
      'text: Combien de kilomètres par jour ?',
      'text: D’accord ? Oui ou non.',
      'retry: Oui ou non.',
      'text: Votre prénom ?',
      'retry: Dix lettres au plus.',
      'text: Moins de 18 ans, Léa.',
      'text: Vous habitez Bourg (01000).',
    ]);
    expect(a.getSnapshot().slots).to.deep.equal({ postcode: '01000', age: 17, km: 3.5, ok: 'oui', name: 'Léa' });
    expect(a.getSnapshot().expectsText).to.equal(false);
  });

  it('an ask expects text, offers its options, and the branch follows gte/lte, gt, exists and context', () => {
    const a = createAssistant({ flow: flowB, tips: defaultTipsPack, context: { kiosk: true } });
    a.send({ type: 'text', text: '75000' });
    expect(a.getSnapshot().expectsText).to.equal(true);
    expect(replyIds(a)).to.deep.equal(['skip']);
    a.send({ type: 'choose', id: 'skip' });
    for (const t of ['12', 'non', 'Max']) a.send({ type: 'text', text: t });
    expect(texts(a).slice(-2)).to.deep.equal(['Âge non dit.', 'Vous êtes à la borne.']);
    expect(run(['75000', '40', '12', 'non', 'Max']).transcript().at(-1)!.text).to.equal('Adulte, Max, 12 km.');
    expect(run(['75000', '80', '12', 'non', 'Max']).transcript().at(-1)!.text).to.equal('Plus de 64 ans.');
  });

  it('an answer that fails the check but names one of the ask’s replies picks it; a number may carry its unit', () => {
    const a = run(['01000', 'je préfère ne pas le dire']);
    expect(a.getSnapshot().node).to.equal('km');
    expect(a.getSnapshot().slots).to.deep.equal({ postcode: '01000' });
    const v = { number: { min: 0, max: 5000 } };
    expect(checkAnswer('12 km', v, nlu.tokens)).to.equal(12);
    expect(checkAnswer('40 ans', v, nlu.tokens)).to.equal(40);
    expect(checkAnswer('1 850 kg', v, nlu.tokens)).to.equal(1850);
    expect(checkAnswer('3,5', v, nlu.tokens)).to.equal(3.5);
    expect(checkAnswer('3 ou 4', v, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer('12 ans et demi', v, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer('douze', v, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer('0x10', v, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer('1e3', v, nlu.tokens)).to.equal(undefined);
  });

  it('typing an intent’s exact word still works while asking', () => {
    const a = run(['aide']);
    expect(a.getSnapshot().node).to.equal('help');
    expect(last(a).text).to.equal('Répondez à la question.');
  });

  it('`enum` ignores accents and case; a sentence of small words does not match an entry of small words', () => {
    const v = { enum: ['oui', 'non', 'je ne sais pas'] };
    expect(checkAnswer('NON', v, nlu.tokens)).to.equal('non');
    expect(checkAnswer('Je ne sais pas', v, nlu.tokens)).to.equal('je ne sais pas');
    expect(checkAnswer('oui merci', v, nlu.tokens)).to.equal('oui');
    expect(checkAnswer('peut-être', v, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer('  ', undefined, nlu.tokens)).to.equal(undefined);
    expect(checkAnswer(' 01000 ', { pattern: '^\\d{5}$' }, nlu.tokens)).to.equal('01000');
  });

  it('what a person typed is escaped before it goes into the assistant’s markdown', () => {
    const a = run(['75000', '40', '12', 'non', '**Zoé**']);
    expect(last(a).text).to.equal('Adulte, \\*\\*Zoé\\*\\*, 12 km.');
  });
});

describe('blind flows (c): suggest, compute, summary', () => {
  it('shows transport tips that fit « no car », largest first, never twice, until none is left', () => {
    const a = createAssistant({ flow: flowC, tips: defaultTipsPack, context: { territory: 'Bourg' } });
    const shown: Tip[] = [];
    a.on('tip-shown', (e) => shown.push(e.tip));
    a.send({ type: 'choose', id: 'no' });
    a.send({ type: 'choose', id: 'transport' });
    expect(last(a).kind).to.equal('tip');
    expect(replyIds(a)).to.deep.equal(['__choose', '__another', 'stop']);
    // « … de vos traversées (environ 1 499 kg …). », never « traversées. (environ …). »
    expect(last(a).text).to.match(/\*\*Ce que cela évite\*\*\u00a0: [^\n]*[^.] \(environ [\d\u202f\u00a0]+ kg d’équivalent CO2 par an\)\.$/);
    for (let i = 0; i < 100 && a.getSnapshot().node === 'tips'; i++) a.send({ type: 'choose', id: '__another' });
    const situation = { car: 'none', housing: 'apartment', garden: false } as const;
    expect(a.getSnapshot().situation).to.deep.equal(situation);
    const expected = tips.filter((t) => t.category === 'transport' && isApplicable(t, situation));
    expect(shown.map((t) => t.id).sort()).to.deep.equal(expected.map((t) => t.id).sort());
    expect(new Set(shown.map((t) => t.id)).size).to.equal(shown.length);
    const kg = shown.map((t) => t.kgCo2ePerYear).filter((k): k is number => k !== null);
    expect(kg).to.deep.equal([...kg].sort((x, y) => y - x));
    expect(shown.some((t) => t.category !== 'transport')).to.equal(false);
    // none → the total of nothing.
    expect(a.getSnapshot().node).to.equal('bye');
  });

  it('without the theme slot it uses `categories`; « oui » and « un autre » work; the summary fills every placeholder', () => {
    const a = createAssistant({ flow: flowC, tips: defaultTipsPack, context: { territory: 'Bourg' } });
    const chosenEvents: { id: string; chosen: string[]; total: number }[] = [];
    a.on('gesture-chosen', (e) => chosenEvents.push({ id: e.tip.id, chosen: [...e.chosen], total: e.total }));
    a.send({ type: 'choose', id: 'yes' });
    a.send({ type: 'choose', id: 'any' });
    a.send({ type: 'text', text: 'un autre' });
    a.send({ type: 'text', text: 'oui' });
    a.send({ type: 'choose', id: 'again' });
    a.send({ type: 'choose', id: '__choose' });
    a.send({ type: 'choose', id: 'enough' });
    const s: AssistantSnapshot = a.getSnapshot();
    expect(s.chosen).to.have.length(2);
    expect(s.chosen.every((t) => t.category === 'transport' || t.category === 'housing')).to.equal(true);
    const total = s.chosen.reduce((sum, t) => sum + (t.kgCo2ePerYear ?? 0), 0);
    expect(s.total).to.equal(total);
    expect(chosenEvents.map((e) => e.chosen.length)).to.deep.equal([1, 2]);
    expect(chosenEvents.at(-1)!.total).to.equal(total);
    expect(s.slots).to.deep.include({ total, n: 2, seen: 3, t: Math.round(total / 100) / 10, km: Math.round(total * 4.5) });
    const fmt = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: Math.abs(n) < 10 ? 1 : 0 }).format(n);
    const list = s.chosen.map((t) => `- ${t.title.fr} (${fmt(t.kgCo2ePerYear!)} kg CO2e)`).join('\n');
    const summary = texts(a).find((t) => t.startsWith('À Bourg'))!;
    expect(summary).to.equal(
      `À Bourg, voiture : diesel. Vu 3 (3), gardé 2 (2) :\n\n${list}\n\nTotal : ${fmt(total)} kg (${fmt(total)} kg, ${fmt(Math.round(total / 100) / 10)} t, ${fmt(Math.round(total * 4.5))} km).`,
    );
  });
});

describe('blind flows (d): intents, free text, collect', () => {
  it('a tip named by a synonym, « un autre geste », a theme typed, a fallback with the offered intents', () => {
    const a = createAssistant({ flow: flowD, tips: defaultTipsPack });
    const shown: Tip[] = [];
    a.on('tip-shown', (e) => shown.push(e.tip));
    a.send({ type: 'text', text: 'je voudrais faire du biclou' });
    expect(a.getSnapshot().node).to.equal('tips');
    expect(shown[0]!.keywords?.fr?.some((k) => k.includes('vélo'))).to.equal(true);
    a.send({ type: 'text', text: 'un autre geste' });
    expect(shown).to.have.length(2);
    a.send({ type: 'text', text: 'alimentation' });
    expect(a.getSnapshot().slots.theme).to.equal('food');
    expect(shown.at(-1)!.category).to.equal('food');
    a.send({ type: 'text', text: 'blabla xyz' });
    expect(last(a).kind).to.equal('fallback');
    // The intents follow the replies, except the one with "offer": false.
    expect(replyIds(a)).to.deep.equal(['__choose', '__another', 'intent:restart', 'intent:help', 'intent:another']);
    a.send({ type: 'choose', id: 'intent:help' });
    expect(a.getSnapshot().node).to.equal('help');
  });

  it('collect: the idea, its theme, thanks, and a `contribution` event; `__cancel` gets out', () => {
    const a = createAssistant({ flow: flowD, tips: defaultTipsPack, locale: 'fr' });
    const got: unknown[] = [];
    a.on('contribution', (e) => got.push({ text: e.text, category: e.category, locale: e.locale }));
    a.send({ type: 'text', text: 'proposer une idée' });
    expect(a.getSnapshot()).to.include({ node: 'idea', expectsText: true });
    expect(replyIds(a)).to.deep.equal(['__cancel']);
    a.send({ type: 'text', text: 'Des *ateliers* de réparation' });
    expect(last(a).text).to.equal('Quel thème ?');
    expect(replyIds(a)).to.deep.equal(['category:food', 'category:housing', 'category:transport', 'category:consumption', 'category:digital', 'category:public-services', '__cancel']);
    a.send({ type: 'choose', id: 'category:consumption' });
    expect(got).to.deep.equal([{ text: 'Des *ateliers* de réparation', category: 'consumption', locale: 'fr' }]);
    expect(texts(a).slice(-2)).to.deep.equal(['Merci pour votre idée.', 'Bonjour. Un geste, ou une idée ?']);
    a.send({ type: 'intent', id: 'idea' });
    a.send({ type: 'choose', id: '__cancel' });
    expect(a.getSnapshot().node).to.equal('menu');
    expect(got).to.have.length(1);
  });

  it('« recommencer » wipes everything and emits `reset`', () => {
    const a = createAssistant({ flow: flowD, tips: defaultTipsPack });
    const resets: string[] = [];
    a.on('reset', (e) => resets.push(e.reason));
    a.send({ type: 'text', text: 'alimentation' });
    a.send({ type: 'choose', id: '__choose' });
    expect(a.getSnapshot().chosen).to.have.length(1);
    a.send({ type: 'text', text: 'recommencer' });
    expect(resets).to.deep.equal(['person']);
    expect(a.getSnapshot()).to.deep.include({ slots: {}, chosen: [], total: 0, node: 'menu', started: false });
    expect(texts(a)).to.deep.equal(['Bonjour. Un geste, ou une idée ?']);
  });
});

describe('blind flows (e): English and French; the SDK calls as documented', () => {
  it('runs in English, switches to French with the `locale` command', () => {
    const a = createAssistant({ flow: flowE, tips: defaultTipsPack, locale: 'en', context: { town: 'Bourg' } });
    expect(texts(a)).to.deep.equal(['Hello **Bourg**!', 'Do you eat meat?']);
    a.send({ type: 'text', text: 'often' });
    expect(a.getSnapshot().situation).to.deep.equal({ diet: 'meat-daily' });
    expect(replyIds(a)).to.deep.equal(['__choose', '__another']);
    expect(a.getSnapshot().replies[0]!.label).to.equal('I keep it');
    a.send({ type: 'locale', locale: 'fr' });
    expect(a.getSnapshot().replies[0]!.label).to.equal('Je le garde');
    a.send({ type: 'choose', id: '__choose' });
    const kg = a.getSnapshot().total;
    expect(last(a).text).to.equal(`${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(kg)} kg par an. Merci !`);
    expect(a.getSnapshot().replies).to.deep.equal([{ id: '__restart', label: 'On recommence' }]);
  });

  it('without `locale`, a flow with no French speaks its own language', () => {
    const en: Flow = { format: 'ancre-flow/1', id: 'en-only', locales: ['en'], start: 'bye', fallback: { en: 'Sorry?' }, nodes: [{ id: 'bye', type: 'end', text: { en: 'Bye.' } }] };
    const a = createAssistant({ flow: en, tips: defaultTipsPack });
    expect(a.getSnapshot().locale).to.equal('en');
    expect(a.getSnapshot().replies).to.deep.equal([{ id: '__restart', label: 'New conversation' }]);
    expect(createAssistant({ flow: flowE, tips: defaultTipsPack }).getSnapshot().locale).to.equal('fr');
  });

  it('subscribe, getSnapshot, transcript, persist → JSON → restore, stop', () => {
    const a = createAssistant({ flow: flowE, tips: defaultTipsPack, locale: 'fr', context: { town: 'Bourg' } });
    const seen: AssistantSnapshot[] = [];
    const unsubscribe = a.subscribe((s) => seen.push(s));
    a.send({ type: 'choose', id: 'veg' });
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.at(-1)).to.equal(a.getSnapshot());
    unsubscribe();
    const n = seen.length;
    a.send({ type: 'choose', id: '__another' });
    expect(seen.length).to.equal(n);
    const stored = JSON.stringify(a.persist());
    const b = createAssistant({ flow: flowE, tips: defaultTipsPack, locale: 'fr', context: { town: 'Bourg' } });
    b.restore(JSON.parse(stored));
    expect(b.transcript()).to.deep.equal(a.transcript());
    expect(b.getSnapshot().situation).to.deep.equal({ diet: 'vegetarian' });
    b.send({ type: 'choose', id: '__choose' });
    expect(b.getSnapshot().chosen).to.have.length(1);
    // Another flow's state is refused.
    const c = createAssistant({ flow: flowA, tips: defaultTipsPack });
    expect(() => c.restore(JSON.parse(stored))).to.throw(AncreError);
    a.stop();
    b.stop();
  });

  it('an invalid flow throws an AncreError listing every problem', () => {
    const bad = copy(flowE) as unknown as { nodes: { next?: string }[] };
    bad.nodes[0]!.next = 'dite';
    let error: unknown;
    try {
      createAssistant({ flow: bad, tips: defaultTipsPack });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(AncreError);
    const problems = (error as AncreError).problems;
    // Without `locale`, a French flow is reported in French.
    expect(problems.map((p) => `${p.code} ${p.path} ${p.hint}`)).to.include('flow/unknown-node $.nodes[0].next Vouliez-vous dire "diet" ?');
  });

  it('an invalid flow is reported in the assistant’s locale', () => {
    const bad = copy(flowE) as unknown as { nodes: { next?: string }[]; locales: string[] };
    bad.nodes[0]!.next = 'dite';
    const problemsOf = (options: { locale?: 'fr' | 'en' }, flow: unknown = bad) => {
      try {
        createAssistant({ flow, tips: defaultTipsPack, source: 'e.json', ...options });
      } catch (e) {
        return (e as AncreError).problems;
      }
      return expect.fail('should throw');
    };
    const en = problemsOf({ locale: 'en' }).find((p) => p.code === 'flow/unknown-node')!;
    expect(en).to.include({ path: '$.nodes[0].next', message: 'No node has the id "dite".', hint: 'Did you mean "diet"?', source: 'e.json' });
    const fr = problemsOf({ locale: 'fr' }).find((p) => p.code === 'flow/unknown-node')!;
    expect(fr).to.include({ path: '$.nodes[0].next', message: 'Le nœud "dite" n’existe pas.', hint: 'Vouliez-vous dire "diet" ?' });
    // An English-only flow without `locale` is reported in English, as the conversation would speak.
    const enOnly = { format: 'ancre-flow/1', id: 'en-only', locales: ['en'], start: 'byee', fallback: { en: 'Sorry?' }, nodes: [{ id: 'bye', type: 'end', text: { en: 'Bye.' } }] };
    expect(problemsOf({}, enOnly).find((p) => p.code === 'flow/unknown-node')!.message).to.equal('No node has the id "byee".');
    expect(problemsOf({ locale: 'fr' }, enOnly).find((p) => p.code === 'flow/unknown-node')!.message).to.equal('Le nœud "byee" n’existe pas.');
  });
});

describe('blind flows: broken copies give the documented codes and JSON paths', () => {
  type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const broken = (flow: Flow, change: (f: Mutable) => void) => {
    const f = copy(flow) as unknown as Mutable;
    change(f);
    return f;
  };
  const cases: [string, unknown, string][] = [
    ['not an object', 42, 'flow/invalid $'],
    ['wrong format', broken(flowA, (f) => (f.format = 'ancre-flow/2')), 'flow/format $.format'],
    ['no start', broken(flowA, (f) => delete f.start), 'flow/missing-field $.start'],
    ['a locale that does not exist', broken(flowA, (f) => (f.locales = ['de'])), 'flow/locales $.locales'],
    ['a next to nowhere', broken(flowA, (f) => (f.nodes[1].options[0].next = 'hour')), 'flow/unknown-node $.nodes[1].options[0].next'],
    ['a node nothing leads to', broken(flowA, (f) => f.nodes.push({ id: 'lost', type: 'say', text: { fr: 'x' }, next: 'bye' })), 'flow/unreachable $.nodes[4]'],
    ['a loop that never waits', broken(flowA, (f) => { f.nodes[2].next = 'hours2'; f.nodes.push({ id: 'hours2', type: 'say', text: { fr: 'x' }, next: 'hours' }); }), 'flow/loop $.nodes[4].next'],
    ['an English text missing', broken(flowE, (f) => delete f.nodes[1].options[1].label.en), 'flow/missing-text $.nodes[1].options[1].label.en'],
    ['a bad slot name', broken(flowB, (f) => (f.nodes[4].slot = 'First-name')), 'flow/bad-slot $.nodes[4].slot'],
    ['a slot read, never written', broken(flowB, (f) => (f.nodes[6].text.fr = 'Salut {slots.prenom}.')), 'flow/unknown-slot $.nodes[6].text.fr'],
    ['two replies with one id', broken(flowA, (f) => (f.nodes[1].options[1].id = 'hours')), 'flow/duplicate-id $.nodes[1].options[1].id'],
    ['two intents with one id', broken(flowD, (f) => (f.intents[1].id = 'restart')), 'flow/duplicate-id $.intents[1].id'],
    ['a situation value', broken(flowC, (f) => (f.nodes[0].options[0].set.situation.car = 'bike')), 'flow/bad-situation $.nodes[0].options[0].set.situation.car'],
    ['garden as a string', broken(flowC, (f) => (f.nodes[0].options[0].set.situation.garden = 'false')), 'flow/bad-situation $.nodes[0].options[0].set.situation.garden'],
    ['a situation key in a text', broken(flowC, (f) => (f.nodes[9].text.fr += ' {situation.bike}')), 'flow/bad-situation $.nodes[9].text.fr'],
    ['an unknown placeholder', broken(flowC, (f) => (f.nodes[9].text.fr += ' {foo.bar}')), 'flow/bad-reference $.nodes[9].text.fr'],
    ['an empty flow', broken(flowA, (f) => (f.nodes = [])), 'flow/missing-field $.nodes'],
    ['an else to nowhere', broken(flowB, (f) => (f.nodes[5].else = 'byee')), 'flow/unknown-node $.nodes[5].else'],
    ['a none to nowhere', broken(flowC, (f) => (f.nodes[2].none = 'summ')), 'flow/unknown-node $.nodes[2].none'],
    ['an ask without retry', broken(flowB, (f) => delete f.nodes[0].retry), 'flow/missing-text $.nodes[0].retry'],
    ['a categorySlot never written', broken(flowC, (f) => (f.nodes[2].categorySlot = 'topic')), 'flow/unknown-slot $.nodes[2].categorySlot'],
    ['a from that names nothing', broken(flowC, (f) => (f.nodes[7].from = 'age')), 'flow/bad-reference $.nodes[7].from'],
    ['min above max', broken(flowB, (f) => (f.nodes[1].validate.number = { min: 5, max: 1 })), 'flow/invalid $.nodes[1].validate.number'],
    ['a division by zero', broken(flowC, (f) => (f.nodes[7].by = 0)), 'flow/invalid $.nodes[7].by'],
    ['freeText.tipNode not a suggest node', broken(flowA, (f) => (f.freeText = { tipNode: 'hello' })), 'flow/invalid $.freeText.tipNode'],
    ['a category', broken(flowC, (f) => (f.nodes[2].categories = ['transports'])), 'flow/bad-category $.nodes[2].categories[0]'],
    ['an op', broken(flowC, (f) => (f.nodes[4].op = 'sum')), 'flow/bad-op $.nodes[4].op'],
    ['divide without from', broken(flowC, (f) => delete f.nodes[7].from), 'flow/missing-field $.nodes[7].from'],
    ['a pattern', broken(flowB, (f) => (f.nodes[0].validate.pattern = '^(\\d{5}$')), 'flow/bad-pattern $.nodes[0].validate.pattern'],
    ['a node type', broken(flowA, (f) => (f.nodes[2].type = 'speak')), 'flow/bad-type $.nodes[2].type'],
    ['a condition', broken(flowB, (f) => (f.nodes[5].cases[1].when = { test: 'slots.age', below: 18 })), 'flow/bad-condition $.nodes[5].cases[1].when'],
    ['a reference', broken(flowB, (f) => (f.nodes[5].cases[1].when.test = 'age')), 'flow/bad-reference $.nodes[5].cases[1].when.test'],
    ['a field of set', broken(flowC, (f) => (f.nodes[1].options[0].set.slot = { theme: 'food' })), 'flow/unknown-field $.nodes[1].options[0].set.slot'],
    ['an intent action', broken(flowD, (f) => (f.intents[0].action = 'jump')), 'flow/invalid $.intents[0].action'],
  ];
  for (const [what, flow, expected] of cases) {
    it(`${what} → ${expected}`, () => {
      const problems = validateFlow(flow, 'broken.json');
      const english = validateFlow(flow, { source: 'broken.json', locale: 'en' });
      expect(problems.map((p) => `${p.code} ${p.path}`)).to.include(expected);
      // Same codes and paths in English; only the words change.
      expect(english.map((p) => `${p.code} ${p.path}`)).to.deep.equal(problems.map((p) => `${p.code} ${p.path}`));
      problems.forEach((p, i) => {
        expect(p.source).to.equal('broken.json');
        expect(english[i]!.source).to.equal('broken.json');
        expect(p.hint, `${p.code} ${p.path}`).to.be.a('string').and.not.equal('');
        expect(english[i]!.hint, `${p.code} ${p.path}`).to.be.a('string').and.not.equal('');
        expect(p.message, `${p.code} ${p.path}`).to.not.equal(english[i]!.message);
        expect(p.path?.startsWith('$')).to.equal(true);
      });
    });
  }
  it('the element reports an invalid flow in its own language', async () => {
    const bad = broken(flowA, (f) => (f.nodes[1].options[0].next = 'hour'));
    const reported = async (lang: string | null) => {
      const el = document.createElement('ancre-eco-assistant') as AncreEcoAssistant;
      if (lang) el.setAttribute('lang', lang);
      el.flowData = bad as Flow;
      el.tipsData = tips;
      const event = oneEvent(el, 'ancre-error');
      document.body.append(el);
      const problems = (await event).detail.problems;
      el.remove();
      return problems.find((p: AncreProblem) => p.code === 'flow/unknown-node')!;
    };
    expect(await reported('en')).to.include({ path: '$.nodes[1].options[0].next', message: 'No node has the id "hour".', hint: 'Did you mean "hours"?' });
    expect(await reported('fr')).to.include({ message: 'Le nœud "hour" n’existe pas.', hint: 'Vouliez-vous dire "hours" ?' });
  });

  it('the broken copies above cover all 19 codes', () => {
    const seen = new Set(cases.flatMap(([, flow]) => validateFlow(flow).map((p) => p.code)));
    expect([...FLOW_PROBLEM_CODES].filter((c) => !seen.has(c))).to.deep.equal([]);
  });

  it('the hint of an unknown next names the closest id', () => {
    expect(validateFlow(broken(flowA, (f) => (f.nodes[1].options[0].next = 'hour'))).find((p) => p.code === 'flow/unknown-node')!.hint).to.contain('"hours"');
  });

  it('every code the validator can emit is explained in docs/flows.md', async () => {
    const source = await (await fetch('/packages/eco-assistant/src/flow/validate.ts')).text();
    const emitted = [...new Set([...source.matchAll(/["'`](flow\/[a-z-]+)["'`]/g)].map((m) => m[1]!))].sort();
    expect(emitted.length).to.be.greaterThan(15);
    const md = await (await fetch('/docs/flows.md')).text();
    const table = md.slice(md.indexOf('## What the validator checks'), md.indexOf('## A worked example'));
    for (const code of emitted) expect(table, code).to.contain(`\`${code}\``);
    expect(codes(42)).to.deep.equal(['flow/invalid $']);
    expect(emitted).to.deep.equal([...FLOW_PROBLEM_CODES].sort());
  });

  it('the French and English messages of the docs table are the validator’s, word for word', async () => {
    const md = await (await fetch('/docs/flows.md')).text();
    const table = md.slice(md.indexOf('## What the validator checks'), md.indexOf('## A worked example'));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(md.slice(md.indexOf('<!-- flow-example -->')))![1]!) as Flow;
    const n = (f: Mutable, id: string) => f.nodes.find((x: Mutable) => x.id === id);
    // The broken copies of the worked example the table quotes.
    const changes: Record<string, (f: Mutable) => void> = {
      'flow/invalid': (f) => (n(f, 'distance').validate.number = { min: 500, max: 0 }),
      'flow/format': (f) => (f.format = 'ancre-flow/2'),
      'flow/locales': (f) => (f.locales = ['fr', 'de']),
      'flow/missing-field': (f) => delete f.start,
      'flow/unknown-field': (f) => (n(f, 'car').options[0].set.slot = { theme: 'transport' }),
      'flow/unknown-node': (f) => (n(f, 'hello').next = 'distanse'),
      'flow/unreachable': (f) => f.nodes.push({ id: 'old', type: 'end' }),
      'flow/loop': (f) => (n(f, 'short').next = 'near'),
      'flow/missing-text': (f) => delete n(f, 'bye').text.en,
      'flow/bad-slot': (f) => (n(f, 'distance').slot = 'Km-travail'),
      'flow/unknown-slot': (f) => (n(f, 'short').text.fr = '{slots.kms} km : à vélo, c’est souvent plus rapide.'),
      'flow/bad-reference': (f) => (n(f, 'near').cases[0].when.test = 'km'),
      'flow/duplicate-id': (f) => (n(f, 'result').id = 'total'),
      'flow/bad-situation': (f) => (n(f, 'car').options[0].set.situation.car = 'essence'),
      'flow/bad-category': (f) => (n(f, 'tips').categories = ['transports']),
      'flow/bad-op': (f) => (n(f, 'total').op = 'sum'),
      'flow/bad-pattern': (f) => (n(f, 'distance').validate = { pattern: '^(\\d+$' }),
      'flow/bad-type': (f) => (n(f, 'hello').type = 'says'),
      'flow/bad-condition': (f) => (n(f, 'near').cases[0].when = { test: 'slots.km', below: 5 }),
    };
    expect(Object.keys(changes).sort()).to.deep.equal([...FLOW_PROBLEM_CODES].sort());
    // Markdown escapes a backslash with a backslash.
    const unescape = (cell: string) => cell.trim().replace(/\\(.)/g, '$1');
    for (const [code, change] of Object.entries(changes)) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).to.be.a('string');
      const [, , frCell, enCell] = row!.split(' | ');
      const f = broken(example, change);
      const fr = validateFlow(f).find((p) => p.code === code)!;
      const en = validateFlow(f, { locale: 'en' }).find((p) => p.code === code)!;
      expect(unescape(frCell!), code).to.equal(`${fr.message}<br>→ ${fr.hint}`);
      expect(unescape(enCell!.replace(/ \|$/, '')), code).to.equal(`${en.message}<br>→ ${en.hint}`);
    }
  });
});

describe('blind flows: in a page', () => {
  it('<ancre-eco-assistant> runs a flow given as flowData and fires the documented events', async () => {
    const el = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant lang="fr" .typingDelay=${0} .flowData=${flowD} .tipsData=${defaultTipsPack}></ancre-eco-assistant>`);
    for (let i = 0; i < 200 && !(el.engine && el.shadowRoot!.querySelector('.replies button')); i++) await aTimeout(10);
    await el.updateComplete;
    const messages: string[] = [];
    const contributions: unknown[] = [];
    el.addEventListener('ancre-message', (e) => messages.push(e.detail.message.text));
    el.addEventListener('ancre-contribution', (e) => contributions.push(e.detail));
    el.engine!.send({ type: 'text', text: 'proposer une idée' });
    el.engine!.send({ type: 'text', text: 'Un repair café' });
    el.engine!.send({ type: 'choose', id: 'category:consumption' });
    await el.updateComplete;
    expect(contributions).to.deep.equal([{ text: 'Un repair café', category: 'consumption', locale: 'fr' }]);
    expect(messages).to.include('Merci pour votre idée.');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.replies button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Un geste', 'Une idée']);
  });
});
