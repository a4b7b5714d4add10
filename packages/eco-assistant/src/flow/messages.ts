import type { Locale } from '@ancre/core';

/**
 * What the flow checks tell the person who writes a flow file, in French and in English. Each entry
 * gives the message (what is wrong) and the hint (how to fix it). Written for content authors who
 * edit JSON by hand, not for developers: no jargon beyond the names of the fields themselves.
 * Values the author typed are shown as they appear in JSON (`"fin"`, `42`), so they can be searched.
 * Pure: no DOM, no I/O.
 */
export interface FlowMessageParams {
  'flow-not-object': { format: string };
  'format-missing': { format: string };
  'format-unknown': { value: string; format: string };
  'flow-id': Record<string, never>;
  'locales': Record<string, never>;
  'text-missing': { locales: readonly string[] };
  'text-missing-locale': { locale: Locale; locales: readonly string[] };
  /** `name`: the value as JSON (`"First-Name"`), or undefined when there is none. */
  'slot-name': { name?: string };
  'next-missing': Record<string, never>;
  'replies-missing': Record<string, never>;
  'reply-not-object': Record<string, never>;
  'reply-id': Record<string, never>;
  'reply-duplicate': { id: string };
  'keywords': Record<string, never>;
  'set-not-object': Record<string, never>;
  'set-slots': Record<string, never>;
  'slot-value': Record<string, never>;
  'set-situation': Record<string, never>;
  'situation-key': { key: string; keys: readonly string[]; suggestion?: string };
  /** `value`: as JSON; `allowed`: each as JSON. */
  'situation-value': { key: string; value: string; allowed: readonly string[] };
  'set-unknown-field': { field: string };
  'condition-not-object': Record<string, never>;
  'condition-list': { key: string };
  'condition-test': Record<string, never>;
  'condition-comparison': Record<string, never>;
  'condition-number': { op: string };
  'condition-in': Record<string, never>;
  'nodes-missing': Record<string, never>;
  'node-not-object': Record<string, never>;
  'node-id': Record<string, never>;
  'node-duplicate': { id: string; first: string };
  /** `value`: as JSON, or undefined when the node has no type. */
  'node-type': { value?: string; types: readonly string[]; suggestion?: string };
  'validate-not-object': Record<string, never>;
  'pattern': Record<string, never>;
  'number-shape': Record<string, never>;
  'min-max': Record<string, never>;
  'enum-empty': Record<string, never>;
  'cases-missing': Record<string, never>;
  'case-not-object': Record<string, never>;
  'categories-not-list': Record<string, never>;
  'category': { value: string; categories: readonly string[]; suggestion?: string };
  'choose-missing': Record<string, never>;
  'another-shape': Record<string, never>;
  'op': { value?: string; ops: readonly string[]; suggestion?: string };
  'from-missing': { op: string };
  'by': Record<string, never>;
  'round': Record<string, never>;
  'cancel-shape': Record<string, never>;
  'unknown-node': { id: string; suggestion?: string; known: readonly string[] };
  'start-missing': Record<string, never>;
  'intents-not-list': Record<string, never>;
  'intent-not-object': Record<string, never>;
  'intent-id': Record<string, never>;
  'intent-duplicate': { id: string };
  'intent-action': { value?: string; actions: readonly string[] };
  'intent-next': Record<string, never>;
  'intent-keywords': Record<string, never>;
  'freetext-not-object': Record<string, never>;
  'tipnode-not-string': Record<string, never>;
  'tipnode-not-suggest': { id: string };
  'unknown-slot': { name: string; written: readonly string[] };
  'bad-reference': { ref: string };
  'unreachable': { id: string };
  /** `chain`: the node ids of the loop, the first one repeated at the end. */
  'loop': { chain: readonly string[] };
}

export type FlowMessageKey = keyof FlowMessageParams;

/** A message and the way to fix it: every flow problem has both. */
export interface FlowMessage {
  message: string;
  hint: string;
}

type Table = { [K in FlowMessageKey]: (p: FlowMessageParams[K]) => FlowMessage };

