import { expect } from '@open-wc/testing';
import { isOpen, openingStatus, parseOpeningHours } from '../../src/model/opening-hours.js';
import { easterSunday, frenchPublicHolidays } from '../../src/model/holidays.js';
import { instantOf, wallParts, zoneOffsetMinutes } from '../../src/model/time-zone.js';
import type { KnownOpeningStatus } from '../../src/service-finder.types.js';

/** Local Paris wall time → instant (test helper independent from the code under test: explicit offsets). */
const paris = (isoLocal: string, offset: '+01:00' | '+02:00') => new Date(`${isoLocal}${offset}`);

function known(hours: string, at: Date, timeZone?: string): KnownOpeningStatus {
  const s = openingStatus(hours, at, timeZone ? { timeZone } : {});
  if (s.kind !== 'known') throw new Error(`expected known status for ${hours}: ${s.reason}`);
  return s;
}

describe('opening hours: every horaires string of the ANCT cartographie nationale file', () => {
  it('parses all 617 of them (or reports them as unparsed)', async () => {
    const res = await fetch('/node_modules/@gouvfr-anct/cartographie-nationale/assets/data/source.json');
    const records = (await res.json()) as { horaires?: string }[];
    const hours = records.map((r) => r.horaires).filter((h): h is string => !!h);
    expect(hours.length).to.equal(617);
    const unparsed = hours.filter((h) => parseOpeningHours(h).kind === 'unparsed');
    // The only ones: a mairie "open" Friday 19:00 to Saturday 11:00 (twice, a typo in the source).
    expect(unparsed).to.deep.equal(['Fr 19:00-11:00', 'Fr 19:00-11:00']);
    // Every parsed string gives a status with a next change (all real places open at least once a week).
    const at = paris('2026-12-02T10:30:00', '+01:00');
    for (const h of hours) {
      const s = openingStatus(h, at);
      if (s.kind === 'known') expect(s.changesAt, h).to.be.instanceOf(Date);
    }
  });
});

describe('opening hours: parser', () => {
  const parsed = [
    'Mo-Fr 08:30-12:00,13:30-17:00',
    'Mo,We,Fr 09:00-12:00',
    'Mo-Fr 09:00-12:00; We off',
    'Mo-Fr 09:00-12:00; PH off',
    '24/7',
    'Jan-Jun Mo-Fr 09:00-12:00',
    'Dec 24-26 off',
    'Tu[1,3] 09:00-12:00',
    'We[2] 14:00-16:00',
    'Fr[-1] 09:00-12:00',
    'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    'mo-fr 9:00-12:00',
    'Mo-Fr 9h-12h',
    'Mo - Fr 09:00 - 12:00 , 14:00 - 17:00',
    'Mo-Fr 09:00-12:00, Sa 10:00-12:00',
    'Mo-Fr: 09:00-12:00',
    'Sa-Mo 10:00-18:00',
    'Mo-Fr 09:00–12:00',
    'Mo-Fr closed',
  ];
  for (const raw of parsed) {
    it(`parses ${JSON.stringify(raw)}`, () => {
      const p = parseOpeningHours(raw);
      expect(p.kind, p.kind === 'unparsed' ? p.reason : '').to.equal('parsed');
    });
  }
  const unparsed = ['Fr 19:00-11:00', 'sunrise-sunset', 'Mo-Fr 09:00-12:00 || "sur rendez-vous"', 'SH off', 'Mo-Fr 10:00+', '"sur rendez-vous"', 'Lundi 9h-12h', '', 'Mo-Fr 25:00-26:00', 'week 01-10 Mo 09:00-12:00', 'Mo "appeler avant"'];
  for (const raw of unparsed) {
    it(`reports ${JSON.stringify(raw)} as unparsed, with no open/closed claim`, () => {
      const s = openingStatus(raw, new Date());
      expect(s.kind).to.equal('unparsed');
      expect(s).to.have.property('raw', raw);
      expect(isOpen(raw)).to.equal(undefined);
    });
  }
});

