// The default welcome flow: explore by theme, a short quiz that sets the situation, suggestions that
// respect it, and a "my 3 gestures" summary with the yearly total and a comparison in km by car.
import type { Flow, FlowIntent, QuickReply } from '../flow/flow.types.js';

/**
 * kg CO2e per km driven in an average car (use only): rule `transport . voiture . usage au kilomètre`
 * of Nos Gestes Climat 4.10.2 (ADEME, MIT), evaluated with publicodes in the default situation:
 * 0.2208, rounded to 0.22.
 */
export const CAR_KG_PER_KM = 0.22;

/** Intents shared by the default flows. */
export const DEFAULT_INTENTS: FlowIntent[] = [
  {
    id: 'restart',
    action: 'restart',
    label: { fr: 'Recommencer', en: 'Start again' },
    keywords: { fr: ['recommencer', 'nouvelle conversation', 'repartir de zero', 'reprendre au debut'], en: ['restart', 'start again', 'start over', 'new conversation'] },
  },
  {
    id: 'help',
    action: 'goto',
    next: 'help',
    label: { fr: 'Aide', en: 'Help' },
    keywords: { fr: ['aide', 'aidez moi', 'je comprends rien', 'comment ca marche', 'au secours'], en: ['help', 'how does it work', 'i am lost'] },
  },
  {
    id: 'another',
    action: 'goto',
    next: 'explore',
    label: { fr: 'Un autre geste', en: 'Another gesture' },
    keywords: { fr: ['un autre geste', 'autre geste', 'une autre idee', 'encore un geste'], en: ['another gesture', 'another tip', 'one more tip'] },
  },
  {
    id: 'propose',
    action: 'goto',
    next: 'idea',
    label: { fr: 'Proposer une idée', en: 'Suggest an idea' },
    keywords: { fr: ['proposer une idee', 'j ai une idee', 'proposer un geste', 'suggerer'], en: ['suggest an idea', 'i have an idea', 'propose a gesture'] },
  },
];

const theme = (id: string, fr: string, en: string, keywordsFr: string[] = [], keywordsEn: string[] = []): QuickReply => ({
  id,
  label: { fr, en },
  next: 'explore',
  set: { slots: { theme: id } },
  keywords: { fr: keywordsFr, en: keywordsEn },
});

