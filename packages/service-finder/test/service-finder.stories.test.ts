// Every story of stories/service-finder.stories.ts rendered in Chromium, its play function run, and axe-checked.
// Storybook serves the fixtures at /finder-fixtures/ and /fixtures/; here fetch is pointed at the repo paths.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/service-finder.stories.js';
import { PRESET_NAMES, applyPreset } from '@ancre/core';

type AnyStory = {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<unknown>;
};
const meta = stories.default as unknown as AnyStory & { title: string };

const realFetch = globalThis.fetch;
before(() => {
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input)
      .replace('/finder-fixtures/', '/packages/service-finder/test/fixtures/')
      .replace(/\/fixtures\/communes\//, '/packages/core/test/fixtures/communes/');
    return realFetch(url, init);
  };
});
after(() => {
  globalThis.fetch = realFetch;
});

describe(`stories: ${meta.title}`, () => {
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

  it('has one story per machine state, plus Playground, Theming, Locales and Kiosk', () => {
    expect(entries.map(([n]) => n)).to.include.members([
      'Playground',
      'Loading',
      'Idle',
      'Results',
      'NoResult',
      'AmbiguousPostcode',
      'Locating',
      'GeolocationDenied',
      'Details',
      'Map',
      'DataError',
      'Theming',
      'Locales',
      'Kiosk',
    ]);
  });

  for (const [name, story] of entries) {
    it(`${name}: renders, plays and has no axe violation`, async () => {
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render!;
      const canvas = await fixture<HTMLElement>(html`<div>${render(args)}</div>`);
      await story.play?.({ canvasElement: canvas });
      const finders = [...canvas.querySelectorAll('ancre-service-finder')];
      expect(finders.length).to.be.greaterThan(0);
      if (!story.play && name !== 'Loading') {
        const start = performance.now();
        while (finders.some((f) => f.view === 'loading') && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
      }
      for (const f of finders) await f.updateComplete;
      await expect(canvas).to.be.accessible();
    });
  }

  for (const preset of PRESET_NAMES) {
    for (const name of ['Details', 'GeolocationDenied', 'DataError'] as const) {
      it(`${name} in the ${preset} theme has no axe violation (contrast included)`, async () => {
        const story = (stories as unknown as Record<string, AnyStory>)[name]!;
        const args = { ...meta.args, ...story.args };
        const canvas = await fixture<HTMLElement>(html`<div>${(story.render ?? meta.render!)(args)}</div>`);
        applyPreset(canvas, preset);
        canvas.style.background = 'var(--ancre-color-surface)';
        await story.play?.({ canvasElement: canvas });
        await expect(canvas).to.be.accessible();
      });
    }
  }
});
