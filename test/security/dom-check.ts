// Structural checks of what the markdown renderer put into the DOM: an allow-list of tags, of
// attributes and of attribute values; every href/src passes the URL policy.
import { isAllowedUrl, type UrlPolicyOptions } from '../../packages/core/src/markdown/index.js';

export const ALLOWED_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'EM', 'STRONG', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL',
  'LI', 'A', 'IMG', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'HR', 'BR', 'INPUT', 'SPAN',
]);

export const ALLOWED_ATTRIBUTES = new Set([
  'href', 'src', 'alt', 'title', 'rel', 'target', 'start', 'scope', 'type', 'checked', 'disabled',
  'loading', 'referrerpolicy', 'class', 'aria-label',
]);

const VALUE_RULES: Record<string, (value: string, el: Element) => boolean> = {
  rel: (v) => v === 'noopener noreferrer',
  target: (v) => v === '_blank',
  start: (v) => /^-?\d+$/.test(v),
  scope: (v) => v === 'col',
  type: (v, el) => el.tagName === 'INPUT' && v === 'checkbox',
  checked: (v, el) => el.tagName === 'INPUT' && v === '',
  disabled: (v, el) => el.tagName === 'INPUT' && v === '',
  loading: (v, el) => el.tagName === 'IMG' && v === 'lazy',
  referrerpolicy: (v, el) => el.tagName === 'IMG' && v === 'no-referrer',
  class: (v) => /^(md-(align-(left|center|right)|image-alt)|language-[A-Za-z0-9_+-]{1,32})$/.test(v),
  href: (_v, el) => el.tagName === 'A',
  src: (_v, el) => el.tagName === 'IMG',
  alt: (_v, el) => el.tagName === 'IMG',
  'aria-label': (_v, el) => el.tagName === 'INPUT',
};

/** Problems found under `root` (empty when everything is allowed). */
export function domProblems(root: Element, policy: UrlPolicyOptions = {}): string[] {
  const problems: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node) {
    const el = node as Element;
    if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`tag <${el.tagName.toLowerCase()}>`);
    if (el.tagName === 'INPUT' && !(el.getAttribute('type') === 'checkbox' && el.hasAttribute('disabled'))) {
      problems.push('input that is not a disabled checkbox');
    }
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`namespace ${el.namespaceURI}`);
    if ((el as HTMLElement).shadowRoot) problems.push('shadow root');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${el.tagName.toLowerCase()}>`);
      else if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${el.tagName.toLowerCase()}>`);
      else if (VALUE_RULES[name] && !VALUE_RULES[name]!(attr.value, el)) {
        problems.push(`value of ${name}="${attr.value}" on <${el.tagName.toLowerCase()}>`);
      }
      if ((name === 'href' || name === 'src') && !isAllowedUrl(attr.value, policy)) {
        problems.push(`${name}="${attr.value}" refused by the policy`);
      }
      if (/^\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
        problems.push(`dangerous scheme in ${name}="${attr.value}"`);
      }
    }
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (/^https?:/i.test(href) && el.getAttribute('rel') !== 'noopener noreferrer') problems.push(`external link without rel: ${href}`);
    }
    node = walker.nextNode();
  }
  return problems;
}