describe('opening hours: open now and next change (Europe/Paris)', () => {
  const weekday = 'Mo-Fr 08:30-12:00,13:30-17:00';
  it('is open mid-morning on a weekday and closes at noon', () => {
    const s = known(weekday, paris('2026-12-02T10:00:00', '+01:00')); // Wednesday
    expect(s.open).to.equal(true);
    expect(s.change).to.deep.equal({ date: '2026-12-02', day: 'We', time: '12:00' });
    expect(s.changesAt!.toISOString()).to.equal('2026-12-02T11:00:00.000Z');
    expect(s.nextOpen).to.equal(undefined);
  });
  it('is closed at lunch and reopens at 13:30', () => {
    const s = known(weekday, paris('2026-12-02T12:00:00', '+01:00'));
    expect(s.open).to.equal(false);
    expect(s.nextOpen).to.deep.equal({ date: '2026-12-02', day: 'We', time: '13:30' });
  });
  it('is closed on Friday evening and opens Monday 08:30', () => {
    const s = known(weekday, paris('2026-12-04T18:00:00', '+01:00'));
    expect(s.open).to.equal(false);
    expect(s.nextOpen).to.deep.equal({ date: '2026-12-07', day: 'Mo', time: '08:30' });
  });
  it('a later "off" rule overrides an earlier one', () => {
    const s = known('Mo-Fr 09:00-12:00; We off', paris('2026-12-02T10:00:00', '+01:00'));
    expect(s.open).to.equal(false);
    expect(s.nextOpen?.day).to.equal('Th');
  });
  it('a later ";" rule replaces the day, a "," rule adds to it', () => {
    expect(isOpen('Mo-Fr 09:00-17:00; We 09:00-12:00', paris('2026-12-02T15:00:00', '+01:00'))).to.equal(false);
    expect(isOpen('Mo-Fr 09:00-12:00, We 14:00-17:00', paris('2026-12-02T15:00:00', '+01:00'))).to.equal(true);
    expect(isOpen('Mo-Fr 09:00-12:00, We 14:00-17:00', paris('2026-12-02T11:00:00', '+01:00'))).to.equal(true);
  });
  it('spans past midnight belong to the day they start (up to 12 hours)', () => {
    expect(parseOpeningHours('Fr 20:00-08:00').kind).to.equal('parsed');
    const h = 'Fr 22:00-02:00';
    expect(isOpen(h, paris('2026-12-04T23:30:00', '+01:00'))).to.equal(true);
    expect(isOpen(h, paris('2026-12-05T01:30:00', '+01:00'))).to.equal(true);
    expect(isOpen(h, paris('2026-12-05T02:30:00', '+01:00'))).to.equal(false);
    expect(isOpen(h, paris('2026-12-04T01:30:00', '+01:00'))).to.equal(false);
    const s = known(h, paris('2026-12-04T23:30:00', '+01:00'));
    expect(s.change).to.deep.equal({ date: '2026-12-05', day: 'Sa', time: '02:00' });
  });
  it('Sunday openings', () => {
    expect(isOpen('Su 10:00-12:00', paris('2026-12-06T11:00:00', '+01:00'))).to.equal(true);
    expect(isOpen('Mo-Sa 10:00-12:00', paris('2026-12-06T11:00:00', '+01:00'))).to.equal(false);
    expect(known('Mo-Sa 10:00-12:00', paris('2026-12-06T11:00:00', '+01:00')).nextOpen?.day).to.equal('Mo');
  });
  it('PH off closes on 1 May and on Easter Monday, not the day after', () => {
    const h = 'Mo-Fr 09:00-17:00; PH off';
    expect(isOpen(h, paris('2026-05-01T10:00:00', '+02:00'))).to.equal(false); // Friday 1 May 2026
    expect(isOpen(h, paris('2026-04-06T10:00:00', '+02:00'))).to.equal(false); // lundi de Pâques 2026
    expect(isOpen(h, paris('2026-04-07T10:00:00', '+02:00'))).to.equal(true);
    expect(isOpen('Mo-Fr 09:00-17:00', paris('2026-05-01T10:00:00', '+02:00'))).to.equal(true);
    const s = known(h, paris('2026-04-03T18:00:00', '+02:00')); // Friday before Easter
    expect(s.nextOpen).to.deep.equal({ date: '2026-04-07', day: 'Tu', time: '09:00' });
  });
  it('PH with hours opens on holidays only', () => {
    expect(isOpen('PH 10:00-12:00', paris('2026-07-14T11:00:00', '+02:00'))).to.equal(true);
    expect(isOpen('PH 10:00-12:00', paris('2026-07-15T11:00:00', '+02:00'))).to.equal(false);
  });
  it('Alsace-Moselle holidays are an option', () => {
    const h = 'Mo-Fr 09:00-17:00; PH off';
    const goodFriday = paris('2026-04-03T10:00:00', '+02:00');
    expect(isOpen(h, goodFriday)).to.equal(true);
    expect(openingStatus(h, goodFriday, { alsaceMoselle: true })).to.include({ open: false });
    expect(openingStatus(h, goodFriday, { departement: '67' })).to.include({ open: false });
  });
  it('week of month for itinerant stops', () => {
    const h = 'Tu[1,3] 09:00-12:00; Th[-1] 14:00-16:00';
    expect(isOpen(h, paris('2026-12-01T10:00:00', '+01:00'))).to.equal(true); // 1st Tuesday
    expect(isOpen(h, paris('2026-12-08T10:00:00', '+01:00'))).to.equal(false); // 2nd
    expect(isOpen(h, paris('2026-12-15T10:00:00', '+01:00'))).to.equal(true); // 3rd
    expect(isOpen(h, paris('2026-12-31T15:00:00', '+01:00'))).to.equal(true); // last Thursday
    expect(isOpen(h, paris('2026-12-24T15:00:00', '+01:00'))).to.equal(false);
    expect(known(h, paris('2026-12-02T10:00:00', '+01:00')).nextOpen).to.deep.equal({ date: '2026-12-15', day: 'Tu', time: '09:00' });
  });
  it('month and date ranges', () => {
    expect(isOpen('Jul-Aug Mo-Fr 09:00-12:00', paris('2026-07-15T10:00:00', '+02:00'))).to.equal(true);
    expect(isOpen('Jul-Aug Mo-Fr 09:00-12:00', paris('2026-09-15T10:00:00', '+02:00'))).to.equal(false);
    expect(isOpen('Mo-Sa 09:00-18:00; Dec 24-26 off', paris('2026-12-24T10:00:00', '+01:00'))).to.equal(false);
    expect(isOpen('Mo-Sa 09:00-18:00; Dec 24-26 off', paris('2026-12-23T10:00:00', '+01:00'))).to.equal(true);
    expect(isOpen('Mo-Su 09:00-18:00; Dec 24-Jan 02 off', paris('2027-01-01T10:00:00', '+01:00'))).to.equal(false);
    const s = known('Jul-Aug Mo-Fr 09:00-12:00', paris('2026-12-02T10:00:00', '+01:00'));
    expect(s.nextOpen).to.deep.equal({ date: '2027-07-01', day: 'Th', time: '09:00' });
  });
  it('24/7 is open with no change', () => {
    const s = known('24/7', new Date('2026-12-02T10:00:00Z'));
    expect(s.open).to.equal(true);
    expect(s.changesAt).to.equal(undefined);
  });
  it('keeps the comment of the rule in force', () => {
    expect(known('Mo-Fr 09:00-12:00 "sur rendez-vous"', paris('2026-12-02T10:00:00', '+01:00')).comment).to.equal('sur rendez-vous');
  });
  it('spring DST night: an early opening on the change day is at the right instant', () => {
    // 29 March 2026: clocks go 02:00 → 03:00 in Paris.
    const s = known('Su 08:00-12:00', paris('2026-03-29T01:30:00', '+01:00'));
    expect(s.open).to.equal(false);
    expect(s.changesAt!.toISOString()).to.equal('2026-03-29T06:00:00.000Z'); // 08:00 CEST
    const overnight = known('Sa 22:00-04:00', paris('2026-03-28T23:00:00', '+01:00'));
    expect(overnight.open).to.equal(true);
    expect(overnight.changesAt!.toISOString()).to.equal('2026-03-29T02:00:00.000Z'); // 04:00 CEST
  });
  it('autumn DST night: closing after the change', () => {
    // 25 October 2026: clocks go 03:00 → 02:00.
    const s = known('Sa 22:00-04:00', paris('2026-10-24T23:00:00', '+02:00'));
    expect(s.changesAt!.toISOString()).to.equal('2026-10-25T03:00:00.000Z'); // 04:00 CET
    expect(isOpen('Su 09:00-12:00', paris('2026-10-25T09:30:00', '+01:00'))).to.equal(true);
    expect(isOpen('Su 09:00-12:00', new Date('2026-10-25T07:30:00Z'))).to.equal(false); // 08:30 CET
  });
});

