// The default tips pack of @ancre/eco-assistant: figures computed at build time from Nos Gestes Climat
// (ADEME, MIT; scripts/build-tips.mjs → ngc-figures.ts) joined with texts written by us (tips-texts.ts),
// plus a few tips of our own (own-tips.ts). Pure data: importing it has no side effect.
import type { Tip } from '../tips.types.js';
import { ngcFigures } from './ngc-figures.js';
import type { NgcFigure } from './ngc-figures.types.js';
import { localizeTexts, ngcTipTexts } from './tips-texts.js';
import { ancreOwnTips } from './own-tips.js';

/** The attribution to show next to any figure of this pack. */
export const NGC_ATTRIBUTION = 'Nos Gestes Climat, ADEME — modèle sous licence MIT';
export const NGC_URL = 'https://github.com/incubateur-ademe/nosgestesclimat';

/** The envelope of a tips pack (same fields as core's `PackEnvelope<Tip>`). */
export interface TipsPack {
  $schema?: string;
  kind: 'ancre/tips';
  id: string;
  version: string;
  locale: string;
  licence: string;
  sources: { name: string; url?: string; licence?: string; date?: string }[];
  extends?: string;
  items: Tip[];
  remove?: string[];
}

/** One Nos Gestes Climat figure joined with our texts; undefined when we have no text for it. */
export function tipFromFigure(figure: NgcFigure): Tip | undefined {
  const texts = ngcTipTexts[figure.id];
  if (!texts) return undefined;
  return {
    id: figure.id,
    category: figure.category,
    kgCo2ePerYear: figure.kgCo2ePerYear,
    ...(figure.applicability ? { applicability: figure.applicability } : {}),
    ...localizeTexts(texts),
    source: { name: NGC_ATTRIBUTION, licence: 'MIT', url: NGC_URL, rule: figure.rule, note: figure.note },
    ...(figure.supersedes?.length ? { supersedes: [...figure.supersedes] } : {}),
  };
}

/** The default pack: every Nos Gestes Climat action with our texts, then our own tips. */
export const defaultTipsPack: TipsPack = {
  kind: 'ancre/tips',
  id: 'ancre-tips-ngc',
  version: '1.0.0',
  locale: 'fr',
  licence: 'MIT',
  sources: [
    { name: `${NGC_ATTRIBUTION} (modèle version ${ngcFigures.model.version}, chiffres calculés par Ancre)`, url: NGC_URL, licence: 'MIT' },
    { name: 'Ancre — textes des gestes écrits par l’équipe Ancre', licence: 'MIT' },
  ],
  items: [...ngcFigures.figures.map(tipFromFigure).filter((t): t is Tip => t !== undefined), ...ancreOwnTips],
};
