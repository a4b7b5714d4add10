import { expect } from '@open-wc/testing';
import {
  checkField,
  findJsonError,
  parseJson,
  validatePack,
  type FieldDesc,
  type PackProblem,
} from '../src/packs/index.js';
import { AncreError } from '../src/errors.js';
import { validateService, type ServiceItem } from './fixtures/packs/service-item.js';

const KIND = 'ancre/services';

function goodPack(): Record<string, unknown> {
  return {
    kind: KIND,
    id: 'fr.test.services',
    version: '1.0.0',
    locale: 'fr',
    licence: 'Licence Ouverte 2.0',
    sources: [{ name: 'Test', url: 'https://example.org/', date: '2026-11-01' }],
    items: [
      { id: 'a', name: 'Mairie A', category: 'mairie', insee: '01053' },
      { id: 'b', name: 'CAF B', category: 'caf', insee: '2A004', hours: { mo: '08:30-12:00' }, note: { fr: 'Note', en: 'Note' } },
    ],
  };
}

const byPath = (problems: PackProblem[]) => Object.fromEntries(problems.map((p) => [p.path, p]));

describe('validatePack', () => {
  it('accepts a good pack, returns a copy and no problem', () => {
    const data = goodPack();
    const { pack, problems } = validatePack<ServiceItem>(data, { kind: KIND, validateItem: validateService });
    expect(problems).to.deep.equal([]);
    expect(pack?.items.map((i) => i.id)).to.deep.equal(['a', 'b']);
    expect(pack).to.deep.equal(data);
    expect(pack).not.to.equal(data);
    (data['items'] as { name: string }[])[0]!.name = 'changed later';
    expect(pack?.items[0]?.name).to.equal('Mairie A');
  });

  it('reports a missing licence with the path and a hint a content author understands (en and fr)', () => {
    const data = goodPack();
    delete data['licence'];
    const en = validatePack(data, { kind: KIND, locale: 'en', source: 'pack.json' });
    expect(en.pack).to.equal(undefined);
    expect(en.problems).to.have.length(1);
    expect(en.problems[0]).to.include({ code: 'pack/missing-field', path: '$', source: 'pack.json' });
    expect(en.problems[0]!.message).to.contain('"licence"');
    expect(en.problems[0]!.hint).to.equal('Add a "licence" field, for example "Licence Ouverte 2.0".');
    const fr = validatePack(data, { kind: KIND });
    expect(fr.problems[0]!.hint).to.equal('Ajoutez un champ "licence", par exemple "Licence Ouverte 2.0".');
  });

  it('reports every error of a pack with ten errors, each at its own JSON path', () => {
    const data = {
      kind: KIND,
      id: 'Bad Id', // 1 pattern
      version: '1.0', // 2 pattern
      locale: 'fr',
      licence: '', // 3 empty
      sources: [{ name: 'Test', url: 'ftp://example.org' }], // 4 url pattern
      items: [
        { id: 'a', name: 'A', category: 'mairie', insee: '1053' }, // 5 insee pattern
        { id: 'b', name: 'B', category: 'cafe', insee: '01053' }, // 6 enum
        { id: 'a', name: 'A2', category: 'caf', insee: '01053' }, // 7 duplicate id
        { id: 'c', category: 'caf', insee: '01053', seats: 2.5 }, // 8 missing name, 9 not integer
        { id: 'd', name: 'D', category: 'caf', insee: '01053', note: { fr: 42 } }, // 10 wrong type
      ],
    };
    const { pack, problems } = validatePack(data, { kind: KIND, validateItem: validateService, locale: 'en' });
    expect(pack).to.equal(undefined);
    expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'pack/pattern $.id',
      'pack/pattern $.version',
      'pack/too-short $.licence',
      'pack/pattern $.sources[0].url',
      'pack/pattern $.items[0].insee',
      'pack/enum $.items[1].category',
      'pack/duplicate-id $.items[2].id',
      'pack/missing-field $.items[3]',
      'pack/not-integer $.items[3].seats',
      'pack/wrong-type $.items[4].note.fr',
    ]);
    const at = byPath(problems);
    expect(at['$.items[1].category']!.hint).to.contain('Did you mean "caf"?');
    expect(at['$.items[2].id']!.message).to.contain('$.items[0]');
    expect(at['$.items[3]']!.message).to.contain('"name"');
    expect(at['$.items[4].note.fr']!.message).to.equal('This value must be a text in quotes, not a number.');
    expect(at['$.version']!.hint).to.equal('Write it like this example: "1.0.0".');
    for (const p of problems) expect(p.hint, p.code).to.be.a('string').and.not.equal('');
  });

  it('refuses a pack of another kind', () => {
    const data = { ...goodPack(), kind: 'ancre/tips' };
    const { pack, problems } = validatePack(data, { kind: KIND, locale: 'en' });
    expect(pack).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ code: 'pack/wrong-kind', path: '$.kind' });
    expect(problems[0]!.hint).to.contain('"kind": "ancre/services"');
  });

  it('warns about unknown fields with a "did you mean" and still returns the pack', () => {
    const data = goodPack();
    data['sourcse'] = [];
    (data['items'] as Record<string, unknown>[])[0]!['adress'] = '1 rue X';
    const { pack, problems } = validatePack(data, { kind: KIND, validateItem: validateService, locale: 'en' });
    expect(pack).not.to.equal(undefined);
    expect(problems.map((p) => [p.path, p.severity, p.hint])).to.deep.equal([
      ['$.sourcse', 'warning', 'Did you mean "sources"?'],
      ['$.items[0].adress', 'warning', 'Did you mean "address"?'],
    ]);
  });

  it('without a suggestion, lists the possible fields', () => {
    const data = { ...goodPack(), zzzzzz: 1 };
    const { problems } = validatePack(data, { kind: KIND });
    expect(problems[0]!.hint).to.contain('"kind"').and.contain('"items"');
  });

  it('reports forbidden keys anywhere and never pollutes Object.prototype', () => {
    const text =
      '{"kind":"ancre/services","id":"x","version":"1.0.0","locale":"fr","licence":"MIT","sources":[{"name":"n"}],' +
      '"__proto__":{"polluted":1},"items":[{"id":"a","constructor":{"prototype":{"polluted":2}},"name":"A","category":"caf","insee":"01053"}]}';
    const data = JSON.parse(text) as unknown;
    const { pack, problems } = validatePack(data, { kind: KIND, validateItem: validateService });
    expect(pack).to.equal(undefined);
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['pack/forbidden-key', '$.__proto__'],
      ['pack/forbidden-key', '$.items[0].constructor'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
  });

  it('reports a root that is not an object, and non-JSON values in inline objects', () => {
    expect(validatePack([], { kind: KIND }).problems[0]!.code).to.equal('pack/not-object-root');
    const cyclic = goodPack();
    (cyclic['items'] as unknown[]).push(cyclic);
    const fn = { ...goodPack(), version: () => '1.0.0' };
    expect(validatePack(cyclic, { kind: KIND }).problems.map((p) => [p.code, p.path])).to.deep.include(['pack/circular', '$.items[2]']);
    expect(validatePack(fn, { kind: KIND }).problems.map((p) => p.code)).to.include('pack/not-json');
  });

  it('accepts partial items with "$merge" only in a pack that extends another', () => {
    const data = { ...goodPack(), items: [{ id: 'a', $merge: true, phone: '04 74 00 00 00' }] };
    const without = validatePack(data, { kind: KIND, validateItem: validateService });
    expect(without.problems.map((p) => [p.code, p.path])).to.deep.equal([['pack/merge-without-base', '$.items[0].$merge']]);
    const withBase = validatePack({ ...data, extends: 'fr.national.services' }, { kind: KIND, validateItem: validateService });
    expect(withBase.problems).to.deep.equal([]);
  });

  it('calls the item validator with the path and never lets it throw', () => {
    const seen: string[] = [];
    const result = validatePack(goodPack(), {
      kind: KIND,
      validateItem: (_item, path) => {
        seen.push(path);
        if (path.endsWith('[1]')) throw new Error('boom');
        return [];
      },
    });
    expect(seen).to.deep.equal(['$.items[0]', '$.items[1]']);
    expect(result.problems.map((p) => [p.code, p.path])).to.deep.equal([['pack/validator', '$.items[1]']]);
  });
});

