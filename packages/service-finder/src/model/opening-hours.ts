/**
 * The subset of the OpenStreetMap `opening_hours` syntax that French public-service data uses, and the
 * open-now / next-change computation in a time zone. Written for Ancre (the full `opening_hours`
 * library is LGPL and ~115 KB gzip). Anything outside the subset gives `{ kind: 'unparsed', raw }`:
 * the raw string is shown and no open/closed claim is made.
 *
 * Supported:
 * - weekdays, ranges and lists: `Mo-Fr`, `Mo,We,Fr`, `Sa-Mo` (wrapping), `PH` (French public holidays);
 * - week of month: `Tu[1,3]`, `We[2]`, `Fr[-1]` (last), `Mo[1-2]`;
 * - months and dates: `Jan-Jun`, `Jul,Aug`, `Dec 24-26`, `Dec 24`, `Dec 24-Jan 02`;
 * - time spans: `08:30-12:00,13:30-17:00`, spans past midnight `22:00-02:00` (up to 12 hours:
 *   longer ones, like a mairie's `19:00-11:00`, are typos and left unparsed), `24:00` as an end,
 *   tolerant `9:00`, `9h30`, `9h`;
 * - `off` / `closed` (whole day or given spans), `open`, `24/7`, a day selector alone (all day);
 * - rules separated by `;` (a later rule replaces earlier ones on the days it selects) and `,`
 *   (an additional rule, added to earlier ones); `"comments"` attached to a rule;
 * - case and spacing variants (`mo-fr 09:00 - 12:00`), en dashes.
 * Not supported (→ unparsed): `SH` (school holidays), `sunrise`/`sunset`, `week 01-53`, years,
 * open ends `10:00+`, `||` fallbacks, a rule with only a comment (unknown state).
 */
import type { KnownOpeningStatus, OpeningStatus, UnparsedOpeningHours, WallTime, Weekday } from '../service-finder.types.js';
import { WEEKDAYS } from '../service-finder.types.js';
import { frenchPublicHolidays, type HolidayOptions } from './holidays.js';
import { DEFAULT_TIME_ZONE, instantOf, wallParts } from './time-zone.js';

/** A weekday range (0 = Monday … 6 = Sunday, may wrap: Sa-Mo) with optional weeks of the month. */
export interface WeekdayItem {
  from: number;
  to: number;
  /** 1…5 counted from the start of the month, -1…-5 from its end. */
  nth?: number[];
}

/** A month range or a date range, as month*100 + day (day 0 and 99 for whole months). */
export interface DateItem {
  from: number;
  to: number;
}

export interface TimeSpan {
  /** Minutes from the day's midnight. */
  from: number;
  /** May exceed 1440 for a span that ends after midnight. */
  to: number;
}

export interface OpeningRule {
  /** Joined to the previous rule by `,`: adds to it instead of replacing it. */
  additional: boolean;
  dates?: DateItem[];
  weekdays?: WeekdayItem[];
  /** `PH` is part of the weekday selector. */
  holidays?: boolean;
  /** Time spans; absent = the whole day. */
  spans?: TimeSpan[];
  off: boolean;
  comment?: string;
}

export interface ParsedOpeningHours {
  kind: 'parsed';
  raw: string;
  rules: OpeningRule[];
}

export type OpeningHours = ParsedOpeningHours | UnparsedOpeningHours;

