/**
 * The results and details views of `<ancre-service-finder>`, loaded lazily
 * (`import('./results-view.js')`): the element requests this module when it connects, in parallel
 * with the data, and its `findNearby` actor awaits it, so the first results never wait for it. The
 * first paint (title, search form, loading message) does not need it, nor the opening-hours model
 * it brings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDistance, formatList, type Locale } from '@ancre/core';
import { SERVICE_KIND_LABELS, SERVICE_LABELS, type ServicePoint, type ServiceResult } from './service-finder.types.js';
import type { FinderStrings } from './translations/fr.js';
import { openingStatus, parseOpeningHours } from './model/opening-hours.js';
import { describeOpeningHours } from './model/opening-hours-describe.js';
import { wallParts } from './model/time-zone.js';
import { hoursOptions } from './search.js';

/** What the views need from the element. */
export interface ResultsViewHost {
  /** Language of the dates, distances and lists. */
  readonly locale: Locale;
  /** The element's translation (`strings` overrides included). */
  readonly t: (key: keyof FinderStrings & string, params?: Record<string, string | number>) => string;
  /** "Now" for the opening status. */
  readonly clock: () => Date;
  /** Opens a point's details (the list's buttons). */
  readonly select: (id: string) => void;
  /** Back to the list (the details' button). */
  readonly back: () => void;
  /** True when the results are places found by name (ordered by relevance, not distance). */
  readonly byName?: boolean;
}

/** The ordered list of results, numbered like the map. */
export function renderResultList(host: ResultsViewHost, results: readonly ServiceResult[]): TemplateResult {
  return html`<ol class="results" part="results" aria-label=${host.t(host.byName ? 'nameResultsList' : 'resultsList')}>
    ${results.map((r, i) => renderResult(host, r, i + 1))}
  </ol>`;
}

function renderResult(host: ResultsViewHost, result: ServiceResult, rank: number): TemplateResult {
  const { t } = host;
  const p = result.point;
  return html`<li part="result">
    <article class="card" aria-labelledby="r-${rank}">
      <div class="card-head">
        <span class="rank" aria-hidden="true">${rank}</span>
        <h4 id="r-${rank}">
          <button type="button" class="link" data-point=${p.id} @click=${() => host.select(p.id)} aria-describedby="r-${rank}-more">${p.name}</button>
        </h4>
      </div>
      <span id="r-${rank}-more" class="visually-hidden">${t('details')}</span>
      ${result.distanceKm !== undefined
        ? html`<p class="distance">${t('distance', { distance: formatDistance(result.distanceKm * 1000, host.locale) })}</p>`
        : nothing}
      <p class="kind">${kindText(host, p)}${p.itinerant ? html` · <span class="badge">${t('itinerant')}</span>` : nothing}</p>
      <address>${p.address.street}${p.address.street ? ', ' : ''}${p.address.postcode} ${p.address.commune}</address>
      ${renderStatus(host, p.hours, p)} ${p.itinerant ? html`<p>${t('itinerantStops', { count: p.itinerant.stops.length })}</p>` : nothing}
      ${renderContact(host, p)} ${renderAccessibility(host, p)} ${renderSource(host, p)}
    </article>
  </li>`;
}

/** The details of one point, with its hours, stops, contacts and directions links. */
export function renderDetails(host: ResultsViewHost, p: ServicePoint, result: ServiceResult | undefined): TemplateResult {
  const { t } = host;
  const lang = host.locale;
  const { lat, lon } = p.location;
  const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  return html`<article class="details" part="details" aria-labelledby="details-heading">
    <p><button type="button" class="secondary" @click=${() => host.back()}>← ${t('back')}</button></p>
    <h3 id="details-heading" tabindex="-1">${p.name}</h3>
    <p class="kind">${kindText(host, p)}${p.itinerant ? html` · <span class="badge">${t('itinerant')}</span>` : nothing}</p>
    ${result?.distanceKm !== undefined ? html`<p class="distance">${t('distance', { distance: formatDistance(result.distanceKm * 1000, lang) })}</p>` : nothing}
    <address>${p.address.street}${p.address.street ? ', ' : ''}${p.address.postcode} ${p.address.commune}</address>
    ${p.services.length ? html`<p>${t('services', { list: formatList(p.services.map((s) => SERVICE_LABELS[s]?.[lang] ?? s), lang) })}</p>` : nothing}
    ${p.hours
      ? html`<section aria-labelledby="hours-heading">
          <h4 id="hours-heading">${t('hoursTitle')}</h4>
          ${renderStatus(host, p.hours, p)} ${renderSchedule(host, p.hours)}
          <p class="muted">${t('hoursNote')}</p>
        </section>`
      : nothing}
    ${p.itinerant ? renderStops(host, p) : nothing} ${renderContact(host, p)}
    ${p.email ? html`<p><a href="mailto:${p.email}">${t('email', { email: p.email })}</a></p>` : nothing}
    ${renderAccessibility(host, p)}
    <section aria-labelledby="directions-heading">
      <h4 id="directions-heading">${t('directions')}</h4>
      <p class="links">
        <a href="geo:${lat},${lon}">${t('geoLink')}</a>
        <a href=${osm} rel="noopener noreferrer">${t('osmLink')} <span class="visually-hidden">${t('osmLinkNote')}</span></a>
      </p>
    </section>
    ${renderSource(host, p)}
  </article>`;
}