describe('checkField', () => {
  it('checks nested objects, records and arrays with min/max', () => {
    const desc = {
      type: 'object',
      fields: {
        tags: { type: 'array', of: { type: 'string', max: 3 }, min: 1, max: 2 },
        score: { type: 'number', min: 0, max: 10 },
        flags: { type: 'record', of: { type: 'boolean' } },
        deep: { type: 'object', optional: true, fields: { inner: { type: 'string', pattern: /^x/ } } },
      },
    } as const satisfies FieldDesc;
    const problems = checkField(desc, { tags: ['a', 'abcd', 'b'], score: 11, flags: { ok: true, no: 'yes' }, deep: { inner: 'y' } }, '$', {
      locale: 'en',
    });
    expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'pack/too-long $.tags',
      'pack/too-long $.tags[1]',
      'pack/too-large $.score',
      'pack/wrong-type $.flags.no',
      'pack/pattern $.deep.inner',
    ]);
    expect(checkField(desc, { tags: [], score: -1, flags: {} }).map((p) => p.code)).to.deep.equal(['pack/too-short', 'pack/too-small']);
  });

  it('quotes odd keys in paths and skips missing fields in partial mode', () => {
    const desc = { type: 'record', of: { type: 'number' } } as const satisfies FieldDesc;
    expect(checkField(desc, { 'a b': 'x' })[0]!.path).to.equal('$["a b"]');
    const obj = { type: 'object', fields: { a: { type: 'string' }, b: { type: 'string' } } } as const satisfies FieldDesc;
    expect(checkField(obj, { a: 'x' }, '$', { partial: true })).to.deep.equal([]);
    expect(checkField(obj, { a: 'x' }, '$')).to.have.length(1);
  });
});

