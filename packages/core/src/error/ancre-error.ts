import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AncreElement } from '../base/ancre-element.js';
import type { AncreProblem } from '../errors.js';
import { coreStrings, type CoreStrings } from '../i18n/core-strings.js';
import type { Translations } from '../i18n/strings.js';
import { baseStyles } from '../theme/tokens.js';
import { errorViewStyles } from './ancre-error.styles.js';
import { AncreRetryEvent } from './retry-event.js';

/** A problem as the view reads it: core's shape plus what packs add (severity, line, column). */
export interface ShownProblem extends AncreProblem {
  severity?: 'error' | 'warning';
  line?: number;
  column?: number;
}

/** How many problems are listed before the rest fold into "N more problems". */
export const VISIBLE_PROBLEMS = 5;
/** Delay before the summary is put in the live region, so screen readers notice the change. */
const ANNOUNCE_DELAY_MS = 100;

/**
 * @tagname ancre-error
 * @summary The in-widget error report: what went wrong, where (file or URL and JSON path) and how to
 * fix it, for each problem. Widgets show it in place of content they could not load.
 *
 * @fires ancre-retry - The person pressed "Réessayer" (only when `retryable`). Not cancelable.
 *
 * @csspart base - The report container.
 * @csspart title - The heading.
 * @csspart problem - One problem of the list.
 * @csspart more - The `<details>` folding problems beyond the fifth.
 * @csspart retry - The "Réessayer" button.
 *
 * @cssprop --ancre-error-accent - Left border, icon and title colour. Default `--ancre-color-danger`.
 * @cssprop --ancre-error-background - Background. Default `--ancre-color-surface`.
 * @cssprop --ancre-error-color - Text colour. Default `--ancre-color-text`.
 * @cssprop --ancre-error-border-color - Border and separators. Default `--ancre-color-border`.
 * @cssprop --ancre-error-code-background - Background of file names and paths. Default `--ancre-color-surface-alt`.
 * @cssprop --ancre-error-warning-color - The "Avertissement" label. Default `--ancre-color-warning`.
 * @cssprop --ancre-error-button-background - Retry button background. Default `--ancre-color-primary`.
 * @cssprop --ancre-error-button-color - Retry button text. Default `--ancre-color-on-primary`.
 * @cssprop --ancre-error-radius - Corner radius. Default `--ancre-radius-m`.
 *
 * @attr retryable - Shows the "Réessayer" button.
 * @attr heading-level - Level of the title heading, 2 to 6 (default 2).
 */
export class AncreErrorView extends AncreElement<CoreStrings> {
  static override styles = [baseStyles, errorViewStyles];

  /** The problems to show, errors first. An empty list renders nothing. */
  @property({ attribute: false })
  problems: AncreProblem[] = [];

  /** Shows a "Réessayer" button that fires `ancre-retry`. */
  @property({ type: Boolean, reflect: true })
  retryable = false;