export interface OpeningStatusOptions extends HolidayOptions {
  /** IANA zone of the hours. Default Europe/Paris. */
  timeZone?: string;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------------------------

type Token =
  | { t: 'time'; v: number; at: number }
  | { t: 'num'; v: number; at: number }
  | { t: 'word'; v: string; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'p'; v: string; at: number };

class Unparsed extends Error {}

function tokenize(input: string): Token[] {
  const s = input.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u00a0/g, ' ');
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = s.slice(i);
    let m = /^(\d{1,2})\s*(?::|h|H)\s*(\d{2})(?!\d)/.exec(rest) ?? /^(\d{1,2})[hH](?![0-9a-zA-Z])/.exec(rest);
    if (m) {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h > 24 || min > 59 || (h === 24 && min > 0)) throw new Unparsed(`bad time "${m[0]}" at ${i}`);
      out.push({ t: 'time', v: h * 60 + min, at: i });
      i += m[0].length;
      continue;
    }
    m = /^\d+/.exec(rest);
    if (m) {
      out.push({ t: 'num', v: Number(m[0]), at: i });
      i += m[0].length;
      continue;
    }
    m = /^[A-Za-z]+/.exec(rest);
    if (m) {
      out.push({ t: 'word', v: m[0].toLowerCase(), at: i });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) throw new Unparsed(`unterminated comment at ${i}`);
      out.push({ t: 'str', v: s.slice(i + 1, end).trim(), at: i });
      i = end + 1;
      continue;
    }
    if (';,-[]:/'.includes(c)) {
      out.push({ t: 'p', v: c, at: i });
      i++;
      continue;
    }
    throw new Unparsed(`unexpected "${c}" at ${i}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

const DAY_WORDS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  private isP(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.t === 'p' && t.v === v;
  }
  private isWord(list: string[], offset = 0): boolean {
    const t = this.peek(offset);
    return t?.t === 'word' && list.includes(t.v);
  }
  private fail(what: string): never {
    const t = this.peek();
    throw new Unparsed(t ? `unexpected "${String(t.v)}" at ${t.at}${what ? ` (${what})` : ''}` : `unexpected end (${what})`);
  }

  parse(): OpeningRule[] {
    const rules: OpeningRule[] = [];
    let additional = false;
    while (this.peek()) {
      if (this.isP(';')) {
        this.i++;
        additional = false;
        continue;
      }
      rules.push(this.rule(additional));
      if (!this.peek()) break;
      if (this.isP(';')) additional = false;
      else if (this.isP(',')) additional = true;
      else if (this.isP('|') || this.isP('/')) this.fail('fallback rules are not supported');
      else this.fail('expected ";" or ","');
      this.i++;
    }
    if (rules.length === 0) throw new Unparsed('empty');
    return rules;
  }

  private rule(additional: boolean): OpeningRule {
    const rule: OpeningRule = { additional, off: false };
    const t0 = this.peek();
    // 24/7
    if (t0?.t === 'num' && t0.v === 24 && this.isP('/', 1) && this.peek(2)?.t === 'num' && this.peek(2)!.v === 7) {
      this.i += 3;
      rule.spans = [{ from: 0, to: 1440 }];
      this.modifiers(rule);
      return rule;
    }
    let selected = false;
    if (this.isWord(MONTH_WORDS)) {
      rule.dates = this.dates();
      selected = true;
    }
    if (this.isWord([...DAY_WORDS, 'ph'])) {
      this.weekdays(rule);
      selected = true;
    }
    if (this.isP(':') && this.peek(1)?.t === 'time') this.i++;
    if (this.peek()?.t === 'time') rule.spans = this.spans();
    const hasModifier = this.modifiers(rule);
    if (!selected && !rule.spans && !hasModifier) {
      if (rule.comment !== undefined) throw new Unparsed('a rule with only a comment has an unknown state');
      this.fail('expected days, months or times');
    }
    if (!rule.spans && !hasModifier && rule.comment !== undefined) {
      throw new Unparsed('a rule with days and a comment but no times has an unknown state');
    }
    return rule;
  }

  /** off / closed / open / "comment"; returns whether a state word was present. */
  private modifiers(rule: OpeningRule): boolean {
    let state = false;
    const t = this.peek();
    if (t?.t === 'word') {
      if (t.v === 'off' || t.v === 'closed') {
        rule.off = true;
        state = true;
        this.i++;
      } else if (t.v === 'open') {
        state = true;
        this.i++;
      } else this.fail('unsupported word');
    }
    const c = this.peek();
    if (c?.t === 'str') {
      rule.comment = c.v;
      this.i++;
    }
    return state;
  }

  private month(): number {
    const t = this.peek();
    if (t?.t !== 'word' || !MONTH_WORDS.includes(t.v)) this.fail('expected a month');
    this.i++;
    return MONTH_WORDS.indexOf((t as { v: string }).v) + 1;
  }

  private dayOfMonth(): number | undefined {
    const t = this.peek();
    if (t?.t === 'num' && !(this.isP(':', 1) || this.isP('/', 1))) {
      if (t.v < 1 || t.v > 31) this.fail('bad day of month');
      this.i++;
      return t.v;
    }
    return undefined;
  }

  private dates(): DateItem[] {
    const items: DateItem[] = [];
    for (;;) {
      const m1 = this.month();
      const d1 = this.dayOfMonth();
      let from = m1 * 100 + (d1 ?? 0);
      let to = m1 * 100 + (d1 ?? 99);
      if (this.isP('-')) {
        this.i++;
        if (this.isWord(MONTH_WORDS)) {
          const m2 = this.month();
          const d2 = this.dayOfMonth();
          if ((d1 === undefined) !== (d2 === undefined)) this.fail('mixed month and date range');
          to = m2 * 100 + (d2 ?? 99);
        } else {
          const d2 = this.dayOfMonth();
          if (d1 === undefined || d2 === undefined) this.fail('expected a day of month');
          to = m1 * 100 + d2!;
        }
      }
      if (d1 === undefined) from = m1 * 100;
      items.push({ from, to });
      if (this.isP(',') && this.isWord(MONTH_WORDS, 1)) {
        this.i++;
        continue;
      }
      return items;
    }
  }

  private weekdays(rule: OpeningRule): void {
    const items: WeekdayItem[] = [];
    for (;;) {
      const t = this.peek() as { t: 'word'; v: string };
      this.i++;
      if (t.v === 'ph') {
        rule.holidays = true;
      } else {
        const from = DAY_WORDS.indexOf(t.v);
        let to = from;
        if (this.isP('-') && this.isWord(DAY_WORDS, 1)) {
          to = DAY_WORDS.indexOf((this.peek(1) as { v: string }).v);
          this.i += 2;
        }
        const item: WeekdayItem = { from, to };
        if (this.isP('[')) {
          if (from !== to) this.fail('week of month on a day range');
          item.nth = this.nth();
        }
        items.push(item);
      }
      if (this.isP(',') && this.isWord([...DAY_WORDS, 'ph'], 1)) {
        this.i++;
        continue;
      }
      break;
    }
    if (this.isWord(['sh'])) this.fail('school holidays are not supported');
    if (items.length) rule.weekdays = items;
  }

  private nth(): number[] {
    this.i++; // [
    const out: number[] = [];
    for (;;) {
      let sign = 1;
      if (this.isP('-')) {
        sign = -1;
        this.i++;
      }
      const a = this.peek();
      if (a?.t !== 'num' || a.v < 1 || a.v > 5) this.fail('expected a week number 1-5');
      this.i++;
      let last = (a as { v: number }).v;
      if (sign === 1 && this.isP('-') && this.peek(1)?.t === 'num') {
        last = (this.peek(1) as { v: number }).v;
        if (last < 1 || last > 5) this.fail('expected a week number 1-5');
        this.i += 2;
      }
      for (let n = (a as { v: number }).v; n <= last; n++) out.push(sign * n);
      if (this.isP(',')) {
        this.i++;
        continue;
      }
      if (this.isP(']')) {
        this.i++;
        return out;
      }
      this.fail('expected "]"');
    }
  }

  private spans(): TimeSpan[] {
    const out: TimeSpan[] = [];
    for (;;) {
      const a = this.peek() as { t: 'time'; v: number };
      this.i++;
      if (!this.isP('-')) this.fail('expected "-" after a time');
      this.i++;
      const b = this.peek();
      if (b?.t !== 'time') this.fail('expected an end time');
      this.i++;
      let to = (b as { v: number }).v;
      if (to <= a.v) to += 1440;
      if (a.v >= 1440) this.fail('a span cannot start at 24:00');
      // Opening through the night for more than 12 hours is a typo in public-service data
      // (a mairie "Fr 19:00-11:00"): no claim rather than a wrong one.
      if (to > 1440 && to - a.v > 720) throw new Unparsed(`the span ${fmt(a.v)}-${fmt(to - 1440)} lasts over 12 hours across midnight`);
      out.push({ from: a.v, to });
      if (this.isP(',') && this.peek(1)?.t === 'time') {
        this.i++;
        continue;
      }
      return out;
    }
  }
}

const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const parseCache = new Map<string, OpeningHours>();

/** Parses an OSM `opening_hours` string (the subset above). Never throws. */
export function parseOpeningHours(raw: string): OpeningHours {
  const hit = parseCache.get(raw);
  if (hit) return hit;
  let result: OpeningHours;
  try {
    if (!raw.trim()) throw new Unparsed('empty');
    if (raw.includes('||')) throw new Unparsed('fallback rules are not supported');
    result = { kind: 'parsed', raw, rules: new Parser(tokenize(raw)).parse() };
  } catch (error) {
    if (!(error instanceof Unparsed)) throw error;
    result = { kind: 'unparsed', raw, reason: error.message };
  }
  if (parseCache.size > 5000) parseCache.clear();
  parseCache.set(raw, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

interface LocalDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
  holiday: boolean;
}

function dateItemMatches(item: DateItem, md: number): boolean {
  return item.from <= item.to ? md >= item.from && md <= item.to : md >= item.from || md <= item.to;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether weekday `w` (0 = Monday) is in `from`–`to`, a range that may wrap around Sunday ("Sa-Mo"). */
export function inWeekdayRange(from: number, to: number, w: number): boolean {
  return from <= to ? w >= from && w <= to : w >= from || w <= to;
}

function weekdayMatches(item: WeekdayItem, d: LocalDay): boolean {
  if (!inWeekdayRange(item.from, item.to, d.weekday)) return false;
  if (!item.nth) return true;
  const fromStart = Math.ceil(d.day / 7);
  const fromEnd = -(Math.floor((daysInMonth(d.year, d.month) - d.day) / 7) + 1);
  return item.nth.includes(fromStart) || item.nth.includes(fromEnd);
}

function ruleMatches(rule: OpeningRule, d: LocalDay): boolean {
  if (rule.dates && !rule.dates.some((item) => dateItemMatches(item, d.month * 100 + d.day))) return false;
  if (!rule.weekdays && !rule.holidays) return true;
  if (rule.holidays && d.holiday) return true;
  return !!rule.weekdays?.some((item) => weekdayMatches(item, d));
}

/** The parts of `spans` not covered by `cut` (an `off` rule removing hours set by an earlier one). */
export function subtractSpans(spans: TimeSpan[], cut: TimeSpan[]): TimeSpan[] {
  let out = spans;
  for (const c of cut) {
    const next: TimeSpan[] = [];
    for (const s of out) {
      if (c.to <= s.from || c.from >= s.to) next.push(s);
      else {
        if (c.from > s.from) next.push({ from: s.from, to: c.from });
        if (c.to < s.to) next.push({ from: c.to, to: s.to });
      }
    }
    out = next;
  }
  return out;
}

/** The spans of one local day (may end after midnight) and the comment in force. */
function daySpans(rules: OpeningRule[], d: LocalDay): { spans: TimeSpan[]; comment?: string } {
  let spans: TimeSpan[] = [];
  let comment: string | undefined;
  for (const rule of rules) {
    if (!ruleMatches(rule, d)) continue;
    const ruleSpans = rule.spans ?? [{ from: 0, to: 1440 }];
    if (rule.off) spans = rule.spans ? subtractSpans(spans, ruleSpans) : [];
    else spans = rule.additional ? [...spans, ...ruleSpans] : [...ruleSpans];
    if (rule.comment !== undefined) comment = rule.comment;
    else if (!rule.additional) comment = undefined;
  }
  return { spans, comment };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function addDays(y: number, m: number, d: number, k: number): { year: number; month: number; day: number; weekday: number } {
  const t = new Date(Date.UTC(y, m - 1, d + k));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), weekday: (t.getUTCDay() + 6) % 7 };
}

/**
 * Open now, and when that changes, at `at` in the zone (default Europe/Paris). Unparsed hours give
 * `{ kind: 'unparsed', raw }`; hours that never open give `{ open: false }` with no next opening.
 */
export function openingStatus(hours: string | OpeningHours, at: Date = new Date(), options: OpeningStatusOptions = {}): OpeningStatus {
  const parsed = typeof hours === 'string' ? parseOpeningHours(hours) : hours;
  if (parsed.kind === 'unparsed') return parsed;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const now = wallParts(at, timeZone);
  const nowMin = now.hour * 60 + now.minute + (at.getTime() % 60_000) / 60_000;

  const dayCache = new Map<number, { spans: TimeSpan[]; comment?: string }>();
  const dayOf = (k: number) => {
    let v = dayCache.get(k);
    if (!v) {
      const d = addDays(now.year, now.month, now.day, k);
      const iso = `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
      const holiday = frenchPublicHolidays(d.year, options).has(iso);
      v = daySpans(parsed.rules, { ...d, holiday });
      dayCache.set(k, v);
    }
    return v;
  };
  /** Whether the place is open at local minute `m` counted from today's midnight. */
  const openAt = (m: number): { open: boolean; comment?: string } => {
    const k = Math.floor(m / 1440);
    const local = m - k * 1440;
    for (const back of [0, 1]) {
      const day = dayOf(k - back);
      const x = local + back * 1440;
      if (day.spans.some((s) => s.from <= x && x < s.to)) return { open: true, comment: day.comment };
    }
    return { open: false, comment: dayOf(k).comment };
  };
  /** Local minutes (from today's midnight) where the state may change because of day k's spans. */
  const boundariesOfDay = (k: number): number[] => {
    const out: number[] = [k * 1440];
    for (const s of dayOf(k).spans) out.push(k * 1440 + s.from, k * 1440 + s.to);
    return out;
  };

  const current = openAt(nowMin);
  const status: KnownOpeningStatus = { kind: 'known', open: current.open, timeZone };
  if (current.comment !== undefined) status.comment = current.comment;

  const HORIZON_DAYS = 400;
  for (let k = -1; k <= HORIZON_DAYS; k++) {
    const lo = k * 1440;
    const hi = lo + 1440;
    const candidates = [...boundariesOfDay(k - 1), ...boundariesOfDay(k)]
      .filter((m) => m >= lo && m < hi && m > nowMin)
      .sort((a, b) => a - b);
    for (const m of candidates) {
      if (openAt(m).open !== current.open) {
        const dayIndex = Math.floor(m / 1440);
        const minute = m - dayIndex * 1440;
        const d = addDays(now.year, now.month, now.day, dayIndex);
        const wall: WallTime = {
          date: `${d.year}-${pad2(d.month)}-${pad2(d.day)}`,
          day: WEEKDAYS[d.weekday] as Weekday,
          time: `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`,
        };
        status.changesAt = instantOf(d.year, d.month, d.day, minute, timeZone);
        status.change = wall;
        if (!current.open) status.nextOpen = wall;
        return status;
      }
    }
  }
  return status;
}

/** Shorthand: true/false when known, undefined when the hours are not understood. */
export function isOpen(hours: string | OpeningHours, at: Date = new Date(), options: OpeningStatusOptions = {}): boolean | undefined {
  const s = openingStatus(hours, at, options);
  return s.kind === 'known' ? s.open : undefined;
}
