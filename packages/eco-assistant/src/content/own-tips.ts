// Tips written by Ancre for our own categories (public services and digital), beyond the Nos Gestes
// Climat actions. Their figure is null: we state facts (with the public service that provides them),
// never a number we cannot source.
import type { Tip } from '../tips.types.js';

const ANCRE = 'Ancre (texte sous licence MIT)';

export const ancreOwnTips: Tip[] = [
  {
    id: 'ancre.public-services.france-renov',
    category: 'public-services',
    kgCo2ePerYear: null,
    title: { fr: 'Demander conseil à France Rénov’', en: 'Ask France Rénov’ for advice' },
    advice: {
      fr: 'France Rénov’ est le service public de la rénovation du logement. Ses conseillers aident gratuitement à choisir les travaux et à demander les aides, comme MaPrimeRénov’.',
      en: 'France Rénov’ is the public service for home renovation. Its advisers help for free to choose the works and apply for grants such as MaPrimeRénov’.',
    },
    howToStart: {
      fr: 'Appelez le 0 808 800 700 (service gratuit) ou prenez rendez-vous sur france-renov.gouv.fr. Votre maison France services peut vous aider à faire la demande.',
      en: 'Call 0 808 800 700 (free service) or book an appointment on france-renov.gouv.fr. Your France services house can help you apply.',
    },
    saves: {
      fr: 'Pas de chiffre. Des travaux bien choisis baissent le chauffage et les factures.',
      en: 'No figure. Well-chosen works lower heating and bills.',
    },
    keywords: {
      fr: ['France Rénov', 'rénovation', 'travaux', 'aides', 'MaPrimeRénov', 'isolation', 'conseiller', 'chauffage'],
      en: ['France Rénov', 'renovation', 'works', 'grants', 'MaPrimeRénov', 'insulation', 'adviser', 'heating'],
    },
    source: { name: 'France Rénov’ (Anah), facts in our own words', licence: 'MIT', url: 'https://france-renov.gouv.fr/', note: 'No figure: the saving depends on the works.' },
  },
  {
    id: 'ancre.public-services.bonus-reparation',
    category: 'public-services',
    kgCo2ePerYear: null,
    title: { fr: 'Utiliser le bonus réparation', en: 'Use the repair bonus' },
    advice: {
      fr: 'Le bonus réparation baisse directement la facture quand vous faites réparer un appareil électrique, des vêtements ou des chaussures chez un réparateur labellisé.',
      en: 'The repair bonus directly lowers the bill when you have an electrical appliance, clothes or shoes repaired by a labelled repairer.',
    },
    howToStart: {
      fr: 'Cherchez un réparateur près de chez vous sur longuevieauxobjets.gouv.fr, le site de l’ADEME.',
      en: 'Look for a repairer near you on longuevieauxobjets.gouv.fr, ADEME’s website.',
    },
    saves: {
      fr: 'Pas de chiffre. Réparer évite de fabriquer un objet neuf.',
      en: 'No figure. Repairing avoids making a new item.',
    },
    keywords: {
      fr: ['bonus réparation', 'réparer', 'réparation', 'réparateur', 'panne', 'électroménager', 'cordonnier', 'couturière'],
      en: ['repair bonus', 'repair', 'repairer', 'broken', 'appliance', 'cobbler', 'tailor'],
    },
    source: { name: 'Longue vie aux objets (ADEME), facts in our own words', licence: 'MIT', url: 'https://longuevieauxobjets.gouv.fr/', note: 'No figure: the saving depends on the item repaired.' },
  },
  {
    id: 'ancre.digital.reconditionne',
    category: 'digital',
    kgCo2ePerYear: null,
    title: { fr: 'Choisir un téléphone reconditionné', en: 'Choose a refurbished phone' },
    advice: {
      fr: 'Un téléphone reconditionné a déjà servi. Il a été vérifié, remis en état et il est vendu avec une garantie.',
      en: 'A refurbished phone has been used before. It has been checked and restored, and it is sold with a guarantee.',
    },
    howToStart: {
      fr: 'Pour votre prochain téléphone, comparez le prix d’un modèle reconditionné avec celui d’un neuf.',
      en: 'For your next phone, compare the price of a refurbished model with a new one.',
    },
    saves: {
      fr: 'Pas de chiffre ici. La fabrication d’un appareil neuf est évitée.',
      en: 'No figure here. Making a new device is avoided.',
    },
    keywords: {
      fr: ['reconditionné', 'téléphone', 'smartphone', 'portable', 'occasion', 'ordinateur', 'tablette'],
      en: ['refurbished', 'phone', 'smartphone', 'mobile', 'second-hand', 'computer', 'tablet'],
    },
    source: { name: ANCRE, licence: 'MIT', note: 'No figure.' },
  },
  {
    id: 'ancre.digital.veille',
    category: 'digital',
    kgCo2ePerYear: null,
    title: { fr: 'Éteindre la box et les appareils en veille', en: 'Switch off the router and devices on standby' },
    advice: {
      fr: 'Une box internet, une télévision ou une console en veille consomment un peu d’électricité jour et nuit. Une multiprise à interrupteur éteint tout d’un geste.',
      en: 'An internet router, a TV or a games console on standby uses a little electricity day and night. A power strip with a switch turns everything off at once.',
    },
    howToStart: {
      fr: 'Branchez la télévision et la box sur une multiprise à interrupteur, et éteignez-la avant de partir en vacances.',
      en: 'Plug the TV and the router into a power strip with a switch, and turn it off before you go on holiday.',
    },
    saves: {
      fr: 'Pas de chiffre ici. Un peu d’électricité, donc un peu d’argent.',
      en: 'No figure here. A little electricity, so a little money.',
    },
    keywords: {
      fr: ['veille', 'box', 'internet', 'télévision', 'multiprise', 'électricité', 'éteindre', 'console'],
      en: ['standby', 'router', 'internet', 'television', 'TV', 'power strip', 'electricity', 'switch off'],
    },
    source: { name: ANCRE, licence: 'MIT', note: 'No figure.' },
  },
];
