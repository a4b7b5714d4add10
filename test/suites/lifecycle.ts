// Reusable lifecycle suites, applied to every Ancre element by test/elements.test.ts (after lion's
// test-suites idea): define twice, disconnect cleanup, language switch.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { safeDefine, resetSafeDefineWarnings } from '../../packages/core/src/base/safe-define.js';

export interface ElementUnderTest {
  tag: string;
  /** Attributes/properties that make it render something meaningful (e.g. inline data). */
  prepare?: (el: HTMLElement) => void | Promise<void>;
  /** Waits until the element has settled (data loaded...). */
  settle?: (el: HTMLElement) => Promise<void>;
  /** False for elements that show only content given by the page (no UI string of their own). */
  localized?: boolean;
}

/** Records listeners added to window/document and timers, so a test can see what is left behind. */
export function trackGlobals() {
  const live = new Map<string, number>();
  const key = (target: string, type: string) => `${target}:${type}`;
  const targets: [EventTarget, string][] = [
    [window, 'window'],
    [document, 'document'],
    [document.documentElement, 'html'],
    [document.body, 'body'],
  ];
  const restores: (() => void)[] = [];
  for (const [target, name] of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const seen = new WeakMap<object, Set<string>>();
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && !(typeof options === 'object' && options.once)) {
        const set = seen.get(listener) ?? new Set<string>();
        if (!set.has(type)) {
          set.add(type);
          seen.set(listener, set);
          live.set(key(name, type), (live.get(key(name, type)) ?? 0) + 1);
        }
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const set = listener ? seen.get(listener) : undefined;
      if (set?.has(type)) {
        set.delete(type);
        live.set(key(name, type), (live.get(key(name, type)) ?? 0) - 1);
      }
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const intervals = new Set<number>();
  const { setInterval: si, clearInterval: ci } = window;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = si(fn, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  }) as typeof window.clearInterval;
  restores.push(() => {
    window.setInterval = si;
    window.clearInterval = ci;
  });
  return {
    leftovers(): string[] {
      const out = [...live].filter(([, n]) => n > 0).map(([k, n]) => `${n} listener(s) ${k}`);
      if (intervals.size) out.push(`${intervals.size} interval(s)`);
      return out;
    },
    restore: () => restores.forEach((r) => r()),
  };
}

export function lifecycleSuite({ tag, prepare, settle, localized = true }: ElementUnderTest): void {
  describe(`<${tag}> lifecycle`, () => {
    it('is defined, and a second definition of the tag neither throws nor replaces it', () => {
      const ctor = customElements.get(tag)!;
      expect(ctor, `${tag} is defined`).to.exist;
      resetSafeDefineWarnings();
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        class Other extends (ctor as unknown as typeof HTMLElement) {
          static version = '999.0.0';
        }
        expect(() => safeDefine(tag, Other)).not.to.throw();
        expect(customElements.get(tag)).to.equal(ctor);
        safeDefine(tag, Other);
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('leaves no window/document listener and no interval behind after disconnect', async () => {
      const tracker = trackGlobals();
      try {
        const el = document.createElement(tag);
        await prepare?.(el);
        document.body.append(el);
        await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        await settle?.(el);
        await aTimeout(50);
        el.remove();
        await aTimeout(50);
        expect(tracker.leftovers()).to.deep.equal([]);
      } finally {
        tracker.restore();
      }
    });

    it('renders in French and in English, with no placeholder or missing key showing', async () => {
      const texts: string[] = [];
      for (const lang of ['fr', 'en']) {
        const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} lang=${lang}></${unsafeStatic(tag)}>`);
        await prepare?.(el);
        await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        await settle?.(el);
        const text = el.shadowRoot?.textContent ?? '';
        expect(text, `${tag} [${lang}]`).not.to.match(/\{\w+\}|undefined|\[object Object\]/);
        texts.push(text.replace(/\s+/g, ' ').trim());
      }
      if (localized) expect(texts[0], `${tag} shows different text in French and English`).not.to.equal(texts[1]);
    });
  });
}

export { html, fixture };
