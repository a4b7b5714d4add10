import { expect } from '@open-wc/testing';
import { formatDistance, formatNumber, formatTimeOfDay, formatList, formatDate } from '../src/i18n/format.js';
import { normalizeLocale } from '../src/i18n/locale.js';
import { translate } from '../src/i18n/strings.js';

const nbsp = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(nbsp, ' ');

describe('i18n format helpers', () => {
  it('formats distances for people', () => {
    expect(plain(formatDistance(0, 'fr'))).to.equal('10 m');
    expect(plain(formatDistance(347, 'fr'))).to.equal('350 m');
    expect(plain(formatDistance(996, 'fr'))).to.equal('1 km');
    expect(plain(formatDistance(1234, 'fr'))).to.equal('1,2 km');
    expect(plain(formatDistance(1234, 'en'))).to.equal('1.2 km');
    expect(plain(formatDistance(15678, 'fr'))).to.equal('16 km');
    expect(formatDistance(Number.NaN, 'fr')).to.equal('');
  });
  it('formats numbers, lists, dates and times', () => {
    expect(plain(formatNumber(12300, 'fr'))).to.equal('12 300');
    expect(formatNumber(12300, 'en')).to.equal('12,300');
    expect(formatList(['CAF', 'CPAM', 'impôts'], 'fr')).to.equal('CAF, CPAM et impôts');
    expect(formatList(['CAF', 'CPAM', 'tax'], 'en')).to.equal('CAF, CPAM and tax');
    expect(formatTimeOfDay(9 * 60, 'fr')).to.equal('9 h');
    expect(formatTimeOfDay(12 * 60 + 30, 'fr')).to.equal('12 h 30');
    expect(formatTimeOfDay(12 * 60 + 5, 'en')).to.equal('12:05');
    expect(formatDate(new Date(Date.UTC(2025, 2, 3, 12)), 'fr', { dateStyle: 'long', timeZone: 'Europe/Paris' })).to.equal('3 mars 2025');
  });
  it('normalises language tags', () => {
    expect(normalizeLocale('fr-FR')).to.equal('fr');
    expect(normalizeLocale('EN_gb')).to.equal('en');
    expect(normalizeLocale('de')).to.equal(undefined);
    expect(normalizeLocale('')).to.equal(undefined);
  });
  it('translates with overrides, placeholders and plurals, and shows a missing key', () => {
    const table = { a: 'A {x}', n: { one: '{count} point', other: '{count} points', zero: 'aucun point' } };
    expect(translate(table, {}, 'a', 'fr', { x: 1 })).to.equal('A 1');
    expect(translate(table, { a: 'B' }, 'a', 'fr')).to.equal('B');
    expect(translate(table, {}, 'n', 'fr', { count: 0 })).to.equal('aucun point');
    expect(translate(table, {}, 'n', 'fr', { count: 1 })).to.equal('1 point');
    expect(translate(table, {}, 'n', 'fr', { count: 3 })).to.equal('3 points');
    expect(translate(table as unknown as Record<string, string>, {}, 'missing', 'fr')).to.equal('missing');
  });
});
