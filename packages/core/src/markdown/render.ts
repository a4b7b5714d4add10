import { html, nothing, type TemplateResult } from 'lit';
import { Lexer, getDefaults, type MarkedOptions, type Token, type Tokens } from 'marked';
import { decodeEntities } from './entities.js';
import { exceedsNesting } from './guards.js';
import type { MarkdownOptions } from './types.js';
import { classifyUrl, type UrlKind, type UrlPolicyOptions } from './url-policy.js';

/** Default of `MarkdownOptions.maxLength`. */
export const DEFAULT_MAX_LENGTH = 20_000;
/** Default of `MarkdownOptions.maxNesting`. */
export const DEFAULT_MAX_NESTING = 16;
/** Hard limit of the walker's recursion (inline and block levels together). */
const MAX_WALK_DEPTH = 96;

type Content = TemplateResult | string | typeof nothing | Content[];

interface Context {
  readonly o: MarkdownOptions;
  readonly maxNesting: number;
  readonly linkPolicy: UrlPolicyOptions;
  readonly imagePolicy: UrlPolicyOptions;
  readonly imageOrigins: ReadonlySet<string> | 'any';
}

/**
 * Renders markdown as a Lit template, safely.
 *
 * marked's lexer tokens are walked and turned into Lit templates with text and attribute bindings only:
 * no HTML string is ever parsed, so there is nothing to sanitise. Raw HTML in the source is shown as text
 * (or dropped, `rawHtml: 'drop'`); unknown tokens render as their source text; link and image URLs pass
 * the policy of `isAllowedUrl` (a refused link keeps its text, a refused image shows its alt text);
 * external links get `rel="noopener noreferrer"`. Sources longer than `maxLength` (20,000 by default)
 * or nested deeper than `maxNesting` render as plain text. It never throws.
 *
 * **Only for content written by authors** (content packs, flows, shipped texts). What a person types —
 * a chat message, a search query, a form field — must never be markdown-parsed: render it as text
 * (`html\`${value}\``), or it will show links and images the person never meant.
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): TemplateResult {
  const text = asString(source);
  try {
    const ctx = context(options);
    const max = limit(options.maxLength, DEFAULT_MAX_LENGTH, 0);
    let input = text;
    let truncated = false;
    if (input.length > max) {
      if (options.overflow !== 'truncate') return plainBlocks(text);
      input = cut(input, max);
      truncated = true;
    }
    if (exceedsNesting(input, ctx.maxNesting)) return plainBlocks(text);
    const tokens = new Lexer(lexerOptions(options)).lex(input);
    const body = blocks(tokens, ctx, 0, 0);
    return truncated ? html`${body}<p>…</p>` : html`${body}`;
  } catch {
    return plainBlocks(text);
  }
}

/**
 * Renders one line of markdown (emphasis, code, links, images…) as a Lit template with no block
 * element around it: a title, a label, a quick reply. Same policy, caps and guarantees as
 * `renderMarkdown`; block syntax (`#`, `>`, `-`) stays as text. Never for what a person types.
 */
export function renderInlineMarkdown(source: string, options: MarkdownOptions = {}): TemplateResult {
  const text = asString(source);
  try {
    const ctx = context(options);
    const max = limit(options.maxLength, DEFAULT_MAX_LENGTH, 0);
    if (text.length > max) {
      return options.overflow === 'truncate' ? html`${text.slice(0, max)}…` : html`${text}`;
    }
    const tokens = Lexer.lexInline(text, lexerOptions(options));
    return html`${inline(tokens, ctx, 0)}`;
  } catch {
    return html`${text}`;
  }
}

/**
 * Walks tokens that were already lexed, with the same default deny as `renderMarkdown` (not exported from
 * the package index: used by tests to feed unknown or malformed tokens). Never throws.
 * @internal
 */
export function renderTokens(tokens: readonly Token[], options: MarkdownOptions = {}): TemplateResult {
  try {
    return html`${blocks(tokens, context(options), 0, 0)}`;
  } catch {
    return html``;
  }
}

function asString(source: unknown): string {
  if (typeof source === 'string') return source;
  try {
    return String(source ?? '');
  } catch {
    return '';
  }
}

function limit(value: number | undefined, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
}

