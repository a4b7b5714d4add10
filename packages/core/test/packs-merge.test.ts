import { expect } from '@open-wc/testing';
import { AncreError } from '../src/errors.js';
import { deepMerge, loadPack, mergePacks, type PackEnvelope } from '../src/packs/index.js';
import { validateService, type ServiceItem } from './fixtures/packs/service-item.js';

const KIND = 'ancre/services';
type Item = { id: string; name: string; hours?: Record<string, string>; tags?: string[] };

function pack(id: string, items: Item[], extra: Partial<PackEnvelope<Item>> = {}): PackEnvelope<Item> {
  return {
    kind: KIND,
    id,
    version: '1.0.0',
    locale: 'fr',
    licence: 'Licence Ouverte 2.0',
    sources: [{ name: `Source ${id}` }],
    items,
    ...extra,
  };
}

describe('mergePacks', () => {
  const base = pack('fr.base', [
    { id: 'a', name: 'A', hours: { mo: '09:00-12:00', tu: '09:00-12:00' }, tags: ['x', 'y'] },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ]);

  it('adds, replaces whole items, removes, and keeps provenance and the union of sources', () => {
    const local = pack('fr.local', [{ id: 'b', name: 'B corrigé' }, { id: 'd', name: 'D' }], {
      extends: 'fr.base',
      remove: ['c'],
      version: '0.1.0',
      sources: [{ name: 'Source fr.local' }, { name: 'Source fr.base' }],
    });
    const { pack: merged, problems } = mergePacks(base, local, { source: 'local.json', baseSource: 'base.json' });
    expect(problems).to.deep.equal([]);
    expect(merged.items).to.deep.equal([base.items[0], { id: 'b', name: 'B corrigé' }, { id: 'd', name: 'D' }]);
    expect(merged.id).to.equal('fr.local');
    expect(merged.version).to.equal('0.1.0');
    expect(merged.sources.map((s) => s.name)).to.deep.equal(['Source fr.base', 'Source fr.local']);
    expect(merged.origins['a']).to.deep.equal({ id: 'fr.base', version: '1.0.0', licence: 'Licence Ouverte 2.0', source: 'base.json' });
    expect(merged.origins['b']?.id).to.equal('fr.local');
    expect(merged.origins['d']?.id).to.equal('fr.local');
    expect(merged.origins['c']).to.equal(undefined);
    expect(merged.chain.map((o) => o.id)).to.deep.equal(['fr.base', 'fr.local']);
    expect(merged).not.to.have.property('remove');
    // Inputs untouched.
    expect(base.items).to.have.length(3);
  });

  it('merges a partial override with "$merge": objects field by field, lists replaced', () => {
    const local = pack('fr.local', [{ id: 'a', $merge: true, hours: { tu: '14:00-17:00' }, tags: ['z'] } as unknown as Item], {
      extends: 'fr.base',
    });
    const { pack: merged, problems } = mergePacks(base, local);
    expect(problems).to.deep.equal([]);
    expect(merged.items[0]).to.deep.equal({ id: 'a', name: 'A', hours: { mo: '09:00-12:00', tu: '14:00-17:00' }, tags: ['z'] });
    expect(base.items[0]!.hours).to.deep.equal({ mo: '09:00-12:00', tu: '09:00-12:00' });
  });

  it('reports removals that match nothing (warning) and merges without a target (error)', () => {
    const local = pack('fr.local', [{ id: 'zz', $merge: true, name: 'Z' } as unknown as Item], { extends: 'fr.base', remove: ['nope'] });
    const { problems } = mergePacks(base, local, { locale: 'en' });
    expect(problems.map((p) => [p.code, p.path, p.severity])).to.deep.equal([
      ['pack/remove-unknown', '$.remove[0]', 'warning'],
      ['pack/merge-target-missing', '$.items[0].$merge', undefined],
    ]);
  });

  it('deepMerge skips keys that could pollute prototypes', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "ok": 1}') as unknown;
    const out = deepMerge({ a: 1 }, patch) as Record<string, unknown>;
    expect(out).to.deep.equal({ a: 1, ok: 1 });
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});

