import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AncreElement } from '../base/ancre-element.js';
import { toProblems, type AncreProblem } from '../errors.js';
import { baseStyles } from '../theme/tokens.js';
import { getSharedCommuneIndex, getDefaultCommunesBaseUrl, type CommuneIndex } from '../geo/commune-index.js';
import type { Commune, CommuneMatch } from '../geo/communes.js';
import { communeSearchStrings, type CommuneSearchStrings } from './commune-search.strings.js';
import { CommuneSelectEvent } from './commune-search.events.js';
import { communeSearchStyles } from './commune-search.styles.js';

let instances = 0;

/** "Lyon 3e Arrondissement (69003)": the text shown for a commune, in the list and in the field. */
export function communeLabel(commune: Commune & { postcode?: string }): string {
  const postcode = commune.postcode ?? commune.postcodes[0];
  return postcode ? `${commune.name} (${postcode})` : commune.name;
}

/**
 * @tagname ancre-commune-search
 * @summary A field to choose a French commune by name or postcode: an accessible combobox (ARIA 1.2,
 * listbox popup) over the local commune index. What is typed never leaves the page: the list comes
 * from static files loaded from `data-base`.
 *
 * Keyboard: type a name or a postcode; ↓/↑ move in the list (and open it), Home/End go to the first/last
 * suggestion while one is highlighted, Enter chooses, Escape closes the list (a second Escape clears
 * the field), Tab leaves. A postcode shared by several communes lists them all; 69003 lists
 * "Lyon 3e Arrondissement" then "Lyon". The number of suggestions is announced politely.
 *
 * @attr label - Visible label of the field (default "Commune" / "Town").
 * @attr placeholder - Placeholder text (default "Nom ou code postal").
 * @attr data-base - Folder of the commune files (`index.json`, `departements/`). Default: the
 *   `data/communes/` folder shipped next to the module, or what `setDefaultCommunesBaseUrl()` set.
 * @attr value - INSEE code of the chosen commune (e.g. 69383). Setting it shows that commune in the
 *   field without firing an event; choosing a commune updates it.
 * @attr limit - Most suggestions shown (default 8).
 * @attr lang - Language of the UI strings (fr or en); else the closest `lang`, else French.
 *
 * @fires ancre-commune-select - `CommuneSelectEvent`: a person chose a commune; `detail.commune`.
 * @fires ancre-error - `AncreErrorEvent`: the commune files could not be loaded, or `value` is not a
 *   known INSEE code; `detail.problems` says what, where and how to fix.
 *
 * @csspart base - The wrapper.
 * @csspart label - The visible label.
 * @csspart hint - The help text under the label.
 * @csspart input - The text field (role combobox).
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart error - The message shown when the files cannot be loaded.
 *
 * @cssprop --ancre-commune-search-accent - Field underline and highlighted option edge (default: --ancre-color-primary).
 * @cssprop --ancre-commune-search-border-color - Border of the field and the list (default: --ancre-color-border).
 * @cssprop --ancre-commune-search-list-background - Background of the list (default: --ancre-color-surface).
 * @cssprop --ancre-commune-search-active-background - Background of the highlighted option (default: --ancre-color-surface-alt).
 */
export class AncreCommuneSearch extends AncreElement<CommuneSearchStrings> {
  static override styles = [baseStyles, communeSearchStyles];

  /** Visible label; empty uses the string table's `label`. */
  @property() label = '';

  /** Placeholder; empty uses the string table's `placeholder`. */
  @property() placeholder = '';

  /** Folder of the commune files (attribute `data-base`). Empty: `getDefaultCommunesBaseUrl()`. */
  @property({ attribute: 'data-base' }) baseUrl = '';

  /** INSEE code of the chosen commune. */
  @property({ reflect: true }) value = '';

  /** Most suggestions shown. */
  @property({ type: Number }) limit = 8;

  /** The chosen commune (set after a choice or once `value` is resolved). */
  get selected(): Commune | undefined {
    return this._selected;
  }

  @state() private _selected: Commune | undefined;
  @state() private query = '';
  @state() private suggestions: CommuneMatch[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private loading = false;
  @state() private problems: AncreProblem[] = [];
  @state() private announcement = '';

  private readonly uid = `ancre-commune-search-${++instances}`;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private requestSeq = 0;

  protected override get translations() {
    return communeSearchStrings;
  }

  private get index(): CommuneIndex {
    return getSharedCommuneIndex(this.baseUrl || getDefaultCommunesBaseUrl());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while `value` was being resolved: resolve it again.
    if (this.hasUpdated && this.value && !this._selected) void this.resolveValue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.requestSeq++; // results still on their way are dropped
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== (this._selected?.code ?? '')) void this.resolveValue();
  }

