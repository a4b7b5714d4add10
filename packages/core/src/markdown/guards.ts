/**
 * Cheap checks run before marked sees a source (marked recurses once per nested blockquote or list and
 * overflows the stack at about 2,000 levels).
 */

const THEMATIC_BREAK = /^ {0,3}(?:(?:-[\t ]*){3,}|(?:_[\t ]*){3,}|(?:\*[\t ]*){3,})$/;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

/**
 * `true` if one line opens more than `max` nested containers at its start: `>` markers and list bullets
 * (`-`, `*`, `+`, `1.`, `1)`) followed by a blank. Linear in the length of the source.
 * Nesting by indentation alone is bounded by the length cap (n levels need about n² characters).
 */
export function exceedsNesting(source: string, max: number): boolean {
  const n = source.length;
  let lineStart = 0;
  while (lineStart < n) {
    let depth = 0;
    let j = lineStart;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (c === 32 || c === 9) {
        j++;
      } else if (c === 62 /* > */) {
        depth++;
        j++;
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isBlank(source.charCodeAt(j + 1))) {
        depth++;
        j++;
      } else if (c >= 48 && c <= 57) {
        let k = j;
        while (k < n && k - j < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
        const d = source.charCodeAt(k);
        if ((d === 46 || d === 41) /* . ) */ && isBlank(source.charCodeAt(k + 1))) {
          depth++;
          j = k + 1;
        } else break;
      } else break;
    }
    const nl = source.indexOf('\n', j);
    const lineEnd = nl === -1 ? n : nl;
    if (depth > max) {
      const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
      if (!THEMATIC_BREAK.test(line)) return true;
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return false;
}