/** `"a", "b", "c"`, cut after `max` values. */
const list = (values: readonly string[], max = 12): string =>
  values
    .slice(0, max)
    .map((v) => `"${v}"`)
    .join(', ') + (values.length > max ? ', …' : '');
/** Values already written as JSON (`"none"`, `true`). */
const raw = (values: readonly string[]): string => values.join(', ');
const textShape = (locales: readonly string[]) => `{ ${locales.map((l) => `"${l}": "…"`).join(', ')} }`;

const fr: Table = {
  'flow-not-object': ({ format }) => ({
    message: 'Le fichier de conversation doit être un objet JSON { … }.',
    hint: `Partez de ce modèle : { "format": "${format}", "id": "…", "locales": ["fr"], "start": "…", "nodes": [ … ] }.`,
  }),
  'format-missing': ({ format }) => ({
    message: 'Le fichier ne précise pas son format ("format").',
    hint: `Écrivez "format": "${format}".`,
  }),
  'format-unknown': ({ value, format }) => ({
    message: `Le format ${value} n’est pas reconnu.`,
    hint: `Écrivez "format": "${format}".`,
  }),
  'flow-id': () => ({
    message: 'Il manque l’identifiant de la conversation ("id"), fait de lettres, de chiffres, de - ou de _.',
    hint: 'Écrivez par exemple "id": "accueil".',
  }),
  locales: () => ({
    message: '"locales" doit donner la langue des textes : "fr", "en" ou les deux.',
    hint: 'Écrivez "locales": ["fr"], ou ["fr", "en"] si chaque texte existe dans les deux langues.',
  }),
  'text-missing': ({ locales }) => ({
    message: 'Il manque un texte ici.',
    hint: `Écrivez ${textShape(locales)}.`,
  }),
  'text-missing-locale': ({ locale, locales }) => ({
    message: `Le texte en ${locale === 'fr' ? 'français' : 'anglais'} manque ou est vide.`,
    hint: `Ajoutez "${locale}": "…" (la conversation déclare "locales": [${list(locales)}]).`,
  }),
  'slot-name': ({ name }) => ({
    message: name === undefined ? 'Il manque le nom de la variable.' : `${name} n’est pas un nom de variable valide.`,
    hint: 'Un nom de variable commence par une lettre minuscule et ne contient que des lettres, des chiffres et _, par exemple "theme" ou "prenom".',
  }),
  'next-missing': () => ({
    message: 'Il manque l’id du nœud suivant.',
    hint: 'Écrivez l’id d’un nœud de cette conversation, par exemple "next": "fin".',
  }),
  'replies-missing': () => ({
    message: 'Il faut ici une liste de réponses rapides ("options").',
    hint: 'Écrivez "options": [{ "id": "oui", "label": { "fr": "Oui" }, "next": "…" }].',
  }),
  'reply-not-object': () => ({
    message: 'Une réponse rapide doit être un objet { … }.',
    hint: 'Écrivez { "id": "oui", "label": { "fr": "Oui" }, "next": "…" }.',
  }),
  'reply-id': () => ({
    message: 'Il manque l’id de cette réponse rapide.',
    hint: 'Utilisez des lettres, des chiffres, - ou _, par exemple "id": "oui".',
  }),
  'reply-duplicate': ({ id }) => ({
    message: `Deux réponses rapides de ce nœud ont l’id "${id}".`,
    hint: 'Donnez à chaque réponse un id différent.',
  }),
  keywords: () => ({
    message: '"keywords" doit avoir la forme { "fr": ["…"], "en": ["…"] }.',
    hint: 'Pour chaque langue, listez les mots qu’une personne peut taper, chacun entre guillemets.',
  }),
  'set-not-object': () => ({
    message: '"set" doit être un objet avec "slots", "situation" ou les deux.',
    hint: 'Écrivez "set": { "slots": { "theme": "food" }, "situation": { "car": "none" } }.',
  }),
  'set-slots': () => ({
    message: '"slots" doit être un objet qui associe des noms de variables à des valeurs.',
    hint: 'Écrivez "slots": { "theme": "food" }.',
  }),
  'slot-value': () => ({
    message: 'La valeur d’une variable doit être un texte, un nombre, true ou false.',
    hint: 'Écrivez un texte entre guillemets, un nombre, ou true / false sans guillemets.',
  }),
  'set-situation': () => ({
    message: '"situation" doit être un objet { … }.',
    hint: 'Écrivez "situation": { "car": "none" }.',
  }),
  'situation-key': ({ key, keys, suggestion }) => ({
    message: `La clé de situation "${key}" n’est pas reconnue.`,
    hint: `${suggestion ? `Vouliez-vous dire "${suggestion}" ? ` : ''}Clés possibles : ${list(keys)}.`,
  }),
  'situation-value': ({ key, value, allowed }) => ({
    message: `${value} n’est pas une valeur possible pour "${key}".`,
    hint: `Valeurs possibles : ${raw(allowed)}${allowed.includes('true') ? ' (true et false s’écrivent sans guillemets)' : ''}.`,
  }),
  'set-unknown-field': ({ field }) => ({
    message: `Le champ "${field}" n’est pas reconnu dans "set".`,
    hint: 'Dans "set", utilisez seulement "slots" et "situation".',
  }),
  'condition-not-object': () => ({
    message: 'Une condition doit être un objet { … }.',
    hint: 'Écrivez { "test": "slots.theme", "equals": "food" }, ou combinez plusieurs conditions avec "all", "any" ou "not".',
  }),
  'condition-list': ({ key }) => ({
    message: `"${key}" doit être une liste de conditions, non vide.`,
    hint: 'Écrivez [{ "test": "slots.age", "gte": 18 }, …].',
  }),
  'condition-test': () => ({
    message: 'Il manque "test" à cette condition : la valeur à examiner.',
    hint: 'Écrivez par exemple "test": "slots.theme", "situation.car", "context.kiosk", "chosen.count" ou "total".',
  }),
  'condition-comparison': () => ({
    message: 'Cette condition ne dit pas à quoi comparer la valeur.',
    hint: 'Ajoutez "equals", "in", "gt", "gte", "lt", "lte" ou "exists".',
  }),
  'condition-number': ({ op }) => ({
    message: `"${op}" doit être un nombre.`,
    hint: 'Écrivez un nombre sans guillemets, par exemple 18.',
  }),
  'condition-in': () => ({
    message: '"in" doit être une liste de valeurs.',
    hint: 'Écrivez "in": ["food", "housing"].',
  }),
  'nodes-missing': () => ({
    message: 'La conversation a besoin d’une liste "nodes" avec au moins un nœud.',
    hint: 'Ajoutez au moins un nœud : "nodes": [{ "id": "bonjour", "type": "say", … }].',
  }),
  'node-not-object': () => ({
    message: 'Un nœud doit être un objet { … }.',
    hint: 'Écrivez { "id": "bonjour", "type": "say", … }.',
  }),
  'node-id': () => ({
    message: 'Il manque l’id de ce nœud, fait de lettres, de chiffres, de - ou de _.',
    hint: 'Écrivez par exemple "id": "question-chauffage".',
  }),
  'node-duplicate': ({ id, first }) => ({
    message: `Un autre nœud a déjà l’id "${id}" (${first}).`,
    hint: 'Donnez à chaque nœud un id différent, puis corrigez les "next" qui le visent.',
  }),
  'node-type': ({ value, types, suggestion }) => ({
    message: value === undefined ? 'Il manque le type de ce nœud ("type").' : `Le type de nœud ${value} n’est pas reconnu.`,
    hint: `${suggestion ? `Vouliez-vous dire "${suggestion}" ? ` : ''}Types possibles : ${list(types)}.`,
  }),
  'validate-not-object': () => ({
    message: '"validate" doit être un objet { … }.',
    hint: 'Écrivez { "pattern": "…" }, { "number": { "min": 0, "max": 100 } }, { "enum": [ … ] } ou { "maxLength": 80 }.',
  }),
  pattern: () => ({
    message: 'Cette expression régulière ("pattern") contient une erreur.',
    hint: 'Vérifiez les parenthèses, les crochets et les barres obliques inverses : en JSON, écrivez \\\\d pour un chiffre.',
  }),
  'number-shape': () => ({
    message: '"number" doit avoir la forme { "min": …, "max": … }.',
    hint: 'Écrivez "number": { "min": 0, "max": 100 } ; les deux sont facultatifs, et "integer": true n’accepte que des nombres entiers.',
  }),
  'min-max': () => ({
    message: '"min" est plus grand que "max".',
    hint: 'Échangez les deux valeurs.',
  }),
  'enum-empty': () => ({
    message: '"enum" doit être une liste non vide des réponses acceptées.',
    hint: 'Écrivez "enum": ["oui", "non"].',
  }),
  'cases-missing': () => ({
    message: 'Un nœud "branch" a besoin de "cases" : [{ "when": {…}, "next": "…" }].',
    hint: 'Ajoutez au moins un cas, et "else" pour tous les autres.',
  }),
  'case-not-object': () => ({
    message: 'Un cas doit être un objet { … }.',
    hint: 'Écrivez { "when": { "test": "slots.age", "lt": 18 }, "next": "…" }.',
  }),
  'categories-not-list': () => ({
    message: '"categories" doit être une liste.',
    hint: 'Écrivez "categories": ["food", "transport"].',
  }),
  category: ({ value, categories, suggestion }) => ({
    message: `La catégorie ${value} n’est pas reconnue.`,
    hint: `${suggestion ? `Vouliez-vous dire "${suggestion}" ? ` : ''}Catégories possibles : ${list(categories)}.`,
  }),
  'choose-missing': () => ({
    message: 'Un nœud "suggest" a besoin de "choose" : { "label": {…}, "next": "…" }.',
    hint: 'Ajoutez "choose": { "label": { "fr": "Je le garde" }, "next": "…" }.',
  }),
  'another-shape': () => ({
    message: '"another" doit avoir la forme { "label": {…} }.',
    hint: 'Écrivez "another": { "label": { "fr": "Un autre" } }, ou supprimez-le.',
  }),
  op: ({ value, ops, suggestion }) => ({
    message: value === undefined ? 'Il manque l’opération de ce nœud ("op").' : `L’opération ${value} n’est pas reconnue.`,
    hint: `${suggestion ? `Vouliez-vous dire "${suggestion}" ? ` : ''}Opérations possibles : ${list(ops)}.`,
  }),
  'from-missing': ({ op }) => ({
    message: `"${op}" a besoin de "from" : la valeur de départ.`,
    hint: 'Écrivez par exemple "from": "slots.total".',
  }),
  by: () => ({
    message: '"by" doit être un nombre, différent de zéro pour une division.',
    hint: 'Écrivez par exemple "by": 1000.',
  }),
  round: () => ({
    message: '"round" doit être un nombre de décimales entre 0 et 6.',
    hint: 'Écrivez "round": 0 pour un nombre entier, 1 pour une décimale…',
  }),
  'cancel-shape': () => ({
    message: '"cancel" doit avoir la forme { "label": {…}, "next": "…" }.',
    hint: 'Écrivez "cancel": { "label": { "fr": "Laisser tomber" }, "next": "…" }, ou supprimez-le.',
  }),
  'unknown-node': ({ id, suggestion, known }) => ({
    message: `Le nœud "${id}" n’existe pas.`,
    hint: suggestion
      ? `Vouliez-vous dire "${suggestion}" ?`
      : known.length
        ? `Ajoutez un nœud avec cet id, ou corrigez la référence. Nœuds connus : ${list(known)}.`
        : 'Ajoutez un nœud avec cet id dans "nodes".',
  }),
  'start-missing': () => ({
    message: 'Il manque "start" : l’id du premier nœud de la conversation.',
    hint: 'Écrivez par exemple "start": "bonjour", l’id d’un de vos nœuds.',
  }),
  'intents-not-list': () => ({
    message: '"intents" doit être une liste.',
    hint: 'Écrivez "intents": [{ "id": "aide", "action": "goto", "next": "aide", "label": {…}, "keywords": {…} }].',
  }),
  'intent-not-object': () => ({
    message: 'Une intention doit être un objet { … }.',
    hint: 'Écrivez { "id": "aide", "action": "goto", "next": "aide", "label": {…}, "keywords": {…} }.',
  }),
  'intent-id': () => ({
    message: 'Il manque l’id de cette intention.',
    hint: 'Utilisez des lettres, des chiffres, - ou _, par exemple "id": "aide".',
  }),
  'intent-duplicate': ({ id }) => ({
    message: `Deux intentions ont l’id "${id}".`,
    hint: 'Donnez à chaque intention un id différent.',
  }),
  'intent-action': ({ value, actions }) => ({
    message: value === undefined ? 'Il manque l’action de cette intention ("action").' : `L’action ${value} n’est pas reconnue.`,
    hint: `Actions possibles : ${list(actions)} ; "goto" va au nœud "next", "restart" recommence la conversation.`,
  }),
  'intent-next': () => ({
    message: 'Une intention "goto" a besoin de "next".',
    hint: 'Écrivez "next": "…" avec l’id du nœud où aller.',
  }),
  'intent-keywords': () => ({
    message: 'Une intention a besoin de "keywords" : les mots qui la déclenchent, dans chaque langue.',
    hint: 'Écrivez "keywords": { "fr": ["aide"], "en": ["help"] }.',
  }),
  'freetext-not-object': () => ({
    message: '"freeText" doit être un objet { … }.',
    hint: 'Écrivez "freeText": { "tipNode": "…", "categorySlot": "theme" }, avec l’id d’un nœud "suggest" pour "tipNode".',
  }),
  'tipnode-not-string': () => ({
    message: '"tipNode" doit être l’id d’un nœud.',
    hint: 'Écrivez "tipNode": "…" avec l’id d’un nœud de type "suggest".',
  }),
  'tipnode-not-suggest': ({ id }) => ({
    message: `Le nœud "${id}" n’est pas de type "suggest".`,
    hint: 'Faites pointer "tipNode" vers un nœud de type "suggest".',
  }),
  'unknown-slot': ({ name, written }) => ({
    message: `Aucun nœud n’écrit la variable "${name}".`,
    hint: written.length
      ? `Corrigez le nom, ou écrivez cette variable quelque part. Variables écrites dans cette conversation : ${list(written)}.`
      : 'Écrivez-la avec un nœud "ask", un nœud "compute" ou le "set" d’une réponse rapide.',
  }),
  'bad-reference': ({ ref }) => ({
    message: `"${ref}" ne désigne aucune valeur.`,
    hint: 'Écrivez "slots." suivi du nom d’une variable, "context." suivi d’un nom, "situation." suivi d’une clé, ou bien chosen.count, chosen.list, shown.count ou total.',
  }),
  unreachable: ({ id }) => ({
    message: `Le nœud "${id}" n’est jamais atteint.`,
    hint: 'Ajoutez un "next" vers ce nœud depuis un autre nœud, ou supprimez-le.',
  }),
  loop: ({ chain }) => ({
    message: `Ces nœuds tournent en boucle sans jamais attendre la personne : ${chain.join(' → ')}.`,
    hint: 'Placez dans la boucle un nœud qui attend une réponse ("choices", "ask", "suggest", "collect") ou un nœud "end".',
  }),
};

