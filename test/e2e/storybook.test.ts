// Smoke test of the built Storybook (`npm run build-storybook` → storybook-static/, run by npm test
// before the browser tests): every story of the index renders without an error display.
import { expect } from '@open-wc/testing';
import { loadFrame, waitFor } from '../helpers/frame.js';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

/** Runs axe-core inside the story's iframe on the story root; returns "rule (n nodes)" strings. */
async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & { axe?: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    doc.head.append(script);
    await loaded;
  }
  // Let widgets settle (data loads, first render) before auditing.
  await new Promise((r) => setTimeout(r, 300));
  // Storybook's a11y addon runs axe itself after each render: wait for its run to finish.
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await win.axe!.run(doc.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    } catch (error) {
      if (attempt > 50 || !String(error).includes('already running')) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('built Storybook', function () {
  this.timeout(240_000);
  let stories: IndexEntry[] = [];

  before(async () => {
    const response = await fetch('/storybook-static/index.json');
    expect(response.ok, 'storybook-static/index.json exists (run npm run build-storybook)').to.equal(true);
    const index = (await response.json()) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((e) => e.type === 'story');
  });

  it('has stories for core and every widget', () => {
    const titles = new Set(stories.map((s) => s.title.split('/')[0]));
    expect(stories.length).to.be.greaterThan(5);
    expect([...titles]).to.include('Core');
  });

  it('renders every story without an error, with zero axe violations in every theme preset', async () => {
    const failures: string[] = [];
    const runs = stories.flatMap((story) => ['default', 'dark', 'high-contrast'].map((theme) => ({ story, theme })));
    for (const { story: base, theme } of runs) {
      const story = { ...base, id: base.id };
      const frame = await loadFrame(`/storybook-static/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`, { width: 900, height: 700 });
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      win.addEventListener('error', (e) => errors.push(String(e.message)));
      const settled = await waitFor(
        () =>
          doc.body.classList.contains('sb-show-errordisplay') ||
          (doc.body.classList.contains('sb-show-main') && (doc.querySelector('#storybook-root')?.childElementCount ?? 0) > 0),
        { timeout: 15000 },
      );
      if (!settled) failures.push(`${story.id} [${theme}]: did not render within 15 s`);
      else if (doc.body.classList.contains('sb-show-errordisplay')) {
        failures.push(`${story.id} [${theme}]: ${doc.querySelector('#error-message')?.textContent ?? 'error display'}`);
      }
      if (errors.length) failures.push(`${story.id} [${theme}]: ${errors.join('; ')}`);
      if (settled && !doc.body.classList.contains('sb-show-errordisplay')) {
        const violations = await axeViolations(frame);
        if (violations.length) failures.push(`${story.id} [${theme}]: axe: ${violations.join('; ')}`);
      }
      frame.remove();
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
