// The iframe embed page of the CDN build (packages/widgets/dist/embed.html, built by npm test
// first): the query string names a known tag and its attributes, never markup or handlers.
import { expect } from '@open-wc/testing';
import { loadFrame, waitFor } from '../helpers/frame.js';

const EMBED = '/packages/widgets/dist/embed.html';

describe('iframe embed page', function () {
  this.timeout(30_000);

  it('shows the named widget with its attributes, language and theme', async () => {
    const frame = await loadFrame(`${EMBED}?widget=ancre-card&heading=Mairie&status=Ouvert&lang=en&theme=dark`);
    const doc = frame.contentDocument!;
    const card = await waitFor(() => doc.querySelector('ancre-card')?.shadowRoot?.querySelector('[part="heading"]'));
    expect(card?.textContent).to.equal('Mairie');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.documentElement.dataset['ancreTheme']).to.equal('dark');
    frame.remove();
  });

  it('refuses event-handler attributes and unknown tags', async () => {
    const frame = await loadFrame(`${EMBED}?widget=ancre-card&heading=A&onclick=alert(1)&${encodeURIComponent('x"y')}=1`);
    const card = await waitFor(() => frame.contentDocument!.querySelector('ancre-card'));
    expect(card!.hasAttribute('onclick')).to.equal(false);
    expect(card!.getAttributeNames()).to.deep.equal(['heading']);
    frame.remove();
    const other = await loadFrame(`${EMBED}?widget=script`);
    const text = await waitFor(() => other.contentDocument!.getElementById('ancre-embed')?.textContent);
    expect(text).to.contain('Widget inconnu');
    expect(other.contentDocument!.querySelector('script:not([src])')).to.equal(null);
    other.remove();
  });
});
