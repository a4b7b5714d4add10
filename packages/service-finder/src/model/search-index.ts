/**
 * Accent-insensitive text index over service points (names, communes, postcodes, kinds): whole words,
 * prefixes (of the last word typed) and one typo (words of 4 letters or more), with core's
 * `foldText`/`foldPlaceName`. Built incrementally (`SearchIndexBuilder.add` in chunks, yielding to the
 * page between them, or in a worker) and frozen into a compact serialisable form (`SerializedSearchIndex`:
 * one string and typed arrays) that can be shipped prebuilt or transferred from a worker.
 */
import { editDistance, foldPlaceName } from '@ancre/core/text.js';

/** The searchable text of one document. */
export interface SearchDocument {
  name: string;
  commune?: string;
  postcode?: string;
  /** Words for kinds and services ("France services", "CAF", "mairie"). */
  keywords?: string;
}

/** Field numbers in postings (2 bits). */
const FIELD_NAME = 0;
const FIELD_COMMUNE = 1;
const FIELD_KEYWORD = 2;
const FIELD_POSTCODE = 3;
const FIELD_WEIGHT = [1, 0.8, 0.5, 1];

/** Words too common to carry meaning in a query. */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'un', 'une']);

export interface SerializedSearchIndex {
  version: 1;
  /** Number of documents. */
  size: number;
  /** Sorted distinct terms joined by "\n". */
  terms: string;
  /** Start of each term's postings in `postings` (length terms + 1). */
  offsets: Uint32Array;
  /** doc << 2 | field, grouped by term. */
  postings: Uint32Array;
  /** Number of words in each document's name (shorter names rank first on ties). */
  nameLengths: Uint8Array;
}

export interface TextHit {
  /** Document number (the index of the point in the array given to the builder). */
  doc: number;
  score: number;
}

export interface TextSearchOptions {
  /** Maximum hits returned. Default 20. */
  limit?: number;
  /** Keep only documents for which this returns true. */
  filter?: (doc: number) => boolean;
  /** Allow one typo in words of 4 letters or more. Default true. */
  typos?: boolean;
  /** Only documents matching every word (no fallback to those matching the most). Default false. */
  allWords?: boolean;
}

/** The words of a query the index looks for: folded, stop words out (as `search` splits it). */
export function queryWords(query: string): string[] {
  return foldPlaceName(query)
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w));
}

/** Tokens of a text for indexing: folded words, stop words out, duplicates out. */
function tokens(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(foldPlaceName(text).split(' '))].filter((w) => w && !STOP_WORDS.has(w));
}

/** Communes and kind keywords repeat across points: fold each distinct text once. */
function cachedTokens(cache: Map<string, string[]>, text: string | undefined): string[] {
  if (!text) return [];
  let t = cache.get(text);
  if (!t) {
    if (cache.size > 50_000) cache.clear();
    cache.set(text, (t = tokens(text)));
  }
  return t;
}

export class SearchIndexBuilder {
  private readonly map = new Map<string, number[]>();
  private readonly nameLengths: number[] = [];
  private readonly cache = new Map<string, string[]>();
  private count = 0;

  /** Adds documents in order (their numbers continue from the previous call). */
  add(docs: readonly SearchDocument[]): void {
    for (const d of docs) {
      const doc = this.count++;
      const name = tokens(d.name);
      this.nameLengths.push(Math.min(255, name.length));
      this.post(name, doc, FIELD_NAME);
      this.post(cachedTokens(this.cache, d.commune), doc, FIELD_COMMUNE);
      this.post(cachedTokens(this.cache, d.keywords), doc, FIELD_KEYWORD);
      if (d.postcode) this.post([d.postcode.trim()], doc, FIELD_POSTCODE);
    }
  }

  private post(words: string[], doc: number, field: number): void {
    for (const w of words) {
      let list = this.map.get(w);
      if (!list) this.map.set(w, (list = []));
      list.push((doc << 2) | field);
    }
  }

  get size(): number {
    return this.count;
  }