/** The stops of an itinerant point, each with its address and hours. */
export function renderStops(host: ResultsViewHost, p: ServicePoint): TemplateResult {
  return html`<section aria-labelledby="stops-heading">
    <h4 id="stops-heading">${host.t('stopsTitle')}</h4>
    <ul class="plain stops">
      ${(p.itinerant?.stops ?? []).map(
        (stop) => html`<li>
          <strong>${stop.name}</strong>
          <address>${stop.address.street}${stop.address.street ? ', ' : ''}${stop.address.postcode} ${stop.address.commune}</address>
          ${renderStatus(host, stop.hours, p)} ${stop.hours ? renderSchedule(host, stop.hours) : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The weekly schedule in words (« Du lundi au vendredi » : « 9 h – 12 h »), as a description list, with
 * the string as published in a disclosure under it; the raw string alone when it cannot be described.
 */
export function renderSchedule(host: ResultsViewHost, hours: string): TemplateResult {
  const lines = describeOpeningHours(parseOpeningHours(hours), host.locale);
  if (!lines) return html`<p class="muted"><code>${hours}</code></p>`;
  return html`<dl class="schedule">
      ${lines.map((line) => html`<div><dt>${line.days}</dt><dd>${line.hours}</dd></div>`)}
    </dl>
    <details class="raw-hours">
      <summary>${host.t('hoursPublished')}</summary>
      <p class="muted"><code>${hours}</code></p>
    </details>`;
}

function kindText(host: ResultsViewHost, p: ServicePoint): string {
  const lang = host.locale;
  return formatList(
    p.kinds.map((k) => SERVICE_KIND_LABELS[k]?.[lang] ?? k),
    lang,
  );
}

/** "Ouvert · ferme à 12 h", "Fermé · ouvre lundi à 9 h", the raw hours when not understood, nothing when unknown. */
export function statusText(host: ResultsViewHost, hours: string | undefined, point: ServicePoint): { text: string; open?: boolean } | undefined {
  if (!hours) return undefined;
  const { t } = host;
  const locale = host.locale;
  const at = host.clock();
  const options = hoursOptions(point);
  const zone = options.timeZone;
  const status = openingStatus(hours, at, options);
  if (status.kind === 'unparsed') return { text: t('hoursRaw', { hours: status.raw }) };
  const change = status.change;
  if (!change) return { text: t(status.open ? 'openNoChange' : 'closedNoChange'), open: status.open };
  const [hh, mm] = change.time.split(':').map(Number) as [number, number];
  const time = locale === 'fr' ? (mm === 0 ? `${hh} h` : `${hh} h ${String(mm).padStart(2, '0')}`) : `${hh}:${String(mm).padStart(2, '0')}`;
  const today = wallParts(at, zone);
  const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  const days = Math.round((Date.parse(`${change.date}T00:00:00Z`) - Date.parse(`${todayIso}T00:00:00Z`)) / 86_400_000);
  const changeDate = new Date(`${change.date}T12:00:00Z`);
  const day =
    days === 1
      ? t('tomorrow')
      : days < 7
        ? formatDate(changeDate, locale, { weekday: 'long', timeZone: 'UTC' })
        : t('onDate', { date: formatDate(changeDate, locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }) });
  if (status.open) return { text: days === 0 ? t('openUntil', { time }) : t('openUntilDay', { day, time }), open: true };
  return { text: days === 0 ? t('closedOpensToday', { time }) : t('closedOpens', { day, time }), open: false };
}

function renderStatus(host: ResultsViewHost, hours: string | undefined, point: ServicePoint): TemplateResult | typeof nothing {
  const status = statusText(host, hours, point);
  if (!status) return nothing;
  const cls = status.open === undefined ? 'muted' : status.open ? 'status open' : 'status closed';
  return html`<p class=${cls}>${status.text}</p>`;
}

function renderContact(host: ResultsViewHost, p: ServicePoint): TemplateResult {
  return html`${p.phone ? html`<p><a href="tel:${p.phone.replace(/[^\d+]/g, '')}">${host.t('phone', { phone: p.phone })}</a></p>` : nothing}
  ${p.website && /^https?:\/\//i.test(p.website)
    ? html`<p><a href=${p.website} rel="noopener noreferrer" aria-label=${host.t('websiteOf', { name: p.name })}>${host.t('website')}</a></p>`
    : nothing}`;
}

function renderAccessibility(host: ResultsViewHost, p: ServicePoint): TemplateResult | typeof nothing {
  const a = p.accessibility;
  if (!a?.wheelchair && !a?.notes) return nothing;
  const key = a.wheelchair === 'yes' ? 'wheelchairYes' : a.wheelchair === 'limited' ? 'wheelchairLimited' : a.wheelchair === 'no' ? 'wheelchairNo' : undefined;
  return html`<p>${key ? host.t(key) : nothing}${key && a.notes ? ' · ' : nothing}${a.notes ?? nothing}</p>`;
}

function renderSource(host: ResultsViewHost, p: ServicePoint): TemplateResult {
  const date = p.updated ?? p.source.date;
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(new Date(`${date}T12:00:00Z`), host.locale, { dateStyle: 'long', timeZone: 'UTC' }) : date;
  return html`<p class="source">${host.t('source', { name: p.source.name, licence: p.source.licence, date: shown })}</p>`;
}
