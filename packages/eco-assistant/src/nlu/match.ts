// Offline free-text matching: a sentence → a quick reply, an intent, a theme or a tip.
// Accent- and case-insensitive (core's foldText), light French stemming, synonyms, typo tolerance.
import { editDistance, foldText } from '@ancre/core';
import type { Tip, TipCategory } from '../tips.types.js';
import { CATEGORY_WORDS } from '../engine/strings.js';

export { CATEGORY_WORDS };

type Lang = 'fr' | 'en';

const STOP_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(
    'je j tu il elle on nous vous ils elles me m te t se s le la les l un une des de d du au aux a à et ou en y ne n pas plus veux voudrais voudrait aimerais peux pouvez faire fais fait mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces ca ça qui que qu quoi est suis es sont etre avoir ai as pour par sur avec dans chez comment quel quelle quels quelles moi toi lui svp stp merci bonjour salut bien tres trop peu encore aussi alors donc mais sais sait savoir rien tout tous chose truc quoi peut dois doit pourquoi quand veut voulez comme'.split(' '),
  ),
  en: new Set('i me my we our you your he she it they them the a an of to in on at for with and or is are am be do does did can could would want like please some more less about how what which this that these those hi hello thanks'.split(' ')),
};

// Longest first; a stem keeps at least 3 letters.
const SUFFIXES: Record<Lang, string[]> = {
  fr: ['issements', 'issement', 'ations', 'ation', 'ements', 'ement', 'erions', 'eront', 'erais', 'erait', 'aient', 'ages', 'age', 'ions', 'iez', 'ons', 'ent', 'ais', 'ait', 'ees', 'ee', 'es', 'er', 'ez', 'e'],
  en: ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's'],
};

/** Light stemming of one folded word: plural -s/-x, then common noun and verb endings. */
export function stem(word: string, lang: Lang = 'fr'): string {
  let w = word;
  if (w.length > 3 && lang === 'fr' && (w.endsWith('s') || w.endsWith('x'))) w = w.slice(0, -1);
  for (const suffix of SUFFIXES[lang]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** A sentence → its stemmed content words. */
export function tokens(text: string, lang: Lang = 'fr'): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS[lang].has(w) && !STOP_WORDS.fr.has(w))
    .map((w) => stem(w, lang));
}

/** A word of a sentence: its stem and its folded form (typos are measured on both). */
interface Word {
  s: string;
  w: string;
}

function wordsOf(text: string, lang: Lang): Word[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w && !STOP_WORDS[lang].has(w) && !STOP_WORDS.fr.has(w))
    .map((w) => ({ s: stem(w, lang), w }));
}

const typo = (a: string, b: string): boolean => {
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  const max = len >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max;
};

/** Two stems match if equal, or close enough for a typo (1 edit from 5 letters, 2 from 8), or one starts the other (5 letters or more). */
export function sameStem(a: string, b: string): boolean {
  if (a === b || typo(a, b)) return true;
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
}

/** How well a typed word matches a known word: 10 same stem, 7 a typo, 6 a prefix, 0 not at all. */
function wordScore(t: Word, p: Word): number {
  if (t.s === p.s || t.w === p.w) return 10;
  if (typo(t.w, p.w) || typo(t.s, p.s)) return 7;
  return Math.min(t.s.length, p.s.length) >= 5 && (t.s.startsWith(p.s) || p.s.startsWith(t.s)) ? 6 : 0;
}

const bestScore = (input: Word[], p: Word): number => input.reduce((best, t) => Math.max(best, wordScore(t, p)), 0);

export type MatchTarget =
  | { kind: 'reply'; id: string }
  | { kind: 'intent'; id: string }
  | { kind: 'category'; category: TipCategory }
  | { kind: 'tip'; id: string };

export interface MatchCandidate {
  target: MatchTarget;
  /** Phrases (labels, keywords); each one matches when all its words are found in the sentence. */
  phrases: string[];
  /** Loose phrases (tip titles): they match when at least half of their words (and 2 or more) are found. */
  loose?: string[];
}

