import { expect } from '@open-wc/testing';
import { validateFlow, assertFlow, welcomeFlow, contributionFlow, flowMessage, FLOW_PROBLEM_CODES, type FlowMessageKey, type FlowMessageParams } from '../src/sdk.js';
import { miniFlow, copy } from './fixtures.js';
import type { AncreProblem } from '@ancre/core';

type Mutable = Record<string, any>;
const broken = (mutate: (f: Mutable) => void): AncreProblem[] => {
  const f = copy(miniFlow) as unknown as Mutable;
  mutate(f);
  return validateFlow(f, 'mini.json');
};
const codes = (ps: AncreProblem[]) => ps.map((p) => p.code);
const node = (f: Mutable, id: string) => f.nodes.find((n: Mutable) => n.id === id);

describe('validateFlow', () => {
  it('accepts the test flow and the default flows', () => {
    expect(validateFlow(miniFlow)).to.deep.equal([]);
    expect(validateFlow(welcomeFlow)).to.deep.equal([]);
    expect(validateFlow(contributionFlow)).to.deep.equal([]);
  });

  it('rejects what is not a flow, or another format', () => {
    expect(codes(validateFlow(null))).to.deep.equal(['flow/invalid']);
    const ps = broken((f) => (f.format = 'ancre-flow/9'));
    expect(ps[0]).to.include({ code: 'flow/format', path: '$.format', source: 'mini.json' });
    expect(ps[0]!.hint).to.contain('ancre-flow/1');
  });

  it('reports an unknown node reference with its path and the closest id', () => {
    const ps = broken((f) => (node(f, 'hello').next = 'agee'));
    const p = ps.find((x) => x.code === 'flow/unknown-node')!;
    expect(p.path).to.equal('$.nodes[0].next');
    expect(p.hint).to.contain('"age"');
  });

  it('reports unknown references in options, branches, intents and start', () => {
    const ps = broken((f) => {
      node(f, 'pick').options[1].next = 'nowhere';
      node(f, 'check').else = 'nope';
      f.intents[1].next = 'helpp';
      f.start = 'helo';
    });
    const paths = ps.filter((p) => p.code === 'flow/unknown-node').map((p) => p.path);
    expect(paths).to.include.members(['$.nodes[6].options[1].next', '$.nodes[3].else', '$.intents[1].next', '$.start']);
  });

  it('reports unreachable nodes', () => {
    const ps = broken((f) => f.nodes.push({ id: 'orphan', type: 'end' }));
    const p = ps.find((x) => x.code === 'flow/unreachable')!;
    expect(p.message).to.contain('orphan');
    expect(p.path).to.equal(`$.nodes[${miniFlow.nodes.length}]`);
  });

  it('reports a loop of nodes that never wait for the person', () => {
    const ps = broken((f) => {
      node(f, 'young').next = 'check';
    });
    const p = ps.find((x) => x.code === 'flow/loop')!;
    expect(p, JSON.stringify(ps)).to.exist;
    expect(p.message).to.contain('check → young → check');
  });

  it('accepts a loop that goes through a node waiting for an answer', () => {
    // sum → tips (suggest, waits) → total → km → sum is a loop, but it waits at "tips".
    expect(codes(validateFlow(miniFlow))).to.not.include('flow/loop');
  });

  it('reports missing locale texts', () => {
    const ps = broken((f) => {
      delete node(f, 'hello').text.en;
      node(f, 'pick').options[0].label = { fr: 'Déplacements', en: '  ' };
      delete node(f, 'age').retry;
    });
    const paths = ps.filter((p) => p.code === 'flow/missing-text').map((p) => p.path);
    expect(paths).to.include.members(['$.nodes[0].text.en', '$.nodes[6].options[0].label.en', '$.nodes[1].retry']);
  });

  it('only asks for the declared locales', () => {
    const ps = broken((f) => {
      f.locales = ['fr'];
      delete node(f, 'hello').text.en;
    });
    expect(ps).to.deep.equal([]);
  });

  it('reports bad slot names and slots nobody writes', () => {
    const ps = broken((f) => {
      node(f, 'name').slot = 'First-Name';
      node(f, 'check').cases[0].when = { test: 'slots.agee', lt: 18 };
    });
    expect(ps.find((p) => p.code === 'flow/bad-slot')!.path).to.equal('$.nodes[2].slot');
    const unknown = ps.filter((p) => p.code === 'flow/unknown-slot');
    expect(unknown.map((p) => p.path)).to.include('$.nodes[3].cases[0].when.test');
    // {slots.name} in texts is now unknown too, since the ask node's slot is invalid.
    expect(unknown.map((p) => p.path)).to.include('$.nodes[4].text.fr');
  });

  it('reports duplicate ids (nodes, replies, intents)', () => {
    const ps = broken((f) => {
      f.nodes.push({ id: 'hello', type: 'end' });
      node(f, 'pick').options[1].id = 'transport';
      f.intents[1].id = 'restart';
    });
    const dup = ps.filter((p) => p.code === 'flow/duplicate-id').map((p) => p.path);
    expect(dup).to.include.members([`$.nodes[${miniFlow.nodes.length}].id`, '$.nodes[6].options[1].id', '$.intents[1].id']);
  });

  it('reports bad situation values, categories, node types, operations and patterns', () => {
    const ps = broken((f) => {
      node(f, 'pick').options[0].set.situation.car = 'rocket';
      node(f, 'tips').categories = ['cars'];
      node(f, 'km').op = 'sqrt';
      node(f, 'age').validate = { pattern: '([a-z' };
      f.nodes.push({ id: 'weird', type: 'dance' });
    });
    const c = codes(ps);
    expect(c).to.include.members(['flow/bad-situation', 'flow/bad-category', 'flow/bad-op', 'flow/bad-pattern', 'flow/bad-type']);
    for (const p of ps) expect(p.hint ?? p.message, p.code).to.be.a('string').and.not.empty;
  });

  it('assertFlow throws an AncreError carrying every problem, in French unless told otherwise', () => {
    const f = copy(miniFlow) as unknown as Mutable;
    f.start = 'x';
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { problems: AncreProblem[] }).problems;
      }
      return expect.fail('should throw');
    };
    const fr = thrown(() => assertFlow(f));
    expect(fr.length).to.be.greaterThan(0);
    expect(fr.find((p) => p.path === '$.start')!.message).to.equal('Le nœud "x" n’existe pas.');
    const en = thrown(() => assertFlow(f, { source: 'mini.json', locale: 'en' }));
    expect(en.find((p) => p.path === '$.start')).to.include({ message: 'No node has the id "x".', source: 'mini.json' });
    expect(thrown(() => assertFlow(f, 'old.json'))[0]!.source).to.equal('old.json');
    expect(assertFlow(miniFlow, { locale: 'en' })).to.equal(miniFlow);
  });
});

