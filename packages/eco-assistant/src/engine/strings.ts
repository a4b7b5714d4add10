// Texts the engine writes itself (tip cards, summaries, default replies), in French then English.
// Everything else a person reads comes from the flow and the tips pack.
import type { Localized, TipCategory } from '../tips.types.js';

export interface EngineStrings {
  howToStart: string;
  saves: string;
  perYear: string;
  noFigure: string;
  restart: string;
  another: string;
  source: string;
}

export const ENGINE_STRINGS: Record<'fr' | 'en', EngineStrings> = {
  fr: {
    howToStart: 'Pour commencer',
    saves: 'Ce que cela évite',
    perYear: 'environ {kg} kg d’équivalent CO2 par an',
    noFigure: 'chiffre non disponible',
    restart: 'Nouvelle conversation',
    another: 'Un autre geste',
    source: 'Source',
  },
  en: {
    howToStart: 'To get started',
    saves: 'What it saves',
    perYear: 'about {kg} kg of CO2 equivalent a year',
    noFigure: 'no figure available',
    restart: 'New conversation',
    another: 'Another gesture',
    source: 'Source',
  },
};

/** Names of the themes (quick replies of a `collect` node, summaries). */
export const CATEGORY_LABELS: Record<TipCategory, Localized> = {
  food: { fr: 'Alimentation', en: 'Food' },
  housing: { fr: 'Logement', en: 'Home' },
  transport: { fr: 'Déplacements', en: 'Transport' },
  consumption: { fr: 'Achats et objets', en: 'Shopping and things' },
  digital: { fr: 'Numérique', en: 'Digital' },
  'public-services': { fr: 'Services publics', en: 'Public services' },
};

/** Words that name a theme, per language (built in; flows add synonyms). */
export const CATEGORY_WORDS: Record<TipCategory, Record<'fr' | 'en', string[]>> = {
  food: { fr: ['alimentation', 'manger', 'nourriture', 'repas', 'cuisine', 'viande', 'assiette'], en: ['food', 'eat', 'eating', 'diet', 'meal', 'meat'] },
  housing: { fr: ['logement', 'maison', 'chauffage', 'chauffer', 'energie', 'electricite', 'appartement', 'isolation'], en: ['home', 'housing', 'heating', 'energy', 'electricity', 'house'] },
  transport: { fr: ['transport', 'deplacement', 'deplacer', 'voyage', 'mobilite', 'trajet'], en: ['transport', 'travel', 'commute', 'mobility', 'trip'] },
  consumption: { fr: ['consommation', 'achat', 'acheter', 'vetement', 'objet', 'dechet', 'shopping'], en: ['shopping', 'buy', 'buying', 'clothes', 'waste', 'consumption'] },
  digital: { fr: ['numerique', 'telephone', 'ordinateur', 'internet', 'ecran', 'smartphone'], en: ['digital', 'phone', 'computer', 'internet', 'screen'] },
  'public-services': { fr: ['service public', 'services publics', 'mairie', 'commune'], en: ['public service', 'public services', 'town hall'] },
};

