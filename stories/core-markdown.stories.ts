import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderMarkdown, markdownStyles, type MarkdownOptions } from '../packages/core/src/markdown/index.js';
import { TOKENS, TOKEN_NAMES, privateAlias } from '../packages/core/src/theme/tokens.js';

// Rendered into the page (light DOM), as a page script would: the same private aliases and markdown
// styles a widget's shadow root gets, scoped to the story's wrapper.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  `.ancre-md-story { ${TOKEN_NAMES.map((t) => `${privateAlias(t)}: var(${t}, ${TOKENS[t]});`).join(' ')} ` +
    `color: var(--_color-text); font-family: var(--_font-family); line-height: var(--_line-height); }\n` +
    markdownStyles.cssText,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

interface Args {
  source: string;
  headingLevelOffset: number;
  allowRelative: boolean;
  images: 'render' | 'alt-text';
  rawHtml: 'text' | 'drop';
  externalLinksInNewTab: boolean;
}

const ORDINARY = `# Refaire sa carte d'identité

La démarche commence **en ligne** et se termine *en mairie*. Le détail est sur
[le site officiel](https://www.service-public.fr/particuliers/vosdroits/N358 "Service-Public.fr").

## Pièces à fournir

1. Une photo d'identité de moins de 6 mois
2. Un justificatif de domicile
   - facture d'électricité ou de gaz
   - avis d'imposition

## Où en êtes-vous ?

- [x] Pré-demande en ligne
- [ ] Rendez-vous en mairie

> Les délais de rendez-vous varient selon les communes : renseignez-vous tôt.

| Titre | Coût |
|:--|--:|
| Carte d'identité | gratuit |
| Passeport adulte | 86 € |

Questions ? Écrivez à <mailto:accueil@mairie.example> ou appelez le [01 23 45 67 89](tel:+33123456789).

---

Numéro de pré-demande : \`ANTS-1234\`

![Plan d'accès à la mairie](https://tiles.example/plan.png)
`;

const HOSTILE = `# <img src=x onerror=alert(1)> Titre

[Cliquez ici](javascript:alert(1)) · [encore](&#106;avascript:alert(1)) · [et encore](<java\tscript:alert(1)>)

<script>alert('script')</script>

<svg onload=alert(1)><a xlink:href="javascript:alert(1)">svg</a></svg>

![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

[titre piégé](https://ok.example "a\\" onmouseover=\\"alert(1)")

[réf][r] et <javascript:alert(1)> et //evil.example

<!-- <img src=x onerror=alert(1)> -->

<noscript><p title="</noscript><img src=x onerror=alert(1)>">

[r]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
`;

const meta = {
  title: 'Core/Markdown',
  tags: ['autodocs'],
  args: {
    source: ORDINARY,
    headingLevelOffset: 1,
    allowRelative: false,
    images: 'render',
    rawHtml: 'text',
    externalLinksInNewTab: false,
  },
  argTypes: {
    source: { control: 'text' },
    headingLevelOffset: { control: { type: 'number', min: -5, max: 5 } },
    images: { control: 'inline-radio', options: ['render', 'alt-text'] },
    rawHtml: { control: 'inline-radio', options: ['text', 'drop'] },
  },
  render: (args) => {
    const options: MarkdownOptions = {
      headingLevelOffset: args.headingLevelOffset,
      allowRelative: args.allowRelative,
      images: args.images,
      rawHtml: args.rawHtml,
      externalLinksInNewTab: args.externalLinksInNewTab,
    };
    return html`<div lang="fr" class="ancre-md-story">${renderMarkdown(args.source, options)}</div>`;
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** An ordinary procedure sheet: every supported construct. The remote image shows its alt text (no third-party request). */
export const Ordinary: Story = {};

/** A hostile document: every attempt shows as text or as a link-less word; nothing runs. */
export const Hostile: Story = { args: { source: HOSTILE } };

/** Raw HTML dropped instead of shown. */
export const HostileDropped: Story = { args: { source: HOSTILE, rawHtml: 'drop' } };

/** Kiosk: external links replaced through `renderLink` (the eco-assistant shows a QR code there). */
export const KioskLinks: Story = {
  render: (args) =>
    html`<div lang="fr" class="ancre-md-story">${renderMarkdown(args.source, {
      headingLevelOffset: args.headingLevelOffset,
      renderLink: (href, content) => html`<strong>${content}</strong> (adresse : <code>${href}</code>)`,
    })}</div>`,
};

/** A source longer than `maxLength` renders as plain paragraphs. */
export const OverLengthCap: Story = { args: { source: '# Pas de markdown\n\n**trop long** pour être analysé. '.repeat(800) } };
