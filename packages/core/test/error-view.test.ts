import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { safeDefine } from '../src/base/safe-define.js';
import { AncreElement } from '../src/base/ancre-element.js';
import { AncreErrorView, AncreRetryEvent } from '../src/error/index.js';
import { loadPack, loadProblems, type PackProblem } from '../src/packs/index.js';
import type { AncreProblem } from '../src/errors.js';
import type { Translations } from '../src/i18n/strings.js';
import { validateService } from './fixtures/packs/service-item.js';

safeDefine('ancre-error', AncreErrorView);

const ONE: PackProblem = {
  code: 'pack/missing-field',
  message: 'Le champ obligatoire "licence" manque.',
  source: 'https://example.org/pack.json',
  path: '$',
  hint: 'Ajoutez un champ "licence", par exemple "Licence Ouverte 2.0".',
};

const many = (n: number): PackProblem[] =>
  Array.from({ length: n }, (_, i) => ({ code: 'pack/pattern', message: `Problème ${i + 1}`, path: `$.items[${i}].insee`, hint: 'Corrigez.' }));

const shadow = (el: Element) => el.shadowRoot!;

describe('<ancre-error>', () => {
  it('shows what, where (source and JSON path in <code>) and how to fix, in French by default', async () => {
    const el = await fixture<AncreErrorView>(html`<ancre-error .problems=${[ONE]}></ancre-error>`);
    const root = shadow(el);
    expect(root.querySelector('h2')?.textContent?.trim()).to.equal('Ce contenu ne peut pas être affiché');
    const items = root.querySelectorAll('[part="problem"]');
    expect(items).to.have.length(1);
    expect(items[0]!.querySelector('.what')?.textContent?.trim()).to.equal(ONE.message);
    const codes = [...items[0]!.querySelectorAll('.where code')].map((c) => c.textContent);
    expect(codes).to.deep.equal([ONE.source, ONE.path]);
    expect(items[0]!.querySelector('.where')?.textContent).to.contain('Où\u00a0:');
    expect(items[0]!.querySelector('.fix')?.textContent).to.contain('Comment corriger\u00a0:').and.contain(ONE.hint);
    expect(root.querySelector('button')).to.equal(null);
    expect(root.querySelector('[part="base"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follows the language, shows line and column and marks warnings', async () => {
    const problems: PackProblem[] = [
      { code: 'pack/json', message: 'Line 3, column 13: extra comma.', source: 'p.json', line: 3, column: 13 },
      { code: 'pack/unknown-field', message: 'Unknown field.', path: '$.titel', severity: 'warning', hint: 'Did you mean "title"?' },
    ];
    const el = await fixture<HTMLDivElement>(html`<div lang="en"><ancre-error .problems=${problems}></ancre-error></div>`);
    const view = el.querySelector<AncreErrorView>('ancre-error')!;
    await view.updateComplete;
    const root = shadow(view);
    expect(root.querySelector('h2')?.textContent?.trim()).to.equal('This content cannot be shown');
    const [first, second] = root.querySelectorAll('[part="problem"]');
    expect(first!.querySelector('.where')?.textContent).to.contain('line 3, column 13');
    expect(second!.querySelector('.badge')?.textContent).to.equal('Warning: ');
    await expect(view).to.be.accessible();
  });

  it('folds problems beyond the fifth into "N autres problèmes"', async () => {
    const el = await fixture<AncreErrorView>(html`<ancre-error .problems=${many(17)}></ancre-error>`);
    const root = shadow(el);
    const details = root.querySelector('details')!;
    expect(root.querySelectorAll('section > ul > [part="problem"]')).to.have.length(5);
    expect(details.querySelectorAll('[part="problem"]')).to.have.length(12);
    expect(details.querySelector('summary')?.textContent?.trim()).to.equal('12 autres problèmes');
    expect(details.open).to.equal(false);
    await expect(el).to.be.accessible();
    el.problems = many(6);
    await el.updateComplete;
    expect(root.querySelector('summary')?.textContent?.trim()).to.equal('1 autre problème');
    el.problems = many(5);
    await el.updateComplete;
    expect(root.querySelector('details')).to.equal(null);
  });

  it('fires ancre-retry from the "Réessayer" button when retryable', async () => {
    const el = await fixture<AncreErrorView>(html`<ancre-error retryable heading-level="3" .problems=${[ONE]}></ancre-error>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(button.textContent?.trim()).to.equal('Réessayer');
    expect(shadow(el).querySelector('h3')).not.to.equal(null);
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'ancre-retry');
    expect(event).to.be.instanceOf(AncreRetryEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('announces a one-line summary in a polite status region, once the region exists', async () => {
    const el = await fixture<AncreErrorView>(html`<ancre-error .problems=${many(3)}></ancre-error>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).to.equal('');
    await new Promise((r) => setTimeout(r, 200));
    expect(status.textContent?.trim()).to.equal('Ce contenu ne peut pas être affiché. 3 problèmes.');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('never throws on bad input and renders nothing without problems', async () => {
    const el = await fixture<AncreErrorView>(html`<ancre-error></ancre-error>`);
    expect(shadow(el).querySelector('section')).to.equal(null);
    (el as unknown as { problems: unknown }).problems = [null, 42, { message: 7 }, { code: 'x', message: 'ok', source: {} }];
    await el.updateComplete;
    const items = shadow(el).querySelectorAll('[part="problem"]');
    expect(items).to.have.length(2);
    expect(items[1]!.querySelector('.what')?.textContent?.trim()).to.equal('ok');
    (el as unknown as { problems: unknown }).problems = 'nonsense';
    await el.updateComplete;
    expect(shadow(el).querySelector('section')).to.equal(null);
  });
});

/** A widget-like host: loads its pack from a child script, shows <ancre-error> on failure. */
class TestPackHost extends AncreElement {
  protected override get translations(): Translations<Record<string, string>> {
    return { fr: {}, en: {} };
  }
  @state() problems: AncreProblem[] = [];
  @state() names: string[] = [];
  private controller?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    this.controller = new AbortController();
    const { signal } = this.controller;
    loadPack({ kind: 'ancre/services', validateItem: validateService, host: this, signal, locale: this.locale }).then(
      ({ pack }) => (this.names = pack.items.map((i) => i.id)),
      (error: unknown) => {
        const problems = loadProblems(error, signal);
        if (problems) this.problems = this.reportProblems(problems);
      },
    );
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }
  protected override render() {
    return this.problems.length
      ? litHtml`<ancre-error .problems=${this.problems}></ancre-error>`
      : this.names.length
        ? litHtml`<ul>${this.names.map((n) => litHtml`<li>${n}</li>`)}</ul>`
        : nothing;
  }
}
customElements.define('test-pack-host', TestPackHost);

describe('a widget with an invalid child script', () => {
  it('shows <ancre-error> and dispatches ancre-error, with nothing reaching window.onerror', async () => {
    const errors: unknown[] = [];
    const previous = window.onerror;
    window.onerror = (...args) => {
      errors.push(args);
      return true;
    };
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const host = document.createElement('test-pack-host') as TestPackHost;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "kind": "ancre/services", "id": "x", }';
      host.append(script);
      const reported = new Promise<CustomEvent>((resolve) => container.addEventListener('ancre-error', (e) => resolve(e as unknown as CustomEvent), { once: true }));
      container.append(host);
      const event = await reported;
      expect((event.detail as { problems: PackProblem[] }).problems[0]).to.include({ code: 'pack/json', line: 1, column: 38 });
      await host.updateComplete;
      const view = host.shadowRoot!.querySelector('ancre-error') as AncreErrorView;
      expect(view).to.be.instanceOf(AncreErrorView);
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('.what')?.textContent).to.contain('Ligne 1, colonne 38');
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      window.onerror = previous;
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('shows the items when the child script is valid', async () => {
    const host = document.createElement('test-pack-host') as TestPackHost;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      kind: 'ancre/services',
      id: 'x',
      version: '1.0.0',
      locale: 'fr',
      licence: 'MIT',
      sources: [{ name: 'n' }],
      items: [{ id: 'a', name: 'A', category: 'caf', insee: '01053' }],
    });
    host.append(script);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(host);
    await new Promise((r) => setTimeout(r, 50));
    await host.updateComplete;
    expect([...host.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['a']);
  });
});
