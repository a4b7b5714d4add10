import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { AncreCard } from '../src/card/ancre-card.js';

describe('<ancre-card>', () => {
  it('renders heading, status and content, accessibly', async () => {
    const el = await fixture<AncreCard>(html`<ancre-card heading="Mairie" status="Ouvert" tone="success"><p>Texte</p></ancre-card>`);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Ouvert');
    await expect(el).to.be.accessible();
  });
  it('clamps the heading level and follows tokens set by the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="--ancre-color-primary: rgb(1, 2, 3)"><ancre-card heading="A" heading-level="9"></ancre-card></div>`);
    const el = wrap.querySelector('ancre-card')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('6');
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
  });
  it('omits the status when empty', async () => {
    const el = await fixture<AncreCard>(html`<ancre-card heading="A"></ancre-card>`);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
  });
});
