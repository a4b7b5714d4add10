import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { marked } from 'marked';
import {
  renderMarkdown,
  renderInlineMarkdown,
  isAllowedUrl,
  classifyUrl,
  decodeEntities,
  markdownStyles,
  type MarkdownOptions,
} from '../src/markdown/index.js';
import { renderTokens } from '../src/markdown/render.js';
import { domProblems } from '../../../test/security/dom-check.js';

const mounted: HTMLElement[] = [];

function md(source: string, options?: MarkdownOptions): HTMLElement {
  return mount(renderMarkdown(source, options));
}

function mount(result: TemplateResult): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(result, el);
  return el;
}

/** The element tree as a compact string: `p(em,strong)`; text nodes are left out. */
function shape(node: Element): string {
  const children = Array.from(node.children).map(shape);
  const name = node.tagName.toLowerCase();
  return children.length ? `${name}(${children.join(',')})` : name;
}

const body = (el: HTMLElement): string => Array.from(el.children).map(shape).join(',');
const text = (el: Element | null): string =>
  ((el as HTMLElement | null)?.innerText ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('renderMarkdown: constructs', () => {
  it('renders headings h1–h6', () => {
    const el = md('# one\n## two\n### three\n#### four\n##### five\n###### six');
    expect(body(el)).to.equal('h1,h2,h3,h4,h5,h6');
    expect(text(el.querySelector('h4'))).to.equal('four');
  });

  it('offsets heading levels and clamps them to 1–6', () => {
    expect(body(md('# a\n## b\n##### c\n###### d', { headingLevelOffset: 2 }))).to.equal('h3,h4,h6,h6');
    expect(body(md('# a\n### b', { headingLevelOffset: -4 }))).to.equal('h1,h1');
    expect(body(md('# a', { headingLevelOffset: Number.NaN }))).to.equal('h1');
  });

  it('renders paragraphs, emphasis, strong, del, code spans', () => {
    const el = md('Un *deux* **trois** ~~quatre~~ `cinq <b>`\n\nSecond');
    expect(body(el)).to.equal('p(em,strong,del,code),p');
    expect(text(el.querySelector('code'))).to.equal('cinq <b>');
    expect(text(el.querySelector('del'))).to.equal('quatre');
  });

  it('renders fenced and indented code blocks as text, with a language class', () => {
    const el = md('```js\nconst a = "<b>&amp;</b>";\n```\n\n    indented <i>x</i>');
    expect(body(el)).to.equal('pre(code),pre(code)');
    const [fenced, indented] = Array.from(el.querySelectorAll('code'));
    expect(fenced!.className).to.equal('language-js');
    expect(fenced!.textContent).to.equal('const a = "<b>&amp;</b>";');
    expect(indented!.hasAttribute('class')).to.equal(false);
    expect(indented!.textContent).to.equal('indented <i>x</i>');
  });

  it('keeps only a safe language name from the info string', () => {
    const el = md('```js" onclick="x\nx\n```');
    expect(el.querySelector('code')!.className).to.equal('language-js');
  });

  it('renders blockquotes, nested', () => {
    expect(body(md('> a\n>\n> > b'))).to.equal('blockquote(p,blockquote(p))');
  });

  it('renders unordered, ordered (with start) and nested lists', () => {
    const el = md('- a\n- b\n  - c\n\n3. x\n4. y\n\npara\n\n1. one');
    expect(body(el)).to.equal('ul(li,li(ul(li))),ol(li,li),p,ol(li)');
    const [ol3, ol1] = Array.from(el.querySelectorAll('ol'));
    expect(ol3!.getAttribute('start')).to.equal('3');
    expect(ol1!.hasAttribute('start')).to.equal(false);
  });

  it('renders task lists as disabled checkboxes, or as text', () => {
    const el = md('- [x] fait\n- [ ] à faire');
    const boxes = Array.from(el.querySelectorAll('input'));
    expect(boxes.map((b) => [b.type, b.disabled, b.checked])).to.deep.equal([
      ['checkbox', true, true],
      ['checkbox', true, false],
    ]);
    expect(boxes.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['fait', 'à faire']);
    expect(text(el.querySelector('li'))).to.equal('fait');
    const en = md('- [x] a\n- [ ] b', { taskLabels: { done: 'done', todo: 'to do' } });
    expect(Array.from(en.querySelectorAll('input')).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['done', 'to do']);
    const asText = md('- [x] fait\n- [ ] à faire', { taskList: 'text' });
    expect(asText.querySelector('input')).to.equal(null);
    expect(text(asText)).to.equal('☑ fait ☐ à faire');
  });

  it('renders loose task lists (checkbox inside the paragraph)', () => {
    const el = md('- [x] a\n\n- [ ] b');
    expect(el.querySelectorAll('li p input[type=checkbox][disabled]').length).to.equal(2);
  });

  it('renders tables with header scope and alignment classes', () => {
    const el = md('| G | C | D | N |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n| *e* | f | g | h |');
    expect(shape(el.querySelector('table')!)).to.equal('table(thead(tr(th,th,th,th)),tbody(tr(td,td,td,td),tr(td(em),td,td,td)))');
    const th = Array.from(el.querySelectorAll('th'));
    expect(th.map((c) => c.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
    expect(th.map((c) => c.getAttribute('class'))).to.deep.equal(['md-align-left', 'md-align-center', 'md-align-right', null]);
    expect(el.querySelector('td')!.className).to.equal('md-align-left');
  });

  it('renders links with titles; external ones get rel', () => {
    const el = md('[Service public](https://www.service-public.fr/ "Le site officiel")');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://www.service-public.fr/');
    expect(a.getAttribute('title')).to.equal('Le site officiel');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(a.hasAttribute('target')).to.equal(false);
    const tab = md('[x](https://a.example)', { externalLinksInNewTab: true }).querySelector('a')!;
    expect(tab.getAttribute('target')).to.equal('_blank');
  });

  it('renders mailto, tel and fragment links without rel', () => {
    const el = md('[m](mailto:mairie@ville.example) [t](tel:+33123456789) [f](#horaires)');
    expect(Array.from(el.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.hasAttribute('rel')])).to.deep.equal([
      ['mailto:mairie@ville.example', false],
      ['tel:+33123456789', false],
      ['#horaires', false],
    ]);
  });

  it('renders reference-style links', () => {
    const el = md('Voir [le site][sp] et [sp].\n\n[sp]: https://www.service-public.fr "SP"');
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.title])).to.deep.equal([
      ['le site', 'https://www.service-public.fr', 'SP'],
      ['sp', 'https://www.service-public.fr', 'SP'],
    ]);
  });

  it('renders autolinks and bare URLs (GFM), literally', () => {
    const el = md('<https://a.example/?x=1&amp;y> et https://b.example/p et www.c.example et d@e.example');
    const links = Array.from(el.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['https://a.example/?x=1&amp;y', 'https://a.example/?x=1&amp;y'],
      ['https://b.example/p', 'https://b.example/p'],
      ['www.c.example', 'http://www.c.example'],
      ['d@e.example', 'mailto:d@e.example'],
    ]);
  });

  it('renders images with alt, lazy and without referrer, when allowed', () => {
    const el = md('![Plan *du* quartier](/img/plan.png "Plan")', { allowRelative: true });
    const img = el.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('/img/plan.png');
    expect(img.alt).to.equal('Plan du quartier');
    expect(img.title).to.equal('Plan');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('shows remote images as alt text unless their origin is allowed', () => {
    const src = '![Carte](https://tiles.example/a.png)';
    expect(md(src).querySelector('img')).to.equal(null);
    expect(text(md(src).querySelector('.md-image-alt'))).to.equal('Carte');
    expect(md(src, { imageOrigins: ['https://tiles.example'] }).querySelector('img')).to.not.equal(null);
    expect(md(src, { imageOrigins: ['https://other.example'] }).querySelector('img')).to.equal(null);
    expect(md(src, { imageOrigins: 'any' }).querySelector('img')).to.not.equal(null);
    expect(md(src, { imageOrigins: 'any', images: 'alt-text' }).querySelector('img')).to.equal(null);
    expect(md('![](https://tiles.example/a.png)').childElementCount).to.equal(1); // an empty <p>, no img
  });

  it('never loads images from mailto/tel or fragments', () => {
    const el = md('![a](mailto:x@y.example) ![b](#top)', { imageOrigins: 'any', allowRelative: true });
    expect(el.querySelector('img')).to.equal(null);
    expect(text(el)).to.equal('a b');
  });

  it('renders horizontal rules and hard line breaks', () => {
    expect(body(md('a\n\n---\n\nb'))).to.equal('p,hr,p');
    expect(body(md('a  \nb\\\nc'))).to.equal('p(br,br)');
    expect(body(md('a\nb'))).to.equal('p');
    expect(body(md('a\nb', { breaks: true }))).to.equal('p(br)');
  });

  it('turns escapes and entities into text characters, never markup', () => {
    const el = md('\\*pas en italique\\* &lt;b&gt;gras&lt;/b&gt; &eacute;t&eacute; &#169; &#x2014; &amp;amp; &inconnu; AT&T');
    expect(el.querySelector('em,b')).to.equal(null);
    expect(text(el)).to.equal('*pas en italique* <b>gras</b> été © — &amp; &inconnu; AT&T');
  });

  it('decodes entities in link destinations and titles before the check', () => {
    const el = md('[a](https://x.example/?a=1&amp;b=2 "l&apos;aide &amp; le reste")');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://x.example/?a=1&b=2');
    expect(a.title).to.equal("l'aide & le reste");
  });

  it('percent-encodes spaces and accents in destinations', () => {
    const a = md('[a](<https://fr.example/Créteil page>)').querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://fr.example/Cr%C3%A9teil%20page');
  });

  it('shows raw HTML as text, or drops it', () => {
    const el = md('a <b>b</b>\n\n<div>\nbloc\n</div>');
    expect(el.querySelector('b,div div')).to.equal(null);
    expect(text(el)).to.equal('a <b>b</b> <div> bloc </div>');
    expect(text(md('a <b>b</b>\n\n<div>\nbloc\n</div>', { rawHtml: 'drop' }))).to.equal('a b');
  });

  it('produces only allowed tags and attributes for an ordinary document', () => {
    const el = md(ORDINARY, { allowRelative: true, imageOrigins: 'any' });
    expect(domProblems(el, { allowRelative: true })).to.deep.equal([]);
    expect(el.querySelectorAll('*').length).to.be.greaterThan(30);
  });

  it('is accessible (axe) for an ordinary document', async () => {
    const el = md(ORDINARY.replace(/!\[[^\]]*\]\([^)]*\)/g, ''), { allowRelative: true, headingLevelOffset: 1 });
    el.setAttribute('lang', 'fr');
    await expect(el).to.be.accessible();
  });
});