describe('opening hours: overseas time zones', () => {
  it('Réunion (UTC+4): 10:00 local is 06:00 UTC', () => {
    const at = new Date('2026-12-02T06:30:00Z'); // 10:30 in Saint-Denis, 07:30 in Paris
    expect(isOpen('Mo-Fr 08:00-12:00', at, { timeZone: 'Indian/Reunion' })).to.equal(true);
    expect(isOpen('Mo-Fr 08:00-12:00', at)).to.equal(false);
    expect(known('Mo-Fr 08:00-12:00', at, 'Indian/Reunion').changesAt!.toISOString()).to.equal('2026-12-02T08:00:00.000Z');
  });
  it('Cayenne (UTC-3) and Nouméa (UTC+11)', () => {
    const at = new Date('2026-12-02T12:00:00Z'); // 09:00 Cayenne, 23:00 Nouméa
    expect(isOpen('Mo-Fr 08:00-12:00', at, { timeZone: 'America/Cayenne' })).to.equal(true);
    expect(isOpen('Mo-Fr 08:00-12:00', at, { timeZone: 'Pacific/Noumea' })).to.equal(false);
    expect(known('Mo-Fr 08:00-12:00', at, 'Pacific/Noumea').nextOpen).to.deep.equal({ date: '2026-12-03', day: 'Th', time: '08:00' });
  });
  it('overseas holidays: abolition day in Martinique', () => {
    expect(frenchPublicHolidays(2026, { departement: '972' }).has('2026-05-22')).to.equal(true);
    expect(frenchPublicHolidays(2026).has('2026-05-22')).to.equal(false);
  });
});