export interface MatchResult {
  target: MatchTarget;
  score: number;
}

const PRIORITY: Record<MatchTarget['kind'], number> = { reply: 4, intent: 3, tip: 2, category: 1 };

interface Prepared {
  target: MatchTarget;
  phrases: Word[][];
  loose: Word[][];
  folded: string[];
}

/**
 * Finds what a sentence means among candidates. A phrase matches when each of its words is found
 * (same stem 10 points, a typo 7, a prefix 6); a candidate scores its best phrase, plus 5 when the
 * sentence is exactly that phrase; ties go to replies, then intents, tips, themes. Returns undefined
 * when nothing matches (the caller answers with a fallback and choices, never a dead end).
 */
export function matchText(text: string, candidates: MatchCandidate[], lang: Lang = 'fr', synonyms: Record<string, string[]> = {}): MatchResult | undefined {
  const input = expandSynonyms(wordsOf(text, lang), lang, synonyms);
  const folded = foldText(text);
  if (!folded) return undefined;
  const said = input.map((t) => t.s).join(' ');
  let best: MatchResult | undefined;
  for (const c of prepare(candidates, lang)) {
    // The sentence is exactly one of the phrases (accents and case aside): a match even when every
    // word of it is a stop word (a label such as « Rien, merci » or « Pas du tout »).
    let score = c.folded.includes(folded) ? 15 : 0;
    for (const phrase of c.phrases) {
      if (phrase.length === 0) continue;
      let sum = 0;
      for (const p of phrase) {
        const b = bestScore(input, p);
        if (b === 0) {
          sum = 0;
          break;
        }
        sum += b;
      }
      if (sum > 0) score = Math.max(score, sum + (phrase.map((p) => p.s).join(' ') === said ? 5 : 0));
    }
    for (const phrase of c.loose) {
      const found = phrase.map((p) => bestScore(input, p)).filter((b) => b > 0);
      if (found.length >= 2 && found.length * 2 >= phrase.length) score = Math.max(score, found.reduce((a, b) => a + b, 0) - 1);
    }
    if (score === 0) continue;
    score += PRIORITY[c.target.kind];
    if (!best || score > best.score) best = { target: c.target, score };
  }
  return best;
}

const cache = new WeakMap<MatchCandidate, Prepared>();
function prepare(candidates: MatchCandidate[], lang: Lang): Prepared[] {
  return candidates.map((c) => {
    const hit = cache.get(c);
    if (hit) return hit;
    const p: Prepared = {
      target: c.target,
      phrases: c.phrases.map((s) => wordsOf(s, lang)),
      loose: (c.loose ?? []).map((s) => wordsOf(s, lang)),
      folded: c.phrases.map((s) => foldText(s)).filter(Boolean),
    };
    cache.set(c, p);
    return p;
  });
}

function expandSynonyms(input: Word[], lang: Lang, synonyms: Record<string, string[]>): Word[] {
  const out = [...input];
  for (const [word, list] of Object.entries(synonyms)) {
    for (const syn of list) {
      const s = wordsOf(syn, lang);
      if (s.length && s.every((p) => bestScore(input, p) >= 7)) out.push(...wordsOf(word, lang));
    }
  }
  return out;
}

/** Candidates for the tips of a pack (keywords as phrases, the title as a loose phrase). */
export function tipCandidates(tips: readonly Tip[], lang: Lang): MatchCandidate[] {
  return tips.map((tip) => ({
    target: { kind: 'tip', id: tip.id },
    phrases: tip.keywords?.[lang] ?? [],
    loose: [tip.title[lang]],
  }));
}

/** Candidates for the themes. */
export function categoryCandidates(lang: Lang): MatchCandidate[] {
  return (Object.keys(CATEGORY_WORDS) as TipCategory[]).map((category) => ({
    target: { kind: 'category', category },
    phrases: CATEGORY_WORDS[category][lang],
  }));
}

/** The matcher as one object: what the engine needs (injected, so the element can load it lazily). */
export const nlu = { matchText, tokens, tipCandidates, categoryCandidates };
export type Nlu = typeof nlu;
