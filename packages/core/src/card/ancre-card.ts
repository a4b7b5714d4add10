import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { AncreElement } from '../base/ancre-element.js';
import { baseStyles } from '../theme/tokens.js';
import { coreStrings, type CoreStrings } from '../i18n/core-strings.js';
import { cardStyles } from './ancre-card.styles.js';

const TONES = ['neutral', 'success', 'warning', 'danger', 'info'] as const;

/**
 * @tagname ancre-card
 * @summary A themed card: a heading, an optional status line and content. Styled only through
 * tokens, it shows how a page's theme reaches every Ancre widget.
 *
 * @attr heading - The card's title.
 * @attr status - A short status line under the title (e.g. "Ouvert · ferme à 17 h").
 * @attr tone - Colour of the status: neutral, success, warning, danger or info.
 * @attr heading-level - Level of the heading element (2 to 6, default 3) to fit the page outline.
 *
 * @slot - The card's content.
 * @slot actions - Links or buttons shown at the bottom.
 *
 * @csspart base - The card's box.
 * @csspart heading - The title.
 * @csspart status - The status line.
 *
 * @cssprop --ancre-card-background - Background (default: --ancre-color-surface).
 * @cssprop --ancre-card-border-color - Border (default: --ancre-color-border).
 * @cssprop --ancre-card-radius - Corner radius (default: --ancre-radius-m).
 * @cssprop --ancre-card-accent - Accent stripe (default: --ancre-color-primary).
 */
export class AncreCard extends AncreElement<CoreStrings> {
  static override styles = [baseStyles, cardStyles];

  @property() heading = '';
  @property() status = '';
  @property({ reflect: true }) tone: (typeof TONES)[number] = 'neutral';
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override get translations() {
    return coreStrings;
  }

  protected override render() {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<article part="base" aria-labelledby="heading">
      ${this.heading
        ? html`<div role="heading" aria-level=${level} part="heading" id="heading">${this.heading}</div>`
        : nothing}
      ${this.status ? html`<p part="status">${this.status}</p>` : nothing}
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </article>`;
  }
}