function context(o: MarkdownOptions): Context {
  const allowRelative = o.allowRelative === true;
  const origins = o.imageOrigins;
  let imageOrigins: ReadonlySet<string> | 'any';
  if (origins === 'any') imageOrigins = 'any';
  else {
    const set = new Set<string>();
    for (const entry of Array.isArray(origins) ? origins : []) {
      const origin = originOf(entry);
      if (origin) set.add(origin);
    }
    imageOrigins = set;
  }
  return {
    o,
    maxNesting: limit(o.maxNesting, DEFAULT_MAX_NESTING, 1),
    linkPolicy: { allowRelative, ...(o.allowedSchemes ? { allowedSchemes: o.allowedSchemes } : {}) },
    imagePolicy: { allowRelative, allowedSchemes: ['http', 'https'] },
    imageOrigins,
  };
}

function originOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Fresh options every time: a page calling `marked.use()` on the shared marked must not reach us. */
function lexerOptions(o: MarkdownOptions): MarkedOptions {
  return { ...getDefaults(), gfm: true, pedantic: false, breaks: o.breaks === true, silent: false };
}

/** The first `max` characters, cut at a line end when there is one in the second half. */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  const nl = head.lastIndexOf('\n');
  return nl > max / 2 ? head.slice(0, nl) : head;
}

/** The source as plain paragraphs (split on blank lines), no markdown at all. */
function plainBlocks(text: string): TemplateResult {
  const parts = text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
  return html`${parts.map((p) => html`<p>${p}</p>`)}`;
}

// ---------------------------------------------------------------------------------------------------
// Block level

function blocks(tokens: readonly Token[] | undefined, ctx: Context, depth: number, level: number): Content[] {
  if (!Array.isArray(tokens)) return [];
  return tokens.map((t) => block(t, ctx, depth + 1, level));
}

function block(t: Token, ctx: Context, depth: number, level: number): Content {
  if (depth > MAX_WALK_DEPTH) return rawText(t);
  switch (t.type) {
    case 'space':
    case 'def':
      return nothing;
    case 'paragraph':
      return html`<p>${inline((t as Tokens.Paragraph).tokens, ctx, depth)}</p>`;
    case 'text': {
      const tt = t as Tokens.Text;
      return Array.isArray(tt.tokens) ? inline(tt.tokens, ctx, depth) : textOf(tt);
    }
    case 'heading':
      return heading(t as Tokens.Heading, ctx, depth);
    case 'code': {
      const c = t as Tokens.Code;
      const code = typeof c.text === 'string' ? (c.escaped ? decodeEntities(c.text) : c.text) : '';
      const lang = typeof c.lang === 'string' ? /^[A-Za-z0-9_+-]{1,32}/.exec(c.lang)?.[0] : undefined;
      return html`<pre><code class=${lang ? `language-${lang}` : nothing}>${code}</code></pre>`;
    }
    case 'blockquote':
      if (level >= ctx.maxNesting) return html`<p>${rawText(t)}</p>`;
      return html`<blockquote>${blocks((t as Tokens.Blockquote).tokens, ctx, depth, level + 1)}</blockquote>`;
    case 'list':
      if (level >= ctx.maxNesting) return html`<p>${rawText(t)}</p>`;
      return list(t as Tokens.List, ctx, depth, level + 1);
    case 'table':
      return table(t as Tokens.Table, ctx, depth);
    case 'hr':
      return html`<hr>`;
    case 'checkbox':
      return checkbox(t as Tokens.Checkbox, ctx);
    case 'html':
      return ctx.o.rawHtml === 'drop' ? nothing : html`<p>${rawText(t)}</p>`;
    default:
      // Default deny: an inline token where a block was expected, or a token type we do not know
      // (a future marked, an extension): its source, as text.
      return INLINE_TYPES.has(t.type) ? inline([t], ctx, depth) : rawText(t);
  }
}

const INLINE_TYPES = new Set(['escape', 'strong', 'em', 'del', 'codespan', 'br', 'link', 'image']);

function heading(t: Tokens.Heading, ctx: Context, depth: number): Content {
  const offset = limit(ctx.o.headingLevelOffset, 0, -6);
  const base = typeof t.depth === 'number' ? t.depth : 1;
  const level = Math.min(6, Math.max(1, Math.floor(base + offset)));
  const c = inline(t.tokens, ctx, depth);
  switch (level) {
    case 1:
      return html`<h1>${c}</h1>`;
    case 2:
      return html`<h2>${c}</h2>`;
    case 3:
      return html`<h3>${c}</h3>`;
    case 4:
      return html`<h4>${c}</h4>`;
    case 5:
      return html`<h5>${c}</h5>`;
    default:
      return html`<h6>${c}</h6>`;
  }
}

