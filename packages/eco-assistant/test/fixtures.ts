// Small tips and flows for the engine tests (the default pack is tested by the tips engineer).
import type { Tip } from '../src/tips.types.js';
import type { Flow } from '../src/flow/flow.types.js';

const tip = (id: string, category: Tip['category'], kg: number | null, fr: string, en: string, keywords: string[] = [], applicability?: Tip['applicability']): Tip => ({
  id,
  category,
  kgCo2ePerYear: kg,
  title: { fr, en },
  advice: { fr: `Conseil : ${fr}.`, en: `Advice: ${en}.` },
  howToStart: { fr: 'Essayez une fois cette semaine.', en: 'Try it once this week.' },
  saves: { fr: 'Des émissions de gaz à effet de serre.', en: 'Greenhouse gas emissions.' },
  keywords: { fr: keywords, en: keywords },
  source: { name: 'Test', licence: 'MIT' },
  ...(applicability ? { applicability } : {}),
});

export const testTips: Tip[] = [
  tip('bike', 'transport', 300, 'Aller au travail à vélo', 'Cycle to work', ['vélo', 'bicyclette'], { not: { is: { car: 'none' } } }),
  tip('flight', 'transport', 1200, 'Renoncer à un vol long-courrier', 'Skip a long-haul flight', ['avion', 'vol'], { not: { is: { flights: 'none' } } }),
  tip('train', 'transport', 150, 'Prendre le train pour les vacances', 'Take the train on holiday', ['train']),
  tip('meat', 'food', 450, 'Manger moins de viande', 'Eat less meat', ['viande'], { is: { diet: ['meat-daily', 'meat-sometimes'] } }),
  tip('local', 'food', 80, 'Acheter des fruits de saison', 'Buy seasonal fruit', ['saison', 'fruits']),
  tip('heating', 'housing', 500, 'Baisser le chauffage de 1 degré', 'Turn the heating down by 1 degree', ['chauffage', 'thermostat'], { not: { is: { heating: 'district' } } }),
  tip('insulate', 'housing', 900, 'Isoler les combles de sa maison', 'Insulate the loft of your house', ['isolation', 'combles'], { is: { housing: 'house' } }),
  tip('phone', 'digital', 30, 'Garder son téléphone plus longtemps', 'Keep your phone longer', ['téléphone', 'smartphone']),
  tip('unknown', 'consumption', null, 'Réparer plutôt que racheter', 'Repair rather than rebuy', ['réparer']),
];

/** A tiny flow used to check nodes one by one. */
export const miniFlow: Flow = {
  format: 'ancre-flow/1',
  id: 'mini',
  locales: ['fr', 'en'],
  start: 'hello',
  fallback: { fr: 'Je n’ai pas compris.', en: 'I did not understand.' },
  intents: [
    { id: 'restart', action: 'restart', label: { fr: 'Recommencer', en: 'Start again' }, keywords: { fr: ['recommencer'], en: ['restart'] } },
    { id: 'help', action: 'goto', next: 'help', label: { fr: 'Aide', en: 'Help' }, keywords: { fr: ['aide'], en: ['help'] } },
  ],
  nodes: [
    { id: 'hello', type: 'say', text: { fr: 'Bonjour.', en: 'Hello.' }, next: 'age' },
    {
      id: 'age',
      type: 'ask',
      text: { fr: 'Quel âge avez-vous ?', en: 'How old are you?' },
      slot: 'age',
      validate: { number: { min: 1, max: 120, integer: true } },
      retry: { fr: 'Un nombre entre 1 et 120, s’il vous plaît.', en: 'A number between 1 and 120, please.' },
      next: 'name',
    },
    { id: 'name', type: 'ask', text: { fr: 'Votre prénom ?', en: 'Your first name?' }, slot: 'name', retry: { fr: 'Votre prénom ?', en: 'Your first name?' }, next: 'check' },
    { id: 'check', type: 'branch', cases: [{ when: { test: 'slots.age', lt: 18 }, next: 'young' }], else: 'greet' },
    { id: 'young', type: 'say', text: { fr: 'Bienvenue, jeune {slots.name} !', en: 'Welcome, young {slots.name}!' }, next: 'pick' },
    { id: 'greet', type: 'say', text: { fr: 'Bienvenue, {slots.name} !', en: 'Welcome, {slots.name}!' }, next: 'pick' },
    {
      id: 'pick',
      type: 'choices',
      text: { fr: 'Un thème ?', en: 'A theme?' },
      options: [
        { id: 'transport', label: { fr: 'Déplacements', en: 'Transport' }, next: 'tips', set: { slots: { theme: 'transport' }, situation: { car: 'petrol', flights: 'none' } } },
        { id: 'idea', label: { fr: 'Une idée', en: 'An idea' }, next: 'idea' },
      ],
    },
    {
      id: 'tips',
      type: 'suggest',
      text: { fr: 'Voici un geste :', en: 'Here is a gesture:' },
      categorySlot: 'theme',
      choose: { label: { fr: 'Je le choisis', en: 'I choose it' }, next: 'total' },
      another: { label: { fr: 'Un autre', en: 'Another' } },
      none: 'none',
    },
    { id: 'total', type: 'compute', slot: 'total', op: 'sum-chosen', next: 'km' },
    { id: 'km', type: 'compute', slot: 'km', op: 'divide', from: 'slots.total', by: 0.2, round: 0, next: 'sum' },
    { id: 'sum', type: 'say', text: { fr: 'Total {slots.total} kg, {slots.km} km.\n\n{chosen.list}', en: 'Total {slots.total} kg, {slots.km} km.\n\n{chosen.list}' }, next: 'tips' },
    { id: 'none', type: 'end', text: { fr: 'Plus rien à proposer.', en: 'Nothing left.' } },
    { id: 'idea', type: 'collect', text: { fr: 'Votre idée ?', en: 'Your idea?' }, categoryText: { fr: 'Quel thème ?', en: 'Which theme?' }, thanks: { fr: 'Merci !', en: 'Thanks!' }, next: 'none' },
    { id: 'help', type: 'choices', text: { fr: 'Aide.', en: 'Help.' }, options: [{ id: 'back', label: { fr: 'Retour', en: 'Back' }, next: 'pick' }] },
  ],
};

/** A deep copy to break on purpose in validation tests. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
