import { expect } from '@open-wc/testing';
import { validateServicePoint } from '../../src/model/validate.js';

const good = {
  id: 'anct-1',
  name: 'France services de Belley',
  kinds: ['france-services'],
  services: ['caf', 'impots'],
  address: { street: '12 rue de la République', postcode: '01300', commune: 'Belley', insee: '01034' },
  location: { lat: 45.75, lon: 5.68 },
  hours: 'Mo-Fr 09:00-12:00',
  source: { name: 'ANCT', licence: 'Licence Ouverte 2.0', date: '2022-05-05' },
};

describe('validateServicePoint', () => {
  it('accepts a well-formed point', async () => {
    expect(validateServicePoint(good, '$.items[0]')).to.deep.equal([]);
    const fixture = await (await fetch('/packages/service-finder/test/fixtures/services-fixture.json')).json();
    expect(fixture.kind).to.equal('ancre/services');
    expect(fixture.items).to.have.length(40);
    const problems = (fixture.items as unknown[]).flatMap((item, i) => validateServicePoint(item, `$.items[${i}]`));
    // Only warnings: the two real records with the typo "Fr 19:00-11:00" (shown raw, no claim).
    expect(problems.map((p) => p.code)).to.deep.equal(['services/hours-unparsed', 'services/hours-unparsed']);
    expect(problems.every((p) => (p as { severity?: string }).severity === 'warning')).to.equal(true);
  });
  it('reports every problem with a JSON path and a hint, in French by default', () => {
    const problems = validateServicePoint(
      { ...good, id: '', kinds: ['mairie', 'castle'], address: { street: 'x', postcode: '1300', commune: 'Belley' }, location: { lat: 145, lon: 5 }, website: 'ftp://x', source: { name: 'x', licence: 'y', date: '05/05/2022' } },
      '$.items[3]',
    );
    expect(problems.map((p) => p.path)).to.deep.equal([
      '$.items[3].id',
      '$.items[3].kinds[1]',
      '$.items[3].address.postcode',
      '$.items[3].location.lat',
      '$.items[3].website',
      '$.items[3].source.date',
    ]);
    expect(problems[1]!.hint).to.contain('france-services');
    expect(problems[3]!.message).to.contain('Latitude');
  });
  it('reports missing fields, in English when asked, and only present fields for a partial item', () => {
    const problems = validateServicePoint({ id: 'x' }, '$.items[0]', { locale: 'en' });
    expect(problems.map((p) => p.path)).to.deep.equal(['$.items[0].name', '$.items[0].kinds', '$.items[0].address', '$.items[0].location', '$.items[0].source']);
    expect(problems[0]!.message).to.equal('The field "name" is missing.');
    expect(validateServicePoint({ id: 'x', hours: 'Mo-Fr 10:00-12:00' }, '$.items[0]', { partial: true })).to.deep.equal([]);
  });
  it('warns about hours it cannot read, and checks itinerant stops and time zones', () => {
    const problems = validateServicePoint(
      { ...good, hours: 'sunrise-sunset', timeZone: 'Mars/Olympus', itinerant: { stops: [{ name: 'Place', address: { street: '', postcode: '01300', commune: 'Belley' }, location: { lat: 45.7, lon: 5.6 }, hours: 'Tu[1,3] 09:00-12:00' }, { name: 'Bad' }] } },
      '$',
    );
    expect(problems.map((p) => [p.code, p.path])).to.deep.equal([
      ['services/hours-unparsed', '$.hours'],
      ['services/bad-time-zone', '$.timeZone'],
      ['services/not-object', '$.itinerant.stops[1].address'],
      ['services/not-object', '$.itinerant.stops[1].location'],
    ]);
    expect(validateServicePoint('nope', '$.items[0]')[0]!.code).to.equal('services/not-object');
  });
});