describe('extends chains (through loadPack)', () => {
  const registryOf = (...packs: PackEnvelope<Item>[]) => Object.fromEntries(packs.map((p) => [p.id, p]));
  const valid = (id: string, items: ServiceItem[], extra: Partial<PackEnvelope<ServiceItem>> = {}): PackEnvelope<ServiceItem> => ({
    ...(pack(id, []) as unknown as PackEnvelope<ServiceItem>),
    items,
    ...extra,
  });
  const item = (id: string, name = id.toUpperCase()): ServiceItem => ({ id, name, category: 'mairie', insee: '01053' });

  it('resolves a chain of three packs, base first', async () => {
    const national = valid('fr.national', [item('a'), item('b')]);
    const region = valid('fr.region', [item('c')], { extends: 'fr.national', remove: ['b'] });
    const local = valid('fr.local', [item('a', 'A local')], { extends: 'fr.region@1' });
    const { pack: merged, warnings } = await loadPack<ServiceItem>({
      kind: KIND,
      validateItem: validateService,
      inline: local,
      registry: registryOf(national as never, region as never),
    });
    expect(warnings).to.deep.equal([]);
    expect(merged.items.map((i) => [i.id, i.name])).to.deep.equal([
      ['a', 'A local'],
      ['c', 'C'],
    ]);
    expect(merged.chain.map((o) => o.id)).to.deep.equal(['fr.national', 'fr.region', 'fr.local']);
    expect(merged.origins['c']?.id).to.equal('fr.region');
  });

  it('detects a cycle', async () => {
    const a = valid('fr.a', [item('x')], { extends: 'fr.b' });
    const b = valid('fr.b', [item('y')], { extends: 'fr.a' });
    const error = await loadPack({ kind: KIND, inline: a, registry: registryOf(a as never, b as never), locale: 'en' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AncreError);
    const p = (error as AncreError).problems[0]!;
    expect(p.code).to.equal('pack/extends-cycle');
    expect(p.message).to.contain('fr.a → fr.b → fr.a');
    expect(p.path).to.equal('$.extends');
  });

  it('stops at the depth limit', async () => {
    const packs = Array.from({ length: 8 }, (_, k) => valid(`fr.p${k}`, [item(`i${k}`)], k < 7 ? { extends: `fr.p${k + 1}` } : {}));
    const error = await loadPack({ kind: KIND, inline: packs[0], registry: registryOf(...(packs as never[])), maxDepth: 3 }).catch(
      (e: unknown) => e,
    );
    expect((error as AncreError).problems[0]!.code).to.equal('pack/extends-depth');
    const ok = await loadPack({ kind: KIND, inline: packs[4], registry: registryOf(...(packs as never[])), maxDepth: 3 });
    expect(ok.pack.chain.map((o) => o.id)).to.deep.equal(['fr.p7', 'fr.p6', 'fr.p5', 'fr.p4']);
  });

  it('reports a missing base and a version that does not match', async () => {
    const local = valid('fr.local', [item('a')], { extends: 'fr.nowhere' });
    const missing = await loadPack({ kind: KIND, inline: local, locale: 'en' }).catch((e: unknown) => e);
    expect((missing as AncreError).problems[0]).to.include({ code: 'pack/extends-not-found', path: '$.extends' });
    const national = valid('fr.national', [item('b')], { version: '2.1.0' });
    const wrong = await loadPack({
      kind: KIND,
      inline: { ...local, extends: 'fr.national@1.4' },
      registry: registryOf(national as never),
    }).catch((e: unknown) => e);
    expect((wrong as AncreError).problems[0]!.code).to.equal('pack/extends-version');
  });

  it('rejects a partial item that is wrong by itself, and re-checks the merged item', async () => {
    const national = valid('fr.national', [item('a')]);
    const local = valid('fr.local', [{ id: 'a', $merge: true, insee: '123' } as unknown as ServiceItem], { extends: 'fr.national' });
    const early = await loadPack({ kind: KIND, validateItem: validateService, inline: local, registry: registryOf(national as never), source: 'local.json' }).catch(
      (e: unknown) => e,
    );
    expect((early as AncreError).problems.map((p) => [p.code, p.path, p.source])).to.deep.equal([['pack/pattern', '$.items[0].insee', 'local.json']]);

    // A rule across fields can only be checked once the item is whole.
    const calls: boolean[] = [];
    const crossField = (value: unknown, path: string, context?: { partial: boolean }) => {
      calls.push(context?.partial ?? false);
      const v = value as { name?: string; phone?: string };
      return !context?.partial && v.name === 'A' && v.phone ? [{ code: 'test/cross', message: 'A has no phone', path }] : [];
    };
    const patch = valid('fr.local', [{ id: 'a', $merge: true, phone: '04 74 00 00 00' } as unknown as ServiceItem], { extends: 'fr.national' });
    const late = await loadPack({ kind: KIND, validateItem: crossField, inline: patch, registry: registryOf(national as never), source: 'local.json' }).catch(
      (e: unknown) => e,
    );
    expect(calls).to.deep.equal([true, false, false]);
    expect((late as AncreError).problems).to.deep.equal([{ code: 'test/cross', message: 'A has no phone', path: '$.items[0]', source: 'local.json' }]);
  });

  it('does not let a base pack with "__proto__" pollute anything', async () => {
    const base = JSON.parse(
      JSON.stringify(valid('fr.national', [item('a')])).replace('"items":', '"__proto__":{"polluted":1},"items":'),
    ) as unknown;
    const local = valid('fr.local', [item('b')], { extends: 'fr.national' });
    const error = await loadPack({ kind: KIND, inline: local, registry: { 'fr.national': base } }).catch((e: unknown) => e);
    expect((error as AncreError).problems.map((p) => [p.code, p.path])).to.deep.equal([['pack/forbidden-key', '$.__proto__']]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