const en: Table = {
  'flow-not-object': ({ format }) => ({
    message: 'A flow must be a JSON object { … }.',
    hint: `Start from this model: { "format": "${format}", "id": "…", "locales": ["fr"], "start": "…", "nodes": [ … ] }.`,
  }),
  'format-missing': ({ format }) => ({
    message: 'The flow does not say its format ("format").',
    hint: `Write "format": "${format}".`,
  }),
  'format-unknown': ({ value, format }) => ({
    message: `Unknown flow format ${value}.`,
    hint: `Write "format": "${format}".`,
  }),
  'flow-id': () => ({
    message: 'The flow needs an "id" made of letters, digits, - or _.',
    hint: 'Write "id": "welcome" for example.',
  }),
  locales: () => ({
    message: '"locales" must list the languages of the texts: "fr", "en" or both.',
    hint: 'Write "locales": ["fr"], or ["fr", "en"] when every text exists in both languages.',
  }),
  'text-missing': ({ locales }) => ({
    message: 'A text is missing here.',
    hint: `Write ${textShape(locales)}.`,
  }),
  'text-missing-locale': ({ locale, locales }) => ({
    message: `The ${locale === 'fr' ? 'French' : 'English'} text is missing or empty.`,
    hint: `Add "${locale}": "…" (the flow declares "locales": [${list(locales)}]).`,
  }),
  'slot-name': ({ name }) => ({
    message: name === undefined ? 'The slot name is missing.' : `${name} is not a valid slot name.`,
    hint: 'A slot name starts with a lower-case letter and holds only letters, digits and _, e.g. "theme" or "firstName".',
  }),
  'next-missing': () => ({
    message: 'The id of the next node is missing.',
    hint: 'Write the id of a node of this flow, e.g. "next": "bye".',
  }),
  'replies-missing': () => ({
    message: 'A list of quick replies ("options") is needed here.',
    hint: 'Write "options": [{ "id": "yes", "label": { "en": "Yes" }, "next": "…" }].',
  }),
  'reply-not-object': () => ({
    message: 'A quick reply must be an object { … }.',
    hint: 'Write { "id": "yes", "label": { "en": "Yes" }, "next": "…" }.',
  }),
  'reply-id': () => ({
    message: 'This quick reply needs an "id".',
    hint: 'Use letters, digits, - or _, e.g. "id": "yes".',
  }),
  'reply-duplicate': ({ id }) => ({
    message: `Two quick replies of this node have the id "${id}".`,
    hint: 'Give each reply its own id.',
  }),
  keywords: () => ({
    message: '"keywords" must be { "fr": ["…"], "en": ["…"] }.',
    hint: 'For each language, list the words a person may type, each in quotes.',
  }),
  'set-not-object': () => ({
    message: '"set" must be an object with "slots", "situation" or both.',
    hint: 'Write "set": { "slots": { "theme": "food" }, "situation": { "car": "none" } }.',
  }),
  'set-slots': () => ({
    message: '"slots" must be an object of slot names to values.',
    hint: 'Write "slots": { "theme": "food" }.',
  }),
  'slot-value': () => ({
    message: 'A slot value must be a text, a number, true or false.',
    hint: 'Write a text in quotes, a number, or true / false without quotes.',
  }),
  'set-situation': () => ({
    message: '"situation" must be an object { … }.',
    hint: 'Write "situation": { "car": "none" }.',
  }),
  'situation-key': ({ key, keys, suggestion }) => ({
    message: `Unknown situation key "${key}".`,
    hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Possible keys: ${list(keys)}.`,
  }),
  'situation-value': ({ key, value, allowed }) => ({
    message: `${value} is not a possible value of "${key}".`,
    hint: `Possible values: ${raw(allowed)}${allowed.includes('true') ? ' (true and false are written without quotes)' : ''}.`,
  }),
  'set-unknown-field': ({ field }) => ({
    message: `Unknown field "${field}" in "set".`,
    hint: 'In "set", use only "slots" and "situation".',
  }),
  'condition-not-object': () => ({
    message: 'A condition must be an object { … }.',
    hint: 'Write { "test": "slots.theme", "equals": "food" }, or combine conditions with "all", "any" or "not".',
  }),
  'condition-list': ({ key }) => ({
    message: `"${key}" must be a non-empty list of conditions.`,
    hint: 'Write [{ "test": "slots.age", "gte": 18 }, …].',
  }),
  'condition-test': () => ({
    message: 'This condition needs "test": the value it looks at.',
    hint: 'Write "test": "slots.theme", "situation.car", "context.kiosk", "chosen.count" or "total", for example.',
  }),
  'condition-comparison': () => ({
    message: 'This condition does not say what to compare the value with.',
    hint: 'Add "equals", "in", "gt", "gte", "lt", "lte" or "exists".',
  }),
  'condition-number': ({ op }) => ({
    message: `"${op}" must be a number.`,
    hint: 'Write a number without quotes, e.g. 18.',
  }),
  'condition-in': () => ({
    message: '"in" must be a list of values.',
    hint: 'Write "in": ["food", "housing"].',
  }),
  'nodes-missing': () => ({
    message: 'The flow needs a "nodes" list with at least one node.',
    hint: 'Add at least one node: "nodes": [{ "id": "hello", "type": "say", … }].',
  }),
  'node-not-object': () => ({
    message: 'A node must be an object { … }.',
    hint: 'Write { "id": "hello", "type": "say", … }.',
  }),
  'node-id': () => ({
    message: 'This node needs an "id" made of letters, digits, - or _.',
    hint: 'Write "id": "ask-heating" for example.',
  }),
  'node-duplicate': ({ id, first }) => ({
    message: `Another node already has the id "${id}" (${first}).`,
    hint: 'Give each node its own id, then fix the "next" that point to it.',
  }),
  'node-type': ({ value, types, suggestion }) => ({
    message: value === undefined ? 'This node has no "type".' : `Unknown node type ${value}.`,
    hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Possible types: ${list(types)}.`,
  }),
  'validate-not-object': () => ({
    message: '"validate" must be an object { … }.',
    hint: 'Write { "pattern": "…" }, { "number": { "min": 0, "max": 100 } }, { "enum": [ … ] } or { "maxLength": 80 }.',
  }),
  pattern: () => ({
    message: 'This regular expression ("pattern") has an error.',
    hint: 'Check brackets and backslashes: in JSON, write \\\\d for a digit.',
  }),
  'number-shape': () => ({
    message: '"number" must be { "min": …, "max": … }.',
    hint: 'Write "number": { "min": 0, "max": 100 }; both are optional, and "integer": true accepts only whole numbers.',
  }),
  'min-max': () => ({
    message: '"min" is greater than "max".',
    hint: 'Swap the two values.',
  }),
  'enum-empty': () => ({
    message: '"enum" must be a non-empty list of accepted answers.',
    hint: 'Write "enum": ["yes", "no"].',
  }),
  'cases-missing': () => ({
    message: 'A "branch" node needs "cases": [{ "when": {…}, "next": "…" }].',
    hint: 'Add at least one case, and "else" for all the others.',
  }),
  'case-not-object': () => ({
    message: 'A case must be an object { … }.',
    hint: 'Write { "when": { "test": "slots.age", "lt": 18 }, "next": "…" }.',
  }),
  'categories-not-list': () => ({
    message: '"categories" must be a list.',
    hint: 'Write "categories": ["food", "transport"].',
  }),
  category: ({ value, categories, suggestion }) => ({
    message: `Unknown category ${value}.`,
    hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Possible categories: ${list(categories)}.`,
  }),
  'choose-missing': () => ({
    message: 'A "suggest" node needs "choose": { "label": {…}, "next": "…" }.',
    hint: 'Add "choose": { "label": { "en": "I keep it" }, "next": "…" }.',
  }),
  'another-shape': () => ({
    message: '"another" must be { "label": {…} }.',
    hint: 'Write "another": { "label": { "en": "Another one" } }, or remove it.',
  }),
  op: ({ value, ops, suggestion }) => ({
    message: value === undefined ? 'This node has no operation ("op").' : `Unknown operation ${value}.`,
    hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Possible operations: ${list(ops)}.`,
  }),
  'from-missing': ({ op }) => ({
    message: `"${op}" needs "from": the value to start from.`,
    hint: 'Write "from": "slots.total", for example.',
  }),
  by: () => ({
    message: '"by" must be a number, and not zero for a division.',
    hint: 'Write "by": 1000, for example.',
  }),
  round: () => ({
    message: '"round" must be a number of decimal places between 0 and 6.',
    hint: 'Write "round": 0 for whole numbers, 1 for one decimal…',
  }),
  'cancel-shape': () => ({
    message: '"cancel" must be { "label": {…}, "next": "…" }.',
    hint: 'Write "cancel": { "label": { "en": "Never mind" }, "next": "…" }, or remove it.',
  }),
  'unknown-node': ({ id, suggestion, known }) => ({
    message: `No node has the id "${id}".`,
    hint: suggestion
      ? `Did you mean "${suggestion}"?`
      : known.length
        ? `Add a node with this id, or fix the reference. Known nodes: ${list(known)}.`
        : 'Add a node with this id to "nodes".',
  }),
  'start-missing': () => ({
    message: 'The flow needs "start": the id of its first node.',
    hint: 'Write "start": "hello", the id of one of your nodes, for example.',
  }),
  'intents-not-list': () => ({
    message: '"intents" must be a list.',
    hint: 'Write "intents": [{ "id": "help", "action": "goto", "next": "help", "label": {…}, "keywords": {…} }].',
  }),
  'intent-not-object': () => ({
    message: 'An intent must be an object { … }.',
    hint: 'Write { "id": "help", "action": "goto", "next": "help", "label": {…}, "keywords": {…} }.',
  }),
  'intent-id': () => ({
    message: 'This intent needs an "id".',
    hint: 'Use letters, digits, - or _, e.g. "id": "help".',
  }),
  'intent-duplicate': ({ id }) => ({
    message: `Two intents have the id "${id}".`,
    hint: 'Give each intent its own id.',
  }),
  'intent-action': ({ value, actions }) => ({
    message: value === undefined ? 'This intent has no "action".' : `Unknown intent action ${value}.`,
    hint: `Possible actions: ${list(actions)}; "goto" jumps to the node "next", "restart" starts the conversation over.`,
  }),
  'intent-next': () => ({
    message: 'A "goto" intent needs "next".',
    hint: 'Write "next": "…" with the id of the node to jump to.',
  }),
  'intent-keywords': () => ({
    message: 'An intent needs "keywords": the words that trigger it, per language.',
    hint: 'Write "keywords": { "fr": ["aide"], "en": ["help"] }.',
  }),
  'freetext-not-object': () => ({
    message: '"freeText" must be an object { … }.',
    hint: 'Write "freeText": { "tipNode": "…", "categorySlot": "theme" }, with the id of a "suggest" node for "tipNode".',
  }),
  'tipnode-not-string': () => ({
    message: '"tipNode" must be a node id.',
    hint: 'Write "tipNode": "…" with the id of a node of type "suggest".',
  }),
  'tipnode-not-suggest': ({ id }) => ({
    message: `The node "${id}" is not a "suggest" node.`,
    hint: 'Point "tipNode" at a node of type "suggest".',
  }),
  'unknown-slot': ({ name, written }) => ({
    message: `No node writes the slot "${name}".`,
    hint: written.length
      ? `Fix the name, or write this slot somewhere. Slots written in this flow: ${list(written)}.`
      : 'Write it with an "ask" node, a "compute" node or the "set" of a quick reply.',
  }),
  'bad-reference': ({ ref }) => ({
    message: `"${ref}" does not name a value.`,
    hint: 'Write "slots." followed by a slot name, "context." followed by a name, "situation." followed by a key, or else chosen.count, chosen.list, shown.count or total.',
  }),
  unreachable: ({ id }) => ({
    message: `The node "${id}" can never be reached.`,
    hint: 'Point a "next" at it from another node, or remove it.',
  }),
  loop: ({ chain }) => ({
    message: `These nodes loop forever without waiting for the person: ${chain.join(' → ')}.`,
    hint: 'Put a node that waits for an answer ("choices", "ask", "suggest", "collect") or an "end" node in the loop.',
  }),
};

const TABLES: Record<Locale, Table> = { fr, en };

/** The message and hint for `key` in `locale` (French when the locale is unknown). */
export function flowMessage<K extends FlowMessageKey>(locale: Locale, key: K, params: FlowMessageParams[K]): FlowMessage {
  return (TABLES[locale] ?? fr)[key](params);
}
