import type { TemplateResult } from 'lit';
import type { Locale } from '@ancre/core';
import type { LatLon, ServiceResult } from '../service-finder.types.js';
import type { FinderStrings } from '../translations/fr.js';

export interface MapRenderOptions {
  results: readonly ServiceResult[];
  /** The place distances are measured from (a commune centre or the person's position — never sent). */
  origin: LatLon | undefined;
  /** Tile template chosen by the page (`{z}/{x}/{y}`, optional `{s}`); without it nothing is requested. */
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
  /** Language of the finder. The map's labels (title, region, zoom buttons, credit) all come from `t`. */
  locale?: Locale;
  /**
   * The finder's translation, `strings` overrides included: `mapTitle`, `mapSchematic`, `mapTiles`,
   * and for the interactive map `mapRegion`, `mapZoom`, `mapZoomIn`, `mapZoomOut`.
   */
  t: (key: keyof FinderStrings & string, params?: Record<string, string | number>) => string;
  onSelect: (id: string) => void;
}

/**
 * Renders the map block; loaded lazily (`import('./map/render-map.js')`) only when `map` is set.
 * Leaflet itself is a further lazy import, only when `tile-url` is set too.
 */
export type MapRenderer = (options: MapRenderOptions) => TemplateResult;
