// Reusable token check (after material-web's testing/tokens.ts idea, written for our two tiers):
// every custom property a component reads must be defined, and every global token must be used.
import type { CSSResultOrNative } from 'lit';
import { TOKEN_NAMES, privateAlias } from '../../packages/core/src/theme/tokens.js';

export interface StyledClass {
  name: string;
  styles: CSSResultOrNative[];
}

const cssOf = (s: CSSResultOrNative): string =>
  'cssText' in s && typeof s.cssText === 'string' ? s.cssText : Array.from((s as CSSStyleSheet).cssRules, (r) => r.cssText).join('\n');

/** Problems with the tokens of these component classes; empty when all is well. */
export function tokenProblems(classes: StyledClass[], { requireAllGlobalsUsed = true } = {}): string[] {
  const problems: string[] = [];
  const globals = new Set<string>(TOKEN_NAMES);
  const aliasesUsedAnywhere = new Set<string>();
  for (const { name, styles } of classes) {
    const css = styles.map(cssOf).join('\n');
    const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
    const reads = [...css.matchAll(/var\(\s*(--[\w-]+)\s*(,?)/g)].map((m) => ({ name: m[1]!, fallback: m[2] === ',' }));
    for (const read of reads) {
      if (read.name.startsWith('--_')) {
        aliasesUsedAnywhere.add(read.name);
        if (!declared.has(read.name)) problems.push(`${name}: reads undefined private token ${read.name}`);
      } else if (read.name.startsWith('--ancre-')) {
        if (!globals.has(read.name) && !read.fallback) problems.push(`${name}: reads ${read.name}, which is neither a global token nor given a fallback`);
      } else if (!read.fallback) {
        problems.push(`${name}: reads ${read.name} (not an Ancre token) without a fallback`);
      }
    }
    for (const d of declared) {
      if (!d.startsWith('--_')) continue;
      const used = reads.some((r) => r.name === d);
      const isGlobalAlias = TOKEN_NAMES.some((t) => privateAlias(t) === d);
      if (!used && !isGlobalAlias) problems.push(`${name}: declares private token ${d} but never reads it`);
    }
  }
  if (requireAllGlobalsUsed) {
    for (const token of TOKEN_NAMES) {
      if (!aliasesUsedAnywhere.has(privateAlias(token))) problems.push(`global token ${token} is used by no component`);
    }
  }
  return problems;
}

/** Tokens set by a theme stylesheet that are not global tokens. */
export function unknownTokensIn(css: string): string[] {
  const globals = new Set<string>(TOKEN_NAMES);
  return [...css.matchAll(/(--ancre-[\w-]+)\s*:/g)].map((m) => m[1]!).filter((t) => !globals.has(t));
}