describe('holidays and time zones', () => {
  it('computes Easter', () => {
    expect(easterSunday(2024)).to.deep.equal([3, 31]);
    expect(easterSunday(2025)).to.deep.equal([4, 20]);
    expect(easterSunday(2026)).to.deep.equal([4, 5]);
    expect(easterSunday(2027)).to.deep.equal([3, 28]);
  });
  it('lists the 11 French public holidays with Ascension and Pentecost Monday', () => {
    const h = frenchPublicHolidays(2026);
    expect(h.size).to.equal(11);
    expect(h.get('2026-05-14')).to.equal('Ascension');
    expect(h.get('2026-05-25')).to.equal('Lundi de Pentecôte');
    expect(frenchPublicHolidays(2026, { alsaceMoselle: true }).size).to.equal(13);
  });
  it('wall time conversions across DST', () => {
    expect(zoneOffsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Paris')).to.equal(120);
    expect(zoneOffsetMinutes(new Date('2026-12-01T00:00:00Z'), 'Europe/Paris')).to.equal(60);
    expect(instantOf(2026, 3, 29, 150, 'Europe/Paris').toISOString()).to.equal('2026-03-29T01:00:00.000Z'); // 02:30 does not exist → 03:00
    expect(instantOf(2026, 10, 25, 150, 'Europe/Paris').toISOString()).to.equal('2026-10-25T00:30:00.000Z'); // first 02:30
    expect(wallParts(new Date('2026-12-06T23:30:00Z'), 'Europe/Paris')).to.deep.include({ day: 7, weekday: 0, hour: 0, minute: 30 });
  });
});
