// Real phrasings typed at the welcome flow with the built-in tips pack: where do they lead?
import { expect } from '@open-wc/testing';
import { createAssistant, welcomeFlow, defaultTipsPack } from '../src/sdk.js';

const tipCategory = (id: string | undefined) => defaultTipsPack.items.find((t) => t.id === id)?.category;

describe('free text with the built-in tips', () => {
  const table: [string, string][] = [
    ['je veux economiser du chauffage', 'tip:housing'],
    ['Je veux économiser du chauffage', 'tip:housing'],
    ['velo', 'tip:transport'],
    ['VÉLO', 'tip:transport'],
    ['manger moins de viande', 'tip:food'],
    ['je mange trop de viande', 'tip:food'],
    ['isoler ma maison', 'tip:housing'],
    ['avion', 'tip:transport'],
    ['covoiturage', 'tip:transport'],
    ['mon téléphone', 'tip:digital'],
    ["acheter d'occasion", 'tip:consumption'],
    ['alimentation', 'tip:food'],
    ['aide', 'node:help'],
    ['aidez-moi', 'node:help'],
    ['recommencer', 'node:menu'],
    ['recomencer', 'node:menu'],
    ["j'ai une idée", 'node:idea'],
    ['je sais pas', 'fallback'],
    ['quelle heure est-il ?', 'fallback'],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" → ${expected}`, () => {
      const a = createAssistant({ flow: welcomeFlow, tips: defaultTipsPack });
      a.send({ type: 'choose', id: 'themes' }); // not at the start: "recommencer" must really restart
      a.send({ type: 'text', text });
      const last = a.transcript().at(-1)!;
      const s = a.getSnapshot();
      const got = last.kind === 'tip' ? `tip:${tipCategory(last.tipId)}` : last.kind === 'fallback' ? 'fallback' : `node:${s.node}`;
      expect(got).to.equal(expected);
      // Never a dead end: there is always something to press.
      expect(s.replies.length).to.be.greaterThan(0);
      a.stop();
    });
  }
});
