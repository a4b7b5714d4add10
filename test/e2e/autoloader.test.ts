// The CDN autoloader (packages/widgets/dist/autoloader.js, built by npm test first): a tag present at
// load and a tag added later are both defined, and a page loads only the chunks of the tags it uses.
import { expect } from '@open-wc/testing';
import { waitFor } from '../helpers/frame.js';

async function blankPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="fr"><head><script type="module" src="${location.origin}/packages/widgets/dist/autoloader.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const scripts = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name).filter((n) => n.endsWith('.js'));

describe('CDN autoloader', function () {
  this.timeout(30_000);

  it('defines a tag present at load, then one added later, loading only what they need', async () => {
    const frame = await blankPage('<ancre-card heading="Mairie"></ancre-card>');
    const win = frame.contentWindow!;
    expect(await waitFor(() => win.customElements.get('ancre-card'))).to.exist;
    expect(win.customElements.get('ancre-eco-assistant')).to.equal(undefined);
    expect(scripts(win).some((s) => /marked-/.test(s)), 'no markdown chunk for a card').to.equal(false);

    const finder = win.document.createElement('ancre-service-finder');
    finder.setAttribute('src', `${location.origin}/packages/service-finder/test/fixtures/services-fixture.json`);
    win.document.body.append(finder);
    expect(await waitFor(() => win.customElements.get('ancre-service-finder'), { timeout: 10000 })).to.exist;
    expect(win.customElements.get('ancre-eco-assistant'), 'the assistant is not loaded for the finder').to.equal(undefined);
    expect(scripts(win).filter((s) => /chunks\/lit-/.test(s))).to.have.length(1);
    frame.remove();
  });
});