  /** Level of the title heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  /** The text of the polite live region: filled shortly after the problems change. */
  @state()
  private announcement = '';

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  protected override get translations(): Translations<CoreStrings> {
    return coreStrings;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  /** The problems, made safe to render whatever a page assigned. */
  private get shown(): ShownProblem[] {
    const list: unknown[] = Array.isArray(this.problems) ? this.problems : [];
    return list
      .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
      .map((p) => {
        const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
        const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
        const out: ShownProblem = { code: text(p['code']) ?? 'internal', message: text(p['message']) ?? String(p['code'] ?? '') };
        const source = text(p['source']);
        const path = text(p['path']);
        const hint = text(p['hint']);
        const line = num(p['line']);
        const column = num(p['column']);
        if (source) out.source = source;
        if (path) out.path = path;
        if (hint) out.hint = hint;
        if (p['severity'] === 'warning') out.severity = 'warning';
        if (line !== undefined) out.line = line;
        if (column !== undefined) out.column = column;
        return out;
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('problems')) this.announcement = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('problems') && !changed.has('strings')) return;
    clearTimeout(this.announceTimer);
    const count = this.shown.length;
    if (count === 0) return;
    this.announceTimer = setTimeout(() => {
      this.announcement = `${this.t('errorTitle')}. ${this.t('errorSummary', { count })}.`;
    }, ANNOUNCE_DELAY_MS);
  }

  protected override render(): TemplateResult | typeof nothing {
    try {
      return this.renderReport();
    } catch (error) {
      // Never throw into the page: fall back to the title alone.
      console.warn('[ancre] <ancre-error> could not render its problems:', error);
      return html`<section part="base" class="base"><p class="title">${this.t('errorTitle')}</p></section>`;
    }
  }

  private renderReport(): TemplateResult | typeof nothing {
    const problems = this.shown;
    // The live region exists before it is filled: a region inserted with its text is often not read.
    const live = html`<p class="visually-hidden" role="status">${this.announcement}</p>`;
    if (problems.length === 0) return live;
    const limit = problems.length > VISIBLE_PROBLEMS ? VISIBLE_PROBLEMS : problems.length;
    const first = problems.slice(0, limit);
    const rest = problems.slice(limit);
    return html`
      ${live}
      <section part="base" class="base" aria-labelledby="title">
        ${this.renderTitle()}
        <ul>
          ${first.map((p) => this.renderProblem(p))}
        </ul>
        ${rest.length > 0
          ? html`<details part="more">
              <summary>${this.t('errorMore', { count: rest.length })}</summary>
              <ul>
                ${rest.map((p) => this.renderProblem(p))}
              </ul>
            </details>`
          : nothing}
        ${this.retryable
          ? html`<button part="retry" type="button" @click=${this.onRetry}>${this.t('errorRetry')}</button>`
          : nothing}
      </section>
    `;
  }

  private renderTitle(): TemplateResult {
    const icon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2 1 21h22L12 2Zm0 4.3L19.5 19h-15L12 6.3ZM11 10v5h2v-5h-2Zm0 6v2h2v-2h-2Z" />
    </svg>`;
    const text = this.t('errorTitle');
    const level = Math.min(6, Math.max(2, Math.round(Number(this.headingLevel) || 2)));
    switch (level) {
      case 3:
        return html`<h3 part="title" class="title" id="title">${icon}${text}</h3>`;
      case 4:
        return html`<h4 part="title" class="title" id="title">${icon}${text}</h4>`;
      case 5:
        return html`<h5 part="title" class="title" id="title">${icon}${text}</h5>`;
      case 6:
        return html`<h6 part="title" class="title" id="title">${icon}${text}</h6>`;
      default:
        return html`<h2 part="title" class="title" id="title">${icon}${text}</h2>`;
    }
  }

  private renderProblem(p: ShownProblem): TemplateResult {
    const colon = this.locale === 'fr' ? '\u00a0: ' : ': ';
    const position =
      p.line !== undefined && p.column !== undefined ? this.t('errorLine', { line: p.line, column: p.column }) : undefined;
    const hasWhere = p.source || p.path || position;
    return html`<li part="problem" data-code=${p.code}>
      <p class="what">
        ${p.severity === 'warning' ? html`<span class="badge">${this.t('errorWarning')}${colon}</span>` : nothing}${p.message}
      </p>
      ${hasWhere
        ? html`<p class="where">
            <span class="label">${this.t('errorWhere')}${colon}</span>${p.source ? html`<code>${p.source}</code>` : nothing}
            ${p.path ? html`<code>${p.path}</code>` : nothing} ${position ? html`<span>(${position})</span>` : nothing}
          </p>`
        : nothing}
      ${p.hint ? html`<p class="fix"><span class="label">${this.t('errorHowToFix')}${colon}</span>${p.hint}</p>` : nothing}
    </li>`;
  }

  private onRetry = (): void => {
    this.dispatchEvent(new AncreRetryEvent());
  };
}
