// Our own texts for the default tips pack, in plain French and English (CLE/FALC-friendly: short
// sentences, everyday words, no guilt). Written for Ancre, not taken from Nos Gestes Climat: only the
// figures come from the model (ngc-figures.json). Keyed by tip id; `tips.ts` joins texts and figures.
// Typography: French apostrophe ’; a no-break space (U+00A0) between a number and its unit
// (19 °C, 110 km/h, 5 km) and inside short phone numbers; French texts avoid « » ; : ! ? so that no
// spacing rule before them is needed (a test checks both).
import type { Localized } from '../tips.types.js';

/** The texts of one tip in one language. */
export interface TipTextsIn {
  title: string;
  /** One or two short sentences. */
  advice: string;
  /** One concrete first step. */
  howToStart: string;
  /** What it saves, in words. */
  saves: string;
  /** Words people would type. */
  keywords: string[];
}

/** The texts of one tip, French and English. */
export interface TipTexts {
  fr: TipTextsIn;
  en: TipTextsIn;
}

/** Turns per-language texts into the per-field `Localized` shape of a `Tip`. */
export function localizeTexts(t: TipTexts): {
  title: Localized;
  advice: Localized;
  howToStart: Localized;
  saves: Localized;
  keywords: { fr: string[]; en: string[] };
} {
  return {
    title: { fr: t.fr.title, en: t.en.title },
    advice: { fr: t.fr.advice, en: t.en.advice },
    howToStart: { fr: t.fr.howToStart, en: t.en.howToStart },
    saves: { fr: t.fr.saves, en: t.en.saves },
    keywords: { fr: [...t.fr.keywords], en: [...t.en.keywords] },
  };
}

