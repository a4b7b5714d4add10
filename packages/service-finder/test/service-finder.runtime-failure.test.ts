// The finder's machine comes in a module loaded after the first paint: if that load fails (offline,
// a blocked script), the widget says so, in words, with a button that tries again.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { runtimeLoader, type AncreServiceFinder } from '../src/service-finder.js';

const FIXTURE = '/packages/service-finder/test/fixtures/services-fixture.json';

describe('<ancre-service-finder>: its machine cannot be loaded', () => {
  it('says so politely, offers to try again, and works once the module comes', async () => {
    const real = runtimeLoader.importRuntime;
    let attempts = 0;
    runtimeLoader.importRuntime = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const el = await fixture<AncreServiceFinder>(html`<ancre-service-finder lang="fr" src=${FIXTURE}></ancre-service-finder>`);
      const message = () => el.shadowRoot!.querySelector('.message')?.textContent ?? '';
      await waitUntil(() => message().includes('n’a pas pu se charger'), 'failure shown', { timeout: 5000 });
      expect(el.view).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('n’a pas pu se charger');
      await expect(el).to.be.accessible();
      el.send({ type: 'search', query: 'Montluel' }); // nothing to drive yet: ignored, no exception

      // Still failing: the retry says so again.
      const retry = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Réessayer')!;
      retry().click();
      await waitUntil(() => attempts === 2, 'tried again');
      await el.updateComplete;
      expect(message()).to.contain('n’a pas pu se charger');

      // The network is back.
      runtimeLoader.importRuntime = real;
      retry().click();
      await waitUntil(() => el.view === 'idle', 'the machine runs and the data is loaded', { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('#q')).to.exist;
    } finally {
      runtimeLoader.importRuntime = real;
    }
  });
});