export const welcomeFlow: Flow = {
  format: 'ancre-flow/1',
  id: 'welcome',
  title: { fr: 'Des gestes pour le climat', en: 'Everyday gestures for the climate' },
  locales: ['fr', 'en'],
  start: 'hello',
  intents: DEFAULT_INTENTS,
  freeText: { tipNode: 'explore', categorySlot: 'theme' },
  synonyms: { fr: { velo: ['bicyclette', 'biclou'], voiture: ['auto', 'bagnole'] }, en: { bike: ['bicycle', 'cycling'] } },
  fallback: {
    fr: 'Je n’ai pas compris. Vous pouvez toucher une des réponses ci-dessous, ou écrire un mot simple comme « vélo », « chauffage » ou « aide ».',
    en: 'I did not understand. You can tap one of the answers below, or type a simple word such as “bike”, “heating” or “help”.',
  },
  nodes: [
    {
      id: 'hello',
      type: 'say',
      text: {
        fr: 'Bonjour ! Je vous propose des **gestes simples** pour réduire votre impact sur le climat, adaptés à votre vie. Je ne garde rien de ce que vous me dites.',
        en: 'Hello! I suggest **simple gestures** to reduce your impact on the climate, suited to your life. I keep nothing of what you tell me.',
      },
      next: 'menu',
    },
    {
      id: 'menu',
      type: 'choices',
      text: { fr: 'Par où voulez-vous commencer ?', en: 'Where would you like to start?' },
      options: [
        { id: 'quiz', label: { fr: 'Répondre à 5 questions', en: 'Answer 5 questions' }, next: 'q-housing', keywords: { fr: ['questions', 'quiz', 'questionnaire'], en: ['quiz', 'questions'] } },
        { id: 'themes', label: { fr: 'Choisir un thème', en: 'Pick a theme' }, next: 'themes', keywords: { fr: ['theme', 'explorer'], en: ['theme', 'explore'] } },
        { id: 'idea', label: { fr: 'Proposer une idée', en: 'Suggest an idea' }, next: 'idea' },
        { id: 'help', label: { fr: 'Comment ça marche ?', en: 'How does it work?' }, next: 'help' },
      ],
    },
    {
      id: 'help',
      type: 'choices',
      text: {
        fr: 'Je suis un assistant simple, **sans intelligence artificielle** : je propose des gestes dont l’effet a été calculé avec le modèle *Nos Gestes Climat* de l’ADEME.\n\n- Touchez une réponse, ou écrivez quelques mots, par exemple « vélo » ou « chauffage ».\n- Écrivez « recommencer » à tout moment pour repartir de zéro.\n- Rien n’est envoyé ni enregistré.',
        en: 'I am a simple assistant, **with no artificial intelligence**: I suggest gestures whose effect was computed with ADEME’s *Nos Gestes Climat* model.\n\n- Tap an answer, or type a few words, such as “bike” or “heating”.\n- Type “restart” at any time to start again.\n- Nothing is sent or stored.',
      },
      options: [
        { id: 'back', label: { fr: 'Retour au début', en: 'Back to the start' }, next: 'menu' },
        { id: 'themes', label: { fr: 'Choisir un thème', en: 'Pick a theme' }, next: 'themes' },
      ],
    },
    {
      id: 'themes',
      type: 'choices',
      text: { fr: 'Quel thème vous intéresse ?', en: 'Which theme interests you?' },
      options: [
        theme('food', 'Alimentation', 'Food', ['manger', 'repas', 'viande'], ['eat', 'meal']),
        theme('housing', 'Logement et chauffage', 'Home and heating', ['maison', 'chauffage', 'energie'], ['home', 'heating', 'energy']),
        theme('transport', 'Déplacements', 'Getting around', ['transport', 'voiture', 'trajet'], ['transport', 'car', 'travel']),
        theme('consumption', 'Achats et objets', 'Shopping and things', ['acheter', 'vetements', 'objets'], ['buy', 'clothes']),
        theme('digital', 'Numérique', 'Digital', ['telephone', 'ordinateur', 'internet'], ['phone', 'computer']),
      ],
    },
    {
      id: 'explore',
      type: 'suggest',
      text: { fr: 'Voici un geste qui compte :', en: 'Here is a gesture that counts:' },
      categorySlot: 'theme',
      choose: { label: { fr: 'Je choisis ce geste', en: 'I choose this one' }, next: 'after-choose' },
      another: { label: { fr: 'Un autre geste', en: 'Another gesture' } },
      options: [{ id: 'change', label: { fr: 'Changer de thème', en: 'Change theme' }, next: 'themes' }],
      none: 'none-left',
    },
    {
      id: 'after-choose',
      type: 'branch',
      cases: [{ when: { test: 'chosen.count', gte: 3 }, next: 'sum' }],
      else: 'chosen-menu',
    },
    {
      id: 'chosen-menu',
      type: 'choices',
      text: { fr: 'C’est noté, ce geste est dans votre liste. On continue ?', en: 'Noted, this gesture is on your list. Shall we go on?' },
      options: [
        { id: 'more', label: { fr: 'Un autre geste', en: 'Another gesture' }, next: 'explore' },
        { id: 'change', label: { fr: 'Changer de thème', en: 'Change theme' }, next: 'themes' },
        { id: 'summary', label: { fr: 'Voir mes gestes', en: 'See my gestures' }, next: 'sum', keywords: { fr: ['resume', 'bilan', 'mes gestes'], en: ['summary', 'my gestures'] } },
      ],
    },
    {
      id: 'none-left',
      type: 'choices',
      text: { fr: 'Je n’ai plus d’autre geste à vous proposer ici.', en: 'I have no other gesture to suggest here.' },
      options: [
        { id: 'change', label: { fr: 'Choisir un autre thème', en: 'Pick another theme' }, next: 'themes' },
        { id: 'summary', label: { fr: 'Voir mes gestes', en: 'See my gestures' }, next: 'sum' },
      ],
    },
    {
      id: 'q-housing',
      type: 'choices',
      text: { fr: '**1/5** Vous habitez…', en: '**1/5** You live in…' },
      options: [
        { id: 'apartment', label: { fr: 'un appartement', en: 'a flat' }, next: 'q-heating', set: { situation: { housing: 'apartment' } }, keywords: { fr: ['appart', 'immeuble'], en: ['apartment'] } },
        { id: 'house', label: { fr: 'une maison', en: 'a house' }, next: 'q-heating', set: { situation: { housing: 'house' } } },
      ],
    },
    {
      id: 'q-heating',
      type: 'choices',
      text: { fr: '**2/5** Votre logement est surtout chauffé…', en: '**2/5** Your home is mostly heated…' },
      options: [
        { id: 'gas', label: { fr: 'au gaz', en: 'with gas' }, next: 'q-car', set: { situation: { heating: 'gas' } } },
        { id: 'oil', label: { fr: 'au fioul', en: 'with heating oil' }, next: 'q-car', set: { situation: { heating: 'oil' } }, keywords: { fr: ['fuel', 'mazout'], en: ['oil'] } },
        { id: 'electric', label: { fr: 'à l’électricité (radiateurs)', en: 'with electric heaters' }, next: 'q-car', set: { situation: { heating: 'electric' } }, keywords: { fr: ['electrique', 'radiateur'], en: ['electric'] } },
        { id: 'heat-pump', label: { fr: 'avec une pompe à chaleur', en: 'with a heat pump' }, next: 'q-car', set: { situation: { heating: 'heat-pump' } }, keywords: { fr: ['pac'], en: ['pump'] } },
        { id: 'wood', label: { fr: 'au bois', en: 'with wood' }, next: 'q-car', set: { situation: { heating: 'wood' } }, keywords: { fr: ['granules', 'poele'], en: ['pellets', 'stove'] } },
        { id: 'district', label: { fr: 'par un réseau de chaleur', en: 'by district heating' }, next: 'q-car', set: { situation: { heating: 'district' } }, keywords: { fr: ['chauffage collectif', 'chauffage urbain'], en: ['district'] } },
        { id: 'unknown', label: { fr: 'je ne sais pas', en: 'I don’t know' }, next: 'q-car', set: { situation: { heating: 'unknown' } }, keywords: { fr: ['sais pas', 'aucune idee'], en: ['not sure'] } },
      ],
    },
    {
      id: 'q-car',
      type: 'choices',
      text: { fr: '**3/5** Au quotidien, vous roulez…', en: '**3/5** Day to day, you drive…' },
      options: [
        { id: 'none', label: { fr: 'sans voiture', en: 'no car' }, next: 'q-flights', set: { situation: { car: 'none' } }, keywords: { fr: ['pas de voiture', 'aucune'], en: ['no car', 'none'] } },
        { id: 'petrol', label: { fr: 'en voiture essence', en: 'a petrol car' }, next: 'q-flights', set: { situation: { car: 'petrol' } }, keywords: { fr: ['essence'], en: ['petrol', 'gasoline'] } },
        { id: 'diesel', label: { fr: 'en voiture diesel', en: 'a diesel car' }, next: 'q-flights', set: { situation: { car: 'diesel' } }, keywords: { fr: ['diesel', 'gazole'], en: ['diesel'] } },
        { id: 'hybrid', label: { fr: 'en voiture hybride', en: 'a hybrid car' }, next: 'q-flights', set: { situation: { car: 'hybrid' } } },
        { id: 'electric', label: { fr: 'en voiture électrique', en: 'an electric car' }, next: 'q-flights', set: { situation: { car: 'electric' } } },
      ],
    },
    {
      id: 'q-flights',
      type: 'choices',
      text: { fr: '**4/5** Vous prenez l’avion…', en: '**4/5** You fly…' },
      options: [
        { id: 'none', label: { fr: 'jamais', en: 'never' }, next: 'q-diet', set: { situation: { flights: 'none' } } },
        { id: 'sometimes', label: { fr: 'parfois', en: 'sometimes' }, next: 'q-diet', set: { situation: { flights: 'sometimes' } } },
        { id: 'often', label: { fr: 'souvent', en: 'often' }, next: 'q-diet', set: { situation: { flights: 'often' } } },
      ],
    },
    {
      id: 'q-diet',
      type: 'choices',
      text: { fr: '**5/5** Vous mangez de la viande…', en: '**5/5** You eat meat…' },
      options: [
        { id: 'meat-daily', label: { fr: 'tous les jours', en: 'every day' }, next: 'quiz-done', set: { situation: { diet: 'meat-daily' } } },
        { id: 'meat-sometimes', label: { fr: 'quelques fois par semaine', en: 'a few times a week' }, next: 'quiz-done', set: { situation: { diet: 'meat-sometimes' } } },
        { id: 'vegetarian', label: { fr: 'jamais (végétarien)', en: 'never (vegetarian)' }, next: 'quiz-done', set: { situation: { diet: 'vegetarian' } } },
        { id: 'vegan', label: { fr: 'jamais, ni produits animaux (végétalien)', en: 'never, nor animal products (vegan)' }, next: 'quiz-done', set: { situation: { diet: 'vegan' } }, keywords: { fr: ['vegan', 'vegetalien'], en: ['vegan'] } },
      ],
    },
    {
      id: 'quiz-done',
      type: 'say',
      text: { fr: 'Merci ! Voici, dans l’ordre, les gestes qui comptent le plus pour vous.', en: 'Thank you! Here are the gestures that count most for you, in order.' },
      next: 'explore',
    },
    { id: 'sum', type: 'compute', slot: 'total', op: 'sum-chosen', next: 'km' },
    { id: 'km', type: 'compute', slot: 'km', op: 'divide', from: 'slots.total', by: CAR_KG_PER_KM, round: 0, next: 'summary-branch' },
    {
      id: 'summary-branch',
      type: 'branch',
      cases: [{ when: { test: 'chosen.count', equals: 0 }, next: 'summary-empty' }],
      else: 'summary',
    },
    {
      id: 'summary',
      type: 'say',
      text: {
        fr: '## Mes gestes\n\n{chosen.list}\n\nEnsemble, ils évitent environ **{slots.total} kg d’équivalent CO2 par an**, à peu près ce qu’émet une voiture moyenne sur **{slots.km} km**.\n\n*Calcul : 0,22 kg CO2e par km en voiture, d’après le modèle Nos Gestes Climat de l’ADEME (licence MIT).*',
        en: '## My gestures\n\n{chosen.list}\n\nTogether they avoid about **{slots.total} kg of CO2 equivalent a year**, roughly what an average car emits over **{slots.km} km**.\n\n*Basis: 0.22 kg CO2e per km by car, from ADEME’s Nos Gestes Climat model (MIT licence).*',
      },
      next: 'bye',
    },
    {
      id: 'bye',
      type: 'end',
      text: {
        fr: 'Vous pouvez imprimer ce résumé ou le garder avec le QR code. Merci, et bon courage pour vos gestes !',
        en: 'You can print this summary or keep it with the QR code. Thank you, and good luck with your gestures!',
      },
    },
    {
      id: 'summary-empty',
      type: 'choices',
      text: { fr: 'Vous n’avez pas encore choisi de geste.', en: 'You have not chosen a gesture yet.' },
      options: [
        { id: 'quiz', label: { fr: 'Répondre à 5 questions', en: 'Answer 5 questions' }, next: 'q-housing' },
        { id: 'themes', label: { fr: 'Choisir un thème', en: 'Pick a theme' }, next: 'themes' },
      ],
    },
    {
      id: 'idea',
      type: 'collect',
      text: {
        fr: 'Quelle est votre idée de geste ? Écrivez-la en une phrase (sans nom ni coordonnées).',
        en: 'What is your idea of a gesture? Write it in one sentence (no name or contact details).',
      },
      categoryText: { fr: 'Dans quel thème la rangeriez-vous ?', en: 'Which theme would you put it in?' },
      thanks: { fr: 'Merci ! Votre idée sera transmise à l’équipe de la maison.', en: 'Thank you! Your idea will be passed on to the team.' },
      next: 'after-idea',
      cancel: { label: { fr: 'Finalement, non', en: 'Never mind' }, next: 'menu' },
    },
    {
      id: 'after-idea',
      type: 'choices',
      text: { fr: 'Que voulez-vous faire maintenant ?', en: 'What would you like to do now?' },
      options: [
        { id: 'themes', label: { fr: 'Découvrir des gestes', en: 'Discover gestures' }, next: 'themes' },
        { id: 'idea', label: { fr: 'Proposer une autre idée', en: 'Suggest another idea' }, next: 'idea' },
      ],
    },
  ],
};
