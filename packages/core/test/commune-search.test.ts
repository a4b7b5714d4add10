import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { safeDefine } from '../src/base/safe-define.js';
import { AncreCommuneSearch } from '../src/commune-search/commune-search.js';
import { CommuneSelectEvent } from '../src/commune-search/commune-search.events.js';
import type { AncreErrorEvent } from '../src/events.js';
import { lifecycleSuite } from '../../../test/suites/lifecycle.js';

safeDefine('ancre-commune-search', AncreCommuneSearch);

const BASE = '/packages/core/test/fixtures/communes/';

lifecycleSuite({ tag: 'ancre-commune-search', prepare: (el) => el.setAttribute('data-base', BASE) });

const parts = (el: AncreCommuneSearch) => {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    listbox: root.querySelector('[role="listbox"]') as HTMLElement,
    options: () => [...root.querySelectorAll('[role="option"]')] as HTMLElement[],
    status: root.querySelector('[role="status"]') as HTMLElement,
    label: root.querySelector('label')!,
  };
};

async function typeInto(el: AncreCommuneSearch, text: string) {
  const { input } = parts(el);
  input.focus();
  await sendKeys({ type: text });
  await waitUntil(() => parts(el).status.textContent!.trim() !== '' && !parts(el).status.textContent!.includes('…'), 'no suggestions announced', {
    timeout: 5000,
  });
  await el.updateComplete;
}

