import { AncreError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { packMessage, type JsonSyntaxReason } from './messages.js';
import type { PackProblem } from './types.js';

/** Where and why a JSON text is invalid. */
export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  line: number;
  column: number;
  reason: JsonSyntaxReason;
}

class Stop {
  constructor(
    readonly reason: JsonSyntaxReason,
    readonly offset: number,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds the first syntax error of a JSON text, with a reason a person understands (a trailing
 * comma, a single quote, a missing comma…). Runs only after `JSON.parse` failed, so its speed does
 * not matter; it builds no value. Returns undefined if it finds nothing wrong.
 */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const stop = (reason: JsonSyntaxReason, at = i): never => {
    throw new Stop(reason, at);
  };
  const string = () => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else stop('bad-escape');
        continue;
      }
      if (c === 10 || c === 13) stop('unterminated-string', start);
      if (c < 32) stop('control-char');
      i++;
    }
    stop('unterminated-string', start);
  };
  const value = (depth: number): void => {
    ws();
    if (i >= n) stop('end');
    if (depth > 2000) stop('other');
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === "'") stop('single-quote');
    if (c === '/') stop('comment');
    if (c === '-' || (c! >= '0' && c! <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') stop('bad-number');
      i += m![0].length;
      // "12,5" is caught as a missing comma by the caller; "1.": the regex stopped before the dot.
      if (text[i] === '.' || /[0-9A-Za-z]/.test(text[i] ?? '')) stop('bad-number');
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    stop('unexpected');
  };
  const object = (depth: number) => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    let comma = -1;
    for (;;) {
      ws();
      if (i >= n) stop('end');
      const c = text[i];
      if (c === '}' && comma >= 0) stop('trailing-comma', comma);
      if (c === ',') stop('double-comma');
      if (c === "'") stop('single-quote');
      if (c === '/') stop('comment');
      // A digit where a field name should be: most likely a decimal comma, as in "price": 12,5
      if (comma >= 0 && /[0-9]/.test(c ?? '')) stop('bad-number', comma);
      if (c !== '"') stop('unquoted-key');
      string();
      ws();
      if (i >= n) stop('end');
      if (text[i] === '/') stop('comment');
      if (text[i] !== ':') stop('missing-colon');
      i++;
      value(depth + 1);
      const at = separator('}');
      if (at < 0) return;
      comma = at;
    }
  };
  /** After a member or an element: a comma (its index is returned) or the closing bracket (-1). */
  const separator = (close: '}' | ']'): number => {
    ws();
    if (i >= n) stop('end');
    if (text[i] === ',') return i++;
    if (text[i] === close) {
      i++;
      return -1;
    }
    if (text[i] === '/') stop('comment');
    return stop('missing-comma');
  };
  const array = (depth: number) => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    let comma = -1;
    for (;;) {
      ws();
      if (text[i] === ']' && comma >= 0) stop('trailing-comma', comma);
      if (text[i] === ',') stop('double-comma');
      value(depth + 1);
      const at = separator(']');
      if (at < 0) return;
      comma = at;
    }
  };
  try {
    ws();
    if (i >= n) stop('empty');
    value(0);
    ws();
    if (i < n) stop(text[i] === '/' ? 'comment' : 'extra');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined; // e.g. stack overflow on absurd nesting
    return { offset: error.offset, reason: error.reason, ...lineColumn(text, error.offset) };
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * `JSON.parse` that fails with an `AncreError` whose problem gives the line, the column, what is
 * wrong and how to fix it. A leading byte-order mark is ignored.
 */
export function parseJson(text: string, where: { source?: string; locale?: Locale } = {}): unknown {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (clean.trim() === '') throw new SyntaxError('empty');
    return JSON.parse(clean);
  } catch (error) {
    const found = findJsonError(clean) ?? engineError(clean, error);
    const { message, hint } = packMessage(where.locale ?? 'fr', 'json', {
      line: found.line,
      column: found.column,
      reason: found.reason,
      ...(found.reason === 'unexpected' ? { detail: show(clean[found.offset]) } : {}),
    });
    const problem: PackProblem = { code: 'pack/json', message, line: found.line, column: found.column };
    if (where.source) problem.source = where.source;
    if (hint) problem.hint = hint;
    throw new AncreError(problem, { cause: error });
  }
}

const show = (c: string | undefined): string => (c === undefined ? '' : JSON.stringify(c));

/** Falls back on the engine's own position ("… at position 42 (line 3 column 5)"). */
function engineError(text: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  return { offset, reason: 'other', ...lineColumn(text, offset) };
}
