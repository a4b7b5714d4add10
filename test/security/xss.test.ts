// XSS: every payload is rendered into a real container of the document; nothing may run, and the DOM
// produced may hold only allowed tags, attributes and URLs. Then a generic property test combines
// dangerous fragments at random, to catch payloads this list does not have.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown, renderInlineMarkdown, type MarkdownOptions } from '../../packages/core/src/markdown/index.js';
import { XSS_PAYLOADS } from './xss-payloads.js';
import { domProblems } from './dom-check.js';

// Trap anything a payload would do if it ran (alert() would also hang the test browser).
const hits: string[] = [];
const w = window as unknown as Record<string, unknown>;
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  w[name] = (...args: unknown[]) => {
    hits.push(`${name}(${args.join(',')})`);
  };
}
Object.defineProperty(window, '__xss', {
  configurable: true,
  get: () => undefined,
  set: (v: unknown) => {
    hits.push(`__xss=${String(v)}`);
  },
});

const CONFIGS: Record<string, MarkdownOptions> = {
  default: {},
  permissive: { allowRelative: true, images: 'render', imageOrigins: 'any', externalLinksInNewTab: true, rawHtml: 'drop' },
  inline: {},
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function mount(source: string, config: string): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  const options = CONFIGS[config]!;
  render(config === 'inline' ? renderInlineMarkdown(source, options) : renderMarkdown(source, options), el);
  return el;
}

describe('markdown XSS payloads', () => {
  const containers = new Map<string, HTMLElement>();

  before(async () => {
    XSS_PAYLOADS.forEach((payload, i) => {
      for (const config of Object.keys(CONFIGS)) containers.set(`${i}:${config}`, mount(payload.source, config));
    });
    // Let onerror/onload/ontoggle handlers fire if any element carried one.
    await wait(0);
    await wait(400);
  });

  after(() => {
    for (const el of containers.values()) el.remove();
  });

  it('has at least 80 payloads covering every family', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(80);
    const families = new Set(XSS_PAYLOADS.map((x) => x.family));
    expect(families.size).to.be.at.least(15);
  });

  XSS_PAYLOADS.forEach((payload, i) => {
    it(`[${payload.family}] ${JSON.stringify(payload.source).slice(0, 90)}`, () => {
      expect(hits, 'a payload ran').to.deep.equal([]);
      for (const config of Object.keys(CONFIGS)) {
        const el = containers.get(`${i}:${config}`)!;
        const policy = { allowRelative: CONFIGS[config]!.allowRelative === true };
        expect(domProblems(el, policy), `${config} config`).to.deep.equal([]);
        // What the payload says stays visible as text when it is not markup (nothing silently executed).
        expect(el.querySelector('script,iframe,object,embed,svg,math,style,form,meta,base,link')).to.equal(null);
      }
    });
  });

  it('shows raw HTML as text by default', () => {
    const el = mount('<img src=x onerror=alert(1)>', 'default');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.contain('<img src=x onerror=alert(1)>');
    el.remove();
  });

  it('drops the tags of raw HTML with rawHtml: "drop", keeping the text between them', () => {
    const el = mount('a <b>bold</b> <script>alert(1)</script> z', 'permissive');
    expect(el.textContent).not.to.contain('<');
    expect(el.textContent).to.contain('bold');
    expect(el.querySelector('b,script')).to.equal(null);
    el.remove();
  });
});

// --------------------------------------------------------------------------------------------------
// Generic property test: a few thousand random combinations of dangerous fragments.

const FRAGMENTS = [
  '<', '>', '"', "'", '`', '&', '&#', ';', '\\', '/', '//', ':', '(', ')', '[', ']', '!', '*', '_', '~', '|', '#',
  '\n', '\n\n', ' ', '\t', '\u0000', '\u2028', '>', '- ', '1. ', '```', '    ', '---', '- [x] ',
  'javascript', 'JaVaScRiPt', 'vbscript', 'data', 'jav&#x09;ascript', '&#106;avascript', '%6Aavascript',
  'java\tscript', 'javascript&colon;', 'alert(1)', 'window.__xss=1',
  '<script>', '</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', 'onerror=', 'onload=',
  '<iframe src=', '<a href="', '<math>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>',
  '[x](', '![x](', '[r]: ', '[r]', '][r]', '<http://', 'https://ok.example', 'www.', 'mailto:', 'tel:',
  '"title"', ' "t\\" onclick=\\"alert(1)"', '&lt;', '&gt;', '&quot;', '&amp;', '&#60;', '&#x3C;',
  'data:text/html,', 'base64,', '<template>', '<noscript>', '<textarea>', '| a |\n|---|\n| ',
];

/** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('markdown XSS property test (random combinations)', () => {
  it('renders 3,000 random combinations without any disallowed tag, attribute or URL', async function () {
    this.timeout(60000);
    const random = prng(20261201);
    const el = document.createElement('div');
    document.body.append(el);
    const configs = Object.keys(CONFIGS);
    for (let n = 0; n < 3000; n++) {
      const count = 1 + Math.floor(random() * 12);
      let source = '';
      for (let k = 0; k < count; k++) source += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
      const config = configs[n % configs.length]!;
      const options = CONFIGS[config]!;
      render(config === 'inline' ? renderInlineMarkdown(source, options) : renderMarkdown(source, options), el);
      const problems = domProblems(el, { allowRelative: options.allowRelative === true });
      if (problems.length) expect.fail(`case ${n} (${config}) ${JSON.stringify(source)}: ${problems.join('; ')}`);
    }
    await wait(300);
    expect(hits).to.deep.equal([]);
    el.remove();
  });
});
