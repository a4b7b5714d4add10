/**
 * Lazy autoloader: `<script type="module" src=".../autoloader.js"></script>` once, then any
 * `<ancre-*>` tag on the page (now or added later) gets its widget chunk imported on first sight.
 * Lit, XState and marked sit in shared chunks, so two widgets never load two copies of Lit.
 */
import { WIDGETS } from './internal/registry.js';

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  const loader = WIDGETS[tag];
  if (!loader) return;
  requested.add(tag);
  loader().catch((error: unknown) => {
    requested.delete(tag);
    console.warn(`[ancre] could not load <${tag}>:`, error);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.localName.startsWith('ancre-')) load(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (el.localName.startsWith('ancre-')) load(el.localName);
  }
}

/** Scans a root (the document by default) and watches it for new tags. Returns a stop function. */
export function startAutoloader(root: Document | ShadowRoot | Element = document): () => void {
  scan(root);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) for (const node of m.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

export const stop = typeof document !== 'undefined' ? startAutoloader() : () => {};