describe('validateFlow: French by default, English on request', () => {
  const unknownNext = () => {
    const f = copy(miniFlow) as unknown as Mutable;
    node(f, 'hello').next = 'agee';
    return f;
  };

  it('speaks French by default, with the source given alone or in the options', () => {
    for (const ps of [validateFlow(unknownNext()), validateFlow(unknownNext(), 'mini.json'), validateFlow(unknownNext(), { source: 'mini.json' })]) {
      expect(ps[0]).to.include({ code: 'flow/unknown-node', path: '$.nodes[0].next', message: 'Le nœud "agee" n’existe pas.', hint: 'Vouliez-vous dire "age" ?' });
    }
    expect(validateFlow(unknownNext(), 'mini.json')[0]!.source).to.equal('mini.json');
    expect(validateFlow(unknownNext(), { source: 'mini.json' })[0]!.source).to.equal('mini.json');
    expect(validateFlow(unknownNext())[0]).to.not.have.property('source');
  });

  it('speaks English with { locale: "en" }', () => {
    const [p] = validateFlow(unknownNext(), { locale: 'en', source: 'mini.json' });
    expect(p).to.deep.equal({ code: 'flow/unknown-node', path: '$.nodes[0].next', message: 'No node has the id "agee".', hint: 'Did you mean "age"?', source: 'mini.json' });
    // An explicit French locale is the default; an unknown one falls back to French.
    expect(validateFlow(unknownNext(), { locale: 'fr' })[0]!.message).to.equal('Le nœud "agee" n’existe pas.');
    expect(validateFlow(unknownNext(), { locale: 'de' as 'fr' })[0]!.message).to.equal('Le nœud "agee" n’existe pas.');
  });

  it('gives the same codes and paths in both languages, with different words', () => {
    const f = copy(miniFlow) as unknown as Mutable;
    f.format = 'ancre-flow/9';
    delete node(f, 'hello').text.en;
    node(f, 'name').slot = 'First-Name';
    node(f, 'km').op = 'sqrt';
    node(f, 'tips').categories = ['cars'];
    node(f, 'age').validate = { pattern: '([a-z' };
    node(f, 'pick').options[0].set.situation.car = 'rocket';
    f.nodes.push({ id: 'weird', type: 'dance' }, { id: 'orphan', type: 'end' });
    const fr = validateFlow(f);
    const en = validateFlow(f, { locale: 'en' });
    expect(fr.length).to.be.greaterThan(8);
    expect(fr.map((p) => `${p.code} ${p.path}`)).to.deep.equal(en.map((p) => `${p.code} ${p.path}`));
    fr.forEach((p, i) => {
      expect(p.message, p.code).to.not.equal(en[i]!.message);
      expect(p.hint, p.code).to.be.a('string').and.not.equal('');
      expect(en[i]!.hint, p.code).to.be.a('string').and.not.equal('');
      expect(englishIn(p.message), p.message).to.deep.equal([]);
      expect(englishIn(p.hint!), p.hint).to.deep.equal([]);
    });
  });

  // What each message key is called with, to cover every branch of both tables (the type makes the
  // list complete: a key added to the tables and not here fails the type-check).
  const samples: { [K in FlowMessageKey]: FlowMessageParams[K][] } = {
    'flow-not-object': [{ format: 'ancre-flow/1' }],
    'format-missing': [{ format: 'ancre-flow/1' }],
    'format-unknown': [{ value: '"ancre-flow/9"', format: 'ancre-flow/1' }],
    'flow-id': [{}],
    locales: [{}],
    'text-missing': [{ locales: ['fr'] }, { locales: ['fr', 'en'] }],
    'text-missing-locale': [{ locale: 'fr', locales: ['fr', 'en'] }, { locale: 'en', locales: ['fr', 'en'] }],
    'slot-name': [{ name: '"First-Name"' }, {}],
    'next-missing': [{}],
    'replies-missing': [{}],
    'reply-not-object': [{}],
    'reply-id': [{}],
    'reply-duplicate': [{ id: 'yes' }],
    keywords: [{}],
    'set-not-object': [{}],
    'set-slots': [{}],
    'slot-value': [{}],
    'set-situation': [{}],
    'situation-key': [{ key: 'cars', keys: ['car', 'diet'], suggestion: 'car' }, { key: 'x', keys: ['car', 'diet'] }],
    'situation-value': [{ key: 'car', value: '"bike"', allowed: ['"none"', '"petrol"'] }, { key: 'garden', value: '"false"', allowed: ['true', 'false'] }],
    'set-unknown-field': [{ field: 'slot' }],
    'condition-not-object': [{}],
    'condition-list': [{ key: 'all' }],
    'condition-test': [{}],
    'condition-comparison': [{}],
    'condition-number': [{ op: 'gte' }],
    'condition-in': [{}],
    'nodes-missing': [{}],
    'node-not-object': [{}],
    'node-id': [{}],
    'node-duplicate': [{ id: 'hello', first: '$.nodes[0]' }],
    'node-type': [{ value: '"speak"', types: ['say', 'ask'], suggestion: 'say' }, { value: '"dance"', types: ['say', 'ask'] }, { types: ['say', 'ask'] }],
    'validate-not-object': [{}],
    pattern: [{}],
    'number-shape': [{}],
    'min-max': [{}],
    'enum-empty': [{}],
    'cases-missing': [{}],
    'case-not-object': [{}],
    'categories-not-list': [{}],
    category: [{ value: '"transports"', categories: ['food', 'transport'], suggestion: 'transport' }, { value: '"cars"', categories: ['food', 'transport'] }],
    'choose-missing': [{}],
    'another-shape': [{}],
    op: [{ value: '"sum"', ops: ['sum-chosen', 'divide'] }, { value: '"divid"', ops: ['sum-chosen', 'divide'], suggestion: 'divide' }, { ops: ['sum-chosen', 'divide'] }],
    'from-missing': [{ op: 'divide' }],
    by: [{}],
    round: [{}],
    'cancel-shape': [{}],
    'unknown-node': [{ id: 'fim', suggestion: 'fin', known: ['fin'] }, { id: 'x', known: ['hello', 'bye'] }, { id: 'x', known: [] }],
    'start-missing': [{}],
    'intents-not-list': [{}],
    'intent-not-object': [{}],
    'intent-id': [{}],
    'intent-duplicate': [{ id: 'help' }],
    'intent-action': [{ value: '"jump"', actions: ['restart', 'goto'] }, { actions: ['restart', 'goto'] }],
    'intent-next': [{}],
    'intent-keywords': [{}],
    'freetext-not-object': [{}],
    'tipnode-not-string': [{}],
    'tipnode-not-suggest': [{ id: 'hello' }],
    'unknown-slot': [{ name: 'prenom', written: ['age', 'theme'] }, { name: 'prenom', written: [] }],
    'bad-reference': [{ ref: 'foo.bar' }],
    unreachable: [{ id: 'orphan' }],
    loop: [{ chain: ['check', 'young', 'check'] }],
  };

  it('every message has a French and an English message and hint, the French one with no English sentence', () => {
    const keys = Object.keys(samples) as FlowMessageKey[];
    expect(keys.length).to.be.greaterThan(60);
    let checked = 0;
    for (const key of keys) {
      for (const params of samples[key]) {
        const fr = flowMessage('fr', key, params as never);
        const en = flowMessage('en', key, params as never);
        for (const m of [fr, en]) {
          expect(m.message, key).to.be.a('string').and.match(/\S/);
          expect(m.hint, key).to.be.a('string').and.match(/\S/);
          expect(m.message.trim(), key).to.match(/[.?]$/);
        }
        expect(fr.message, key).to.not.equal(en.message);
        expect(englishIn(fr.message), `${key}: ${fr.message}`).to.deep.equal([]);
        expect(englishIn(fr.hint), `${key}: ${fr.hint}`).to.deep.equal([]);
        // French text uses the typographic apostrophe, like core's pack messages.
        expect(outsideQuotes(fr.message + ' ' + fr.hint), key).to.not.contain("'");
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(70);
  });

  it('every code the validator reports is in FLOW_PROBLEM_CODES (19 codes)', () => {
    expect(FLOW_PROBLEM_CODES).to.have.length(19);
    expect(new Set(FLOW_PROBLEM_CODES).size).to.equal(19);
  });
});

/** Text outside JSON-like quoted parts ("…"), where field names and values may be English. */
function outsideQuotes(text: string): string {
  return text.replace(/"[^"]*"/g, ' ');
}
/** English words found in a French sentence (a cheap heuristic): none expected. */
function englishIn(text: string): string[] {
  const words = [' the ', ' is not ', ' is ', ' must ', ' write ', ' use ', ' add ', ' missing ', ' unknown ', ' node ', ' did you '];
  const t = ` ${outsideQuotes(text).toLowerCase().replace(/[.,:;!?()]/g, ' ')} `;
  return words.filter((w) => t.includes(w));
}
