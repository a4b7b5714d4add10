import type { Locale } from '../i18n/locale.js';

/**
 * What the pack checks tell a content author, in French and in English. Each entry gives the
 * message (what is wrong) and the hint (how to fix it). Written for people who edit JSON by hand,
 * not for developers: no jargon beyond the names of the fields themselves.
 */
export type JsonTypeName = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

export type JsonSyntaxReason =
  | 'end'
  | 'unexpected'
  | 'trailing-comma'
  | 'double-comma'
  | 'single-quote'
  | 'missing-comma'
  | 'missing-colon'
  | 'unquoted-key'
  | 'comment'
  | 'bad-escape'
  | 'unterminated-string'
  | 'control-char'
  | 'bad-number'
  | 'extra'
  | 'empty'
  | 'other';

interface Params {
  'forbidden-key': { key: string };
  'not-json': { what: string };
  'circular': Record<string, never>;
  'too-deep': { max: number };
  'not-object-root': Record<string, never>;
  'missing-field': { field: string; example?: unknown };
  'wrong-type': { expected: JsonTypeName; actual: JsonTypeName; example?: unknown };
  'enum': { value: string; allowed: readonly string[]; suggestion?: string };
  'pattern': { value: string; format?: string; example?: unknown };
  'too-short': { min: number; of: 'string' | 'array' | 'record' };
  'too-long': { max: number; of: 'string' | 'array' | 'record' };
  'too-small': { min: number };
  'too-large': { max: number };
  'not-integer': Record<string, never>;
  'unknown-field': { field: string; suggestion?: string; known: readonly string[] };
  'wrong-kind': { expected: string; actual: string };
  'duplicate-id': { id: string; first: string };
  'merge-without-base': { id: string };
  'merge-target-missing': { id: string; base: string };
  'remove-unknown': { id: string; base: string };
  'remove-without-base': Record<string, never>;
  'extends-cycle': { chain: string };
  'extends-depth': { max: number };
  'extends-not-found': { ref: string };
  'extends-version': { ref: string; found: string };
  'extends-failed': { ref: string; reason: string };
  'locale-mismatch': { base: string; local: string };
  'json': { line: number; column: number; reason: JsonSyntaxReason; detail?: string };
  'no-source': Record<string, never>;
}

export type MessageKey = keyof Params;
export interface Message {
  message: string;
  hint?: string;
}
type Table = { [K in MessageKey]: (p: Params[K]) => Message };

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const list = (values: readonly string[], max = 12): string =>
  values
    .slice(0, max)
    .map((v) => `"${v}"`)
    .join(', ') + (values.length > max ? ', …' : '');

