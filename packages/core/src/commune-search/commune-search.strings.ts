import type { Translations } from '../i18n/strings.js';

/** UI strings of `<ancre-commune-search>`; a page overrides any of them with `el.strings`. */
export interface CommuneSearchStrings {
  [key: string]: string | { one: string; other: string; zero?: string };
  label: string;
  placeholder: string;
  hint: string;
  listLabel: string;
  loading: string;
  results: { zero: string; one: string; other: string };
  formerName: string;
  loadError: string;
  retry: string;
  unknownCode: string;
  unknownCodeHint: string;
}

export const communeSearchStrings: Translations<CommuneSearchStrings> = {
  fr: {
    label: 'Commune',
    placeholder: 'Nom ou code postal',
    hint: 'Tapez le nom de la commune ou son code postal, puis choisissez dans la liste avec les flèches et Entrée.',
    listLabel: 'Communes proposées',
    loading: 'Chargement de la liste des communes…',
    results: {
      zero: 'Aucune commune trouvée.',
      one: '1 commune proposée.',
      other: '{count} communes proposées.',
    },
    formerName: 'ancienne commune {name}',
    loadError: 'La liste des communes ne peut pas être chargée.',
    retry: 'Réessayer',
    unknownCode: 'Aucune commune n’a le code INSEE « {code} ».',
    unknownCodeHint: 'Vérifiez l’attribut value : un code INSEE a 5 caractères, par exemple 69123 ou 2A004.',
  },
  en: {
    label: 'Town',
    placeholder: 'Name or postcode',
    hint: 'Type the name of the town or its postcode, then pick it from the list with the arrow keys and Enter.',
    listLabel: 'Suggested towns',
    loading: 'Loading the list of towns…',
    results: {
      zero: 'No town found.',
      one: '1 town suggested.',
      other: '{count} towns suggested.',
    },
    formerName: 'former commune {name}',
    loadError: 'The list of towns cannot be loaded.',
    retry: 'Try again',
    unknownCode: 'No commune has the INSEE code "{code}".',
    unknownCodeHint: 'Check the value attribute: an INSEE code has 5 characters, for example 69123 or 2A004.',
  },
};
