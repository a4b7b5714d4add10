// Offline free-text matching: a sentence → a quick reply, an intent, a theme or a tip.
// Accent- and case-insensitive (core's foldText), light French stemming, synonyms, typo tolerance.
import { editDistance, foldText } from '@ancre/core';
import type { Tip, TipCategory } from '../tips.types.js';

type Lang = 'fr' | 'en';

const STOP_WORDS: Record<Lang, Set<string>> = {
  fr: new Set(
    'je j tu il elle on nous vous ils elles me m te t se s le la les l un une des de d du au aux a à et ou en y ne n pas plus veux voudrais voudrait aimerais peux pouvez faire fais fait mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces ca ça qui que qu quoi est suis es sont etre avoir ai as pour par sur avec dans chez comment quel quelle quels quelles moi toi lui svp stp merci bonjour salut bien tres trop peu un peu encore aussi alors donc mais'.split(' '),
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

/** Two stems match if equal, or close enough for a typo (1 edit from 4 letters, 2 from 8). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  if (len < 4) return false;
  const max = len >= 8 ? 2 : 1;
  if (editDistance(a, b, max) <= max) return true;
  // A typed word that starts a longer one ("chauff" / "chauffag").
  return len >= 5 && (a.startsWith(b) || b.startsWith(a));
}

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

/** Words that name a theme, per language (built in; flows add synonyms). */
export const CATEGORY_WORDS: Record<TipCategory, Record<Lang, string[]>> = {
  food: { fr: ['alimentation', 'manger', 'nourriture', 'repas', 'cuisine', 'viande', 'assiette'], en: ['food', 'eat', 'eating', 'diet', 'meal', 'meat'] },
  housing: { fr: ['logement', 'maison', 'chauffage', 'chauffer', 'energie', 'electricite', 'appartement', 'isolation'], en: ['home', 'housing', 'heating', 'energy', 'electricity', 'house'] },
  transport: { fr: ['transport', 'deplacement', 'deplacer', 'voyage', 'mobilite', 'trajet'], en: ['transport', 'travel', 'commute', 'mobility', 'trip'] },
  consumption: { fr: ['consommation', 'achat', 'acheter', 'vetement', 'objet', 'dechet', 'shopping'], en: ['shopping', 'buy', 'buying', 'clothes', 'waste', 'consumption'] },
  digital: { fr: ['numerique', 'telephone', 'ordinateur', 'internet', 'ecran', 'smartphone'], en: ['digital', 'phone', 'computer', 'internet', 'screen'] },
  'public-services': { fr: ['service public', 'services publics', 'mairie', 'commune'], en: ['public service', 'public services', 'town hall'] },
};

interface Prepared {
  target: MatchTarget;
  phrases: string[][];
  loose: string[][];
}

/**
 * Finds what a sentence means among candidates. Each candidate scores the number of sentence words
 * its best phrase covers; ties go to replies, then intents, tips, themes. Returns undefined when
 * nothing matches (the caller answers with a fallback and choices, never a dead end).
 */
export function matchText(text: string, candidates: MatchCandidate[], lang: Lang = 'fr', synonyms: Record<string, string[]> = {}): MatchResult | undefined {
  const input = expandSynonyms(tokens(text, lang), lang, synonyms);
  if (input.length === 0) return undefined;
  const folded = foldText(text);
  let best: MatchResult | undefined;
  for (const c of prepare(candidates, lang)) {
    let score = 0;
    for (const phrase of c.phrases) {
      if (phrase.length === 0) continue;
      if (phrase.every((w) => input.some((t) => sameStem(t, w)))) score = Math.max(score, phrase.length * 10);
    }
    for (const phrase of c.loose) {
      const found = phrase.filter((w) => input.some((t) => sameStem(t, w))).length;
      if (found >= 2 && found * 2 >= phrase.length) score = Math.max(score, found * 10 - 1);
    }
    if (score === 0) continue;
    // A sentence that is exactly a phrase is the strongest signal.
    if (c.phrases.some((p) => p.join(' ') === input.join(' '))) score += 5;
    score += PRIORITY[c.target.kind];
    if (!best || score > best.score) best = { target: c.target, score };
  }
  return folded ? best : undefined;
}

const cache = new WeakMap<MatchCandidate, Prepared>();
function prepare(candidates: MatchCandidate[], lang: Lang): Prepared[] {
  return candidates.map((c) => {
    const hit = cache.get(c);
    if (hit) return hit;
    const p: Prepared = {
      target: c.target,
      phrases: c.phrases.map((s) => tokens(s, lang)),
      loose: (c.loose ?? []).map((s) => tokens(s, lang)),
    };
    cache.set(c, p);
    return p;
  });
}

function expandSynonyms(input: string[], lang: Lang, synonyms: Record<string, string[]>): string[] {
  const out = [...input];
  for (const [word, list] of Object.entries(synonyms)) {
    const head = tokens(word, lang);
    for (const syn of list) {
      const s = tokens(syn, lang);
      if (s.length && s.every((w) => input.some((t) => sameStem(t, w)))) out.push(...head);
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
