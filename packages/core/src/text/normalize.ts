/**
 * Folding used by every search in Ancre (communes, service points, free text): lower case, accents
 * and ligatures removed, apostrophes, hyphens and punctuation turned into single spaces.
 * "Saint-Étienne-de-l'Œuvre" → "saint etienne de l oeuvre".
 */
export function foldText(input: string): string {
  return input
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** French place-name abbreviations a person types: "st" → "saint", "ste" → "sainte". */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * Folding for place names: `foldText` plus the "st"/"ste" abbreviations expanded, so that
 * "St-Étienne", "saint etienne" and "SAINT-ETIENNE" all give "saint etienne".
 */
export function foldPlaceName(input: string): string {
  return foldText(input)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** Words of a folded text, without empty ones. */
export function words(folded: string): string[] {
  return folded.split(' ').filter(Boolean);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment) with an early exit: returns `max + 1` as
 * soon as the distance is known to exceed `max`. Used for typo tolerance.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[cols - 1]!;
}

/**
 * The text of a file's bytes: UTF-8 (a byte-order mark dropped) when they are valid UTF-8, otherwise
 * Windows-1252 — what spreadsheet software on Windows writes as "CSV" — never replacement characters
 * where the file had letters. Returns the text and the encoding used.
 */
export function decodeBytes(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
