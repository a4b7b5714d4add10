import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { SimulatedClock } from 'xstate';
import '../src/define.js';
import type { AncreEcoAssistant } from '../src/eco-assistant.js';
import { miniFlow, testTips } from './fixtures.js';
import { welcomeFlow } from '../src/flows/welcome.js';

const root = (el: Element) => el.shadowRoot!;
const replyIds = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('.replies button')].map((b) => b.dataset.id);
const click = async (el: AncreEcoAssistant, id: string) => {
  root(el).querySelector<HTMLButtonElement>(`.replies button[data-id="${id}"]`)!.click();
  await el.updateComplete;
};
const type = async (el: AncreEcoAssistant, text: string) => {
  const input = root(el).querySelector('input')!;
  input.value = text;
  root(el).querySelector('form')!.requestSubmit();
  await el.updateComplete;
};
async function ready(el: AncreEcoAssistant) {
  for (let i = 0; i < 100 && !(el.engine && root(el).querySelector('.log')); i++) await aTimeout(10);
  await el.updateComplete;
}
async function mount(props: Partial<AncreEcoAssistant> = {}, lang = 'fr') {
  const el = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant lang=${lang} .typingDelay=${0} .flowData=${props.flowData ?? welcomeFlow} .tipsData=${testTips} ?kiosk=${props.kiosk ?? false} .clock=${props.clock}></ancre-eco-assistant>`);
  await ready(el);
  return el;
}

describe('<ancre-eco-assistant>', () => {
  it('welcome state: log, replies, composer; accessible', async () => {
    const el = await mount();
    const log = root(el).querySelector('[role="log"]')!;
    expect(log.querySelectorAll('.msg.assistant')).to.have.length(2);
    expect(replyIds(el)).to.deep.equal(['quiz', 'themes', 'idea', 'help']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Par où voulez-vous commencer');
    await expect(el).to.be.accessible();
  });

  it('conversation and suggestion states: quick replies drive the engine, events are fired', async () => {
    const el = await mount();
    setTimeout(() => void click(el, 'themes'));
    const msg = await oneEvent(el, 'ancre-message');
    expect(msg.detail.message).to.include({ role: 'person', text: 'Choisir un thème' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    setTimeout(() => void click(el, 'transport'));
    const shown = await oneEvent(el, 'ancre-tip-shown');
    expect(shown.detail.tip.category).to.equal('transport');
    await el.updateComplete;
    expect(root(el).querySelector('.msg.tip')).to.exist;
    await expect(el).to.be.accessible();
    setTimeout(() => void click(el, '__choose'));
    const chosen = await oneEvent(el, 'ancre-gesture-chosen');
    expect(chosen.detail.total).to.equal(chosen.detail.tip.kgCo2ePerYear);
  });

  it('free text is shown as text, never as markdown', async () => {
    const el = await mount();
    await type(el, '**gras** <img src=x onerror=alert(1)> [lien](javascript:alert(1))');
    const person = root(el).querySelector('.msg.person')!;
    expect(person.querySelector('strong, img, a')).to.equal(null);
    expect(person.textContent).to.contain('**gras** <img src=x onerror=alert(1)>');
    expect(root(el).querySelector('.msg.fallback')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('summary state: list, total, QR code as inline SVG; accessible', async () => {
    const el = await mount();
    await click(el, 'themes');
    await click(el, 'housing');
    await click(el, '__choose');
    await click(el, 'more');
    await click(el, '__choose');
    await click(el, 'change');
    await click(el, 'food');
    await click(el, '__choose');
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(summary).to.exist;
    expect(summary.querySelectorAll('li')).to.have.length(3);
    for (let i = 0; i < 50 && !summary.querySelector('svg.qr'); i++) await aTimeout(10);
    const qr = summary.querySelector('svg.qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    await expect(el).to.be.accessible();
  });

  it('"Nouvelle conversation" resets and fires ancre-reset', async () => {
    const el = await mount();
    await click(el, 'quiz');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part="restart"]')!.click());
    const reset = await oneEvent(el, 'ancre-reset');
    expect(reset.detail.reason).to.equal('person');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.msg')).to.have.length(2);
  });

  it('kiosk: attract screen, idle warning that can be extended, then reset; accessible in each state', async () => {
    const clock = new SimulatedClock();
    const el = await mount({ kiosk: true, clock });
    const attract = root(el).querySelector('[part="attract"]')!;
    expect(attract).to.exist;
    await expect(el).to.be.accessible();
    attract.querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="attract"]')).to.equal(null);
    await click(el, 'quiz');
    clock.increment(90_000);
    await el.updateComplete;
    const warning = root(el).querySelector('[part="idle-warning"]')!;
    expect(warning).to.exist;
    expect(warning.getAttribute('role')).to.equal('alertdialog');
    await expect(el).to.be.accessible();
    warning.querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="idle-warning"]')).to.equal(null);
    clock.increment(90_000);
    await el.updateComplete;
    expect(root(el).querySelector('[part="idle-warning"]')).to.exist;
    const resetP = oneEvent(el, 'ancre-reset');
    clock.increment(30_000);
    expect((await resetP).detail.reason).to.equal('idle');
    await el.updateComplete;
    expect(root(el).querySelector('[part="attract"]')).to.exist;
    expect(root(el).querySelectorAll('.msg.person')).to.have.length(0);
  });

  it('error state: an invalid flow shows <ancre-error> and fires ancre-error', async () => {
    const bad = { ...miniFlow, start: 'nowhere' };
    const el = document.createElement('ancre-eco-assistant') as AncreEcoAssistant;
    el.flowData = bad;
    el.tipsData = testTips;
    const errorP = oneEvent(el, 'ancre-error');
    document.body.append(el);
    const err = await errorP;
    expect(err.detail.problems[0].code).to.equal('flow/unknown-node');
    await el.updateComplete;
    await customElements.whenDefined('ancre-error');
    const view = root(el).querySelector('ancre-error')!;
    await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(view.shadowRoot!.textContent).to.contain('nowhere');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({}, 'en');
    expect(root(el).querySelector('[part="restart"]')!.textContent).to.equal('New conversation');
    expect(root(el).querySelector('.msg')!.textContent).to.contain('Hello!');
  });

  it('persist: off by default (nothing stored); with persist="session", resumes, and a reset wipes it', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const el = await mount();
    await click(el, 'quiz');
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    el.remove();
    const a = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant persist="session" .typingDelay=${0} .flowData=${welcomeFlow} .tipsData=${testTips}></ancre-eco-assistant>`);
    await ready(a);
    await click(a, 'quiz');
    await click(a, 'house');
    expect(sessionStorage.length).to.equal(1);
    a.remove();
    const b = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant persist="session" .typingDelay=${0} .flowData=${welcomeFlow} .tipsData=${testTips}></ancre-eco-assistant>`);
    await ready(b);
    expect(b.engine!.getSnapshot().node).to.equal('q-heating');
    b.restart();
    expect(sessionStorage.length).to.equal(0);
  });
  it('announces each new assistant message once, not the whole log', async () => {
    const el = await mount();
    const live = root(el).querySelector('[role="status"]')!;
    expect(root(el).querySelector('[role="log"]')!.getAttribute('aria-live')).to.equal('off');
    await click(el, 'quiz');
    expect(live.textContent!.trim()).to.equal('1/5 Vous habitez…');
    await click(el, 'house');
    expect(live.textContent!.trim()).to.equal('2/5 Votre logement est surtout chauffé…');
  });

  it('shows the typing indicator on the clock, then the message', async () => {
    const clock = new SimulatedClock();
    const el = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant .typingDelay=${600} .clock=${clock} .flowData=${welcomeFlow} .tipsData=${testTips}></ancre-eco-assistant>`);
    for (let i = 0; i < 50 && !el.engine; i++) await aTimeout(10);
    await el.updateComplete;
    expect(root(el).querySelector('[part="typing"]')).to.exist;
    expect(root(el).querySelectorAll('.msg')).to.have.length(0);
    clock.increment(600);
    await el.updateComplete;
    expect(root(el).querySelector('[part="typing"]')).to.equal(null);
    expect(root(el).querySelectorAll('.msg')).to.have.length(2);
  });

  it('kiosk: external links become QR codes', async () => {
    const flow = {
      ...miniFlow,
      nodes: miniFlow.nodes.map((n) => (n.id === 'hello' ? { ...n, text: { fr: 'Voir [le site](https://www.service-public.fr/).', en: 'See [the site](https://www.service-public.fr/).' } } : n)),
    };
    const el = await mount({ kiosk: true, flowData: flow as typeof miniFlow });
    const msg = root(el).querySelector('.msg')!;
    for (let i = 0; i < 50 && !msg.querySelector('svg.qr'); i++) await aTimeout(10);
    expect(msg.querySelector('a[href]')).to.equal(null);
    const qr = msg.querySelector('.qr-link svg.qr')!;
    expect(qr.getAttribute('aria-label')).to.contain('https://www.service-public.fr/');
    const plain = await mount({ flowData: flow as typeof miniFlow });
    expect(root(plain).querySelector('.msg a[href="https://www.service-public.fr/"]')!.getAttribute('rel')).to.contain('noopener');
  });

  it('loads the default tips pack on demand', async () => {
    const el = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant .typingDelay=${0}></ancre-eco-assistant>`);
    for (let i = 0; i < 200 && !el.engine; i++) await aTimeout(10);
    expect(el.engine!.tips.length).to.be.greaterThan(20);
  });
  it('sees properties set right after connecting, and keeps the conversation when moved in the page', async () => {
    const el = document.createElement('ancre-eco-assistant') as AncreEcoAssistant;
    document.body.append(el);
    el.typingDelay = 0;
    el.flowData = miniFlow;
    el.tipsData = testTips;
    await ready(el);
    expect(el.engine!.flow.id).to.equal('mini');
    await type(el, '42');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await ready(el);
    await el.updateComplete;
    expect(el.engine!.getSnapshot().slots.age).to.equal(42);
    expect(root(el).querySelector('.msg.person')!.textContent).to.contain('42');
    other.remove();
  });

  it('kiosk: what is behind the attract screen and the idle warning is inert', async () => {
    const el = await mount({ kiosk: true, clock: new SimulatedClock() });
    expect(root(el).querySelector('.body')!.hasAttribute('inert')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('[part="attract"] button')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.body')!.hasAttribute('inert')).to.equal(false);
    await new Promise((r) => requestAnimationFrame(r));
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('quiz');
  });
});

describe('<ancre-eco-assistant> language of a one-language flow', () => {
  it('shows an English-only flow in English on a French page, interface included', async () => {
    const english = {
      format: 'ancre-flow/1',
      id: 'english-only',
      locales: ['en'],
      start: 'hello',
      fallback: { en: 'I did not understand.' },
      nodes: [
        { id: 'hello', type: 'choices', text: { en: 'Hello. Ready?' }, options: [{ id: 'yes', label: { en: 'Yes' }, next: 'bye' }] },
        { id: 'bye', type: 'end', text: { en: 'Goodbye.' } },
      ],
    };
    const el = await fixture<AncreEcoAssistant>(html`<ancre-eco-assistant lang="fr" .flowData=${english} .tipsData=${[]}></ancre-eco-assistant>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part="restart"]'), 'rendered', { timeout: 5000 });
    await el.updateComplete;
    expect(el.locale).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="restart"]')!.textContent!.trim()).to.equal('New conversation');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });
});
