// The one markdown renderer of Ancre: marked's lexer tokens → Lit templates. See docs/markdown.md.
export { renderMarkdown, renderInlineMarkdown, DEFAULT_MAX_LENGTH, DEFAULT_MAX_NESTING } from './render.js';
export type { MarkdownOptions } from './types.js';
export {
  isAllowedUrl,
  isExternalUrl,
  classifyUrl,
  DEFAULT_ALLOWED_SCHEMES,
  type UrlPolicyOptions,
  type UrlKind,
} from './url-policy.js';
export { decodeEntities } from './entities.js';
export { markdownStyles } from './styles.js';
