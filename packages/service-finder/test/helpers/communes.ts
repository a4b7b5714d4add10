// A commune lookup over a few communes, for element tests: an INSEE code, a postcode (every commune
// sharing it) or the start of a name (accents and case aside: so a partial name is a close match,
// never an exact one).
import type { FinderCommuneLookup } from '../../src/index.js';

export interface TestCommune {
  code: string;
  name: string;
  postcodes: string[];
  departement: string;
  lat: number;
  lon: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function fakeCommuneIndex(communes: readonly TestCommune[]): FinderCommuneLookup {
  return {
    byCode: async (code) => communes.find((c) => c.code === code) as never,
    search: async (query) =>
      communes
        .filter((c) => (/^\d{5}$/.test(query) ? c.postcodes.includes(query) : fold(c.name).startsWith(fold(query))))
        .map((c) => ({ ...c, postcode: c.postcodes[0]! })) as never,
  };
}
