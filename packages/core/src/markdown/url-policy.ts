/**
 * The URL policy of Ancre's markdown renderer, exported so widgets check their own links the same way.
 *
 * The check runs on the exact string that will be set as the attribute value: call it last, after any
 * decoding or encoding, and do not transform the URL afterwards.
 */

/** Schemes allowed by default in links. Images only ever allow `http` and `https`. */
export const DEFAULT_ALLOWED_SCHEMES: readonly string[] = Object.freeze(['http', 'https', 'mailto', 'tel']);

/** Schemes refused whatever the options say. */
const ALWAYS_DENIED = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem', 'about']);

export interface UrlPolicyOptions {
  /** Allow relative URLs (`page.html`, `/aide`, `../x`, `?q=1`). Default `false`. `#fragment` is always allowed. */
  allowRelative?: boolean;
  /**
   * Schemes allowed for absolute URLs, lower case, without the colon. Default `http`, `https`, `mailto`,
   * `tel`. `javascript`, `vbscript`, `data`, `file`, `blob`, `filesystem` and `about` are refused even if listed.
   */
  allowedSchemes?: readonly string[];
}

/** What `classifyUrl` found. `null` means refused. */
export type UrlKind = 'fragment' | 'relative' | 'absolute';

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Anything a browser strips or treats specially, and anything that makes parsing ambiguous:
// C0 controls, space, DEL, C1 controls, backslash, and Unicode whitespace/invisible characters.
const SUSPICIOUS = /[\u0000-\u0020\u007f-\u00a0\u00ad\\\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffc]/;

/**
 * Classifies a URL under the policy: `'fragment'`, `'relative'`, `'absolute'` (an allowed scheme), or
 * `null` when it is refused.
 *
 * Refused: empty strings; any control character, whitespace, invisible character or backslash anywhere
 * (browsers silently drop tabs and newlines, so `java\tscript:` would run); protocol-relative `//host`;
 * a scheme that is not allowed (case-insensitive); a colon before the first `/`, `?` or `#` that does not
 * form an allowed scheme (`%6Aavascript:`, `&#106;avascript:`); relative URLs unless `allowRelative`.
 */
export function classifyUrl(url: unknown, options: UrlPolicyOptions = {}): UrlKind | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  if (SUSPICIOUS.test(url)) return null;
  if (url.startsWith('#')) return 'fragment';
  const scheme = SCHEME.exec(url);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (ALWAYS_DENIED.has(name)) return null;
    const allowed = options.allowedSchemes ?? DEFAULT_ALLOWED_SCHEMES;
    if (!allowed.some((s) => typeof s === 'string' && s.toLowerCase() === name)) return null;
    if ((name === 'http' || name === 'https') && !/^[A-Za-z]+:\/\/[^/?#]/.test(url)) return null;
    return 'absolute';
  }
  // No valid scheme: a colon before the first path/query/fragment delimiter is a scheme we do not
  // understand (or an obfuscated one). Refuse it.
  const end = url.search(/[/?#]/);
  const head = end === -1 ? url : url.slice(0, end);
  if (head.includes(':')) return null;
  if (url.startsWith('//')) return null;
  return options.allowRelative ? 'relative' : null;
}

/**
 * `true` if `url` may go into an `href` (or, for images, a `src`) under the policy.
 * Check the exact string you set; never decode, normalise or re-encode it after the check.
 */
export function isAllowedUrl(url: unknown, options: UrlPolicyOptions = {}): boolean {
  return classifyUrl(url, options) !== null;
}

/** `true` for an allowed absolute `http:`/`https:` URL (a link that leaves the page). */
export function isExternalUrl(url: string, options: UrlPolicyOptions = {}): boolean {
  return classifyUrl(url, options) === 'absolute' && /^https?:/i.test(url);
}
