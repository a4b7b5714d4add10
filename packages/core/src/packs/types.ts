import type { AncreProblem } from '../errors.js';

/**
 * A problem found in a content pack. Core's `AncreProblem` plus an optional severity: a `warning`
 * (an unknown field, a `remove` that matches nothing) does not stop the pack from loading; an `error`
 * (the default when absent) does. Syntax errors also carry the line and column.
 */
export interface PackProblem extends AncreProblem {
  severity?: 'error' | 'warning';
  /** 1-based line of a JSON syntax error. */
  line?: number;
  /** 1-based column of a JSON syntax error. */
  column?: number;
}

/** Where a fact comes from: shown to people next to the content, and kept through merges. */
export interface PackSource {
  /** Who published it, e.g. "Service-Public.fr" or "Mairie de Bourg-en-Bresse". */
  name: string;
  /** A page or file where the fact can be checked (http or https). */
  url?: string;
  /** The licence of that source, e.g. "Licence Ouverte 2.0" or "CC-BY-4.0". */
  licence?: string;
  /** When it was read or published: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
}

/** The kinds of pack that Ancre's widgets read. A widget may define its own `vendor/thing` kind. */
export const PACK_KINDS = ['ancre/services', 'ancre/tips', 'ancre/flow', 'ancre/procedures'] as const;
export type KnownPackKind = (typeof PACK_KINDS)[number];

/**
 * The envelope every content pack shares, whatever it holds. `TItem` is the widget's item type
 * (a service point, a tip, a procedure, a flow node); each item has a stable `id`.
 */
export interface PackEnvelope<TItem extends { id: string } = { id: string }> {
  /** Optional link to a JSON Schema, for editors; ignored by Ancre. */
  $schema?: string;
  /** What the pack holds, e.g. `ancre/services`. A widget refuses a pack of another kind. */
  kind: string;
  /** Stable identifier of the pack, lower case: `fr.national.services`, `ain.bourg.services`. */
  id: string;
  /** Semantic version of the pack, `MAJOR.MINOR.PATCH` (e.g. `1.4.0`). */
  version: string;
  /** Language of the texts, BCP 47 (`fr`, `fr-FR`, `en`). */
  locale: string;
  /** Licence of the pack as a whole: an SPDX identifier (`CC-BY-4.0`) or "Licence Ouverte 2.0". */
  licence: string;
  /** Where the facts come from; at least one. */
  sources: PackSource[];
  /**
   * The base pack this one adapts: an id (`fr.national.services`, optionally `id@1` / `id@1.2` /
   * `id@1.2.0` to require a version) looked up in the widget's registry, or a URL (absolute, or
   * relative to this pack's own file).
   */
  extends?: string;
  /** The items: new ones, or replacements of base items with the same `id`. */
  items: TItem[];
  /** Ids of base items to drop. */
  remove?: string[];
}

/** Which pack an item (or a merged pack) comes from. */
export interface PackOrigin {
  id: string;
  version: string;
  licence: string;
  /** The file, URL or label it was read from. */
  source?: string;
}

/**
 * A pack after its `extends` chain was resolved and merged: `items` is the final list; `origins`
 * tells, for each item id, which pack gave it; `chain` lists the packs from the deepest base to the
 * local one; `sources` is the union of every pack's sources. `extends` and `remove` were applied.
 */
export interface MergedPack<TItem extends { id: string } = { id: string }> extends Omit<PackEnvelope<TItem>, 'remove'> {
  /** Item id → the pack it comes from (a null-prototype record). */
  origins: Record<string, PackOrigin>;
  /** The packs merged, base first. */
  chain: PackOrigin[];
}

/** Context given to an item validator. */
export interface ItemCheckContext {
  /** Language of the messages. */
  locale: 'fr' | 'en';
  /** True for an item with `"$merge": true`: only the fields it gives are checked. */
  partial: boolean;
  /** The file or URL, copied into each problem's `source`. */
  source?: string;
}

/** Checks one item; returns every problem found (an empty array when the item is fine). */
export type ItemValidator = (item: unknown, path: string, context?: ItemCheckContext) => AncreProblem[];