  /** Shows the commune whose INSEE code is `value` (no event: the page set it). */
  private async resolveValue(): Promise<void> {
    const code = this.value.trim();
    if (!code) {
      this._selected = undefined;
      return;
    }
    const seq = ++this.requestSeq;
    try {
      const commune = await this.index.byCode(code);
      if (seq !== this.requestSeq) return;
      if (!commune) {
        this.problems = this.reportProblems([
          {
            code: 'communes/unknown-code',
            message: this.t('unknownCode', { code }),
            source: 'value',
            hint: this.t('unknownCodeHint'),
          },
        ]);
        return;
      }
      const { divided } = await this.index.lookup();
      if (seq !== this.requestSeq) return;
      this._selected = commune;
      // Paris, Lyon, Marseille: one postcode per arrondissement, so none is shown with the commune.
      this.query = divided.has(commune.code) ? commune.name : communeLabel(commune);
      this.problems = [];
    } catch (error) {
      if (seq === this.requestSeq) this.problems = this.reportProblems(toProblems(error, { code: 'communes/load' }));
    }
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.clearSelection();
    clearTimeout(this.debounceTimer);
    if (!this.query.trim()) {
      this.requestSeq++;
      this.suggestions = [];
      this.open = false;
      this.announcement = '';
      return;
    }
    this.debounceTimer = setTimeout(() => void this.runSearch(), 120);
  }

  /** Editing the text drops the choice: `value` is the code of a commune chosen, never of stale text. */
  private clearSelection(): void {
    if (!this._selected && !this.value) return;
    this._selected = undefined;
    this.value = '';
  }

  private async runSearch(): Promise<void> {
    this.debounceTimer = undefined;
    const seq = ++this.requestSeq;
    const query = this.query;
    this.loading = true;
    const slow = setTimeout(() => {
      if (seq === this.requestSeq && this.loading) this.announcement = this.t('loading');
    }, 400);
    try {
      const found = await this.index.search(query, { limit: this.limit });
      if (seq !== this.requestSeq) return;
      this.problems = [];
      this.suggestions = found;
      this.active = -1;
      this.open = true;
      this.announcement = this.t('results', { count: found.length });
    } catch (error) {
      if (seq !== this.requestSeq) return;
      this.suggestions = [];
      this.open = false;
      this.announcement = '';
      this.problems = this.reportProblems(toProblems(error, { code: 'communes/load' }));
    } finally {
      clearTimeout(slow);
      if (seq === this.requestSeq) this.loading = false;
    }
  }

  private choose(index: number): void {
    const commune = this.suggestions[index];
    if (!commune) return;
    this._selected = commune;
    this.value = commune.code;
    this.query = communeLabel(commune);
    this.open = false;
    this.active = -1;
    this.announcement = '';
    const selectEvent = new CommuneSelectEvent(commune);
    this.dispatchEvent(selectEvent);
  }

  private move(to: number): void {
    const count = this.suggestions.length;
    if (!count) return;
    this.open = true;
    this.active = ((to % count) + count) % count;
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        if (event.altKey) this.open = true;
        else this.move(this.open ? this.active + 1 : Math.max(0, this.active));
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        this.move(this.open && this.active >= 0 ? this.active - 1 : count - 1);
        break;
      case 'Home':
      case 'End':
        // While an option is highlighted, Home/End go through the list; otherwise they move the caret.
        if (!this.open || this.active < 0) return;
        event.preventDefault();
        this.move(event.key === 'Home' ? 0 : count - 1);
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
          this.clearSelection();
          this.suggestions = [];
          this.announcement = '';
          this.requestSeq++;
        }
        break;
      default:
    }
  }

  private onBlur(): void {
    this.open = false;
    this.active = -1;
  }

  private onFocus(): void {
    // Warm the lookup up so the first keystrokes do not wait for it; errors surface on search.
    void this.index.lookup().catch(() => undefined);
  }

  private retry(): void {
    this.problems = [];
    if (this.query.trim() && !this._selected) void this.runSearch();
    else if (this.value && !this._selected) void this.resolveValue();
    this.renderRoot.querySelector('input')?.focus();
  }

  protected override updated(): void {
    if (this.open && this.active >= 0) {
      this.renderRoot.querySelector(`#${this.uid}-option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  private renderProblem() {
    const problem = this.problems[0];
    if (!problem) return nothing;
    if (problem.code === 'communes/unknown-code') return html`<p part="error" class="error" role="alert">${problem.message}</p>`;
    return html`<p part="error" class="error" role="alert">
      ${this.t('loadError')} <button type="button" @click=${this.retry}>${this.t('retry')}</button>
    </p>`;
  }

  protected override render() {
    const listId = `${this.uid}-listbox`;
    const expanded = this.open && this.suggestions.length > 0;
    const activeId = expanded && this.active >= 0 ? `${this.uid}-option-${this.active}` : undefined;
    const label = this.label || this.t('label');
    return html`<div part="base">
      <label part="label" for="input">${label}</label>
      <p part="hint" class="hint" id="hint">${this.t('hint')}</p>
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${listId}
        aria-describedby="hint"
        aria-activedescendant=${activeId ?? nothing}
        placeholder=${this.placeholder || this.t('placeholder')}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
        @focus=${this.onFocus}
      />
      <ul id=${listId} part="listbox" role="listbox" aria-label=${this.t('listLabel')} ?hidden=${!expanded}>
        ${expanded
          ? this.suggestions.map(
              (commune, i) =>
                html`<li
                  id=${`${this.uid}-option-${i}`}
                  part="option"
                  role="option"
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => this.choose(i)}
                >
                  <span class="name">${communeLabel(commune)}</span>
                  <span class="meta"
                    >${commune.departementName}${commune.formerName
                      ? html` · ${this.t('formerName', { name: commune.formerName })}`
                      : nothing}</span
                  >
                </li>`,
            )
          : nothing}
      </ul>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderProblem()}
    </div>`;
  }
}