function list(t: Tokens.List, ctx: Context, depth: number, level: number): Content {
  const items = (Array.isArray(t.items) ? t.items : []).map(
    (item) => html`<li>${blocks(item.tokens, ctx, depth, level)}</li>`,
  );
  if (!t.ordered) return html`<ul>${items}</ul>`;
  const start = typeof t.start === 'number' && Number.isSafeInteger(t.start) && t.start !== 1 ? t.start : nothing;
  return html`<ol start=${start}>${items}</ol>`;
}

function checkbox(t: Tokens.Checkbox, ctx: Context): Content {
  const checked = t.checked === true;
  if (ctx.o.taskList === 'text') return checked ? '☑ ' : '☐ ';
  const labels = ctx.o.taskLabels;
  const label = checked
    ? typeof labels?.done === 'string' ? labels.done : 'fait'
    : typeof labels?.todo === 'string' ? labels.todo : 'à faire';
  return html`<input type="checkbox" disabled ?checked=${checked} aria-label=${label}> `;
}

const ALIGN: Readonly<Record<string, string>> = { left: 'md-align-left', center: 'md-align-center', right: 'md-align-right' };

function alignClass(align: unknown): string | typeof nothing {
  return typeof align === 'string' && Object.prototype.hasOwnProperty.call(ALIGN, align) ? ALIGN[align]! : nothing;
}

function table(t: Tokens.Table, ctx: Context, depth: number): Content {
  const header = Array.isArray(t.header) ? t.header : [];
  const rows = Array.isArray(t.rows) ? t.rows : [];
  const align = Array.isArray(t.align) ? t.align : [];
  const head = header.map(
    (cell, i) => html`<th scope="col" class=${alignClass(align[i])}>${inline(cell.tokens, ctx, depth)}</th>`,
  );
  const body = rows.map(
    (row) =>
      html`<tr>${(Array.isArray(row) ? row : []).map(
        (cell, i) => html`<td class=${alignClass(align[i])}>${inline(cell.tokens, ctx, depth)}</td>`,
      )}</tr>`,
  );
  return html`<table><thead><tr>${head}</tr></thead>${body.length ? html`<tbody>${body}</tbody>` : nothing}</table>`;
}

// ---------------------------------------------------------------------------------------------------
// Inline level

function inline(tokens: readonly Token[] | undefined, ctx: Context, depth: number): Content[] {
  if (!Array.isArray(tokens)) return [];
  return tokens.map((t) => inlineToken(t, ctx, depth + 1));
}

function inlineToken(t: Token, ctx: Context, depth: number): Content {
  if (depth > MAX_WALK_DEPTH) return rawText(t);
  switch (t.type) {
    case 'text': {
      const tt = t as Tokens.Text;
      return Array.isArray(tt.tokens) ? inline(tt.tokens, ctx, depth) : textOf(tt);
    }
    case 'escape':
      return typeof (t as Tokens.Escape).text === 'string' ? (t as Tokens.Escape).text : '';
    case 'strong':
      return html`<strong>${inline((t as Tokens.Strong).tokens, ctx, depth)}</strong>`;
    case 'em':
      return html`<em>${inline((t as Tokens.Em).tokens, ctx, depth)}</em>`;
    case 'del':
      return html`<del>${inline((t as Tokens.Del).tokens, ctx, depth)}</del>`;
    case 'codespan': {
      const text = (t as Tokens.Codespan).text;
      return html`<code>${typeof text === 'string' ? text : ''}</code>`;
    }
    case 'br':
      return html`<br>`;
    case 'link':
      return link(t as Tokens.Link, ctx, depth);
    case 'image':
      return image(t as Tokens.Image, ctx, depth);
    case 'checkbox':
      return checkbox(t as Tokens.Checkbox, ctx);
    case 'html':
      return ctx.o.rawHtml === 'drop' ? nothing : rawText(t);
    default:
      return rawText(t);
  }
}

