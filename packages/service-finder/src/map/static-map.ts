/**
 * The optional map of `<ancre-service-finder>`, loaded only when the `map` attribute is set.
 *
 * A still map, drawn as SVG over the results' bounding box, numbered like the list (the list stays
 * the complete, accessible view; the map is decorative for screen readers and its markers are
 * duplicates of the list's buttons, so they are hidden from the accessibility tree).
 *
 * This is the map without `tile-url` (a plain schematic plan: no request at all). With `tile-url` the
 * finder shows the interactive Leaflet map (`leaflet-map.ts`); this still map is its fallback when
 * Leaflet cannot load (e.g. a page enforcing Trusted Types without a `default` policy): then the
 * 256 px Web-Mercator tiles covering the box are placed under the SVG, `<img>` with empty `alt`,
 * no referrer.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { LatLon } from '../service-finder.types.js';
import type { MapRenderOptions } from './types.js';

const TILE = 256;
const WIDTH = 640;
const HEIGHT = 320;

/** Web-Mercator world pixel of a point at a zoom level. */
export function project(p: LatLon, zoom: number): { x: number; y: number } {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, p.lat)) * Math.PI) / 180);
  return {
    x: ((p.lon + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

/** The highest zoom (≤ 16) at which every point fits the frame with a margin. */
export function fitZoom(points: readonly LatLon[], width = WIDTH, height = HEIGHT): number {
  for (let z = 16; z > 1; z--) {
    const px = points.map((p) => project(p, z));
    const w = Math.max(...px.map((p) => p.x)) - Math.min(...px.map((p) => p.x));
    const h = Math.max(...px.map((p) => p.y)) - Math.min(...px.map((p) => p.y));
    if (w <= width * 0.8 && h <= height * 0.8) return z;
  }
  return 1;
}

/**
 * Whether a tile template may be used: http(s) URLs and URLs relative to the page; never another
 * scheme (`data:`, `javascript:`…).
 */
export function usableTileTemplate(template: string | undefined): template is string {
  const value = template?.trim();
  if (!value) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return scheme ? /^https?$/i.test(scheme[1]!) : true;
}

/** Fills a tile template: `{z}`, `{x}`, `{y}`, `{s}` (subdomain a). Only usable templates (see above). */
export function tileHref(template: string, z: number, x: number, y: number): string | undefined {
  if (!usableTileTemplate(template)) return undefined;
  const n = 2 ** z;
  const wrapped = ((x % n) + n) % n;
  return template.replace('{z}', String(z)).replace('{x}', String(wrapped)).replace('{y}', String(y)).replace('{s}', 'a').replace('{r}', '');
}

/** The still map: a schematic plan, or still tiles when `tile-url` is set (Leaflet's fallback). */
export function renderStaticMap(options: MapRenderOptions): TemplateResult {
  const { results, origin, tileUrl, tileAttribution, t } = options;
  const places = results.map((r) => r.point.location);
  const all = origin ? [...places, origin] : places;
  if (all.length === 0) return html``;
  const zoom = fitZoom(all);
  const px = all.map((p) => project(p, zoom));
  const cx = (Math.max(...px.map((p) => p.x)) + Math.min(...px.map((p) => p.x))) / 2;
  const cy = (Math.max(...px.map((p) => p.y)) + Math.min(...px.map((p) => p.y))) / 2;
  const left = cx - WIDTH / 2;
  const top = cy - HEIGHT / 2;
  const at = (p: LatLon) => {
    const q = project(p, zoom);
    return { x: q.x - left, y: q.y - top };
  };
  const tiles: TemplateResult[] = [];
  if (tileUrl) {
    const n = 2 ** zoom;
    for (let ty = Math.floor(top / TILE); ty <= Math.floor((top + HEIGHT) / TILE); ty++) {
      if (ty < 0 || ty >= n) continue;
      for (let tx = Math.floor(left / TILE); tx <= Math.floor((left + WIDTH) / TILE); tx++) {
        const href = tileHref(tileUrl, zoom, tx, ty);
        if (!href) continue;
        const x = ((tx * TILE - left) / WIDTH) * 100;
        const y = ((ty * TILE - top) / HEIGHT) * 100;
        tiles.push(
          html`<img
            src=${href}
            alt=""
            referrerpolicy="no-referrer"
            loading="lazy"
            decoding="async"
            style="left:${x}%;top:${y}%;width:${(TILE / WIDTH) * 100}%;height:${(TILE / HEIGHT) * 100}%"
          />`,
        );
      }
    }
  }
  return html`<section class="map" part="map" aria-labelledby="map-heading">
    <h4 id="map-heading">${t('mapTitle')}</h4>
    <div class="map-frame">
      ${tiles}
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
        ${tileUrl
          ? nothing
          : svg`<g stroke="currentColor" stroke-opacity="0.12">${[1, 2, 3, 4, 5, 6, 7].map((i) => svg`<line x1=${i * 80} y1="0" x2=${i * 80} y2=${HEIGHT} />`)}${[1, 2, 3].map((i) => svg`<line x1="0" y1=${i * 80} x2=${WIDTH} y2=${i * 80} />`)}</g>`}
        ${origin ? svg`<circle class="origin" cx=${at(origin).x} cy=${at(origin).y} r="7" />` : nothing}
        ${results
          .map((r, i) => ({ r, i, p: at(r.point.location) }))
          .reverse()
          .map(({ i, p }) => svg`<g class="marker" transform="translate(${p.x} ${p.y})"><circle r="11" /><text>${i + 1}</text></g>`)}
      </svg>
    </div>
    <p class="attribution">${tileUrl ? (tileAttribution ? t('mapTiles', { attribution: tileAttribution }) : nothing) : t('mapSchematic')}</p>
  </section>`;
}