  /** Freezes the index into its compact form. */
  finish(): SerializedSearchIndex {
    const steps = this.finishSteps();
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /** Same as `finish`, yielding to the page between its steps (each well under 50 ms for 60k points). */
  async finishAsync(signal?: AbortSignal): Promise<SerializedSearchIndex> {
    const steps = this.finishSteps();
    let r = steps.next();
    while (!r.done) {
      await yieldToPage();
      signal?.throwIfAborted();
      r = steps.next();
    }
    return r.value;
  }

  private *finishSteps(): Generator<void, SerializedSearchIndex> {
    const entries = [...this.map];
    yield;
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    yield;
    const offsets = new Uint32Array(entries.length + 1);
    let total = 0;
    for (let i = 0; i < entries.length; i++) {
      offsets[i] = total;
      total += entries[i]![1].length;
    }
    offsets[entries.length] = total;
    const postings = new Uint32Array(total);
    const SLICE = 20_000;
    for (let start = 0; start < entries.length; start += SLICE) {
      for (let i = start; i < Math.min(entries.length, start + SLICE); i++) postings.set(entries[i]![1], offsets[i]!);
      yield;
    }
    const terms = entries.map((e) => e[0]).join('\n');
    return { version: 1, size: this.count, terms, offsets, postings, nameLengths: Uint8Array.from(this.nameLengths) };
  }
}

/** Builds in one go (workers, Node, small packs). */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const b = new SearchIndexBuilder();
  b.add(docs);
  return new SearchIndex(b.finish());
}

/** Resolves after giving the page a chance to handle input and paint. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface AsyncBuildOptions {
  /** Documents per slice (each slice runs as one task). Default 1,000 (~10 ms on a modest PC). */
  chunkSize?: number;
  signal?: AbortSignal;
}

