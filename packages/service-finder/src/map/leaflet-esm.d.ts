/**
 * The few parts of Leaflet 1.9.4's ESM build (`leaflet/dist/leaflet-src.esm.js`) the finder uses.
 * Leaflet ships no types and its package has no `module` field, so the ESM file is imported by path.
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export type LatLngTuple = [number, number];

  export interface LeafletEvent {
    type: string;
    originalEvent?: Event;
  }

  export interface Evented {
    on(type: string, fn: (event: LeafletEvent) => void): this;
    off(type?: string, fn?: (event: LeafletEvent) => void): this;
  }

  export interface Layer extends Evented {
    addTo(map: LeafletMap): this;
    remove(): this;
  }

  export interface LeafletMarker extends Layer {
    getElement(): HTMLElement | undefined;
  }

  export interface LeafletMap extends Evented {
    setView(center: LatLngTuple, zoom: number, options?: { animate?: boolean }): this;
    fitBounds(bounds: LatLngTuple[], options?: { padding?: [number, number]; maxZoom?: number; animate?: boolean }): this;
    zoomIn(delta?: number): this;
    zoomOut(delta?: number): this;
    getZoom(): number;
    getMinZoom(): number;
    getMaxZoom(): number;
    invalidateSize(options?: { animate?: boolean }): this;
    remove(): this;
  }

  export interface Icon {
    readonly options: object;
  }

  export function map(
    element: HTMLElement,
    options?: {
      attributionControl?: boolean;
      zoomControl?: boolean;
      keyboard?: boolean;
      scrollWheelZoom?: boolean | 'center';
      minZoom?: number;
      maxZoom?: number;
      zoomSnap?: number;
      fadeAnimation?: boolean;
      zoomAnimation?: boolean;
      markerZoomAnimation?: boolean;
    },
  ): LeafletMap;

  export function tileLayer(
    template: string,
    options?: { maxZoom?: number; minZoom?: number; tileSize?: number; referrerPolicy?: ReferrerPolicy | boolean; crossOrigin?: boolean | string; keepBuffer?: number },
  ): Layer;

  export function divIcon(options: { html: HTMLElement; className?: string; iconSize?: [number, number]; iconAnchor?: [number, number] }): Icon;

  export function marker(
    at: LatLngTuple,
    options?: { icon?: Icon; keyboard?: boolean; title?: string; alt?: string; riseOnHover?: boolean; zIndexOffset?: number; autoPanOnFocus?: boolean },
  ): LeafletMarker;

  export function circleMarker(
    at: LatLngTuple,
    options?: { radius?: number; className?: string; interactive?: boolean; weight?: number; color?: string; fillColor?: string; fillOpacity?: number; opacity?: number },
  ): Layer;
}