describe('<ancre-commune-search>', () => {
  it('renders a labelled combobox that controls a listbox', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    const { input, listbox, label } = parts(el);
    expect(label.textContent).to.equal('Commune');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal(listbox.id);
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.placeholder).to.equal('Nom ou code postal');
    expect(listbox.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is driven by the keyboard end to end: type, arrows, Home/End, Enter fires ancre-commune-select', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(el, 'st etien');
    const { input, status } = parts(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = parts(el).options();
    expect(options.length).to.be.greaterThan(1);
    expect(options[0]!.textContent).to.contain('Saint-Étienne (42000)');
    expect(options[0]!.textContent).to.contain('Loire');
    expect(status.textContent).to.equal(`${options.length} communes proposées.`);
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(parts(el).options()[1]!.id);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(parts(el).options().at(-1)!.id);
    await sendKeys({ press: 'ArrowDown' }); // wraps to the first
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(parts(el).options()[0]!.id);
    await sendKeys({ press: 'ArrowUp' }); // wraps to the last
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(parts(el).options().at(-1)!.id);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(parts(el).options()[0]!.id);
    await expect(el).to.be.accessible();

    const selected = oneEvent(el, 'ancre-commune-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CommuneSelectEvent;
    expect(event).to.be.instanceOf(CommuneSelectEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.commune).to.include({ code: '42218', name: 'Saint-Étienne', departement: '42', precision: 'commune' });
    await el.updateComplete;
    expect(el.value).to.equal('42218');
    expect(el.getAttribute('value')).to.equal('42218');
    expect(el.selected?.code).to.equal('42218');
    expect(input.value).to.equal('Saint-Étienne (42000)');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

    // editing the text drops the choice
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.selected).to.equal(undefined);
  });

  it('Escape closes the list, then clears the field', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(el, 'Lyon');
    const { input } = parts(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(input.value).to.equal('Lyon');
    await sendKeys({ press: 'ArrowDown' }); // reopens
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('lists every commune of a shared postcode, and the arrondissement then the commune for 69003', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE} limit="60"></ancre-commune-search>`);
    await typeInto(el, '51300');
    const texts = parts(el).options().map((o) => o.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts.length).to.be.greaterThan(40);
    expect(texts.every((t) => t.includes('(51300)') && t.includes('Marne'))).to.equal(true);

    const lyon = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(lyon, '69003');
    const names = parts(lyon).options().map((o) => o.querySelector('.name')!.textContent);
    expect(names).to.deep.equal(['Lyon 3e Arrondissement (69003)', 'Lyon (69003)']);
  });

  it('chooses with a click', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(el, 'marseille 8');
    const option = parts(el).options()[0]!;
    expect(option.textContent).to.contain('Marseille 8e Arrondissement (13008)');
    const selected = oneEvent(el, 'ancre-commune-select');
    option.click();
    const event = (await selected) as CommuneSelectEvent;
    expect(event.detail.commune).to.include({ code: '13208', parent: '13055' });
  });

  it('announces when nothing is found', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(el, 'qwxz');
    expect(parts(el).status.textContent).to.equal('Aucune commune trouvée.');
    expect(parts(el).input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks English and takes a custom label', async () => {
    const el = await fixture<AncreCommuneSearch>(
      html`<ancre-commune-search lang="en" label="Your town" data-base=${BASE}></ancre-commune-search>`,
    );
    expect(parts(el).label.textContent).to.equal('Your town');
    expect(parts(el).input.placeholder).to.equal('Name or postcode');
    await typeInto(el, 'Villeurbane');
    expect(parts(el).status.textContent).to.match(/^\d+ towns? suggested\.$/);
    expect(parts(el).options()[0]!.textContent).to.contain('Villeurbanne (69100)');
  });

  it('shows a prefilled value without firing an event', async () => {
    let fired = 0;
    const el = await fixture<AncreCommuneSearch>(
      html`<ancre-commune-search data-base=${BASE} value="69383" @ancre-commune-select=${() => fired++}></ancre-commune-search>`,
    );
    await waitUntil(() => parts(el).input.value !== '', 'value not resolved', { timeout: 5000 });
    expect(parts(el).input.value).to.equal('Lyon 3e Arrondissement (69003)');
    expect(el.selected?.name).to.equal('Lyon 3e Arrondissement');
    expect(fired).to.equal(0);
    await expect(el).to.be.accessible();

    el.value = '69123';
    await waitUntil(() => parts(el).input.value === 'Lyon', 'Lyon not shown without a postcode', { timeout: 5000 });
    expect(el.selected?.code).to.equal('69123');
    expect(fired).to.equal(0);
  });

  it('reports an unknown value with ancre-error', async () => {
    const el = document.createElement('ancre-commune-search') as AncreCommuneSearch;
    el.baseUrl = BASE;
    el.value = '99999';
    const error = oneEvent(el, 'ancre-error');
    document.body.append(el);
    const event = (await error) as AncreErrorEvent;
    expect(event.detail.problems[0]!.code).to.equal('communes/unknown-code');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('99999');
    el.remove();
  });

  it('turns a failed load into an in-widget message and ancre-error, never an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base="/nowhere/communes/"></ancre-commune-search>`);
      const error = oneEvent(el, 'ancre-error');
      parts(el).input.focus();
      await sendKeys({ type: 'Lyon' });
      const event = (await error) as AncreErrorEvent;
      expect(event.detail.problems[0]).to.include({ code: 'load/http' });
      expect(event.detail.problems[0]!.source).to.contain('/nowhere/communes/index.json');
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.contain('La liste des communes ne peut pas être chargée.');
      expect(message.querySelector('button')!.textContent).to.equal('Réessayer');
      await expect(el).to.be.accessible();
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('requests nothing but the commune data files', async () => {
    performance.clearResourceTimings();
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    await typeInto(el, 'Ajaccio');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(urls.length).to.be.greaterThan(0);
    for (const url of urls) expect(url.startsWith(BASE), url).to.equal(true);
    // nothing typed ever appears in a URL
    expect(urls.some((u) => /ajaccio/i.test(u))).to.equal(false);
  });

  it('leaves no timer behind when removed while typing', async () => {
    const el = await fixture<AncreCommuneSearch>(html`<ancre-commune-search data-base=${BASE}></ancre-commune-search>`);
    let fired = 0;
    el.addEventListener('ancre-error', () => fired++);
    parts(el).input.focus();
    await sendKeys({ type: 'Ly' });
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(parts(el).status.textContent).to.equal('');
    expect(fired).to.equal(0);
  });
});
