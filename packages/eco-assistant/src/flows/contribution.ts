// The contribution flow: a person proposes their own gesture (text + theme); the element emits
// `ancre-contribution` for the house to gather. Nothing is sent by the library itself.
import type { Flow } from '../flow/flow.types.js';
import { DEFAULT_INTENTS } from './welcome.js';

export const contributionFlow: Flow = {
  format: 'ancre-flow/1',
  id: 'contribution',
  title: { fr: 'Proposer un geste', en: 'Suggest a gesture' },
  locales: ['fr', 'en'],
  start: 'intro',
  intents: DEFAULT_INTENTS.filter((i) => i.id === 'restart' || i.id === 'help'),
  fallback: {
    fr: 'Je n’ai pas compris. Touchez une des réponses ci-dessous.',
    en: 'I did not understand. Tap one of the answers below.',
  },
  nodes: [
    {
      id: 'intro',
      type: 'say',
      text: {
        fr: 'Vous faites déjà quelque chose de bien pour le climat ? Partagez-le : la maison rassemble les idées des habitants.',
        en: 'Already doing something good for the climate? Share it: the house gathers the ideas of residents.',
      },
      next: 'idea',
    },
    {
      id: 'idea',
      type: 'collect',
      text: { fr: 'Décrivez votre geste en une phrase (sans nom ni coordonnées).', en: 'Describe your gesture in one sentence (no name or contact details).' },
      categoryText: { fr: 'Dans quel thème le rangeriez-vous ?', en: 'Which theme would you put it in?' },
      thanks: { fr: 'Merci pour votre idée !', en: 'Thank you for your idea!' },
      next: 'more',
      cancel: { label: { fr: 'Finalement, non', en: 'Never mind' }, next: 'done' },
    },
    {
      id: 'more',
      type: 'choices',
      text: { fr: 'Voulez-vous proposer une autre idée ?', en: 'Would you like to suggest another idea?' },
      options: [
        { id: 'yes', label: { fr: 'Oui, une autre', en: 'Yes, another one' }, next: 'idea', keywords: { fr: ['oui'], en: ['yes'] } },
        { id: 'no', label: { fr: 'Non, c’est tout', en: 'No, that’s all' }, next: 'done', keywords: { fr: ['non', 'fini'], en: ['no', 'done'] } },
      ],
    },
    {
      id: 'help',
      type: 'choices',
      text: {
        fr: 'Écrivez votre idée, puis choisissez un thème. Elle est remise à la maison sans votre nom. Écrivez « recommencer » pour repartir de zéro.',
        en: 'Type your idea, then pick a theme. It reaches the house without your name. Type “restart” to start again.',
      },
      options: [{ id: 'back', label: { fr: 'Proposer une idée', en: 'Suggest an idea' }, next: 'idea' }],
    },
    { id: 'done', type: 'end', text: { fr: 'Merci et à bientôt !', en: 'Thank you, see you soon!' } },
  ],
};