describe('renderInlineMarkdown', () => {
  it('renders inline constructs without a block element', () => {
    const el = mount(html`<span>${renderInlineMarkdown('Un *deux* [trois](https://t.example) `q`')}</span>`);
    expect(shape(el.firstElementChild!)).to.equal('span(em,a,code)');
  });

  it('leaves block syntax as text', () => {
    const el = mount(renderInlineMarkdown('# pas un titre > ni une citation'));
    expect(el.children.length).to.equal(0);
    expect(text(el)).to.equal('# pas un titre > ni une citation');
  });

  it('applies the same URL policy', () => {
    const el = mount(renderInlineMarkdown('[x](javascript:alert(1)) <img src=x onerror=alert(1)>'));
    expect(el.querySelector('a,img')).to.equal(null);
  });
});

describe('URL policy', () => {
  const allowed = [
    'https://www.service-public.fr/particuliers',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:contact@mairie.example',
    'tel:+33123456789',
    '#section',
    '#',
  ];
  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u00a0:alert(1)',
    '\ufeffjavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'blob:https://a.example/x',
    '%6Aavascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '//evil.example',
    '\\\\evil.example',
    '/\\evil.example',
    'https:\\\\evil.example',
    'http:evil.example',
    'https:///evil.example',
    'ftp://files.example',
    'ｊａｖａｓｃｒｉｐｔ:alert(1)',
    '',
    'relative/page',
    '/absolute/path',
  ];

  it('allows http, https, mailto, tel and fragments', () => {
    for (const url of allowed) expect(isAllowedUrl(url), url).to.equal(true);
  });

  it('refuses dangerous, obfuscated, protocol-relative and (by default) relative URLs', () => {
    for (const url of refused) expect(isAllowedUrl(url), JSON.stringify(url)).to.equal(false);
  });

  it('allows relative URLs only with allowRelative, and never a colon before the path', () => {
    expect(isAllowedUrl('/aide', { allowRelative: true })).to.equal(true);
    expect(isAllowedUrl('../fiche.html?x=a:b#c', { allowRelative: true })).to.equal(true);
    expect(isAllowedUrl('?q=1', { allowRelative: true })).to.equal(true);
    expect(isAllowedUrl('page:1', { allowRelative: true })).to.equal(false);
    expect(isAllowedUrl('//evil.example', { allowRelative: true })).to.equal(false);
    expect(classifyUrl('/aide', { allowRelative: true })).to.equal('relative');
  });

  it('refuses javascript: even when listed in allowedSchemes', () => {
    expect(isAllowedUrl('javascript:alert(1)', { allowedSchemes: ['javascript', 'https'] })).to.equal(false);
    expect(isAllowedUrl('sms:+33600000000', { allowedSchemes: ['sms'] })).to.equal(true);
    expect(isAllowedUrl('https://a.example', { allowedSchemes: ['sms'] })).to.equal(false);
  });

  it('is load-bearing: the link the policy refuses is rendered as text, the one it allows as a link', () => {
    // Same markdown shape, only the URL differs; the policy's verdict decides whether an <a> exists.
    const cases = ['javascript:alert(1)', '&#106;avascript:alert(1)', 'https://ok.example/', '/relative'];
    for (const url of cases) {
      const el = md(`[lien](${url})`);
      const a = el.querySelector('a');
      const decoded = decodeEntities(url);
      expect(a !== null, url).to.equal(isAllowedUrl(decoded));
      if (a) expect(isAllowedUrl(a.getAttribute('href'))).to.equal(true);
      expect(text(el)).to.equal('lien');
    }
    // And toggling the policy option flips the output for the same source.
    expect(md('[aide](/aide)').querySelector('a')).to.equal(null);
    expect(md('[aide](/aide)', { allowRelative: true }).querySelector('a')!.getAttribute('href')).to.equal('/aide');
    expect(md('[sms](sms:+33600000000)', { allowedSchemes: ['sms'] }).querySelector('a')).to.not.equal(null);
  });

  it('renders a refused image as its alt text', () => {
    const el = md('![Logo de la mairie](javascript:alert(1))', { imageOrigins: 'any' });
    expect(el.querySelector('img')).to.equal(null);
    expect(text(el)).to.equal('Logo de la mairie');
  });
});

