// The worked example of docs/flows.md validates, compiles and runs as the docs say.
import { expect } from '@open-wc/testing';
import { createAssistant, validateFlow } from '../src/sdk.js';
import { testTips } from './fixtures.js';

async function blocks(): Promise<string[]> {
  const md = await (await fetch('/docs/flows.md')).text();
  return [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('docs/flows.md', () => {
  it('the minimal flow validates', async () => {
    const minimal = (await blocks()).find((b) => b.includes('"id": "commute"') && b.includes('"locales": ["fr"]'))!;
    expect(validateFlow(JSON.parse(minimal))).to.deep.equal([]);
  });

  it('the worked example validates and runs as documented', async () => {
    const md = await (await fetch('/docs/flows.md')).text();
    const after = md.slice(md.indexOf('<!-- flow-example -->'));
    const json = /```json\n([\s\S]*?)```/.exec(after)![1]!;
    const flow = JSON.parse(json);
    expect(validateFlow(flow, 'flows.md')).to.deep.equal([]);
    const a = createAssistant({ flow, tips: testTips, locale: 'fr' });
    a.send({ type: 'text', text: 'douze' });
    expect(a.transcript().at(-1)!.kind).to.equal('retry');
    a.send({ type: 'text', text: '12' });
    expect(a.transcript().at(-1)!.text).to.equal('Vous y allez en voiture ?');
    a.send({ type: 'choose', id: 'yes' });
    expect(a.transcript().at(-1)!.kind).to.equal('tip');
    a.send({ type: 'choose', id: '__choose' });
    const texts = a.transcript().map((m) => m.text);
    expect(texts.some((t) => t.startsWith('Vos gestes'))).to.equal(true);
    expect(texts.at(-1)).to.equal('Merci et bonne route !');
    expect(a.getSnapshot().replies.map((r) => r.id)).to.deep.equal(['__restart']);
    // The short path: 3 km goes through the branch.
    const b = createAssistant({ flow, tips: testTips, locale: 'en' });
    b.send({ type: 'text', text: '3' });
    expect(b.transcript().some((m) => m.text === '3 km: by bike it is often quicker than you think.')).to.equal(true);
    b.send({ type: 'text', text: 'help' });
    expect(b.getSnapshot().node).to.equal('help');
  });
});
