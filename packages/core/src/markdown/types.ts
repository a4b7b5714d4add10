import type { TemplateResult } from 'lit';
import type { UrlPolicyOptions } from './url-policy.js';

/**
 * Options of `renderMarkdown` / `renderInlineMarkdown`. Every option is optional; the defaults are the
 * safe and private ones.
 */
export interface MarkdownOptions extends UrlPolicyOptions {
  /**
   * Added to every heading level, clamped to 1–6: with `2`, `#` renders as `<h3>` (a heading inside a
   * widget that sits under the page's own `h2`). Default `0`.
   */
  headingLevelOffset?: number;
  /**
   * `'render'` (default): an image whose URL passes the policy renders as `<img loading="lazy"
   * referrerpolicy="no-referrer">` — but only if it is relative (and `allowRelative` is set) or its origin
   * is listed in `imageOrigins`; any other image shows its alt text, so no third-party request is made by
   * default. `'alt-text'`: never load an image, show its alt text.
   */
  images?: 'render' | 'alt-text';
  /**
   * Origins remote images may load from when `images` is `'render'` (e.g. `['https://www.service-public.fr']`,
   * typically those a content pack declares), or `'any'` for every `http(s)` origin. Default `[]`: remote
   * images show their alt text.
   */
  imageOrigins?: readonly string[] | 'any';
  /** Open external (`http`/`https`) links in a new tab (`target="_blank"`). Default `false`. */
  externalLinksInNewTab?: boolean;
  /**
   * Replaces how an allowed external (`http`/`https`) link renders — e.g. a QR code on a kiosk, where
   * leaving the page is not possible. `href` has passed the policy; `content` is the rendered link text.
   * If the hook throws, the ordinary link is rendered.
   */
  renderLink?: (href: string, content: TemplateResult, title?: string) => TemplateResult;
  /** Raw HTML in the source: `'text'` (default) shows it as typed; `'drop'` removes the tags (text between them stays). */
  rawHtml?: 'text' | 'drop';
  /** GFM task list items: `'checkbox'` (default, a disabled checkbox) or `'text'` (☑ / ☐). */
  taskList?: 'checkbox' | 'text';
  /**
   * Accessible names of task-list checkboxes (their `aria-label`), in the language of the content.
   * Default French: `{ done: 'fait', todo: 'à faire' }`; a widget passes its own translations.
   */
  taskLabels?: { done: string; todo: string };
  /** Turn single newlines into line breaks (chat-like text). Default `false`. */
  breaks?: boolean;
  /**
   * Longest source given to marked, in UTF-16 code units. Default `20000` (marked is quadratic on some
   * inputs: about 0.1 s at 20,000 characters, 2 s at 100,000). Longer sources follow `overflow`.
   */
  maxLength?: number;
  /**
   * What happens to a source longer than `maxLength`: `'plain-text'` (default) renders the whole source
   * as plain paragraphs, no markdown; `'truncate'` renders the first `maxLength` characters as markdown
   * followed by an ellipsis paragraph.
   */
  overflow?: 'plain-text' | 'truncate';
  /**
   * Deepest nesting of blockquotes and lists. A line opening more levels than this (`> > > …`,
   * `- - - …`) makes the whole source render as plain text, before marked sees it (marked overflows its
   * stack at about 2,000 levels); deeper tokens render as their plain source text. Default `16`.
   */
  maxNesting?: number;
}
