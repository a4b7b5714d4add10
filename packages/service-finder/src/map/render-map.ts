/**
 * The module `<ancre-service-finder>` imports lazily when `map` is set: it picks the renderer.
 * Without `tile-url`: the schematic plan (no request at all). With a usable `tile-url`: the
 * interactive Leaflet map, which imports Leaflet itself on first use (its own chunk).
 */
import type { TemplateResult } from 'lit';
import { renderStaticMap, usableTileTemplate } from './static-map.js';
import { renderLeafletMap } from './leaflet-map.js';
import type { MapRenderOptions } from './types.js';

export function renderMap(options: MapRenderOptions): TemplateResult {
  return usableTileTemplate(options.tileUrl) ? renderLeafletMap(options) : renderStaticMap(options);
}
