// The shared lifecycle and token suites applied to <ancre-service-finder>, plus its own disconnect checks.
import { expect, aTimeout } from '@open-wc/testing';
import '../src/define.js';
import { AncreServiceFinder } from '../src/index.js';
import { langListenerCount } from '@ancre/core';
import { lifecycleSuite } from '../../../test/suites/lifecycle.js';
import { tokenProblems } from '../../../test/suites/tokens.js';

const FIXTURE = '/packages/service-finder/test/fixtures/services-fixture.json';

lifecycleSuite({
  tag: 'ancre-service-finder',
  prepare: (el) => {
    (el as AncreServiceFinder).src = FIXTURE;
  },
  settle: async (el) => {
    const finder = el as AncreServiceFinder;
    for (let i = 0; i < 100 && finder.view === 'loading'; i++) await aTimeout(20);
    await finder.updateComplete;
  },
});

describe('<ancre-service-finder> tokens and teardown', () => {
  it('reads only defined tokens; its own tokens fall back to global ones', () => {
    expect(tokenProblems([{ name: 'AncreServiceFinder', styles: [AncreServiceFinder.styles].flat() as never }], { requireAllGlobalsUsed: false })).to.deep.equal([]);
  });

  it('removed while loading: the request is aborted, no ancre-error, no listener left', async () => {
    const before = langListenerCount();
    const el = document.createElement('ancre-service-finder');
    let errors = 0;
    el.addEventListener('ancre-error', () => errors++);
    el.src = FIXTURE;
    document.body.append(el);
    expect(langListenerCount()).to.equal(before + 1);
    el.remove();
    await aTimeout(100);
    expect(errors).to.equal(0);
    expect(langListenerCount()).to.equal(before);
  });
});
