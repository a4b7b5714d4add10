// The demo page (docs/index.html) as a webmaster built it: it loads the CDN autoloader from
// packages/widgets/dist (built by npm test first), and every widget must come alive, with no request
// leaving the origin, no cookie, nothing stored, and no error reaching the page.
import { expect } from '@open-wc/testing';
import { loadFrame, waitFor } from '../helpers/frame.js';

describe('demo site (docs/index.html)', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let win: Window & typeof globalThis;
  let doc: Document;
  const errors: string[] = [];

  before(async () => {
    frame = await loadFrame('/docs/index.html', { width: 1200, height: 1600 });
    win = frame.contentWindow as Window & typeof globalThis;
    doc = frame.contentDocument!;
    win.addEventListener('error', (e) => errors.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  });
  after(() => frame.remove());

  it('defines every Ancre tag used on the page through the autoloader', async () => {
    const tags = [...new Set([...doc.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('ancre-')))];
    expect(tags).to.include.members(['ancre-card', 'ancre-error', 'ancre-service-finder', 'ancre-eco-assistant']);
    const undefinedTags = await waitFor(() => (tags.every((t) => win.customElements.get(t)) ? [] : null), { timeout: 10000 });
    expect(undefinedTags, `undefined: ${tags.filter((t) => !win.customElements.get(t)).join(', ')}`).to.deep.equal([]);
  });

  it('loads a single copy of Lit', () => {
    const litScripts = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => e.name)
      .filter((n) => /chunks\/lit-[\w-]+\.js$/.test(n));
    expect(litScripts).to.have.length(1);
    expect((win as unknown as { litElementVersions?: string[] }).litElementVersions ?? []).to.have.length.at.most(1);
  });

  it('lists the service points nearest to the commune set by the page, from the built-in data', async () => {
    const finder = doc.querySelector('ancre-service-finder')!;
    const items = await waitFor(() => finder.shadowRoot?.querySelectorAll('[part="result"]').length, { timeout: 15000 });
    expect(items, 'results rendered').to.be.greaterThan(0);
    expect(items).to.be.at.most(5);
  });

  it('starts the eco assistant conversation', async () => {
    const assistant = doc.querySelector('ancre-eco-assistant')!;
    const text = await waitFor(() => assistant.shadowRoot?.querySelector('[part="log"]')?.textContent?.trim(), { timeout: 15000 });
    expect(text, 'a first message').to.be.a('string').and.not.empty;
  });

  it('shows the partner pack errors in the error view', async () => {
    const report = doc.getElementById('pack-error') as HTMLElement & { problems?: unknown[] };
    const problems = await waitFor(() => (report.problems?.length ? report.problems : null));
    expect(problems, 'the demo validated a broken pack').to.be.an('array').that.is.not.empty;
    const text = await waitFor(() => report.shadowRoot?.textContent?.includes('$.') && report.shadowRoot.textContent);
    expect(text).to.be.a('string');
  });

  it('makes no third-party request, sets no cookie and stores nothing', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const origins = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).origin);
    expect([...new Set(origins)].filter((o) => o !== location.origin)).to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });

  it('switches every widget to English with <html lang>', async () => {
    doc.documentElement.lang = 'en';
    const card = doc.querySelector('ancre-card') as HTMLElement & { locale: string };
    expect(card.locale).to.equal('en');
    doc.documentElement.lang = 'fr';
  });

  it('raised no error in the page', () => {
    expect(errors).to.deep.equal([]);
  });
});