/** Text of a text token: marked leaves character references in it for a browser to decode; we decode. */
function textOf(t: Tokens.Text): string {
  return typeof t.text === 'string' ? decodeEntities(t.text) : '';
}

/** The token's source, as text (default deny). */
function rawText(t: Token): string {
  return typeof t.raw === 'string' ? t.raw : '';
}

/**
 * The string that goes into the attribute, or null. Character references are decoded (marked leaves
 * them, except in autolinks where they are literal), surrounding blanks trimmed and the URL
 * percent-encoded like marked does; the policy then runs on this final string, which is not touched again.
 */
function prepareUrl(raw: unknown, literal: boolean): string | null {
  if (typeof raw !== 'string') return null;
  const decoded = (literal ? raw : decodeEntities(raw)).trim();
  try {
    return encodeURI(decoded).replace(/%25/g, '%');
  } catch {
    return null; // lone surrogate
  }
}

function checkUrl(raw: unknown, literal: boolean, policy: UrlPolicyOptions): { url: string; kind: UrlKind } | null {
  const url = prepareUrl(raw, literal);
  if (url === null) return null;
  const kind = classifyUrl(url, policy);
  return kind === null ? null : { url, kind };
}

function titleOf(title: unknown): string | undefined {
  if (typeof title !== 'string' || title === '') return undefined;
  return decodeEntities(title);
}

function link(t: Tokens.Link, ctx: Context, depth: number): Content {
  const literal = t.autolink === true;
  let content: Content = literal ? (typeof t.text === 'string' ? t.text : '') : inline(t.tokens, ctx, depth);
  const checked = checkUrl(t.href, literal, ctx.linkPolicy);
  if (checked === null) return content; // refused: the text stays, without a link
  const { url, kind } = checked;
  if (isEmpty(content)) content = url;
  const title = titleOf(t.title);
  const external = kind === 'absolute' && /^https?:/i.test(url);
  if (external) {
    const hook = ctx.o.renderLink;
    if (typeof hook === 'function') {
      try {
        return hook(url, html`${content}`, title);
      } catch {
        // fall through to the ordinary link
      }
    }
    return html`<a href=${url} title=${title ?? nothing} rel="noopener noreferrer" target=${ctx.o.externalLinksInNewTab ? '_blank' : nothing}>${content}</a>`;
  }
  return html`<a href=${url} title=${title ?? nothing}>${content}</a>`;
}

function isEmpty(content: Content): boolean {
  if (content === nothing) return true;
  if (typeof content === 'string') return content.trim() === '';
  if (Array.isArray(content)) return content.every(isEmpty);
  return false;
}

function image(t: Tokens.Image, ctx: Context, depth: number): Content {
  const alt = plainText(t.tokens, depth) || (typeof t.text === 'string' ? decodeEntities(t.text) : '');
  const fallback = alt ? html`<span class="md-image-alt">${alt}</span>` : nothing;
  if (ctx.o.images === 'alt-text') return fallback;
  const checked = checkUrl(t.href, false, ctx.imagePolicy);
  if (checked === null || checked.kind === 'fragment') return fallback;
  if (checked.kind === 'absolute' && ctx.imageOrigins !== 'any') {
    const origin = originOf(checked.url);
    if (origin === null || !ctx.imageOrigins.has(origin)) return fallback;
  }
  const title = titleOf(t.title);
  return html`<img src=${checked.url} alt=${alt} title=${title ?? nothing} loading="lazy" referrerpolicy="no-referrer">`;
}

/** Text content of inline tokens (for an image's alt text). */
function plainText(tokens: readonly Token[] | undefined, depth: number): string {
  if (!Array.isArray(tokens) || depth > MAX_WALK_DEPTH) return '';
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text') out += Array.isArray(t.tokens) ? plainText(t.tokens, depth + 1) : textOf(t as Tokens.Text);
    else if (t.type === 'escape' || t.type === 'codespan') out += typeof t.text === 'string' ? t.text : '';
    else if (t.type === 'html') continue;
    else if (t.type === 'br') out += ' ';
    else if (Array.isArray((t as Tokens.Generic).tokens)) out += plainText((t as Tokens.Generic).tokens, depth + 1);
    else if (t.type === 'image' || t.type === 'link') out += typeof t.text === 'string' ? decodeEntities(t.text) : '';
  }
  return out;
}