/** Texts of the 64 Nos Gestes Climat actions, keyed by our tip id (see ngc-figures.json). */
export const ngcTipTexts: Record<string, TipTexts> = {
  // ---------------------------------------------------------------- food
  'ngc.alimentation.repas.reduire-viande.max-1-par-jour': {
    fr: {
      title: 'Manger de la viande une fois par jour au plus',
      advice: 'Si vous mangez de la viande midi et soir, gardez-la pour un seul repas. L’autre repas peut se faire avec des œufs, du fromage ou des légumes secs.',
      howToStart: 'Cette semaine, préparez un repas du soir sans viande, par exemple une omelette ou un plat de lentilles.',
      saves: 'Des gaz à effet de serre liés à l’élevage. Et de l’argent, car la viande est souvent l’aliment le plus cher du panier.',
      keywords: ['viande', 'steak', 'bœuf', 'boeuf', 'porc', 'repas', 'protéines', 'une fois par jour'],
    },
    en: {
      title: 'Eat meat once a day at most',
      advice: 'If you eat meat at lunch and dinner, keep it for one meal only. The other meal can be made with eggs, cheese or pulses.',
      howToStart: 'This week, cook one evening meal without meat, such as an omelette or a lentil dish.',
      saves: 'Greenhouse gases from livestock farming. And money, as meat is often the most expensive item in the basket.',
      keywords: ['meat', 'steak', 'beef', 'pork', 'meal', 'protein', 'once a day'],
    },
  },
  'ngc.alimentation.repas.reduire-viande.max-2-par-semaine': {
    fr: {
      title: 'Manger de la viande deux fois par semaine',
      advice: 'Gardez la viande pour deux repas dans la semaine. Les autres jours, pensez aux œufs, au poisson, aux lentilles ou aux pois chiches.',
      howToStart: 'Choisissez les deux jours de la semaine où vous mangerez de la viande, puis prévoyez les autres repas.',
      saves: 'Une grande partie des émissions liées à l’élevage. C’est l’un des gestes qui comptent le plus dans l’assiette.',
      keywords: ['viande', 'flexitarien', 'moins de viande', 'bœuf', 'boeuf', 'poulet', 'porc', 'semaine'],
    },
    en: {
      title: 'Eat meat twice a week',
      advice: 'Keep meat for two meals a week. On the other days, think of eggs, fish, lentils or chickpeas.',
      howToStart: 'Pick the two days of the week when you will eat meat, then plan the other meals.',
      saves: 'A large share of the emissions from livestock farming. It is one of the gestures that count most on your plate.',
      keywords: ['meat', 'flexitarian', 'less meat', 'beef', 'chicken', 'pork', 'week'],
    },
  },
  'ngc.alimentation.repas.reduire-poisson.max-2-par-semaine': {
    fr: {
      title: 'Manger du poisson deux fois par semaine au plus',
      advice: 'Si vous mangez du poisson presque tous les jours, gardez-le pour deux repas par semaine. Cela ménage aussi les poissons des mers.',
      howToStart: 'Remplacez un repas de poisson par un plat de légumes secs, comme un curry de lentilles.',
      saves: 'Les émissions de la pêche et du transport du poisson, et moins de pression sur les mers.',
      keywords: ['poisson', 'pêche', 'thon', 'saumon', 'cabillaud', 'fruits de mer', 'crevettes'],
    },
    en: {
      title: 'Eat fish twice a week at most',
      advice: 'If you eat fish almost every day, keep it for two meals a week. It also spares the fish in the seas.',
      howToStart: 'Replace one fish meal with a pulse dish, such as a lentil curry.',
      saves: 'The emissions of fishing and carrying fish, and less pressure on the seas.',
      keywords: ['fish', 'fishing', 'tuna', 'salmon', 'cod', 'seafood', 'prawns'],
    },
  },
  'ngc.alimentation.repas.poisson-faible-empreinte': {
    fr: {
      title: 'Préférer le poisson gras au poisson blanc',
      advice: 'Le poisson blanc, comme le cabillaud ou le colin, pèse plus sur le climat que le poisson gras. Pensez à la sardine, au maquereau ou au hareng.',
      howToStart: 'Aux prochaines courses, prenez des sardines ou des filets de maquereau à la place du poisson pané.',
      saves: 'Une partie du carburant brûlé par les bateaux de pêche.',
      keywords: ['poisson', 'sardine', 'maquereau', 'hareng', 'cabillaud', 'colin', 'poisson blanc', 'poisson gras'],
    },
    en: {
      title: 'Choose oily fish rather than white fish',
      advice: 'White fish, such as cod or pollock, weighs more on the climate than oily fish. Think of sardines, mackerel or herring.',
      howToStart: 'Next time you shop, buy sardines or mackerel fillets instead of breaded fish.',
      saves: 'Part of the fuel burnt by fishing boats.',
      keywords: ['fish', 'sardines', 'mackerel', 'herring', 'cod', 'pollock', 'white fish', 'oily fish'],
    },
  },
  'ngc.alimentation.repas.viande-faible-empreinte': {
    fr: {
      title: 'Préférer la volaille au bœuf',
      advice: 'Le bœuf et l’agneau pèsent bien plus sur le climat que le poulet, la dinde ou les œufs. Quand vous mangez de la viande, choisissez plus souvent de la volaille.',
      howToStart: 'Remplacez le steak haché de cette semaine par du poulet ou de la dinde.',
      saves: 'Beaucoup d’émissions. Les vaches et les moutons rejettent du méthane, un gaz qui réchauffe fortement.',
      keywords: ['viande rouge', 'bœuf', 'boeuf', 'agneau', 'veau', 'poulet', 'volaille', 'dinde'],
    },
    en: {
      title: 'Choose poultry rather than beef',
      advice: 'Beef and lamb weigh far more on the climate than chicken, turkey or eggs. When you eat meat, choose poultry more often.',
      howToStart: 'Replace this week’s minced beef with chicken or turkey.',
      saves: 'A lot of emissions. Cows and sheep release methane, a gas that warms strongly.',
      keywords: ['red meat', 'beef', 'lamb', 'veal', 'chicken', 'poultry', 'turkey'],
    },
  },
  'ngc.alimentation.devenir-vegetarien': {
    fr: {
      title: 'Manger végétarien',
      advice: 'Un repas végétarien n’a ni viande ni poisson, mais il peut avoir des œufs, du lait et du fromage. Manger ainsi tous les jours est l’un des plus grands gestes possibles dans l’assiette.',
      howToStart: 'Commencez par une journée végétarienne par semaine, puis ajoutez-en d’autres à votre rythme.',
      saves: 'Une grande partie des émissions de l’alimentation, celles de l’élevage et de la pêche.',
      keywords: ['végétarien', 'végé', 'veggie', 'sans viande', 'légumes', 'légumes secs', 'lentilles'],
    },
    en: {
      title: 'Eat vegetarian',
      advice: 'A vegetarian meal has no meat and no fish, but it can have eggs, milk and cheese. Eating this way every day is one of the biggest gestures on your plate.',
      howToStart: 'Start with one vegetarian day a week, then add more at your own pace.',
      saves: 'A large share of the emissions of food: those of livestock farming and fishing.',
      keywords: ['vegetarian', 'veggie', 'meat-free', 'no meat', 'vegetables', 'pulses', 'lentils'],
    },
  },
  'ngc.alimentation.devenir-vegetalien': {
    fr: {
      title: 'Manger végétalien',
      advice: 'Une alimentation végétalienne n’a aucun produit animal, ni viande, ni poisson, ni œufs, ni lait. Pour rester en bonne santé, il faut prendre de la vitamine B12.',
      howToStart: 'Essayez un repas végétalien par semaine, par exemple un chili aux haricots rouges. Parlez-en à votre médecin si vous voulez aller plus loin.',
      saves: 'La plupart des émissions de l’alimentation qui viennent des animaux.',
      keywords: ['végétalien', 'vegan', 'végane', 'sans produits animaux', 'sans lait', 'sans œufs', 'végétal'],
    },
    en: {
      title: 'Eat vegan',
      advice: 'A vegan diet has no animal products: no meat, fish, eggs or milk. To stay healthy, you need to take vitamin B12.',
      howToStart: 'Try one vegan meal a week, such as a red bean chilli. Talk to your doctor if you want to go further.',
      saves: 'Most of the emissions of food that come from animals.',
      keywords: ['vegan', 'plant-based', 'no animal products', 'dairy-free', 'egg-free'],
    },
  },
  'ngc.alimentation.boisson.reduire-cafe.max-deux-par-jour': {
    fr: {
      title: 'Boire deux cafés par jour au plus',
      advice: 'Le café pousse loin d’ici et sa culture émet beaucoup. Au-delà de deux tasses par jour, cela s’additionne vite.',
      howToStart: 'Remplacez le café de l’après-midi par un verre d’eau ou une infusion.',
      saves: 'Les émissions de la culture et du transport du café.',
      keywords: ['café', 'cafe', 'expresso', 'tasse', 'caféine'],
    },
    en: {
      title: 'Drink two coffees a day at most',
      advice: 'Coffee grows far away and growing it emits a lot. Beyond two cups a day, it adds up quickly.',
      howToStart: 'Replace your afternoon coffee with a glass of water or a herbal tea.',
      saves: 'The emissions of growing and carrying coffee.',
      keywords: ['coffee', 'espresso', 'cup', 'caffeine'],
    },
  },
  'ngc.alimentation.boisson.reduire-cafe.max-un-par-jour': {
    fr: {
      title: 'Boire un café par jour',
      advice: 'Gardez le café pour le moment où vous l’aimez le plus, par exemple le matin. Le reste de la journée, buvez autre chose.',
      howToStart: 'Demain, après le premier café, passez à l’eau, au thé ou à une infusion.',
      saves: 'Les émissions de la culture et du transport du café.',
      keywords: ['café', 'cafe', 'expresso', 'tasse', 'caféine', 'un café'],
    },
    en: {
      title: 'Drink one coffee a day',
      advice: 'Keep coffee for the moment you enjoy it most, for example in the morning. For the rest of the day, drink something else.',
      howToStart: 'Tomorrow, after your first coffee, switch to water, tea or a herbal tea.',
      saves: 'The emissions of growing and carrying coffee.',
      keywords: ['coffee', 'espresso', 'cup', 'caffeine', 'one coffee'],
    },
  },
  'ngc.alimentation.boisson.reduire-cafe.remplace-un-cafe-par-jour-par-the': {
    fr: {
      title: 'Remplacer un café par jour par un thé',
      advice: 'Une tasse de thé pèse bien moins qu’une tasse de café sur le climat. Changer une seule tasse par jour se voit sur l’année.',
      howToStart: 'Achetez un thé que vous aimez et rangez-le à côté de la cafetière.',
      saves: 'Presque toutes les émissions d’une tasse de café par jour.',
      keywords: ['thé', 'the', 'café', 'tasse', 'boisson chaude'],
    },
    en: {
      title: 'Swap one coffee a day for a tea',
      advice: 'A cup of tea weighs much less on the climate than a cup of coffee. Changing just one cup a day shows over the year.',
      howToStart: 'Buy a tea you like and keep it next to the coffee maker.',
      saves: 'Almost all the emissions of one cup of coffee a day.',
      keywords: ['tea', 'coffee', 'cup', 'hot drink'],
    },
  },
  'ngc.alimentation.boisson.reduire-cafe.remplace-par-chicoree': {
    fr: {
      title: 'Passer à la chicorée',
      advice: 'La chicorée se boit comme le café et pousse dans le nord de la France. Son empreinte est bien plus faible.',
      howToStart: 'Essayez un mélange de café et de chicorée pendant une semaine, puis la chicorée seule.',
      saves: 'Les émissions de la culture et du long transport du café.',
      keywords: ['chicorée', 'chicoree', 'café', 'sans caféine', 'boisson chaude'],
    },
    en: {
      title: 'Switch to chicory',
      advice: 'Chicory is drunk like coffee and grows in northern France. Its footprint is much lower.',
      howToStart: 'Try a coffee and chicory blend for a week, then chicory alone.',
      saves: 'The emissions of growing coffee and carrying it a long way.',
      keywords: ['chicory', 'coffee', 'caffeine-free', 'hot drink'],
    },
  },
  'ngc.alimentation.boisson.reduire-chocolat-chaud.max-un-par-jour': {
    fr: {
      title: 'Boire un chocolat chaud par jour au plus',
      advice: 'Le cacao et le lait pèsent sur le climat. Un chocolat chaud par jour suffit pour se faire plaisir.',
      howToStart: 'Remplacez le deuxième chocolat de la journée par une infusion.',
      saves: 'Les émissions du cacao et du lait.',
      keywords: ['chocolat', 'chocolat chaud', 'cacao', 'boisson chaude', 'lait'],
    },
    en: {
      title: 'Drink one hot chocolate a day at most',
      advice: 'Cocoa and milk weigh on the climate. One hot chocolate a day is enough to enjoy it.',
      howToStart: 'Replace the second hot chocolate of the day with a herbal tea.',
      saves: 'The emissions of cocoa and milk.',
      keywords: ['chocolate', 'hot chocolate', 'cocoa', 'hot drink', 'milk'],
    },
  },
  'ngc.alimentation.boisson.reduire-boissons-sucrees.max-un-litres-par-semaine': {
    fr: {
      title: 'Boire un litre de soda ou de jus par semaine au plus',
      advice: 'Les sodas et les jus de fruits pèsent plus qu’on ne le croit, avec le sucre, les emballages et le transport. L’eau du robinet ne pèse presque rien.',
      howToStart: 'Gardez une carafe d’eau fraîche au réfrigérateur, avec une tranche de citron si vous aimez.',
      saves: 'Les émissions de la fabrication, des emballages et du transport des boissons. Et de l’argent.',
      keywords: ['soda', 'jus', 'jus de fruits', 'boisson sucrée', 'sucre', 'canette', 'limonade'],
    },
    en: {
      title: 'Drink one litre of soda or juice a week at most',
      advice: 'Soft drinks and fruit juices weigh more than you might think, with sugar, packaging and transport. Tap water weighs almost nothing.',
      howToStart: 'Keep a jug of cool water in the fridge, with a slice of lemon if you like.',
      saves: 'The emissions of making, packing and carrying drinks. And money.',
      keywords: ['soda', 'soft drink', 'juice', 'fruit juice', 'sugary drink', 'sugar', 'can', 'lemonade'],
    },
  },
  'ngc.alimentation.boisson.reduire-boissons-sucrees.changer-pour-sirop': {
    fr: {
      title: 'Préférer le sirop à l’eau aux sodas et aux jus',
      advice: 'Un sirop allongé d’eau du robinet pèse bien moins qu’un soda ou un jus en bouteille. On ne transporte que le sirop, pas l’eau.',
      howToStart: 'Achetez une bouteille de sirop et servez-le avec l’eau du robinet.',
      saves: 'Les emballages et le transport de litres de boisson.',
      keywords: ['sirop', 'soda', 'jus', 'boisson sucrée', 'eau du robinet'],
    },
    en: {
      title: 'Choose cordial with water over soda and juice',
      advice: 'A cordial topped up with tap water weighs far less than bottled soda or juice. Only the cordial is carried, not the water.',
      howToStart: 'Buy a bottle of cordial and serve it with tap water.',
      saves: 'The packaging and transport of litres of drinks.',
      keywords: ['cordial', 'squash', 'syrup', 'soda', 'juice', 'sugary drink', 'tap water'],
    },
  },
  'ngc.alimentation.boisson.eau-en-bouteille.arreter': {
    fr: {
      title: 'Boire l’eau du robinet',
      advice: 'En France, l’eau du robinet est contrôlée et bonne à boire. Elle évite les bouteilles en plastique et leur transport.',
      howToStart: 'Remplissez une carafe ou une gourde. Si le goût du chlore vous gêne, laissez la carafe une heure au réfrigérateur.',
      saves: 'Le plastique et le transport des bouteilles. Et beaucoup d’argent, car l’eau du robinet coûte bien moins cher.',
      keywords: ['eau', 'bouteille', 'eau en bouteille', 'robinet', 'plastique', 'gourde', 'carafe'],
    },
    en: {
      title: 'Drink tap water',
      advice: 'In France, tap water is tested and safe to drink. It avoids plastic bottles and carrying them around.',
      howToStart: 'Fill a jug or a water bottle. If the taste of chlorine bothers you, leave the jug in the fridge for an hour.',
      saves: 'The plastic and transport of bottles. And a lot of money, as tap water costs far less.',
      keywords: ['water', 'bottle', 'bottled water', 'tap', 'plastic', 'water bottle', 'jug'],
    },
  },
  'ngc.alimentation.bonus.manger-de-saison': {
    fr: {
      title: 'Manger des fruits et légumes de saison',
      advice: 'Hors saison, les fruits et légumes viennent de loin ou poussent dans des serres chauffées. En saison, ils sont aussi meilleurs et moins chers.',
      howToStart: 'Affichez un calendrier des fruits et légumes de saison sur votre réfrigérateur.',
      saves: 'Le chauffage des serres et le transport depuis des pays lointains.',
      keywords: ['saison', 'fruits', 'légumes', 'tomates', 'fraises', 'serre', 'calendrier'],
    },
    en: {
      title: 'Eat fruit and vegetables in season',
      advice: 'Out of season, fruit and vegetables come from far away or grow in heated greenhouses. In season, they also taste better and cost less.',
      howToStart: 'Put a calendar of seasonal fruit and vegetables on your fridge.',
      saves: 'The heating of greenhouses and transport from distant countries.',
      keywords: ['season', 'seasonal', 'fruit', 'vegetables', 'tomatoes', 'strawberries', 'greenhouse'],
    },
  },
  'ngc.alimentation.bonus.manger-local': {
    fr: {
      title: 'Manger des produits d’ici',
      advice: 'Choisissez des produits cultivés près de chez vous, au marché, chez un producteur ou dans un magasin de producteurs.',
      howToStart: 'Repérez le marché ou la vente à la ferme la plus proche et allez-y une fois ce mois-ci.',
      saves: 'Une partie des émissions du transport des aliments. Et cela soutient les agriculteurs de la région.',
      keywords: ['local', 'producteur', 'marché', 'ferme', 'circuit court', 'AMAP', 'région'],
    },
    en: {
      title: 'Eat local food',
      advice: 'Choose food grown near you, at the market, from a farmer or in a farmers’ shop.',
      howToStart: 'Find the nearest market or farm shop and go there once this month.',
      saves: 'Part of the emissions of carrying food. And it supports farmers in your area.',
      keywords: ['local', 'farmer', 'market', 'farm', 'short supply chain', 'farm shop', 'region'],
    },
  },
  'ngc.alimentation.dechets.devenir-zero-dechet': {
    fr: {
      title: 'Réduire fortement ses déchets',
      advice: 'Achetez en vrac, évitez les emballages, réparez et réutilisez. Petit à petit, la poubelle se vide.',
      howToStart: 'Apportez vos propres sacs et boîtes pour vos prochaines courses.',
      saves: 'Les émissions de la fabrication des emballages et du traitement des déchets.',
      keywords: ['déchets', 'zéro déchet', 'poubelle', 'vrac', 'emballage', 'plastique', 'sacs'],
    },
    en: {
      title: 'Cut your waste right down',
      advice: 'Buy loose goods, avoid packaging, repair and reuse. Little by little, the bin gets emptier.',
      howToStart: 'Bring your own bags and boxes for your next shopping.',
      saves: 'The emissions of making packaging and treating waste.',
      keywords: ['waste', 'zero waste', 'bin', 'bulk', 'loose', 'packaging', 'plastic', 'bags'],
    },
  },
  'ngc.alimentation.dechets.reduire-gaspillage': {
    fr: {
      title: 'Jeter moins de nourriture',
      advice: 'Faites une liste avant les courses, regardez les dates et cuisinez les restes. Ce qui n’est pas jeté n’a pas besoin d’être produit.',
      howToStart: 'Avant les courses, regardez ce qui reste dans le réfrigérateur et notez-le sur votre liste.',
      saves: 'Les émissions des aliments produits pour rien. Et de l’argent.',
      keywords: ['gaspillage', 'anti-gaspi', 'restes', 'jeter', 'date', 'frigo', 'courses'],
    },
    en: {
      title: 'Throw away less food',
      advice: 'Make a list before shopping, check the dates and cook the leftovers. What is not thrown away does not need to be produced.',
      howToStart: 'Before shopping, look at what is left in the fridge and write it on your list.',
      saves: 'The emissions of food produced for nothing. And money.',
      keywords: ['food waste', 'leftovers', 'throw away', 'use-by date', 'fridge', 'shopping'],
    },
  },
  'ngc.alimentation.dechets.composter': {
    fr: {
      title: 'Composter ses épluchures',
      advice: 'Les épluchures et les restes de repas peuvent devenir du compost au lieu d’aller à la poubelle. Sans jardin, il existe des composteurs de quartier, des bacs de collecte et des lombricomposteurs.',
      howToStart: 'Demandez à votre mairie où se trouve le composteur ou le bac à biodéchets le plus proche.',
      saves: 'Des déchets brûlés ou enfouis. Et le compost nourrit les plantes gratuitement.',
      keywords: ['compost', 'composter', 'épluchures', 'biodéchets', 'lombricomposteur', 'déchets de cuisine', 'jardin'],
    },
    en: {
      title: 'Compost your peelings',
      advice: 'Peelings and leftovers can become compost instead of going in the bin. Without a garden, there are neighbourhood composters, collection bins and worm bins.',
      howToStart: 'Ask your town hall where the nearest composter or food waste bin is.',
      saves: 'Waste that would be burnt or buried. And compost feeds plants for free.',
      keywords: ['compost', 'composting', 'peelings', 'food waste', 'organic waste', 'worm bin', 'garden'],
    },
  },
  'ngc.alimentation.dechets.avoir-un-stop-pub': {
    fr: {
      title: 'Refuser les prospectus avec un Stop pub',
      advice: 'Avec un autocollant Stop pub, vous ne recevez plus les prospectus. Cela évite du papier imprimé, transporté puis jeté.',
      howToStart: 'Demandez un autocollant Stop pub à votre mairie, ou écrivez simplement Stop pub sur une étiquette.',
      saves: 'Le papier, l’encre et le transport des prospectus.',
      keywords: ['stop pub', 'publicité', 'prospectus', 'boîte aux lettres', 'papier', 'catalogues'],
    },
    en: {
      title: 'Put a “no junk mail” sticker on your letterbox',
      advice: 'With a Stop pub sticker, you no longer get leaflets. It saves paper that is printed, carried and then thrown away.',
      howToStart: 'Ask your town hall for a Stop pub sticker, or simply write Stop pub on a label.',
      saves: 'The paper, ink and transport of leaflets.',
      keywords: ['junk mail', 'stop pub', 'advertising', 'leaflets', 'letterbox', 'mailbox', 'paper', 'catalogues'],
    },
  },
  // ---------------------------------------------------------------- housing
  'ngc.logement.chauffage.installer-une-pac': {
    fr: {
      title: 'Passer à la pompe à chaleur',
      advice: 'Une pompe à chaleur prend la chaleur de l’air ou du sol et chauffe avec de l’électricité. Elle remplace bien une chaudière au fioul ou au gaz.',
      howToStart: 'Appelez France Rénov’ au 0 808 800 700 (service gratuit) pour un conseil et pour connaître les aides.',
      saves: 'La plus grande partie des émissions d’un chauffage au fioul ou au gaz.',
      keywords: ['pompe à chaleur', 'PAC', 'chauffage', 'chaudière', 'fioul', 'gaz', 'radiateur'],
    },
    en: {
      title: 'Switch to a heat pump',
      advice: 'A heat pump takes heat from the air or the ground and heats your home with electricity. It is a good replacement for an oil or gas boiler.',
      howToStart: 'Call France Rénov’ on 0 808 800 700 (free service) for advice and to learn about grants.',
      saves: 'Most of the emissions of oil or gas heating.',
      keywords: ['heat pump', 'heating', 'boiler', 'oil', 'gas', 'radiator'],
    },
  },
  'ngc.logement.chauffage.renovation-energetique': {
    fr: {
      title: 'Faire isoler son logement',
      advice: 'Isoler le toit et les murs, changer les fenêtres, bien aérer. Le logement garde sa chaleur, il est plus confortable et les factures baissent.',
      howToStart: 'Demandez un conseil gratuit à France Rénov’ avant de demander des devis.',
      saves: 'Une partie de l’énergie du chauffage, chaque hiver. Et de l’argent sur les factures.',
      keywords: ['isolation', 'isoler', 'rénovation', 'travaux', 'combles', 'fenêtres', 'MaPrimeRénov', 'passoire thermique'],
    },
    en: {
      title: 'Insulate your home',
      advice: 'Insulate the roof and walls, change the windows, air the rooms well. Your home keeps its heat, it is more comfortable and the bills go down.',
      howToStart: 'Ask France Rénov’ for free advice before getting quotes.',
      saves: 'Part of the heating energy, every winter. And money on the bills.',
      keywords: ['insulation', 'insulate', 'renovation', 'works', 'loft', 'windows', 'draughts'],
    },
  },
  'ngc.logement.chauffage.raccordement-reseau-de-chaleur': {
    fr: {
      title: 'Raccorder son immeuble au réseau de chaleur',
      advice: 'Dans certaines villes, un réseau de chaleur chauffe les immeubles, surtout avec des énergies renouvelables ou de récupération. Un immeuble chauffé au gaz peut parfois s’y raccorder.',
      howToStart: 'Demandez au syndic ou au conseil syndical si un réseau de chaleur passe près de l’immeuble.',
      saves: 'Une grande partie des émissions d’un chauffage collectif au gaz.',
      keywords: ['réseau de chaleur', 'chauffage urbain', 'chauffage collectif', 'immeuble', 'copropriété', 'syndic'],
    },
    en: {
      title: 'Connect your building to the heat network',
      advice: 'In some towns, a heat network warms buildings, mostly with renewable or recovered energy. A gas-heated building can sometimes be connected.',
      howToStart: 'Ask the building manager or the owners’ council whether a heat network runs nearby.',
      saves: 'A large share of the emissions of shared gas heating.',
      keywords: ['heat network', 'district heating', 'shared heating', 'building', 'block of flats', 'building manager'],
    },
  },
  'ngc.logement.chauffage.installer-thermostat': {
    fr: {
      title: 'Programmer son chauffage avec un thermostat',
      advice: 'Un thermostat baisse le chauffage quand vous dormez ou quand vous êtes absent, et le remonte avant votre retour.',
      howToStart: 'Réglez 19 °C dans les pièces de vie et 16 à 17 °C dans les chambres la nuit.',
      saves: 'Environ un huitième de l’énergie du chauffage, selon le modèle de l’ADEME. Et de l’argent.',
      keywords: ['thermostat', 'chauffage', 'température', 'programmer', 'radiateur', '19 degrés'],
    },
    en: {
      title: 'Programme your heating with a thermostat',
      advice: 'A thermostat turns the heating down while you sleep or are away, and back up before you return.',
      howToStart: 'Set 19 °C in living rooms and 16 to 17 °C in bedrooms at night.',
      saves: 'About one eighth of the heating energy, according to ADEME’s model. And money.',
      keywords: ['thermostat', 'heating', 'temperature', 'programme', 'radiator', '19 degrees'],
    },
  },
  'ngc.logement.chauffage.chauffe-eau-solaire.installer-chauffe-eau-solaire': {
    fr: {
      title: 'Installer un chauffe-eau solaire',
      advice: 'Des capteurs sur le toit chauffent l’eau de la douche et de la cuisine grâce au soleil. Ils couvrent une bonne partie des besoins de l’année.',
      howToStart: 'Demandez à France Rénov’ si votre toit convient et quelles aides existent.',
      saves: 'Une grande partie de l’énergie qui chauffe l’eau.',
      keywords: ['chauffe-eau', 'solaire', 'eau chaude', 'ballon', 'soleil', 'toit', 'douche'],
    },
    en: {
      title: 'Install a solar water heater',
      advice: 'Panels on the roof heat the water for the shower and the kitchen with the sun. They cover a good share of the needs over the year.',
      howToStart: 'Ask France Rénov’ whether your roof is suitable and what grants exist.',
      saves: 'A large share of the energy that heats water.',
      keywords: ['water heater', 'solar', 'hot water', 'tank', 'sun', 'roof', 'shower'],
    },
  },
  'ngc.logement.exterieur.barbecue-plus-ecologique': {
    fr: {
      title: 'Passer au barbecue électrique ou au gaz',
      advice: 'Le charbon de bois émet beaucoup à chaque grillade. Sur toute sa vie, un barbecue électrique ou au gaz émet moins.',
      howToStart: 'Quand votre barbecue à charbon sera usé, remplacez-le par un modèle électrique ou au gaz.',
      saves: 'Le charbon de bois brûlé à chaque repas dehors.',
      keywords: ['barbecue', 'charbon', 'grillade', 'plancha', 'jardin', 'terrasse'],
    },
    en: {
      title: 'Switch to an electric or gas barbecue',
      advice: 'Charcoal emits a lot at each barbecue. Over its whole life, an electric or gas barbecue emits less.',
      howToStart: 'When your charcoal barbecue wears out, replace it with an electric or gas model.',
      saves: 'The charcoal burnt at each outdoor meal.',
      keywords: ['barbecue', 'bbq', 'charcoal', 'grill', 'garden', 'patio'],
    },
  },
  'ngc.logement.exterieur.privilegier-le-bois-pour-le-salon-de-jardin': {
    fr: {
      title: 'Choisir des meubles de jardin en bois',
      advice: 'Le bois pèse moins sur le climat que la résine, qui est du plastique, ou que le métal. Gardez aussi longtemps que possible les meubles que vous avez.',
      howToStart: 'Avant d’acheter, regardez les meubles de jardin d’occasion, et préférez un bois labellisé FSC ou PEFC.',
      saves: 'Les émissions de fabrication du plastique ou du métal.',
      keywords: ['salon de jardin', 'meubles de jardin', 'bois', 'résine', 'chaises', 'table', 'terrasse'],
    },
    en: {
      title: 'Choose wooden garden furniture',
      advice: 'Wood weighs less on the climate than resin, which is plastic, or metal. Also keep the furniture you have for as long as you can.',
      howToStart: 'Before buying, look at second-hand garden furniture, and prefer FSC or PEFC labelled wood.',
      saves: 'The emissions of making plastic or metal.',
      keywords: ['garden furniture', 'patio furniture', 'wood', 'resin', 'chairs', 'table', 'patio'],
    },
  },
  'ngc.logement.exterieur.passer-a-la-tondeuse-electrique': {
    fr: {
      title: 'Passer à une tondeuse électrique',
      advice: 'Une tondeuse électrique ne brûle pas d’essence et fait moins de bruit. Tondre moins souvent laisse aussi des fleurs pour les insectes.',
      howToStart: 'Quand votre tondeuse à essence sera usée, choisissez un modèle électrique, neuf ou d’occasion.',
      saves: 'L’essence brûlée et sa fumée.',
      keywords: ['tondeuse', 'pelouse', 'gazon', 'jardin', 'essence', 'tondre'],
    },
    en: {
      title: 'Switch to an electric lawnmower',
      advice: 'An electric mower burns no petrol and makes less noise. Mowing less often also leaves flowers for insects.',
      howToStart: 'When your petrol mower wears out, choose an electric one, new or second-hand.',
      saves: 'The petrol burnt and its fumes.',
      keywords: ['lawnmower', 'mower', 'lawn', 'grass', 'garden', 'petrol', 'mowing'],
    },
  },
  'ngc.logement.climatisation.reduction': {
    fr: {
      title: 'Garder la fraîcheur sans climatiseur',
      advice: 'Pour garder la fraîcheur, fermez volets et fenêtres le jour et aérez la nuit. Un ventilateur consomme bien moins qu’un climatiseur.',
      howToStart: 'Au prochain jour chaud, fermez les volets dès le matin du côté du soleil.',
      saves: 'L’électricité du climatiseur et les fuites de son gaz, qui réchauffe fortement.',
      keywords: ['climatisation', 'clim', 'climatiseur', 'chaleur', 'canicule', 'ventilateur', 'fraîcheur'],
    },
    en: {
      title: 'Keep cool without air conditioning',
      advice: 'To keep cool, close shutters and windows during the day and air the rooms at night. A fan uses far less than an air conditioner.',
      howToStart: 'On the next hot day, close the shutters on the sunny side in the morning.',
      saves: 'The electricity of the air conditioner and leaks of its gas, which warms strongly.',
      keywords: ['air conditioning', 'aircon', 'heat', 'heatwave', 'fan', 'cool'],
    },
  },
  'ngc.logement.mutualiser-son-logement': {
    fr: {
      title: 'Accueillir quelqu’un chez soi',
      advice: 'Si votre logement est grand pour vous, accueillir quelqu’un permet de partager le chauffage et l’espace. Cela peut être une colocation, ou un étudiant chez une personne âgée.',
      howToStart: 'Renseignez-vous sur la cohabitation intergénérationnelle près de chez vous.',
      saves: 'Le chauffage, l’électricité et la construction de logements, partagés entre plus de personnes.',
      keywords: ['colocation', 'cohabitation', 'partager', 'logement', 'chambre', 'grande maison', 'intergénérationnel'],
    },
    en: {
      title: 'Share your home',
      advice: 'If your home is big for you, taking someone in shares the heating and the space. It can be a flatshare, or a student living with an older person.',
      howToStart: 'Find out about intergenerational home sharing near you.',
      saves: 'Heating, electricity and the building of homes, shared between more people.',
      keywords: ['flatshare', 'home sharing', 'share', 'housing', 'spare room', 'big house', 'intergenerational'],
    },
  },
  'ngc.logement.installer-photovoltaique': {
    fr: {
      title: 'Installer des panneaux solaires',
      advice: 'Des panneaux sur le toit produisent de l’électricité pour la maison. En France, l’électricité émet déjà peu, donc le gain pour le climat reste modeste.',
      howToStart: 'Demandez conseil à France Rénov’ avant de signer un devis, et méfiez-vous du démarchage à domicile.',
      saves: 'Une petite partie des émissions de votre électricité.',
      keywords: ['panneaux solaires', 'photovoltaïque', 'solaire', 'toit', 'électricité', 'autoconsommation'],
    },
    en: {
      title: 'Install solar panels',
      advice: 'Panels on the roof make electricity for the house. In France, electricity already emits little, so the gain for the climate stays modest.',
      howToStart: 'Ask France Rénov’ for advice before signing a quote, and beware of door-to-door sellers.',
      saves: 'A small part of the emissions of your electricity.',
      keywords: ['solar panels', 'photovoltaic', 'solar', 'roof', 'electricity', 'self-consumption'],
    },
  },
  'ngc.logement.electricite-verte': {
    fr: {
      title: 'Choisir une électricité verte qui finance du neuf',
      advice: 'Certaines offres financent directement de nouvelles installations renouvelables. D’autres achètent seulement des certificats. Comparez avant de choisir.',
      howToStart: 'Comparez les offres sur le comparateur public du Médiateur national de l’énergie, energie-info.fr.',
      saves: 'Pas de chiffre. L’effet dépend de l’offre choisie.',
      keywords: ['électricité verte', 'fournisseur', 'énergie renouvelable', 'offre', 'contrat', 'électricité'],
    },
    en: {
      title: 'Choose green electricity that funds new plants',
      advice: 'Some offers directly fund new renewable plants. Others only buy certificates. Compare before you choose.',
      howToStart: 'Compare offers on the public comparison tool of the national energy ombudsman, energie-info.fr.',
      saves: 'No figure. The effect depends on the offer you choose.',
      keywords: ['green electricity', 'supplier', 'renewable energy', 'offer', 'contract', 'electricity'],
    },
  },
  // ---------------------------------------------------------------- transport
  'ngc.transport.avion.arreter-lavion': {
    fr: {
      title: 'Voyager sans avion',
      advice: 'Un seul voyage en avion peut peser autant que des mois de vie quotidienne. Le train, le car ou le bateau mènent aussi à de belles vacances, plus près ou plus lentement.',
      howToStart: 'Pour vos prochaines vacances, cherchez d’abord une destination que l’on peut rejoindre en train.',
      saves: 'Toutes les émissions de vos vols.',
      keywords: ['avion', 'vol', 'vacances', 'voyage', 'aéroport', 'train', 'car'],
    },
    en: {
      title: 'Go on holiday without flying',
      advice: 'A single trip by plane can weigh as much as months of daily life. Trains, coaches and boats also lead to great holidays, closer or more slowly.',
      howToStart: 'For your next holiday, first look for a place you can reach by train.',
      saves: 'All the emissions of your flights.',
      keywords: ['plane', 'flight', 'flying', 'holiday', 'travel', 'airport', 'train', 'coach'],
    },
  },
  'ngc.transport.avion.arreter-lavion-court': {
    fr: {
      title: 'Prendre le train plutôt que l’avion pour les trajets courts',
      advice: 'D’une ville à l’autre, en France ou en Europe, le train émet bien moins que l’avion. Il arrive souvent en centre-ville.',
      howToStart: 'Pour votre prochain trajet, comparez le temps de porte à porte en train et en avion.',
      saves: 'Les émissions des vols courts, remplacées par celles du train, bien plus faibles.',
      keywords: ['train', 'TGV', 'avion', 'vol court', 'trajet', 'gare'],
    },
    en: {
      title: 'Take the train rather than the plane for short trips',
      advice: 'From one city to another, in France or Europe, the train emits far less than the plane. It often arrives in the city centre.',
      howToStart: 'For your next trip, compare the door-to-door time by train and by plane.',
      saves: 'The emissions of short flights, replaced by the much lower ones of the train.',
      keywords: ['train', 'high-speed train', 'plane', 'short flight', 'trip', 'station'],
    },
  },
  'ngc.transport.avion.prendre-moins-lavion': {
    fr: {
      title: 'Prendre l’avion deux fois moins',
      advice: 'Si vous prenez l’avion, faites moins de voyages mais restez plus longtemps sur place, et évitez les escales.',
      howToStart: 'Regroupez deux séjours courts en un seul séjour plus long.',
      saves: 'La moitié des émissions de vos vols.',
      keywords: ['avion', 'vol', 'voyage', 'vacances', 'escale', 'moins voyager'],
    },
    en: {
      title: 'Fly half as much',
      advice: 'If you fly, take fewer trips but stay longer, and avoid stopovers.',
      howToStart: 'Combine two short stays into one longer stay.',
      saves: 'Half the emissions of your flights.',
      keywords: ['plane', 'flight', 'flying', 'travel', 'holiday', 'stopover', 'fly less'],
    },
  },
  'ngc.transport.voiture.eco-conduite': {
    fr: {
      title: 'Conduire en souplesse',
      advice: 'Démarrez en douceur, anticipez pour freiner moins et vérifiez la pression des pneus. La voiture consomme moins de carburant.',
      howToStart: 'Vérifiez la pression de vos pneus à la prochaine station-service.',
      saves: 'Une partie du carburant, donc de l’argent, et moins d’usure de la voiture.',
      keywords: ['éco-conduite', 'conduite', 'conduire', 'carburant', 'essence', 'diesel', 'pneus', 'voiture'],
    },
    en: {
      title: 'Drive smoothly',
      advice: 'Start gently, look ahead so you brake less and check the tyre pressure. The car uses less fuel.',
      howToStart: 'Check your tyre pressure at the next filling station.',
      saves: 'Part of the fuel, so money, and less wear on the car.',
      keywords: ['eco-driving', 'driving', 'drive', 'fuel', 'petrol', 'diesel', 'tyres', 'car'],
    },
  },
  'ngc.transport.voiture.faire-durer': {
    fr: {
      title: 'Garder sa voiture plus longtemps',
      advice: 'Fabriquer une voiture émet beaucoup. L’entretenir et la réparer pour la garder des années évite d’en fabriquer une autre.',
      howToStart: 'Faites l’entretien prévu dans le carnet de la voiture, au bon moment.',
      saves: 'Les émissions de fabrication d’une voiture neuve, réparties sur plus d’années.',
      keywords: ['voiture', 'garder', 'entretien', 'réparer', 'garage', 'révision', 'vieille voiture'],
    },
    en: {
      title: 'Keep your car for longer',
      advice: 'Making a car emits a lot. Servicing and repairing it to keep it for years avoids making another one.',
      howToStart: 'Have the car serviced as the service book says, at the right time.',
      saves: 'The emissions of making a new car, spread over more years.',
      keywords: ['car', 'keep', 'servicing', 'repair', 'garage', 'maintenance', 'old car'],
    },
  },
  'ngc.transport.voiture.reduire-taille': {
    fr: {
      title: 'Choisir une voiture plus petite',
      advice: 'Une petite voiture, plus légère, consomme moins et demande moins de matière pour être fabriquée.',
      howToStart: 'Au prochain changement de voiture, notez vos vrais besoins. La plupart des trajets se font à une ou deux personnes.',
      saves: 'Du carburant à chaque trajet, et une partie des émissions de fabrication.',
      keywords: ['petite voiture', 'citadine', 'SUV', 'voiture', 'acheter une voiture', 'poids'],
    },
    en: {
      title: 'Choose a smaller car',
      advice: 'A small, lighter car uses less fuel and needs less material to make.',
      howToStart: 'Next time you change cars, write down what you really need. Most trips are made by one or two people.',
      saves: 'Fuel on every trip, and part of the emissions of making the car.',
      keywords: ['small car', 'city car', 'SUV', 'car', 'buy a car', 'weight'],
    },
  },
  'ngc.transport.voiture.autopartage': {
    fr: {
      title: 'Partager une voiture plutôt que la posséder',
      advice: 'Si vous roulez peu, l’autopartage vous donne une voiture quand vous en avez besoin, sans l’acheter ni l’entretenir.',
      howToStart: 'Cherchez s’il existe un service d’autopartage ou de location entre voisins dans votre commune.',
      saves: 'La fabrication d’une voiture, et souvent des trajets, car on la prend seulement quand c’est utile.',
      keywords: ['autopartage', 'voiture partagée', 'partager sa voiture', 'location', 'voisins'],
    },
    en: {
      title: 'Share a car rather than own one',
      advice: 'If you drive little, car sharing gives you a car when you need one, without buying or servicing it.',
      howToStart: 'Find out whether there is a car-sharing or peer-to-peer rental service in your town.',
      saves: 'The making of a car, and often some trips, as you only take it when it is useful.',
      keywords: ['car sharing', 'car club', 'shared car', 'rental', 'neighbours'],
    },
  },
  'ngc.transport.voiture.covoiturage': {
    fr: {
      title: 'Partager ses trajets en voiture',
      advice: 'Partager la voiture avec des personnes qui font le même trajet divise les émissions et les frais.',
      howToStart: 'Proposez à un voisin ou à un collègue de faire un trajet ensemble cette semaine.',
      saves: 'Une part des émissions et des frais de chaque trajet partagé.',
      keywords: ['covoiturage', 'covoiturer', 'partager un trajet', 'passager', 'voiture', 'auto-stop'],
    },
    en: {
      title: 'Share car journeys',
      advice: 'Sharing the car with people making the same trip divides the emissions and the costs.',
      howToStart: 'Ask a neighbour or a colleague to make a trip together this week.',
      saves: 'A share of the emissions and costs of each shared trip.',
      keywords: ['carpool', 'car sharing', 'ride sharing', 'lift', 'passenger', 'car'],
    },
  },
  'ngc.transport.voiture.voiture-5km': {
    fr: {
      title: 'Laisser la voiture pour les trajets de moins de 5 km',
      advice: 'Sur les petites distances, la marche, le vélo ou le bus sont souvent aussi rapides. Moteur froid, la voiture consomme beaucoup sur les petits trajets.',
      howToStart: 'Choisissez un petit trajet de la semaine, comme la boulangerie ou l’école, et faites-le à pied ou à vélo.',
      saves: 'Le carburant des petits trajets, les plus gourmands au kilomètre. Et c’est bon pour la santé.',
      keywords: ['vélo', 'marche', 'à pied', 'petit trajet', 'bus', 'trottinette', 'courses', 'école'],
    },
    en: {
      title: 'Leave the car for trips under 5 km',
      advice: 'Over short distances, walking, cycling or the bus are often just as fast. With a cold engine, a car uses a lot on short trips.',
      howToStart: 'Pick one short trip this week, such as the bakery or school, and walk or cycle.',
      saves: 'The fuel of short trips, the greediest per kilometre. And it is good for your health.',
      keywords: ['bike', 'cycling', 'walking', 'on foot', 'short trip', 'bus', 'scooter', 'school'],
    },
  },
  'ngc.transport.voiture.voiture-electrique': {
    fr: {
      title: 'Passer à la voiture électrique',
      advice: 'Une voiture électrique ne rejette pas de gaz en roulant, et l’électricité française émet peu. Sa fabrication émet plus, donc choisissez un modèle pas trop lourd.',
      howToStart: 'Essayez une voiture électrique en location ou en autopartage, et demandez quelles aides existent.',
      saves: 'La plus grande partie des émissions du carburant.',
      keywords: ['voiture électrique', 'électrique', 'recharge', 'batterie', 'borne', 'hybride'],
    },
    en: {
      title: 'Switch to an electric car',
      advice: 'An electric car emits no gas while driving, and French electricity emits little. Making it emits more, so choose a model that is not too heavy.',
      howToStart: 'Try an electric car through rental or car sharing, and ask which grants exist.',
      saves: 'Most of the emissions of fuel.',
      keywords: ['electric car', 'EV', 'electric', 'charging', 'battery', 'charging point', 'hybrid'],
    },
  },
  'ngc.transport.voiture.limitation-autoroute': {
    fr: {
      title: 'Rouler à 110 km/h sur l’autoroute',
      advice: 'Rouler à 110 au lieu de 130 km/h consomme nettement moins, pour quelques minutes de plus sur un long trajet.',
      howToStart: 'Au prochain trajet sur autoroute, réglez le régulateur de vitesse sur 110 km/h.',
      saves: 'Une partie du carburant sur autoroute, et de l’argent.',
      keywords: ['autoroute', 'vitesse', '110', 'carburant', 'régulateur', 'péage'],
    },
    en: {
      title: 'Drive at 110 km/h on motorways',
      advice: 'Driving at 110 instead of 130 km/h uses clearly less fuel, for a few more minutes on a long trip.',
      howToStart: 'On your next motorway trip, set the cruise control to 110 km/h.',
      saves: 'Part of the fuel on motorways, and money.',
      keywords: ['motorway', 'highway', 'speed', '110', 'fuel', 'cruise control'],
    },
  },
  'ngc.transport.voiture.boulot.faire-du-covoiturage': {
    fr: {
      title: 'Partager la voiture pour aller au travail',
      advice: 'Des collègues ou des voisins font souvent le même trajet que vous. En partageant la voiture, chacun dépense et émet moins.',
      howToStart: 'Demandez à votre employeur ou à votre mairie s’il existe un service de covoiturage pour aller au travail.',
      saves: 'Une grande part des émissions et des frais du trajet vers le travail.',
      keywords: ['covoiturage', 'travail', 'boulot', 'collègues', 'trajet domicile-travail', 'bureau'],
    },
    en: {
      title: 'Share the car to get to work',
      advice: 'Colleagues or neighbours often make the same trip as you. By sharing the car, everyone spends and emits less.',
      howToStart: 'Ask your employer or your town hall whether there is a carpooling service for getting to work.',
      saves: 'A large share of the emissions and costs of the trip to work.',
      keywords: ['carpool', 'work', 'job', 'colleagues', 'commute', 'office'],
    },
  },
  'ngc.transport.voiture.boulot.sans-voiture': {
    fr: {
      title: 'Aller au travail sans voiture',
      advice: 'Le bus, le train, le vélo ou le vélo électrique peuvent remplacer la voiture pour aller au travail, au moins certains jours. Votre employeur paie une partie de l’abonnement de transport en commun.',
      howToStart: 'Testez le trajet en transport en commun ou à vélo un jour de repos, sans stress.',
      saves: 'Les émissions et les frais de la voiture sur le trajet du travail.',
      keywords: ['bus', 'train', 'vélo', 'vélo électrique', 'travail', 'transports en commun', 'tram', 'métro'],
    },
    en: {
      title: 'Get to work without a car',
      advice: 'The bus, the train, a bike or an e-bike can replace the car to get to work, at least on some days. Your employer pays part of your public transport pass.',
      howToStart: 'Try the trip by public transport or by bike on a day off, without stress.',
      saves: 'The emissions and costs of the car on the way to work.',
      keywords: ['bus', 'train', 'bike', 'e-bike', 'work', 'public transport', 'tram', 'underground'],
    },
  },
  'ngc.transport.voiture.boulot.teletravail': {
    fr: {
      title: 'Télétravailler quand c’est possible',
      advice: 'Chaque jour de travail à la maison évite un aller-retour en voiture.',
      howToStart: 'Parlez avec votre employeur d’un ou deux jours de télétravail par semaine.',
      saves: 'Les trajets en voiture des jours travaillés à la maison.',
      keywords: ['télétravail', 'teletravail', 'travail à distance', 'maison', 'domicile', 'bureau'],
    },
    en: {
      title: 'Work from home when you can',
      advice: 'Each day of working from home saves a round trip by car.',
      howToStart: 'Talk to your employer about one or two days of remote work a week.',
      saves: 'The car trips of the days worked from home.',
      keywords: ['remote work', 'work from home', 'teleworking', 'home', 'office'],
    },
  },
  'ngc.transport.deux-roues.scooter-electrique': {
    fr: {
      title: 'Passer au scooter électrique',
      advice: 'Un scooter électrique ne rejette pas de fumée, fait peu de bruit et coûte peu à recharger.',
      howToStart: 'Essayez un scooter électrique en location ou chez un vendeur avant de changer.',
      saves: 'L’essence du scooter, remplacée par un peu d’électricité.',
      keywords: ['scooter', 'moto', 'deux-roues', 'scooter électrique', 'mobylette', 'essence'],
    },
    en: {
      title: 'Switch to an electric scooter',
      advice: 'An electric scooter gives off no fumes, makes little noise and costs little to charge.',
      howToStart: 'Try an electric scooter through rental or at a dealer before you change.',
      saves: 'The scooter’s petrol, replaced by a little electricity.',
      keywords: ['scooter', 'moped', 'motorbike', 'two-wheeler', 'electric scooter', 'petrol'],
    },
  },
  'ngc.transport.ferry.arreter-ferry': {
    fr: {
      title: 'Voyager sans ferry',
      advice: 'Un ferry émet beaucoup, surtout pour les longues traversées avec une voiture à bord. Quand c’est possible, choisissez des vacances sans traversée.',
      howToStart: 'Pour vos prochaines vacances, regardez une destination que l’on peut rejoindre sans bateau.',
      saves: 'Les émissions de vos traversées.',
      keywords: ['ferry', 'bateau', 'traversée', 'île', 'Corse', 'croisière'],
    },
    en: {
      title: 'Travel without ferries',
      advice: 'A ferry emits a lot, especially on long crossings with a car on board. When you can, choose holidays without a crossing.',
      howToStart: 'For your next holiday, look at places you can reach without a boat.',
      saves: 'The emissions of your crossings.',
      keywords: ['ferry', 'boat', 'crossing', 'island', 'Corsica', 'cruise'],
    },
  },
  'ngc.transport.ferry.reduire-ferry': {
    fr: {
      title: 'Prendre le ferry deux fois moins',
      advice: 'Faites moins de traversées et restez plus longtemps sur place. Partir sans voiture allège aussi le trajet.',
      howToStart: 'Pour votre prochaine traversée, voyez si vous pouvez laisser la voiture au port.',
      saves: 'La moitié des émissions de vos traversées.',
      keywords: ['ferry', 'bateau', 'traversée', 'île', 'voiture', 'port'],
    },
    en: {
      title: 'Take the ferry half as often',
      advice: 'Make fewer crossings and stay longer. Travelling without a car also lightens the trip.',
      howToStart: 'For your next crossing, see whether you can leave the car at the port.',
      saves: 'Half the emissions of your crossings.',
      keywords: ['ferry', 'boat', 'crossing', 'island', 'car', 'port'],
    },
  },
  // ---------------------------------------------------------------- consumption and digital
  'ngc.divers.partage-ngc': {
    fr: {
      title: 'Faire le test Nos Gestes Climat et le partager',
      advice: 'Ce test gratuit de l’ADEME calcule votre empreinte et propose des gestes adaptés. En parler autour de vous aide d’autres personnes à se lancer.',
      howToStart: 'Faites le test sur nosgestesclimat.fr, puis montrez-le à un proche.',
      saves: 'Pas de chiffre. Chaque personne qui agit à son tour compte.',
      keywords: ['test', 'empreinte carbone', 'calculer', 'bilan carbone', 'partager', 'Nos Gestes Climat', 'ADEME'],
    },
    en: {
      title: 'Take the Nos Gestes Climat test and share it',
      advice: 'This free test by ADEME works out your footprint and suggests gestures that fit you. Talking about it helps other people get started.',
      howToStart: 'Take the test on nosgestesclimat.fr, then show it to someone close to you.',
      saves: 'No figure. Every person who acts in turn counts.',
      keywords: ['test', 'carbon footprint', 'calculate', 'carbon calculator', 'share', 'Nos Gestes Climat', 'ADEME'],
    },
  },
  'ngc.divers.aider-les-autres': {
    fr: {
      title: 'Entraîner ses proches dans ses gestes',
      advice: 'Partagez une recette sans viande, prêtez un outil, montrez un trajet à vélo. Vos gestes peuvent en entraîner d’autres.',
      howToStart: 'Invitez un proche à un repas végétarien ou à une balade à vélo.',
      saves: 'Pas de chiffre. L’effet s’ajoute à celui de vos propres gestes.',
      keywords: ['aider', 'proches', 'famille', 'amis', 'partager', 'prêter', 'entraide'],
    },
    en: {
      title: 'Bring those close to you along',
      advice: 'Share a meat-free recipe, lend a tool, show someone a bike route. Your gestures can lead to others.',
      howToStart: 'Invite someone close to you to a vegetarian meal or a bike ride.',
      saves: 'No figure. The effect adds to that of your own gestures.',
      keywords: ['help', 'family', 'friends', 'share', 'lend', 'mutual aid'],
    },
  },
  'ngc.divers.meuble-ou-electromenager.allongement': {
    fr: {
      title: 'Garder plus longtemps ses meubles et son électroménager',
      advice: 'Un lave-linge ou une armoire émet surtout à la fabrication. Les entretenir et les faire réparer évite d’en racheter.',
      howToStart: 'Quand un appareil tombe en panne, demandez un devis de réparation avant d’en acheter un neuf. Le bonus réparation baisse la facture chez un réparateur labellisé.',
      saves: 'Les émissions de fabrication d’appareils et de meubles neufs. Et de l’argent.',
      keywords: ['électroménager', 'réparer', 'réparation', 'meubles', 'lave-linge', 'frigo', 'panne', 'bonus réparation'],
    },
    en: {
      title: 'Keep your furniture and appliances for longer',
      advice: 'A washing machine or a wardrobe emits mostly when it is made. Looking after them and having them repaired avoids buying new ones.',
      howToStart: 'When an appliance breaks down, ask for a repair quote before buying a new one. The repair bonus lowers the bill at a labelled repairer.',
      saves: 'The emissions of making new appliances and furniture. And money.',
      keywords: ['appliances', 'repair', 'furniture', 'washing machine', 'fridge', 'breakdown', 'repair bonus'],
    },
  },
  'ngc.divers.publicite': {
    fr: {
      title: 'Résister aux promotions',
      advice: 'Soldes et promotions donnent envie d’acheter ce dont on n’a pas besoin. Avant d’acheter, attendez quelques jours.',
      howToStart: 'Désabonnez-vous des courriels publicitaires de deux ou trois magasins.',
      saves: 'Pas de chiffre. Chaque achat évité évite une fabrication et un transport.',
      keywords: ['publicité', 'promotion', 'soldes', 'achats', 'shopping', 'courriels', 'newsletter'],
    },
    en: {
      title: 'Resist special offers',
      advice: 'Sales and special offers make you want things you do not need. Before buying, wait a few days.',
      howToStart: 'Unsubscribe from the advertising emails of two or three shops.',
      saves: 'No figure. Each purchase avoided avoids making and carrying something.',
      keywords: ['advertising', 'special offer', 'sales', 'shopping', 'buying', 'emails', 'newsletter'],
    },
  },
  'ngc.divers.numerique.appareils.allongement': {
    fr: {
      title: 'Garder plus longtemps ses appareils numériques',
      advice: 'La plus grande partie de l’empreinte d’un téléphone ou d’un ordinateur vient de sa fabrication. Le garder quelques années de plus compte beaucoup.',
      howToStart: 'Protégez votre téléphone avec une coque, et faites changer la batterie plutôt que le téléphone.',
      saves: 'La fabrication d’appareils neufs et les métaux qu’elle demande.',
      keywords: ['téléphone', 'smartphone', 'portable', 'ordinateur', 'tablette', 'réparer', 'batterie', 'écran'],
    },
    en: {
      title: 'Keep your digital devices for longer',
      advice: 'Most of the footprint of a phone or a computer comes from making it. Keeping it a few more years counts a lot.',
      howToStart: 'Protect your phone with a case, and have the battery replaced rather than the phone.',
      saves: 'The making of new devices and the metals it needs.',
      keywords: ['phone', 'smartphone', 'mobile', 'computer', 'laptop', 'tablet', 'repair', 'battery', 'screen'],
    },
  },
  'ngc.divers.numerique.internet.diminuer': {
    fr: {
      title: 'Regarder moins de vidéos en ligne',
      advice: 'Les vidéos en ligne font circuler beaucoup de données. Regarder moins longtemps et baisser la qualité de l’image, surtout sur un téléphone, réduit cette charge.',
      howToStart: 'Désactivez la lecture automatique des vidéos dans vos applications.',
      saves: 'L’énergie des réseaux et des centres de données.',
      keywords: ['vidéo', 'streaming', 'internet', 'séries', 'films', 'écran', 'données'],
    },
    en: {
      title: 'Watch fewer online videos',
      advice: 'Online videos move a lot of data. Watching less and lowering the picture quality, especially on a phone, reduces that load.',
      howToStart: 'Turn off autoplay for videos in your apps.',
      saves: 'The energy of networks and data centres.',
      keywords: ['video', 'streaming', 'internet', 'series', 'films', 'screen', 'data'],
    },
  },
  'ngc.divers.tabac.arreter': {
    fr: {
      title: 'Arrêter le tabac',
      advice: 'Le tabac est cultivé, séché et transporté, et les mégots polluent l’eau. Arrêter est d’abord très bon pour votre santé.',
      howToStart: 'Appelez Tabac Info Service au 39 89 (service gratuit), ou parlez-en à votre médecin ou à votre pharmacien.',
      saves: 'Les émissions de la production du tabac et la pollution des mégots. Et beaucoup d’argent.',
      keywords: ['tabac', 'cigarette', 'fumer', 'arrêter de fumer', 'mégots', 'tabagisme'],
    },
    en: {
      title: 'Quit smoking',
      advice: 'Tobacco is grown, dried and shipped, and cigarette butts pollute water. Stopping is first of all very good for your health.',
      howToStart: 'Call Tabac Info Service on 39 89 (free service), or talk to your doctor or pharmacist.',
      saves: 'The emissions of producing tobacco and the pollution of cigarette butts. And a lot of money.',
      keywords: ['tobacco', 'cigarette', 'smoking', 'quit smoking', 'stop smoking', 'butts'],
    },
  },
  'ngc.divers.textile.reduire-neuf.privilegier-la-seconde-main': {
    fr: {
      title: 'Acheter ses vêtements d’occasion',
      advice: 'Un vêtement d’occasion n’a pas besoin d’être fabriqué. Friperies, vide-greniers, ressourceries et sites de revente en proposent beaucoup.',
      howToStart: 'Pour votre prochain vêtement, passez d’abord par une friperie ou une ressourcerie.',
      saves: 'La fabrication de vêtements neufs, du coton à la teinture et au transport.',
      keywords: ['vêtements', 'habits', 'occasion', 'seconde main', 'friperie', 'vide-grenier', 'ressourcerie'],
    },
    en: {
      title: 'Buy second-hand clothes',
      advice: 'A second-hand garment does not need to be made. Charity shops, car boot sales, reuse centres and resale sites have plenty.',
      howToStart: 'For your next piece of clothing, go to a charity shop or a reuse centre first.',
      saves: 'The making of new clothes, from cotton to dyeing and shipping.',
      keywords: ['clothes', 'clothing', 'second-hand', 'used', 'thrift', 'charity shop', 'car boot sale'],
    },
  },
  'ngc.divers.textile.reduire-neuf.diviser-par-deux-achats': {
    fr: {
      title: 'Acheter moitié moins de vêtements',
      advice: 'Achetez moins, mais des vêtements qui durent, et faites-les réparer. La mode à petit prix se démode et s’use vite.',
      howToStart: 'Avant un achat, attendez une semaine. Si l’envie est toujours là, achetez.',
      saves: 'La moitié des émissions de fabrication de vos vêtements.',
      keywords: ['vêtements', 'habits', 'acheter moins', 'mode', 'shopping', 'chaussures', 'réparer'],
    },
    en: {
      title: 'Halve your clothes shopping',
      advice: 'Buy less, but clothes that last, and have them mended. Cheap fashion goes out of style and wears out quickly.',
      howToStart: 'Before buying, wait a week. If you still want it, buy it.',
      saves: 'Half the emissions of making your clothes.',
      keywords: ['clothes', 'clothing', 'buy less', 'fashion', 'shopping', 'shoes', 'mend'],
    },
  },
  'ngc.divers.textile.faire-du-tri': {
    fr: {
      title: 'Donner ou revendre les vêtements qu’on ne porte plus',
      advice: 'Vos vêtements peuvent habiller quelqu’un d’autre. Donnez-les, revendez-les ou déposez-les dans une borne de collecte.',
      howToStart: 'Ce mois-ci, triez vos placards et mettez de côté ce que vous ne portez plus.',
      saves: 'La fabrication de vêtements neufs pour d’autres personnes.',
      keywords: ['trier', 'tri', 'donner', 'revendre', 'vêtements', 'borne de collecte', 'placard'],
    },
    en: {
      title: 'Give away or sell the clothes you no longer wear',
      advice: 'Your clothes can dress someone else. Give them away, sell them or drop them in a collection bank.',
      howToStart: 'This month, sort through your wardrobe and set aside what you no longer wear.',
      saves: 'The making of new clothes for other people.',
      keywords: ['sort', 'declutter', 'give away', 'sell', 'clothes', 'clothing bank', 'wardrobe'],
    },
  },
  // ---------------------------------------------------------------- public services (société)
  'ngc.services-societaux.voter': {
    fr: {
      title: 'Voter en pensant au climat',
      advice: 'Aux élections, regardez ce que proposent les candidats pour le climat. Les choix publics changent les transports, les logements et l’énergie de tous.',
      howToStart: 'Vérifiez que vous êtes inscrit sur les listes électorales, sur service-public.fr ou à la mairie.',
      saves: 'Pas de chiffre. Les décisions publiques comptent beaucoup pour le climat.',
      keywords: ['voter', 'vote', 'élections', 'listes électorales', 'inscription', 'mairie', 'candidats'],
    },
    en: {
      title: 'Vote with the climate in mind',
      advice: 'At elections, look at what candidates propose for the climate. Public choices change transport, housing and energy for everyone.',
      howToStart: 'Check that you are on the electoral roll, on service-public.fr or at the town hall.',
      saves: 'No figure. Public decisions matter a lot for the climate.',
      keywords: ['vote', 'voting', 'elections', 'electoral roll', 'register', 'town hall', 'candidates'],
    },
  },
  'ngc.services-societaux.pression-locale': {
    fr: {
      title: 'Agir avec sa commune',
      advice: 'Votre commune décide des pistes cyclables, de la cantine et des bâtiments publics. Aller aux réunions publiques ou à un conseil de quartier aide ces projets à avancer.',
      howToStart: 'Regardez l’agenda de votre commune et allez à une réunion publique ou à une séance du conseil municipal, ouverte à tous.',
      saves: 'Pas de chiffre. Un projet local peut changer les habitudes de tout un quartier.',
      keywords: ['mairie', 'commune', 'conseil municipal', 'quartier', 'élus', 'association', 'pétition'],
    },
    en: {
      title: 'Act with your town',
      advice: 'Your town decides on cycle lanes, school meals and public buildings. Going to public meetings or a neighbourhood council helps these projects move forward.',
      howToStart: 'Look at your town’s calendar and go to a public meeting or a town council session, open to all.',
      saves: 'No figure. A local project can change the habits of a whole neighbourhood.',
      keywords: ['town hall', 'town', 'council', 'neighbourhood', 'local councillors', 'association', 'petition'],
    },
  },
  'ngc.services-societaux.bien-placer-argent': {
    fr: {
      title: 'Placer son épargne dans des projets utiles au climat',
      advice: 'L’argent d’un livret ou d’une assurance-vie finance des entreprises. Le label public Greenfin signale des placements qui financent la transition écologique.',
      howToStart: 'Demandez à votre banque ce que finance votre épargne et quels placements ont le label Greenfin.',
      saves: 'Pas de chiffre. L’effet dépend des projets financés.',
      keywords: ['épargne', 'banque', 'argent', 'placement', 'livret', 'assurance-vie', 'Greenfin'],
    },
    en: {
      title: 'Put your savings into projects that help the climate',
      advice: 'The money in a savings account or a life insurance policy funds companies. The public Greenfin label marks investments that fund the ecological transition.',
      howToStart: 'Ask your bank what your savings fund and which investments carry the Greenfin label.',
      saves: 'No figure. The effect depends on the projects funded.',
      keywords: ['savings', 'bank', 'money', 'investment', 'savings account', 'life insurance', 'Greenfin'],
    },
  },
  'ngc.services-societaux.devenir-producteur-photovoltaique': {
    fr: {
      title: 'Investir dans une centrale solaire citoyenne',
      advice: 'Avec d’autres habitants, vous pouvez financer des panneaux solaires sur des toits de la commune, même sans maison.',
      howToStart: 'Cherchez un projet d’énergie citoyenne près de chez vous, ou demandez à votre mairie.',
      saves: 'Pas de chiffre. Chaque projet ajoute de l’électricité renouvelable.',
      keywords: ['énergie citoyenne', 'solaire', 'panneaux solaires', 'investir', 'coopérative', 'photovoltaïque'],
    },
    en: {
      title: 'Invest in a community solar plant',
      advice: 'With other residents, you can fund solar panels on roofs in your town, even without a house.',
      howToStart: 'Look for a community energy project near you, or ask your town hall.',
      saves: 'No figure. Each project adds renewable electricity.',
      keywords: ['community energy', 'solar', 'solar panels', 'invest', 'cooperative', 'photovoltaic'],
    },
  },
};