const TYPE_FR: Record<JsonTypeName, string> = {
  string: 'un texte entre guillemets',
  number: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  null: 'null',
};
const TYPE_EN: Record<JsonTypeName, string> = {
  string: 'a text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

const SYNTAX_FR: Record<JsonSyntaxReason, Message> = {
  end: { message: 'le fichier s’arrête avant la fin', hint: 'Il manque sans doute une accolade } ou un crochet ] à la fin, ou un guillemet fermant.' },
  unexpected: { message: 'caractère inattendu', hint: 'Vérifiez ce caractère : un texte doit être entre guillemets droits "…".' },
  'trailing-comma': { message: 'virgule en trop avant la fin d’un objet ou d’une liste', hint: 'Supprimez la dernière virgule : JSON n’accepte pas de virgule avant } ou ].' },
  'double-comma': { message: 'virgule en trop', hint: 'Supprimez cette virgule : une seule virgule sépare deux valeurs.' },
  'single-quote': { message: 'apostrophe utilisée comme guillemet', hint: 'Entourez les textes et les noms de champs de guillemets droits "…", pas d’apostrophes \'…\'.' },
  'missing-comma': { message: 'il manque une virgule', hint: 'Séparez chaque valeur de la suivante par une virgule, sans doute à la fin de la ligne précédente.' },
  'missing-colon': { message: 'il manque deux-points après le nom du champ', hint: 'Écrivez "nom": valeur.' },
  'unquoted-key': { message: 'nom de champ sans guillemets', hint: 'Entourez le nom du champ de guillemets droits : "nom": valeur.' },
  comment: { message: 'commentaire', hint: 'JSON n’accepte pas les commentaires // ou /* */ : supprimez-les.' },
  'bad-escape': { message: 'séquence \\ invalide dans un texte', hint: 'Dans un texte, écrivez \\\\ pour une barre oblique inverse, \\" pour un guillemet.' },
  'unterminated-string': { message: 'texte non terminé', hint: 'Fermez le texte par un guillemet droit " sur la même ligne ; pour un retour à la ligne, écrivez \\n.' },
  'control-char': { message: 'caractère de contrôle dans un texte', hint: 'Remplacez la tabulation ou le caractère invisible par \\t ou supprimez-le.' },
  'bad-number': { message: 'nombre mal écrit', hint: 'Écrivez les nombres avec un point décimal et sans espace : 12.5, pas 12,5.' },
  extra: { message: 'contenu après la fin du pack', hint: 'Le fichier ne doit contenir qu’un seul objet { … } : supprimez ce qui suit ou réunissez les deux.' },
  empty: { message: 'le contenu est vide', hint: 'Placez le pack JSON { … } dans le fichier ou dans la balise <script type="application/json">.' },
  other: { message: 'JSON invalide', hint: 'Vérifiez le fichier avec un validateur JSON ; une virgule en trop ou un guillemet manquant est la cause habituelle.' },
};
const SYNTAX_EN: Record<JsonSyntaxReason, Message> = {
  end: { message: 'the file ends too early', hint: 'A closing brace } or bracket ], or a closing quote, is probably missing at the end.' },
  unexpected: { message: 'unexpected character', hint: 'Check this character: a text must be in straight double quotes "…".' },
  'trailing-comma': { message: 'extra comma before the end of an object or list', hint: 'Remove the last comma: JSON allows no comma before } or ].' },
  'double-comma': { message: 'extra comma', hint: 'Remove this comma: one comma separates two values.' },
  'single-quote': { message: 'single quote used as a quote mark', hint: 'Put texts and field names in straight double quotes "…", not single quotes \'…\'.' },
  'missing-comma': { message: 'a comma is missing', hint: 'Separate each value from the next with a comma, probably at the end of the previous line.' },
  'missing-colon': { message: 'a colon is missing after the field name', hint: 'Write "name": value.' },
  'unquoted-key': { message: 'field name without quotes', hint: 'Put the field name in straight double quotes: "name": value.' },
  comment: { message: 'comment', hint: 'JSON allows no // or /* */ comments: remove them.' },
  'bad-escape': { message: 'invalid \\ sequence in a text', hint: 'In a text, write \\\\ for a backslash and \\" for a quote.' },
  'unterminated-string': { message: 'unfinished text', hint: 'Close the text with a straight quote " on the same line; write \\n for a line break.' },
  'control-char': { message: 'control character in a text', hint: 'Replace the tab or invisible character with \\t, or remove it.' },
  'bad-number': { message: 'badly written number', hint: 'Write numbers with a decimal point and no space: 12.5, not 12,5.' },
  extra: { message: 'content after the end of the pack', hint: 'The file must hold one object { … }: remove what follows or merge the two.' },
  empty: { message: 'the content is empty', hint: 'Put the JSON pack { … } in the file or in the <script type="application/json"> tag.' },
  other: { message: 'invalid JSON', hint: 'Check the file with a JSON validator; an extra comma or a missing quote is the usual cause.' },
};

const fr: Table = {
  'forbidden-key': ({ key }) => ({
    message: `Le nom de champ "${key}" est interdit.`,
    hint: 'Renommez ou supprimez ce champ : "__proto__", "constructor" et "prototype" sont réservés.',
  }),
  'not-json': ({ what }) => ({
    message: `Cette valeur n’est pas une donnée JSON (${what}).`,
    hint: 'Utilisez seulement des textes, des nombres, true, false, null, des listes et des objets.',
  }),
  circular: () => ({
    message: 'Cette valeur se contient elle-même (référence circulaire).',
    hint: 'Donnez un pack sans boucle : un objet ne peut pas se contenir.',
  }),
  'too-deep': ({ max }) => ({
    message: `Le pack est imbriqué sur plus de ${max} niveaux.`,
    hint: 'Simplifiez la structure : ce niveau d’imbrication vient souvent d’une erreur de copie.',
  }),
  'not-object-root': () => ({
    message: 'Le pack doit être un objet JSON { … }.',
    hint: 'Commencez le pack par { et terminez-le par }, avec les champs "kind", "id", "version", "locale", "licence", "sources" et "items".',
  }),
  'missing-field': ({ field, example }) => ({
    message: `Le champ obligatoire "${field}" manque.`,
    hint: example === undefined ? `Ajoutez un champ "${field}".` : `Ajoutez un champ "${field}", par exemple ${show(example)}.`,
  }),
  'wrong-type': ({ expected, actual, example }) => ({
    message: `Cette valeur doit être ${TYPE_FR[expected]}, pas ${TYPE_FR[actual]}.`,
    hint: example === undefined ? `Écrivez ${TYPE_FR[expected]}.` : `Écrivez ${TYPE_FR[expected]}, par exemple ${show(example)}.`,
  }),
  enum: ({ value, allowed, suggestion }) => ({
    message: `La valeur "${value}" n’est pas reconnue.`,
    hint: suggestion ? `Vouliez-vous dire "${suggestion}" ? Valeurs possibles : ${list(allowed)}.` : `Valeurs possibles : ${list(allowed)}.`,
  }),
  pattern: ({ value, format, example }) => ({
    message: `La valeur "${value}" n’a pas la forme attendue${format ? ` (${format})` : ''}.`,
    hint: example === undefined ? 'Corrigez la valeur.' : `Écrivez-la comme dans cet exemple : ${show(example)}.`,
  }),
  'too-short': ({ min, of }) =>
    of === 'string'
      ? min <= 1
        ? { message: 'Ce texte est vide.', hint: 'Écrivez le texte, ou supprimez le champ s’il est facultatif.' }
        : { message: `Ce texte doit faire au moins ${min} caractères.`, hint: 'Complétez le texte.' }
      : { message: `Il faut au moins ${min} élément${min > 1 ? 's' : ''} ici.`, hint: 'Ajoutez les éléments manquants.' },
  'too-long': ({ max, of }) =>
    of === 'string'
      ? { message: `Ce texte dépasse ${max} caractères.`, hint: 'Raccourcissez le texte.' }
      : { message: `Il y a plus de ${max} éléments ici.`, hint: 'Retirez des éléments, ou répartissez-les dans plusieurs packs.' },
  'too-small': ({ min }) => ({ message: `Ce nombre doit valoir au moins ${min}.`, hint: 'Corrigez le nombre.' }),
  'too-large': ({ max }) => ({ message: `Ce nombre doit valoir au plus ${max}.`, hint: 'Corrigez le nombre.' }),
  'not-integer': () => ({ message: 'Ce nombre doit être entier.', hint: 'Écrivez un nombre sans virgule, par exemple 3.' }),
  'unknown-field': ({ field, suggestion, known }) => ({
    message: `Le champ "${field}" n’est pas reconnu ; il est ignoré.`,
    hint: suggestion ? `Vouliez-vous dire "${suggestion}" ?` : `Vérifiez l’orthographe ou supprimez ce champ. Champs possibles : ${list(known)}.`,
  }),
  'wrong-kind': ({ expected, actual }) => ({
    message: `Ce pack est de type "${actual}", mais ce composant lit des packs "${expected}".`,
    hint: `Vérifiez que vous chargez le bon fichier ; si c’est le bon, écrivez "kind": "${expected}".`,
  }),
  'duplicate-id': ({ id, first }) => ({
    message: `L’identifiant "${id}" est déjà utilisé (${first}).`,
    hint: 'Donnez à chaque élément un identifiant différent ; pour remplacer un élément du pack de base, écrivez-le une seule fois avec son identifiant.',
  }),
  'merge-without-base': ({ id }) => ({
    message: `L’élément "${id}" demande une fusion ("$merge": true), mais ce pack n’étend aucun pack de base.`,
    hint: 'Ajoutez "extends" avec le pack de base, ou retirez "$merge" et donnez l’élément complet.',
  }),
  'merge-target-missing': ({ id, base }) => ({
    message: `L’élément "${id}" doit compléter un élément du pack de base "${base}", qui ne le contient pas.`,
    hint: 'Vérifiez l’identifiant, ou retirez "$merge" pour ajouter un élément complet.',
  }),
  'remove-unknown': ({ id, base }) => ({
    message: `"${id}" figure dans "remove", mais le pack de base "${base}" ne contient pas cet élément.`,
    hint: 'Vérifiez l’identifiant ; le pack de base l’a peut-être déjà retiré.',
  }),
  'remove-without-base': () => ({
    message: '"remove" n’a d’effet que sur un pack de base, et ce pack n’en étend aucun.',
    hint: 'Ajoutez "extends" avec le pack de base, ou supprimez "remove".',
  }),
  'extends-cycle': ({ chain }) => ({
    message: `Les packs s’étendent en boucle : ${chain}.`,
    hint: 'Un pack ne peut pas étendre, même indirectement, un pack qui l’étend : retirez l’un des "extends".',
  }),
  'extends-depth': ({ max }) => ({
    message: `Trop de packs de base en chaîne (plus de ${max}).`,
    hint: `Réduisez la chaîne des "extends" à ${max} niveaux au plus.`,
  }),
  'extends-not-found': ({ ref }) => ({
    message: `Le pack de base "${ref}" est introuvable.`,
    hint: 'Vérifiez l’identifiant dans "extends", ou donnez l’adresse (URL) du fichier du pack de base.',
  }),
  'extends-version': ({ ref, found }) => ({
    message: `"extends" demande "${ref}", mais le pack de base trouvé est en version ${found}.`,
    hint: 'Mettez à jour la version demandée dans "extends", ou chargez la version attendue du pack de base.',
  }),
  'extends-failed': ({ ref, reason }) => ({
    message: `Le pack de base "${ref}" n’a pas pu être chargé (${reason}).`,
    hint: 'Vérifiez "extends" et que le pack de base est accessible.',
  }),
  'locale-mismatch': ({ base, local }) => ({
    message: `Ce pack est en "${local}" mais son pack de base est en "${base}" : les textes seront mélangés.`,
    hint: 'Traduisez les éléments du pack de base que vous gardez, ou étendez un pack de base dans la même langue.',
  }),
  json: ({ line, column, reason, detail }) => ({
    message: `Ligne ${line}, colonne ${column} : ${SYNTAX_FR[reason].message}${detail ? ` (${detail})` : ''}.`,
    ...(SYNTAX_FR[reason].hint ? { hint: SYNTAX_FR[reason].hint } : {}),
  }),
  'no-source': () => ({
    message: 'Aucun pack de contenu n’est fourni.',
    hint: 'Indiquez l’adresse du fichier avec l’attribut src="…", ou placez le pack dans une balise <script type="application/json"> à l’intérieur du composant.',
  }),
};

const en: Table = {
  'forbidden-key': ({ key }) => ({
    message: `The field name "${key}" is not allowed.`,
    hint: 'Rename or remove this field: "__proto__", "constructor" and "prototype" are reserved.',
  }),
  'not-json': ({ what }) => ({
    message: `This value is not JSON data (${what}).`,
    hint: 'Use only texts, numbers, true, false, null, lists and objects.',
  }),
  circular: () => ({
    message: 'This value contains itself (circular reference).',
    hint: 'Give a pack without loops: an object cannot contain itself.',
  }),
  'too-deep': ({ max }) => ({
    message: `The pack is nested more than ${max} levels deep.`,
    hint: 'Simplify the structure: such nesting usually comes from a copy mistake.',
  }),
  'not-object-root': () => ({
    message: 'The pack must be a JSON object { … }.',
    hint: 'Start the pack with { and end it with }, with the fields "kind", "id", "version", "locale", "licence", "sources" and "items".',
  }),
  'missing-field': ({ field, example }) => ({
    message: `The required field "${field}" is missing.`,
    hint: example === undefined ? `Add a "${field}" field.` : `Add a "${field}" field, for example ${show(example)}.`,
  }),
  'wrong-type': ({ expected, actual, example }) => ({
    message: `This value must be ${TYPE_EN[expected]}, not ${TYPE_EN[actual]}.`,
    hint: example === undefined ? `Write ${TYPE_EN[expected]}.` : `Write ${TYPE_EN[expected]}, for example ${show(example)}.`,
  }),
  enum: ({ value, allowed, suggestion }) => ({
    message: `The value "${value}" is not recognised.`,
    hint: suggestion ? `Did you mean "${suggestion}"? Possible values: ${list(allowed)}.` : `Possible values: ${list(allowed)}.`,
  }),
  pattern: ({ value, format, example }) => ({
    message: `The value "${value}" does not have the expected form${format ? ` (${format})` : ''}.`,
    hint: example === undefined ? 'Correct the value.' : `Write it like this example: ${show(example)}.`,
  }),
  'too-short': ({ min, of }) =>
    of === 'string'
      ? min <= 1
        ? { message: 'This text is empty.', hint: 'Write the text, or remove the field if it is optional.' }
        : { message: `This text must be at least ${min} characters long.`, hint: 'Complete the text.' }
      : { message: `At least ${min} item${min > 1 ? 's are' : ' is'} needed here.`, hint: 'Add the missing items.' },
  'too-long': ({ max, of }) =>
    of === 'string'
      ? { message: `This text is longer than ${max} characters.`, hint: 'Shorten the text.' }
      : { message: `There are more than ${max} items here.`, hint: 'Remove items, or split them over several packs.' },
  'too-small': ({ min }) => ({ message: `This number must be at least ${min}.`, hint: 'Correct the number.' }),
  'too-large': ({ max }) => ({ message: `This number must be at most ${max}.`, hint: 'Correct the number.' }),
  'not-integer': () => ({ message: 'This number must be a whole number.', hint: 'Write a number without decimals, for example 3.' }),
  'unknown-field': ({ field, suggestion, known }) => ({
    message: `The field "${field}" is not recognised; it is ignored.`,
    hint: suggestion ? `Did you mean "${suggestion}"?` : `Check the spelling or remove this field. Possible fields: ${list(known)}.`,
  }),
  'wrong-kind': ({ expected, actual }) => ({
    message: `This pack is of kind "${actual}", but this component reads "${expected}" packs.`,
    hint: `Check that you load the right file; if it is, write "kind": "${expected}".`,
  }),
  'duplicate-id': ({ id, first }) => ({
    message: `The id "${id}" is already used (${first}).`,
    hint: 'Give each item a different id; to replace an item of the base pack, write it once with its id.',
  }),
  'merge-without-base': ({ id }) => ({
    message: `The item "${id}" asks for a merge ("$merge": true), but this pack extends no base pack.`,
    hint: 'Add "extends" with the base pack, or remove "$merge" and give the whole item.',
  }),
  'merge-target-missing': ({ id, base }) => ({
    message: `The item "${id}" should complete an item of the base pack "${base}", which does not hold it.`,
    hint: 'Check the id, or remove "$merge" to add a whole new item.',
  }),
  'remove-unknown': ({ id, base }) => ({
    message: `"${id}" is listed in "remove", but the base pack "${base}" has no such item.`,
    hint: 'Check the id; the base pack may have removed it already.',
  }),
  'remove-without-base': () => ({
    message: '"remove" only acts on a base pack, and this pack extends none.',
    hint: 'Add "extends" with the base pack, or delete "remove".',
  }),
  'extends-cycle': ({ chain }) => ({
    message: `The packs extend each other in a loop: ${chain}.`,
    hint: 'A pack cannot extend, even indirectly, a pack that extends it: remove one of the "extends".',
  }),
  'extends-depth': ({ max }) => ({
    message: `Too many base packs in a chain (more than ${max}).`,
    hint: `Keep the chain of "extends" to ${max} levels at most.`,
  }),
  'extends-not-found': ({ ref }) => ({
    message: `The base pack "${ref}" cannot be found.`,
    hint: 'Check the id in "extends", or give the address (URL) of the base pack file.',
  }),
  'extends-version': ({ ref, found }) => ({
    message: `"extends" asks for "${ref}", but the base pack found is version ${found}.`,
    hint: 'Update the version asked for in "extends", or load the expected version of the base pack.',
  }),
  'extends-failed': ({ ref, reason }) => ({
    message: `The base pack "${ref}" could not be loaded (${reason}).`,
    hint: 'Check "extends" and that the base pack can be reached.',
  }),
  'locale-mismatch': ({ base, local }) => ({
    message: `This pack is in "${local}" but its base pack is in "${base}": texts will be mixed.`,
    hint: 'Translate the base items you keep, or extend a base pack in the same language.',
  }),
  json: ({ line, column, reason, detail }) => ({
    message: `Line ${line}, column ${column}: ${SYNTAX_EN[reason].message}${detail ? ` (${detail})` : ''}.`,
    ...(SYNTAX_EN[reason].hint ? { hint: SYNTAX_EN[reason].hint } : {}),
  }),
  'no-source': () => ({
    message: 'No content pack is given.',
    hint: 'Give the address of the file with the src="…" attribute, or put the pack in a <script type="application/json"> tag inside the component.',
  }),
};

const TABLES: Record<Locale, Table> = { fr, en };

/** The message and hint for `key` in `locale`. */
export function packMessage<K extends MessageKey>(locale: Locale, key: K, params: Params[K]): Message {
  return (TABLES[locale] ?? fr)[key](params);
}
