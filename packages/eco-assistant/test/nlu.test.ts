import { expect } from '@open-wc/testing';
import { matchText, tokens, stem, categoryCandidates, tipCandidates, type MatchCandidate } from '../src/sdk.js';
import { testTips } from './fixtures.js';

const intents: MatchCandidate[] = [
  { target: { kind: 'intent', id: 'restart' }, phrases: ['recommencer', 'nouvelle conversation'] },
  { target: { kind: 'intent', id: 'help' }, phrases: ['aide', 'aidez moi', 'comment ça marche'] },
  { target: { kind: 'intent', id: 'another' }, phrases: ['un autre geste'] },
  { target: { kind: 'intent', id: 'propose' }, phrases: ['proposer une idée', "j'ai une idée"] },
];
const replies: MatchCandidate[] = [
  { target: { kind: 'reply', id: 'apartment' }, phrases: ['un appartement', 'appart'] },
  { target: { kind: 'reply', id: 'house' }, phrases: ['une maison'] },
];
const all = [...replies, ...intents, ...tipCandidates(testTips, 'fr'), ...categoryCandidates('fr')];

describe('free text', () => {
  it('stems French plurals and verb endings', () => {
    expect(stem('velos')).to.equal(stem('velo'));
    expect(stem('chauffages')).to.equal(stem('chauffage'));
    expect(tokens('Je veux économiser du chauffage')).to.deep.equal([stem('economiser'), stem('chauffage')]);
  });

  const table: [string, string][] = [
    ['aide', 'intent:help'],
    ['AIDE !', 'intent:help'],
    ['aidez-moi svp', 'intent:help'],
    ['recommencer', 'intent:restart'],
    ['recomencer', 'intent:restart'],
    ['Nouvelle conversation', 'intent:restart'],
    ['un autre geste', 'intent:another'],
    ["J'ai une idée", 'intent:propose'],
    ['velo', 'tip:bike'],
    ['vélo', 'tip:bike'],
    ['des vélos', 'tip:bike'],
    ['je veux economiser du chauffage', 'tip:heating'],
    ['baisser le chauffage', 'tip:heating'],
    ['manger moins de viande', 'tip:meat'],
    ['prendre l’avion', 'tip:flight'],
    ['le train', 'tip:train'],
    ['mon téléphone', 'tip:phone'],
    ['un appartement', 'reply:apartment'],
    ['appart', 'reply:apartment'],
    ['UNE MAISON', 'reply:house'],
    ['alimentation', 'category:food'],
    ['numérique', 'category:digital'],
    ['ce que je mange', 'category:food'],
  ];
  for (const [sentence, expected] of table) {
    it(`"${sentence}" → ${expected}`, () => {
      const r = matchText(sentence, all, 'fr');
      const t = r?.target;
      const got = !t ? 'none' : t.kind === 'category' ? `category:${t.category}` : `${t.kind}:${t.id}`;
      expect(got).to.equal(expected);
    });
  }

  it('matches nothing for unrelated sentences (the engine then answers with a fallback)', () => {
    for (const s of ['blabla', 'quelle heure est-il', '?', '']) expect(matchText(s, all, 'fr'), s).to.equal(undefined);
  });

  it('uses the pack synonyms', () => {
    expect(matchText('biclou', all, 'fr')).to.equal(undefined);
    expect(matchText('biclou', all, 'fr', { vélo: ['biclou'] })?.target).to.deep.equal({ kind: 'tip', id: 'bike' });
  });

  it('works in English', () => {
    const en = [...tipCandidates(testTips, 'en'), ...categoryCandidates('en'), { target: { kind: 'intent', id: 'help' }, phrases: ['help'] } as MatchCandidate];
    expect(matchText('Help!', en, 'en')?.target).to.deep.equal({ kind: 'intent', id: 'help' });
    expect(matchText('turn the heating down', en, 'en')?.target).to.deep.equal({ kind: 'tip', id: 'heating' });
    expect(matchText('heating', en, 'en')?.target).to.deep.equal({ kind: 'category', category: 'housing' });
  });
});
