import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { fromPromise } from 'xstate';
import {
  AncreElement,
  ensureErrorView,
  MachineController,
  baseStyles,
  formatNumber,
  markdownStyles,
  renderMarkdown,
  type AncreProblem,
  type Locale,
  type Translations,
} from '@ancre/core';
import { ecoAssistantLoader, type LoadedContent } from './eco-assistant.machine.js';
import { startAssistant, type Assistant, type AssistantClock, type AssistantSnapshot } from './engine/start.js';
import type { Message } from './engine/model.js';
import type { Flow } from './flow/flow.types.js';
import type { Tip } from './tips.types.js';
import { ecoAssistantStyles } from './eco-assistant.styles.js';
import {
  AncreContributionEvent,
  AncreGestureChosenEvent,
  AncreMessageEvent,
  AncreResetEvent,
  AncreTipShownEvent,
} from './eco-assistant.events.js';
import { fr, type EcoAssistantStrings } from './translations/fr.js';
import { en } from './translations/en.js';

const STORAGE_PREFIX = 'ancre-eco-assistant:';

/** Markdown → plain text for the live region (rough: markers removed). */
const speakable = (markdown: string) =>
  markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/[*_#`>]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * @tagname ancre-eco-assistant
 * @summary A conversation that suggests everyday ecological gestures, driven by a flow (data) and a
 * tips pack, offline and deterministic. Full-screen kiosk mode with an attract screen and an idle
 * reset that warns first.
 *
 * @fires ancre-message - A message was added (`detail.message`: role, text, kind).
 * @fires ancre-tip-shown - A tip was shown (`detail.tip`).
 * @fires ancre-gesture-chosen - The person chose a gesture (`detail.tip`, `detail.chosen`, `detail.total` in kg CO2e/year).
 * @fires ancre-contribution - The person proposed a gesture (`detail.text`, `detail.category`, `detail.locale`); the house gathers it.
 * @fires ancre-reset - The conversation was wiped (`detail.reason`: `person` or `idle`).
 * @fires ancre-error - The flow or tips could not be loaded or are invalid (`detail.problems`).
 *
 * @attr flow - URL of a flow file (`ancre-flow/1`). Default: the built-in welcome flow.
 * @attr tips - URL of a tips pack (`ancre/tips`). Default: the built-in pack (Nos Gestes Climat figures).
 * @attr kiosk - Kiosk mode: large targets, attract screen, idle warning then reset, links as QR codes.
 * @attr idle-timeout - Seconds without activity before the kiosk reset (default 120; the warning comes 30 s before, at least 20 s).
 * @attr persist - Keep the conversation to resume it: `session` (sessionStorage) or `local` (localStorage). Off by default.
 * @attr persist-max-age - Seconds a kept conversation stays valid (default 1800).
 * @attr lang - Language (`fr` or `en`); else the closest `[lang]`, else `<html lang>`.
 *
 * @csspart base - The whole widget.
 * @csspart header - Title and "Nouvelle conversation".
 * @csspart restart - The "Nouvelle conversation" button.
 * @csspart log - The conversation.
 * @csspart message - One message (also `assistant` or `person`).
 * @csspart typing - The typing indicator.
 * @csspart replies - The quick replies.
 * @csspart reply - One quick reply.
 * @csspart composer - The free-text form.
 * @csspart summary - The printable summary with its QR code.
 * @csspart qr - A QR code.
 * @csspart attract - The kiosk attract screen.
 * @csspart idle-warning - The kiosk idle warning.
 *
 * @cssprop --ancre-eco-accent - Buttons and links. Default `--ancre-color-primary`.
 * @cssprop --ancre-eco-on-accent - Text on the accent. Default `--ancre-color-on-primary`.
 * @cssprop --ancre-eco-bubble-assistant - Assistant bubbles. Default `--ancre-color-surface-alt`.
 * @cssprop --ancre-eco-bubble-person - Person bubbles. Default `--ancre-color-primary`.
 * @cssprop --ancre-eco-bubble-person-text - Text of person bubbles. Default `--ancre-color-on-primary`.
 * @cssprop --ancre-eco-background - Background. Default `--ancre-color-surface`.
 * @cssprop --ancre-eco-border-color - Borders. Default `--ancre-color-border`.
 * @cssprop --ancre-eco-radius - Corner radius. Default `--ancre-radius-l`.
 * @cssprop --ancre-eco-log-height - Height of the conversation before it scrolls. Default `28rem`.
 */
export class AncreEcoAssistant extends AncreElement<EcoAssistantStrings> {
  static override styles = [baseStyles, markdownStyles, ecoAssistantStyles];

  /** URL of a flow file. */
  @property({ attribute: 'flow' }) flowSrc: string | null = null;
  /** URL of a tips pack. */
  @property({ attribute: 'tips' }) tipsSrc: string | null = null;
  /** A flow given as an object (wins over `flow`). */
  @property({ attribute: false }) flowData: Flow | null = null;
  /** Tips given as an array or pack (wins over `tips`). */
  @property({ attribute: false }) tipsData: readonly Tip[] | { items: readonly Tip[] } | null = null;
  @property({ type: Boolean, reflect: true }) kiosk = false;
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 120;
  @property({ reflect: true }) persist: 'session' | 'local' | '' | null = null;
  @property({ type: Number, attribute: 'persist-max-age' }) persistMaxAge = 1800;
  /** Typing delay in ms (0 disables the indicator). */
  @property({ type: Number, attribute: false }) typingDelay = 500;
  /** Clock of the engine (tests pass XState's `SimulatedClock`). */
  @property({ attribute: false }) clock: AssistantClock | undefined;

  @state() private snapshot: AssistantSnapshot | undefined;
  @state() private attract = true;
  @state() private announcement = '';

  @query('.log') private logEl!: HTMLElement | null;

  private assistant: Assistant | undefined;
  /** The content the running engine was started from. */
  private startedFrom: LoadedContent | undefined;
  private reportedProblems: AncreProblem[] | undefined;

  /** Loading is a machine; its I/O is the `load` actor below (flow, tips, matcher, in parallel). */
  private loader = new MachineController(this, {
    logic: () =>
      ecoAssistantLoader.provide({
        actors: {
          load: fromPromise<LoadedContent>(async ({ signal }) => {
            // After the first update, so that properties a page sets right after connecting are seen.
            await this.updateComplete;
            const [flow, tips, { nlu }] = await Promise.all([this.resolveFlow(signal), this.resolveTips(signal), import('./nlu/match.js')]);
            return { flow, tips, nlu };
          }),
        },
      }),
    resumeOnReconnect: false,
    onSnapshot: (s) => {
      if (s.hasTag('error') && s.context.problems !== this.reportedProblems) {
        this.reportedProblems = s.context.problems;
        this.teardown();
        this.reportProblems(s.context.problems);
        // The error report element is loaded only when needed.
        void ensureErrorView();
      }
    },
  });
  private lastAnnounced = '';
  private focusAfterUpdate = false;
  private unsubscribers: (() => void)[] = [];
  private scrolledTo = '';
  private frame: number | undefined;
  private pendingScroll = false;
  private pendingFocus = false;
  private parked: ReturnType<Assistant['persist']> | undefined;
  /** The QR code renderer, loaded on first need (summary, kiosk links). */
  private qr: typeof import('./qr.js').qrCode | undefined;
  private qrLoading = false;

  protected get translations(): Translations<EcoAssistantStrings> {
    return { fr, en };
  }

  /**
   * The page's language (`lang`, closest `[lang]`, `<html lang>`), unless the loaded flow is not
   * written in it: then the flow's first language, so that the interface and the conversation speak
   * the same language (an English-only flow on a French page is shown in English).
   */
  override get locale(): Locale {
    const wanted = super.locale;
    // Read only while running: the snapshot getter would otherwise start the loader early.
    const locales = this.loader?.running ? this.loader.snapshot.context.loaded?.flow.locales : undefined;
    return !locales?.length || locales.includes(wanted) ? wanted : locales[0]!;
  }

  /** The headless engine behind the view (undefined while loading). */
  get engine(): Assistant | undefined {
    return this.assistant;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    // Moved in the page: keep the conversation in memory and resume it when connected again.
    if (this.assistant) this.parked = this.assistant.persist();
    this.teardown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reload = ['flowSrc', 'tipsSrc', 'flowData', 'tipsData', 'idleTimeout', 'typingDelay', 'clock', 'kiosk'] as const;
    if (this.hasUpdated && reload.some((k) => changed.has(k))) {
      this.parked = undefined;
      this.teardown();
      this.loader.send({ type: 'reload' });
    }
    const loaded = this.loader.snapshot.context.loaded;
    if (this.loader.snapshot.matches('ready') && loaded && loaded !== this.startedFrom) this.start(loaded);
    const s = this.snapshot;
    if (s && this.assistant && s.locale !== this.locale) this.assistant.send({ type: 'locale', locale: this.locale });
    if (s && changed.has('snapshot' as keyof AncreEcoAssistant)) this.updateAnnouncement(s);
  }

  /** Starts a new conversation (same as the "Nouvelle conversation" button). */
  restart(): void {
    this.assistant?.send({ type: 'restart' });
    this.focusAfterUpdate = true;
  }

  private teardown(): void {
    for (const u of this.unsubscribers) u();
    this.unsubscribers = [];
    this.assistant?.stop();
    this.assistant = undefined;
    this.startedFrom = undefined;
    this.snapshot = undefined;
  }

  private async resolveFlow(signal: AbortSignal): Promise<Flow> {
    // The built-in flow is content, loaded like the built-in tips: as its own chunk (validated by the tests).
    if (!this.flowData && !this.flowSrc) return (await import('./flows/welcome.js')).welcomeFlow;
    const { loadFlow } = await import('./load-flow.js');
    return loadFlow(this.flowData, this.flowSrc, signal, this.locale);
  }

  private async resolveTips(signal: AbortSignal): Promise<readonly Tip[]> {
    const data = this.tipsData;
    if (data) return Array.isArray(data) ? data : (data as { items: readonly Tip[] }).items;
    if (this.tipsSrc) {
      const { loadTips } = await import('./load-tips.js');
      return loadTips(this.tipsSrc, signal, this.locale);
    }
    // The default pack is loaded on demand, so that pages passing their own tips do not download it.
    const { defaultTipsPack } = await import('./content/tips.js');
    return defaultTipsPack.items;
  }

  private start(loaded: LoadedContent): void {
    const { flow, tips, nlu } = loaded;
    this.teardown();
    this.startedFrom = loaded;
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    const assistant = startAssistant({
      flow,
      tips,
      nlu,
      locale: this.locale,
      context: { kiosk: this.kiosk },
      typingMs: reduced ? Math.min(this.typingDelay, 200) : this.typingDelay,
      ...(this.clock ? { clock: this.clock } : {}),
      ...(this.kiosk ? { idle: { timeoutMs: Math.max(40, this.idleTimeout) * 1000, warningMs: 30_000 } } : {}),
    });
    this.assistant = assistant;
    const parked = this.parked;
    this.parked = undefined;
    if (parked?.flowId === flow.id) assistant.restore(parked);
    else this.restoreSaved(assistant);
    this.lastAnnounced = '';
    this.unsubscribers.push(
      assistant.subscribe((s) => {
        this.snapshot = s;
      }),
      assistant.on('message', (e) => {
        this.dispatchEvent(new AncreMessageEvent(e.message));
        if (e.message.role === 'person') this.save();
      }),
      assistant.on('tip-shown', (e) => this.dispatchEvent(new AncreTipShownEvent(e.tip))),
      assistant.on('gesture-chosen', (e) => {
        this.dispatchEvent(new AncreGestureChosenEvent({ tip: e.tip, chosen: e.chosen, total: e.total }));
        this.save();
      }),
      assistant.on('contribution', (e) => this.dispatchEvent(new AncreContributionEvent({ text: e.text, category: e.category, locale: e.locale }))),
      assistant.on('reset', (e) => {
        this.wipeStorage();
        if (e.reason === 'idle') {
          this.attract = true;
          this.focusAfterUpdate = true;
        }
        this.lastAnnounced = '';
        this.dispatchEvent(new AncreResetEvent(e.reason));
      }),
      assistant.on('idle-warning', () => {
        this.focusAfterUpdate = true;
      }),
    );
    this.snapshot = assistant.getSnapshot();
    this.attract = this.kiosk && !this.snapshot.started;
  }

  // --- Optional resume (off by default; only after the person has answered; wiped by resets). ---
  private get storage(): Storage | undefined {
    if (this.persist !== 'session' && this.persist !== 'local' && this.persist !== '') return undefined;
    try {
      return this.persist === 'local' ? localStorage : sessionStorage;
    } catch {
      return undefined;
    }
  }
  private get storageKey(): string {
    return `${STORAGE_PREFIX}${this.assistant?.flow.id ?? ''}:${this.id || 'default'}`;
  }
  private save(): void {
    const storage = this.storage;
    const assistant = this.assistant;
    if (!storage || !assistant || !assistant.getSnapshot().started) return;
    try {
      storage.setItem(this.storageKey, JSON.stringify({ savedAt: Date.now(), state: assistant.persist() }));
    } catch {
      /* full or forbidden storage: resume is a convenience, not a need */
    }
  }
  private restoreSaved(assistant: Assistant): void {
    const storage = this.storage;
    if (!storage) return;
    try {
      const raw = storage.getItem(this.storageKey);
      if (!raw) return;
      const saved = JSON.parse(raw) as { savedAt: number; state: Parameters<Assistant['restore']>[0] };
      if (Date.now() - saved.savedAt > this.persistMaxAge * 1000) storage.removeItem(this.storageKey);
      else assistant.restore(saved.state);
    } catch {
      storage.removeItem(this.storageKey);
    }
  }
  private wipeStorage(): void {
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      /* nothing to wipe */
    }
  }

  // --- View. ---
  private choose(id: string): void {
    this.assistant?.send({ type: 'choose', id });
    this.focusAfterUpdate = true;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('text') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    this.assistant?.send({ type: 'text', text });
    this.focusAfterUpdate = true;
  }

  private onActivity(): void {
    if (this.snapshot?.idleWarning) this.assistant?.send({ type: 'extend' });
  }

  private start_(): void {
    this.attract = false;
    this.focusAfterUpdate = true;
  }

  protected override updated(): void {
    const s = this.snapshot;
    if (!s) return;
    const last = s.messages.at(-1)?.id ?? '';
    const scroll = last !== this.scrolledTo;
    const focus = this.focusAfterUpdate && !s.typing;
    if (!scroll && !focus) return;
    this.scrolledTo = last;
    if (focus) this.focusAfterUpdate = false;
    // Scrolling and focusing force a layout: do it once per frame, not once per update.
    this.pendingScroll ||= scroll;
    this.pendingFocus ||= focus;
    if (this.frame === undefined) {
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        if (this.pendingScroll && this.logEl) this.logEl.scrollTop = this.logEl.scrollHeight;
        if (this.pendingFocus) this.renderRoot.querySelector<HTMLElement>('.idle-warning button, .overlay button, .replies button, form input')?.focus();
        this.pendingScroll = this.pendingFocus = false;
      });
    }
  }

  /** Each new assistant message is announced once, in the polite live region (computed before render). */
  private updateAnnouncement(s: AssistantSnapshot): void {
    const messages = s.messages;
    const last = messages.at(-1);
    if (!last || last.id === this.lastAnnounced) return;
    const lastIndex = messages.findIndex((m) => m.id === this.lastAnnounced);
    const fresh = messages.slice(lastIndex + 1).filter((m) => m.role === 'assistant');
    this.lastAnnounced = last.id;
    if (fresh.length) this.announcement = fresh.map((m) => speakable(m.text)).join(' ');
  }

  private renderQr(text: string, label: string): TemplateResult | typeof nothing {
    if (this.qr) return this.qr(text, label);
    if (!this.qrLoading) {
      this.qrLoading = true;
      void import('./qr.js').then((m) => {
        this.qr = m.qrCode;
        this.requestUpdate();
      });
    }
    return nothing;
  }

  private renderLinkAsQr = (href: string, content: TemplateResult): TemplateResult =>
    html`<span class="qr-link">${content}${this.renderQr(href, this.t('qrLink', { url: href }))}</span>`;

  /** Rendered messages, per message object (messages are immutable; markdown is lexed once). */
  private rendered = new WeakMap<Message, TemplateResult>();
  private renderedFor = '';

  private renderMessage(m: Message): TemplateResult {
    const key = `${this.locale}|${this.kiosk}|${this.qr ? 1 : 0}`;
    if (key !== this.renderedFor) {
      this.rendered = new WeakMap();
      this.renderedFor = key;
    }
    let out = this.rendered.get(m);
    if (!out) this.rendered.set(m, (out = this.renderMessageNow(m)));
    return out;
  }

  private renderMessageNow(m: Message): TemplateResult {
    const who = m.role === 'person' ? this.t('you') : this.t('assistant');
    const body =
      m.format === 'plain'
        ? m.text
        : html`<div class="md">${renderMarkdown(m.text, { headingLevelOffset: 1, breaks: false, ...(this.kiosk ? { renderLink: this.renderLinkAsQr } : { externalLinksInNewTab: true }) })}</div>`;
    return html`<div class="msg ${m.role} ${m.kind}" part="message ${m.role}" data-id=${m.id}><span class="who">${who} : </span>${body}</div>`;
  }

  private renderSummary(s: AssistantSnapshot): TemplateResult | typeof nothing {
    if (s.chosen.length === 0 || s.replies.every((r) => r.id !== '__restart')) return nothing;
    const locale = this.locale;
    const kg = formatNumber(s.total, locale, { maximumFractionDigits: 0 });
    const lines = [this.t('summaryTitle'), ...s.chosen.map((t) => `- ${t.title[locale]}`), this.t('summaryTotal', { kg })];
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      <div>
        <h3 id="summary-title">${this.t('summaryTitle')}</h3>
        <ul>
          ${s.chosen.map((t) => html`<li>${t.title[locale]}</li>`)}
        </ul>
        <p>${this.t('summaryTotal', { kg })}</p>
        <button class="print" type="button" @click=${() => globalThis.print?.()}>${this.t('print')}</button>
      </div>
      ${this.renderQr(lines.join('\n'), this.t('qrSummary'))}
    </section>`;
  }

  protected override render(): TemplateResult {
    const loader = this.loader.snapshot;
    if (loader.hasTag('error')) {
      return html`<div part="base" class="base"><ancre-error .problems=${loader.context.problems} lang=${this.locale}></ancre-error></div>`;
    }
    const s = this.snapshot;
    if (!s) return html`<div part="base" class="base" aria-busy="true"><p role="status">${this.t('loading')}</p></div>`;
    const warnSeconds = 30;
    const overlay = (this.kiosk && this.attract) || s.idleWarning;
    return html`<section part="base" class="base" lang=${this.locale} aria-labelledby="title" @pointerdown=${this.onActivity} @keydown=${this.onActivity}>
      <div class="body" ?inert=${overlay}>
        <header part="header">
          <h2 id="title">${this.t('title')}</h2>
          <button part="restart" type="button" @click=${() => this.restart()}>${this.t('restart')}</button>
        </header>
        <div class="log" part="log" role="log" aria-live="off" aria-label=${this.t('log')} tabindex="0">
          ${s.messages.map((m) => this.renderMessage(m))}
          ${s.typing ? html`<div class="typing" part="typing" aria-hidden="true"><span></span><span></span><span></span></div>` : nothing}
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${s.typing ? this.t('typing') : this.announcement}</div>
        ${this.renderSummary(s)}
        ${s.replies.length
          ? html`<div class="replies" part="replies" role="group" aria-label=${this.t('replies')}>
              ${s.replies.map((r) => html`<button part="reply" type="button" data-id=${r.id} @click=${() => this.choose(r.id)}>${r.label}</button>`)}
            </div>`
          : nothing}
        <form part="composer" @submit=${this.onSubmit}>
          <label class="visually-hidden" for="text">${this.t('inputLabel')}</label>
          <input id="text" name="text" autocomplete="off" maxlength="500" placeholder=${this.t('inputPlaceholder')} />
          <button class="primary" type="submit">${this.t('send')}</button>
        </form>
      </div>
      ${this.kiosk && this.attract
        ? html`<div class="overlay" part="attract">
            <h2>${this.t('attractTitle')}</h2>
            <p>${this.t('attractText')}</p>
            <button class="primary" type="button" @click=${this.start_}>${this.t('attractStart')}</button>
          </div>`
        : nothing}
      ${s.idleWarning
        ? html`<div class="overlay warning idle-warning" part="idle-warning" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
            <h2 id="idle-title">${this.t('idleTitle')}</h2>
            <p id="idle-text">${this.t('idleText', { seconds: warnSeconds })}</p>
            <button class="primary" type="button" @click=${() => this.assistant?.send({ type: 'extend' })}>${this.t('idleExtend')}</button>
          </div>`
        : nothing}
    </section>`;
  }
}
