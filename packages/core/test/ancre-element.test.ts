import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { AncreElement } from '../src/base/ancre-element.js';
import { langListenerCount } from '../src/i18n/locale.js';
import type { Translations } from '../src/i18n/strings.js';
import { AncreErrorEvent } from '../src/events.js';

interface TestStrings {
  [key: string]: string | { one: string; other: string };
  hello: string;
  items: { one: string; other: string };
}
const table: Translations<TestStrings> = {
  fr: { hello: 'Bonjour {name}', items: { one: '{count} élément', other: '{count} éléments' } },
  en: { hello: 'Hello {name}', items: { one: '{count} item', other: '{count} items' } },
};

@customElement('ancre-test-lang')
class TestLang extends AncreElement<TestStrings> {
  protected override get translations() {
    return table;
  }
  private plain = 'initial';
  /** A non-reactive accessor, to check that pre-upgrade values are not lost. */
  get plainValue(): string {
    return this.plain;
  }
  set plainValue(v: string) {
    this.plain = v;
  }
  say(count = 2) {
    return `${this.t('hello', { name: 'Ana' })} / ${this.t('items', { count })}`;
  }
  problem() {
    this.reportProblems([{ code: 'x', message: 'broken' }]);
  }
  protected override render() {
    return litHtml`<p>${this.say()}</p>`;
  }
}

describe('AncreElement', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('defaults to French', async () => {
    const el = await fixture<TestLang>(html`<ancre-test-lang></ancre-test-lang>`);
    expect(el.locale).to.equal('fr');
    expect(el.shadowRoot!.textContent).to.contain('Bonjour Ana / 2 éléments');
  });

  it('uses its own lang first, then the closest [lang], then <html lang>', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture(html`<div lang="fr-FR"><ancre-test-lang></ancre-test-lang><ancre-test-lang lang="en"></ancre-test-lang></div>`);
    const [a, b] = wrapper.querySelectorAll<TestLang>('ancre-test-lang');
    expect(a!.locale).to.equal('fr');
    expect(b!.locale).to.equal('en');
    const alone = await fixture<TestLang>(html`<ancre-test-lang></ancre-test-lang>`);
    expect(alone.locale).to.equal('en');
  });

  it('falls back to French for a language it does not ship', async () => {
    const el = await fixture<TestLang>(html`<ancre-test-lang lang="de"></ancre-test-lang>`);
    expect(el.locale).to.equal('fr');
  });

  it('re-renders when an ancestor lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><ancre-test-lang></ancre-test-lang></div>`);
    const el = wrapper.querySelector<TestLang>('ancre-test-lang')!;
    wrapper.lang = 'en';
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Hello Ana / 2 items');
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    const el = await fixture<TestLang>(html`<ancre-test-lang lang="en"></ancre-test-lang>`);
    expect(el.say(1)).to.contain('1 item');
    expect(el.say(5)).to.contain('5 items');
  });

  it('lets the page override any string', async () => {
    const el = await fixture<TestLang>(html`<ancre-test-lang .strings=${{ hello: 'Salut {name}' }}></ancre-test-lang>`);
    expect(el.shadowRoot!.textContent).to.contain('Salut Ana');
  });

  it('keeps properties a page set before the element was defined', async () => {
    const el = document.createElement('ancre-test-late') as HTMLElement & { plainValue: string; strings: unknown };
    (el as unknown as Record<string, unknown>)['plainValue'] = 'set early';
    (el as unknown as Record<string, unknown>)['strings'] = { hello: 'Coucou {name}' };
    document.body.append(el);
    class Late extends TestLang {}
    customElements.define('ancre-test-late', Late);
    await (el as unknown as TestLang).updateComplete;
    expect(el.plainValue).to.equal('set early');
    expect(el.shadowRoot!.textContent).to.contain('Coucou Ana');
    el.remove();
  });

  it('reports problems as an ancre-error event that crosses shadow roots', async () => {
    const el = await fixture<TestLang>(html`<ancre-test-lang></ancre-test-lang>`);
    let received: AncreErrorEvent | undefined;
    document.addEventListener('ancre-error', (e) => (received = e), { once: true });
    el.problem();
    expect(received).to.be.instanceOf(AncreErrorEvent);
    expect(received!.detail.problems[0]!.message).to.equal('broken');
    expect(received!.bubbles && received!.composed).to.equal(true);
  });

  it('removes its lang listener on disconnect', async () => {
    const before = langListenerCount();
    const el = await fixture<TestLang>(html`<ancre-test-lang></ancre-test-lang>`);
    expect(langListenerCount()).to.equal(before + 1);
    el.remove();
    expect(langListenerCount()).to.equal(before);
  });
});