describe('parseJson', () => {
  const reasonAt = (text: string) => {
    try {
      parseJson(text, { source: 'f.json', locale: 'en' });
    } catch (error) {
      expect(error).to.be.instanceOf(AncreError);
      return (error as AncreError).problems[0] as PackProblem;
    }
    throw new Error('expected a syntax error');
  };

  it('gives line and column of a trailing comma, with a plain hint', () => {
    const p = reasonAt('{\n  "a": 1,\n  "b": [1, 2,]\n}');
    expect(p).to.include({ code: 'pack/json', source: 'f.json', line: 3, column: 13 });
    expect(p.message).to.equal('Line 3, column 13: extra comma before the end of an object or list.');
    expect(p.hint).to.contain('Remove the last comma');
  });

  it('names the usual mistakes', () => {
    expect(reasonAt("{'a': 1}").message).to.contain('single quote');
    expect(reasonAt('{"a": 1\n "b": 2}')).to.include({ line: 2, column: 2 });
    expect(reasonAt('{"a": 1\n "b": 2}').message).to.contain('comma is missing');
    expect(reasonAt('{a: 1}').message).to.contain('field name without quotes');
    expect(reasonAt('{"a": 1} // c').message).to.contain('comment');
    expect(reasonAt('{"a": "x').message).to.contain('unfinished text');
    expect(reasonAt('{"a": 1').message).to.contain('ends too early');
    expect(reasonAt('').message).to.contain('empty');
    expect(reasonAt('{"a": 01}').message).to.contain('badly written number');
    expect(reasonAt('{"price": 12,5}')).to.include({ line: 1, column: 13 });
    expect(reasonAt('{"price": 12,5}').hint).to.contain('12.5, not 12,5');
    expect(reasonAt('{"a": 1,, "b": 2}').message).to.contain('extra comma');
  });

  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJson('\ufeff{"a":[1,2]}')).to.deep.equal({ a: [1, 2] });
    expect(findJsonError('{"a": [true, false, null, -1.5e3, "\\u00e9\\n"]}')).to.equal(undefined);
  });
});