/** Builds on the main thread in slices, yielding between them so the page never freezes. */
export async function buildSearchIndexAsync(docs: readonly SearchDocument[], options: AsyncBuildOptions = {}): Promise<SearchIndex> {
  const size = options.chunkSize ?? 1000;
  const b = new SearchIndexBuilder();
  for (let i = 0; i < docs.length; i += size) {
    options.signal?.throwIfAborted();
    b.add(docs.slice(i, i + size));
    await yieldToPage();
  }
  options.signal?.throwIfAborted();
  const data = await b.finishAsync(options.signal);
  await yieldToPage();
  options.signal?.throwIfAborted();
  return new SearchIndex(data);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class SearchIndex {
  readonly size: number;
  private readonly terms: string[];
  private readonly termIds = new Map<string, number>();
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly nameLengths: Uint8Array;
  private scores: Float32Array;
  private matched: Uint8Array;
  private stamp: Uint16Array;
  private generation = 0;

  constructor(private readonly data: SerializedSearchIndex) {
    this.size = data.size;
    this.terms = data.terms ? data.terms.split('\n') : [];
    this.terms.forEach((t, i) => this.termIds.set(t, i));
    this.offsets = data.offsets;
    this.postings = data.postings;
    this.nameLengths = data.nameLengths;
    this.scores = new Float32Array(this.size);
    this.matched = new Uint8Array(this.size);
    this.stamp = new Uint16Array(this.size);
  }

  serialize(): SerializedSearchIndex {
    return this.data;
  }

  /** Terms starting with `prefix` (sorted order, binary search), at most `max`. */
  private prefixTerms(prefix: string, max: number): number[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.terms.length && out.length < max && this.terms[i]!.startsWith(prefix); i++) out.push(i);
    return out;
  }

  /** Indexed terms at one edit (deletion, insertion, substitution, transposition) from `word`. */
  private typoTerms(word: string): number[] {
    const out = new Set<number>();
    const check = (w: string) => {
      const id = this.termIds.get(w);
      if (id !== undefined) out.add(id);
    };
    for (let i = 0; i < word.length; i++) {
      check(word.slice(0, i) + word.slice(i + 1));
      if (i < word.length - 1) check(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      for (const c of ALPHABET) if (c !== word[i]) check(word.slice(0, i) + c + word.slice(i + 1));
    }
    for (let i = 0; i <= word.length; i++) for (const c of ALPHABET) check(word.slice(0, i) + c + word.slice(i));
    out.delete(this.termIds.get(word) ?? -1);
    return [...out].filter((id) => editDistance(word, this.terms[id]!, 1) <= 1);
  }

  /**
   * Documents matching every word of the query (a word matches a whole indexed word, a prefix when it
   * is the last word typed, or a word at one typo), best first; when no document has them all, those
   * with the most. Scores favour names over communes over kinds, exact over prefix over typo.
   */
  search(query: string, options: TextSearchOptions = {}): TextHit[] {
    const limit = options.limit ?? 20;
    const typos = options.typos ?? true;
    const all = foldPlaceName(query).split(' ').filter(Boolean);
    const words = all.filter((w) => !STOP_WORDS.has(w));
    if (words.length === 0 || this.size === 0) return [];
    const touched: number[] = [];
    const endsWithSpace = /\s$/.test(query);
    // Candidate terms of each word: [termId, quality], best first. Typos are only tried when the
    // words as typed (whole or prefix) do not all match: most queries never pay for them.
    const candidatesOf = (withTypos: boolean, onlyUnknownWords = false) =>
      words.map((word, wi) => {
        const candidates: [number, number][] = [];
        const exact = this.termIds.get(word);
        if (exact !== undefined) candidates.push([exact, 1]);
        const isLast = wi === words.length - 1 && !endsWithSpace;
        if (isLast) {
          for (const id of this.prefixTerms(word, word.length < 3 ? 30 : 200)) {
            if (id !== exact) candidates.push([id, 0.55 + 0.35 * (word.length / this.terms[id]!.length)]);
          }
        }
        if (withTypos && word.length >= 4 && !/^\d+$/.test(word) && !(onlyUnknownWords && exact !== undefined)) {
          const near = this.typoTerms(word);
          for (const id of near) candidates.push([id, 0.5]);
          if (isLast && exact === undefined && candidates.length < 3 && word.length >= 5) {
            // A typo inside a word still being typed: prefixes of the one-edit variants of its start.
            for (const id of near) for (const p of this.prefixTerms(this.terms[id]!, 20)) candidates.push([p, 0.4]);
          }
        }
        let postings = 0;
        for (const [id] of candidates) postings += this.offsets[id + 1]! - this.offsets[id]!;
        return { bit: 1 << Math.min(wi, 7), candidates, postings };
      });
    let perWord = candidatesOf(false);
    // Rarest word first; in the AND pass, later words only update documents already found.
    const pass = (and: boolean) => {
      const order = [...perWord].sort((a, b) => a.postings - b.postings);
      this.generation = (this.generation + 1) & 0xffff;
      if (this.generation === 0) {
        this.stamp.fill(0);
        this.generation = 1;
      }
      const gen = this.generation;
      touched.length = 0;
      order.forEach(({ bit, candidates }, k) => {
        const create = !and || k === 0;
        for (const [id, quality] of candidates) {
          for (let j = this.offsets[id]!; j < this.offsets[id + 1]!; j++) {
            const posting = this.postings[j]!;
            const doc = posting >>> 2;
            if (this.stamp[doc] !== gen) {
              if (!create) continue;
              this.stamp[doc] = gen;
              this.scores[doc] = 0;
              this.matched[doc] = 0;
              touched.push(doc);
            }
            // One contribution per query word. Candidates come best first (exact, prefix, typo) and a
            // document's name postings before its other fields, so the first one is the best one.
            if (this.matched[doc]! & bit) continue;
            this.matched[doc]! |= bit;
            this.scores[doc]! += quality * FIELD_WEIGHT[posting & 3]!;
          }
        }
      });
    };
    // Best documents: all words matched first, then by score, shorter names, doc number.
    const need = words.length >= 8 ? 0xff : (1 << words.length) - 1;
    pass(true);
    let pool = touched.filter((d) => (this.matched[d]! & need) === need);
    if (pool.length === 0 && typos) {
      // First the words that are not in the index at all (the usual typo), then every word.
      const unknown = words.some((w) => !this.termIds.has(w));
      for (const onlyUnknown of unknown ? [true, false] : [false]) {
        perWord = candidatesOf(true, onlyUnknown);
        pass(true);
        pool = touched.filter((d) => (this.matched[d]! & need) === need);
        if (pool.length) break;
      }
    }
    if (pool.length === 0) {
      if (options.allWords) return [];
      pass(false);
      let best = 0;
      for (const d of touched) best = Math.max(best, popcount(this.matched[d]!));
      pool = touched.filter((d) => popcount(this.matched[d]!) === best);
    }
    if (options.filter) pool = pool.filter(options.filter);
    const rank = (d: number) => this.scores[d]! - this.nameLengths[d]! * 0.01;
    return topK(pool, limit, rank).map((doc) => ({ doc, score: Math.round(this.scores[doc]! * 1000) / 1000 }));
  }
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** The k best documents by rank (desc), ties by document number; O(n log k). */
function topK(pool: number[], k: number, rank: (d: number) => number): number[] {
  if (pool.length <= k * 4) return pool.sort((a, b) => rank(b) - rank(a) || a - b).slice(0, k);
  const best: number[] = [];
  const ranks: number[] = [];
  for (const d of pool) {
    const r = rank(d);
    if (best.length === k && (r < ranks[k - 1]! || (r === ranks[k - 1]! && d > best[k - 1]!))) continue;
    let i = best.length;
    while (i > 0 && (ranks[i - 1]! < r || (ranks[i - 1] === r && best[i - 1]! > d))) i--;
    best.splice(i, 0, d);
    ranks.splice(i, 0, r);
    if (best.length > k) {
      best.pop();
      ranks.pop();
    }
  }
  return best;
}
