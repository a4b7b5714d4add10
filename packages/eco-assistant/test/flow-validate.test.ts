import { expect } from '@open-wc/testing';
import { validateFlow, assertFlow, welcomeFlow, contributionFlow } from '../src/sdk.js';
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

  it('assertFlow throws an AncreError carrying every problem', () => {
    const f = copy(miniFlow) as unknown as Mutable;
    f.start = 'x';
    try {
      assertFlow(f);
      expect.fail('should throw');
    } catch (error) {
      expect((error as { problems: AncreProblem[] }).problems.length).to.be.greaterThan(0);
    }
  });
});