describe('renderLink hook (kiosk)', () => {
  it('replaces allowed external links only', () => {
    const seen: Array<[string, string | undefined]> = [];
    const el = md('[ext](https://a.example "T") [mail](mailto:a@b.example) [bad](javascript:x) [rel](/x)', {
      allowRelative: true,
      renderLink: (href, content, title) => {
        seen.push([href, title]);
        return html`<span class="md-image-alt">${content} (${href})</span>`;
      },
    });
    expect(seen).to.deep.equal([['https://a.example', 'T']]);
    expect(text(el.querySelector('span'))).to.equal('ext (https://a.example)');
    expect(Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:a@b.example', '/x']);
  });

  it('falls back to the ordinary link when the hook throws', () => {
    const el = md('[ext](https://a.example)', {
      renderLink: () => {
        throw new Error('boom');
      },
    });
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://a.example');
  });
});

describe('caps and robustness', () => {
  it('renders a source longer than maxLength as plain text', () => {
    const el = md('# titre\n\n*a*', { maxLength: 5 });
    expect(el.querySelector('h1,em')).to.equal(null);
    expect(body(el)).to.equal('p,p');
    expect(text(el)).to.equal('# titre *a*');
  });

  it('truncates instead with overflow: "truncate"', () => {
    const el = md('# titre\n\nsuite très longue', { maxLength: 10, overflow: 'truncate' });
    expect(body(el)).to.equal('h1,p');
    expect(text(el.querySelector('p'))).to.equal('…');
  });

  it('renders deep nesting as plain text before lexing', () => {
    const el = md('>'.repeat(40) + ' profond');
    expect(el.querySelector('blockquote')).to.equal(null);
    expect(text(el)).to.contain('profond');
    expect(md('- '.repeat(40) + 'x').querySelector('ul')).to.equal(null);
    expect(md('> - 1. > x').querySelectorAll('blockquote').length).to.equal(2);
    expect(md('- - - - - - - - - - - - - - - - - - - -').querySelector('hr')).to.not.equal(null);
  });

  it('limits nesting built across lines in the walker', () => {
    const lines = Array.from({ length: 30 }, (_, i) => '  '.repeat(i) + '- n' + i).join('\n');
    const el = md(lines, { maxNesting: 5 });
    let depth = 0;
    for (let ul = el.querySelector('ul'); ul; ul = ul.querySelector('ul')) depth++;
    expect(depth).to.equal(5);
    expect(text(el)).to.contain('n29');
  });

  it('does not hang or throw on 1 MB of input', () => {
    const source = '*a **b** [c](https://d.example) `e` '.repeat(30000).slice(0, 1_000_000);
    const el = md(source);
    expect(el.querySelector('p')).to.not.equal(null);
    expect(el.querySelector('em,a')).to.equal(null);
    expect(md(source, { overflow: 'truncate' }).querySelector('strong')).to.not.equal(null);
  });

  it('does not hang or throw on 5,000 nested ">"', () => {
    const el = md('>'.repeat(5000) + ' x');
    expect(text(el)).to.contain('x');
    expect(md('>'.repeat(5000) + ' x', { maxNesting: 100000 }).textContent).to.contain('x');
    expect(md('- '.repeat(5000) + 'x', { maxNesting: 100000 }).textContent).to.contain('x');
  });

  it('survives deep inline nesting (the walker stops at its depth limit, the lexer overflow is caught)', () => {
    const nested = (n: number) => '*a '.repeat(n) + 'fin' + ' a*'.repeat(n);
    const el = md(nested(1000));
    expect(text(el)).to.contain('fin');
    let depth = 0;
    for (let em = el.querySelector('em'); em; em = em.querySelector('em')) depth++;
    expect(depth).to.be.within(20, 96);
    expect(text(md(nested(3000)))).to.contain('fin'); // marked overflows its stack here: plain text
    expect(text(mount(renderInlineMarkdown(nested(3000))))).to.contain('fin');
  });

  it('never throws on non-string input or on a lexer failure', () => {
    expect(() => md(undefined as unknown as string)).not.to.throw();
    expect(text(md(42 as unknown as string))).to.equal('42');
    expect(() => mount(renderInlineMarkdown(null as unknown as string))).not.to.throw();
    const hostile = { toString: () => { throw new Error('boom'); } } as unknown as string;
    expect(() => md(hostile)).not.to.throw();
    expect(() => mount(renderInlineMarkdown(Symbol('s') as unknown as string))).not.to.throw();
  });

  it('ignores global marked options set by the page (marked.use)', () => {
    marked.use({ gfm: false, breaks: true });
    try {
      const el = md('| a |\n|---|\n| b |\n\nx\ny ~~z~~');
      expect(el.querySelector('table')).to.not.equal(null);
      expect(el.querySelector('br')).to.equal(null);
      expect(el.querySelector('del')).to.not.equal(null);
    } finally {
      marked.use({ gfm: true, breaks: false });
    }
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and known named references once', () => {
    expect(decodeEntities('&#106;&#x61;&eacute;&amp;lt;&unknown;&#0;&#xD800;&#1114112;')).to.equal('jaé&lt;&unknown;\ufffd\ufffd\ufffd');
  });
});

const ORDINARY = `# Refaire sa carte d'identité

La démarche se fait **en ligne**, puis *en mairie*. Voir [le site officiel](https://www.service-public.fr/ "Service public").

## Pièces à fournir

1. Une photo récente
2. Un justificatif de domicile
   - facture d'électricité
   - avis d'imposition

- [x] Pré-demande en ligne
- [ ] Rendez-vous pris

> Les délais varient selon les communes.

| Pièce | Coût |
|:--|--:|
| Carte | 0 € |
| Passeport | 86 € |

Contact : <mailto:mairie@ville.example> ou [téléphone](tel:+33123456789). Lien rapide : [horaires](#horaires).

---

\`\`\`
Code postal : 69000
\`\`\`

![Plan d'accès](/img/plan.png)
`;

describe('default deny on tokens', () => {
  it('renders unknown, html and malformed tokens as text, never as markup', () => {
    const tokens = [
      { type: 'html', raw: '<img src=x onerror=alert(1)>', text: '<img src=x onerror=alert(1)>', block: true, pre: false },
      { type: 'future-widget', raw: '<b>futur</b>', tokens: [{ type: 'strong', raw: '**x**', text: 'x', tokens: [] }] },
      { type: 'paragraph', raw: 'p', text: 'p', tokens: [{ type: 'sparkles', raw: '<i>s</i>' }, { type: 'text', raw: 't', text: 42 }] },
      { type: 'link', raw: '[l](javascript:x)', href: 'javascript:x', text: 'l', tokens: [{ type: 'text', raw: 'l', text: 'l' }] },
      { type: 'image', raw: '![i](x)', href: { toString: () => 'https://x.example' }, text: 'i', tokens: null, title: null },
      { type: 'list', raw: '- x', ordered: true, start: '" onclick="x', items: null },
      { type: 'table', raw: '|x|', header: null, rows: [[{ text: 'c', tokens: [{ type: 'text', raw: 'c', text: 'c' }] }]], align: ['evil'] },
      { type: 'heading', raw: '# h', depth: 99, text: 'h', tokens: [{ type: 'text', raw: 'h', text: 'h' }] },
      { type: 'code', raw: '```', text: '<s>', lang: '"><script>' },
    ] as unknown as Parameters<typeof renderTokens>[0];
    const el = mount(renderTokens(tokens, { imageOrigins: 'any' }));
    expect(domProblems(el)).to.deep.equal([]);
    expect(body(el)).to.equal('p,p,span,ol,table(thead(tr),tbody(tr(td))),h6,pre(code)');
    expect(el.querySelector('ol')!.hasAttribute('start')).to.equal(false);
    expect(el.querySelector('td')!.hasAttribute('class')).to.equal(false);
    expect(el.querySelector('code')!.hasAttribute('class')).to.equal(false);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>');
    expect(text(el)).to.contain('<b>futur</b>');
    expect(text(el)).to.contain('<i>s</i>');
  });
});

describe('markdownStyles', () => {
  it('styles alignment classes in a shadow root, with zero specificity', () => {
    const host = document.createElement('div');
    document.body.append(host);
    mounted.push(host);
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('td { text-align: left; }');
    root.adoptedStyleSheets = [markdownStyles.styleSheet!, own];
    render(renderMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |'), root);
    const [th, , td1, td2] = Array.from(root.querySelectorAll('th, td'));
    expect(getComputedStyle(th!).textAlign).to.equal('center');
    expect(getComputedStyle(td1!).textAlign).to.equal('left'); // the widget's own rule wins
    expect(getComputedStyle(td2!).textAlign).to.equal('left');
  });
});
