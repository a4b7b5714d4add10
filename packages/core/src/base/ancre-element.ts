import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, onLangChange, type Locale } from '../i18n/locale.js';
import { translate, type StringTable, type StringValue, type Translations } from '../i18n/strings.js';
import { upgradeProperties } from './upgrade-properties.js';
import { AncreErrorEvent } from '../events.js';
import type { AncreProblem } from '../errors.js';
import { VERSION } from '../version.js';

/**
 * Base class of every Ancre element.
 *
 * - language per element: `lang` on the element, else the closest `[lang]` ancestor, else `<html lang>`,
 *   else French; it follows later changes of any of them;
 * - `strings`: a page overrides any UI string (`el.strings = { search: 'Chercher' }`);
 * - properties set by a page before the class was defined are upgraded on connect;
 * - `reportProblems()` dispatches `ancre-error` (never throws into the host page).
 *
 * @fires ancre-error - Content could not be loaded or is invalid; `detail.problems` says what, where and how to fix.
 */
export abstract class AncreElement<TStrings extends StringTable = StringTable> extends LitElement {
  /** Version of the library that defined this element; compared by `safeDefine`. */
  static readonly version: string = VERSION;

  /** Per-page overrides of UI strings, merged over the element's string table. */
  @property({ attribute: false })
  strings: Partial<Record<keyof TStrings, StringValue>> = {};

  /** The element's string tables, one per shipped locale. */
  protected abstract get translations(): Translations<TStrings>;

  private unsubscribeLang: (() => void) | undefined;

  /** The resolved language (`fr` or `en`). */
  get locale(): Locale {
    return resolveLocale(this);
  }

  override connectedCallback(): void {
    upgradeProperties(this);
    super.connectedCallback();
    this.unsubscribeLang = onLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLang?.();
    this.unsubscribeLang = undefined;
  }

  /** A UI string in the element's language, with `{placeholders}` and plural forms. */
  protected t(key: keyof TStrings & string, params?: Record<string, string | number>): string {
    const locale = this.locale;
    return translate(this.translations[locale], this.strings, key, locale, params);
  }

  /** Dispatches `ancre-error` with these problems; returns them for the view. */
  protected reportProblems(problems: AncreProblem[]): AncreProblem[] {
    this.dispatchEvent(new AncreErrorEvent(problems));
    return problems;
  }
}
