/**
 * A weekly schedule in words, from parsed opening hours: « Du lundi au vendredi » : « 9 h – 12 h et
 * 13 h 30 – 17 h », « Samedi et dimanche » : « Fermé ». Pure (no DOM). Days with the same hours are
 * grouped; the days of a group are listed in week order, runs of three days or more as a range.
 *
 * The description is computed by evaluating the rules (the same `;` / `,` / `off` semantics as
 * `openingStatus`) on each weekday, on each week of the month (`Tu[1,3]`) and on public holidays (`PH`),
 * so it says exactly what the status computation would. Full-day closures on dates placed after the
 * weekly rules (`Dec 24-26 off`, `Aug off`) are added as lines; any other date or month rule, a
 * week-of-month mix that cannot be said simply, or holidays whose hours depend on the weekday give
 * `undefined`: the caller then shows the raw string. Never a wrong description.
 */
import { formatList, formatTimeOfDay, type Locale } from '@ancre/core';
import { inWeekdayRange, parseOpeningHours, subtractSpans, type DateItem, type OpeningHours, type OpeningRule, type TimeSpan } from './opening-hours.js';

/** One line of a described schedule: who (days) and when (hours, or « Fermé »). */
export interface OpeningHoursLine {
  days: string;
  hours: string;
}

const WORDS = {
  fr: {
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    range: (a: string, b: string) => `du ${a} au ${b}`,
    monthRange: (a: string, b: string) => `de ${a} à ${b}`,
    everyDay: 'tous les jours',
    otherDays: 'les autres jours',
    holidays: 'jours fériés',
    closed: 'Fermé',
    allDay: '24 h sur 24',
    midnight: '24 h',
    dayOfMonth: (d: number) => (d === 1 ? '1er' : String(d)),
    date: (d: string, m: string) => `${d} ${m}`,
    dateRangeSameMonth: (a: string, b: string, m: string) => `du ${a} au ${b} ${m}`,
    ordinal: (n: number) => (n === 1 ? '1er' : `${n}e`),
    last: ['dernier', 'avant-dernier'],
    nthDays: (ordinals: string, day: string, plural: boolean) => `${ordinals} ${day}${plural ? 's' : ''} du mois`,
  },
  en: {
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    range: (a: string, b: string) => `${a} to ${b}`,
    monthRange: (a: string, b: string) => `${a} to ${b}`,
    everyDay: 'every day',
    otherDays: 'other days',
    holidays: 'public holidays',
    closed: 'Closed',
    allDay: 'Open 24 hours',
    midnight: '24:00',
    dayOfMonth: (d: number) => String(d),
    date: (d: string, m: string) => `${m} ${d}`,
    dateRangeSameMonth: (a: string, b: string, m: string) => `${m} ${a} to ${b}`,
    ordinal: (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`,
    last: ['last', 'second-to-last'],
    nthDays: (ordinals: string, day: string, plural: boolean) => `${ordinals} ${day}${plural ? 's' : ''} of the month`,
  },
} as const;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a day looks like after all weekly rules: its spans (sorted, merged) and the comment in force. */
interface DayState {
  spans: TimeSpan[];
  comment?: string;
}

/** A day to evaluate: weekday 0 = Monday, its week of the month from the start (1…5) and from the end (-1…-5). */
interface DayContext {
  weekday: number;
  fromStart: number;
  fromEnd: number;
  holiday: boolean;
}

function matches(rule: OpeningRule, d: DayContext): boolean {
  if (!rule.weekdays && !rule.holidays) return true;
  if (rule.holidays && d.holiday) return true;
  return !!rule.weekdays?.some(
    (item) => inWeekdayRange(item.from, item.to, d.weekday) && (!item.nth || item.nth.includes(d.fromStart) || item.nth.includes(d.fromEnd)),
  );
}

function normalize(spans: TimeSpan[]): TimeSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: TimeSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/** Same semantics as the status computation: `;` replaces on the days it selects, `,` adds, `off` cuts. */
function evaluate(rules: readonly OpeningRule[], d: DayContext): DayState {
  let spans: TimeSpan[] = [];
  let comment: string | undefined;
  for (const rule of rules) {
    if (!matches(rule, d)) continue;
    const ruleSpans = rule.spans ?? [{ from: 0, to: 1440 }];
    if (rule.off) spans = rule.spans ? subtractSpans(spans, ruleSpans) : [];
    else spans = rule.additional ? [...spans, ...ruleSpans] : [...ruleSpans];
    if (rule.comment !== undefined) comment = rule.comment;
    else if (!rule.additional) comment = undefined;
  }
  const state: DayState = { spans: normalize(spans) };
  if (comment !== undefined) state.comment = comment;
  return state;
}

const keyOf = (s: DayState) => `${s.spans.map((x) => `${x.from}-${x.to}`).join(',')}|${s.comment ?? ''}`;

/** The feasible (week from start, week from end) pairs of a weekday in a month with 4 or 5 of them. */
const WEEK_POSITIONS: { fromStart: number; fromEnd: number }[] = [];
for (const count of [4, 5]) for (let s = 1; s <= count; s++) WEEK_POSITIONS.push({ fromStart: s, fromEnd: -(count - s + 1) });

function timeText(minutes: number, locale: Locale): string {
  if (minutes === 1440) return WORDS[locale].midnight;
  return formatTimeOfDay(minutes % 1440, locale);
}

function hoursText(state: DayState, locale: Locale): string {
  const w = WORDS[locale];
  const { spans } = state;
  let text: string;
  if (spans.length === 0) text = w.closed;
  else if (spans.length === 1 && spans[0]!.from === 0 && spans[0]!.to === 1440) text = w.allDay;
  else text = formatList(spans.map((s) => `${timeText(s.from, locale)} – ${timeText(s.to, locale)}`), locale);
  return state.comment ? `${text} (${state.comment})` : text;
}

/** [0,1,2,4] → « du lundi au mercredi et vendredi » (lower case; the caller capitalises). */
function daysText(days: readonly number[], locale: Locale): string {
  const w = WORDS[locale];
  if (days.length === 7) return w.everyDay;
  const runs: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  const parts: string[] = [];
  for (const run of runs) {
    if (run.length >= 3) parts.push(w.range(w.days[run[0]!]!, w.days[run[run.length - 1]!]!));
    else for (const d of run) parts.push(w.days[d]!);
  }
  return formatList(parts, locale);
}

/** « 1er et 3e mardis du mois », « dernier vendredi du mois »; undefined when not sayable simply. */
function nthText(weekday: number, nth: { start?: number[]; end?: number[] }, locale: Locale): string | undefined {
  const w = WORDS[locale];
  const ordinals = nth.start ? nth.start.map((n) => w.ordinal(n)) : nth.end!.map((n) => w.last[-n - 1]);
  if (ordinals.some((o) => o === undefined)) return undefined;
  return w.nthDays(formatList(ordinals as string[], locale), w.days[weekday]!, ordinals.length > 1);
}

function dateText(item: DateItem, locale: Locale): string {
  const w = WORDS[locale];
  const m1 = Math.floor(item.from / 100);
  const d1 = item.from % 100;
  const m2 = Math.floor(item.to / 100);
  const d2 = item.to % 100;
  const month = (m: number) => w.months[m - 1]!;
  if (d1 === 0 && d2 === 99) return m1 === m2 ? month(m1) : w.monthRange(month(m1), month(m2));
  if (m1 === m2 && d1 === d2) return w.date(w.dayOfMonth(d1), month(m1));
  if (m1 === m2) return w.dateRangeSameMonth(w.dayOfMonth(d1), w.dayOfMonth(d2), month(m1));
  return w.range(w.date(w.dayOfMonth(d1), month(m1)), w.date(w.dayOfMonth(d2), month(m2)));
}

/**
 * The weekly schedule of parsed opening hours in the reader's language, one line per group of days
 * with the same hours (open days first, in week order, then closed days, then public holidays and
 * dated closures). `undefined` when the hours are unparsed or cannot be described faithfully.
 */
export function describeOpeningHours(hours: OpeningHours | string, locale: Locale): OpeningHoursLine[] | undefined {
  const parsed = typeof hours === 'string' ? parseOpeningHours(hours) : hours;
  if (parsed.kind !== 'parsed') return undefined;
  const w = WORDS[locale];

  // Date rules: only full-day closures after every weekly rule.
  const firstDated = parsed.rules.findIndex((r) => r.dates);
  const weekly = firstDated < 0 ? parsed.rules : parsed.rules.slice(0, firstDated);
  const dated = firstDated < 0 ? [] : parsed.rules.slice(firstDated);
  if (dated.some((r) => !r.dates || !r.off || r.spans || r.weekdays || r.holidays)) return undefined;
  if (weekly.length === 0) return undefined;

  // Each weekday, in each week of the month; holidays on each weekday.
  const regular: { weekday: number; state: DayState }[] = [];
  const nthLines: { weekday: number; line: OpeningHoursLine }[] = [];
  let anyNthClosed = false;
  for (let weekday = 0; weekday < 7; weekday++) {
    const states = WEEK_POSITIONS.map((pos) => ({ pos, state: evaluate(weekly, { weekday, ...pos, holiday: false }) }));
    const keys = new Set(states.map((s) => keyOf(s.state)));
    if (keys.size === 1) {
      regular.push({ weekday, state: states[0]!.state });
      continue;
    }
    // Varies with the week: must be "open (one way) on some weeks, closed on the others".
    const open = states.filter((s) => s.state.spans.length > 0);
    const openKeys = new Set(open.map((s) => keyOf(s.state)));
    const closedAll = states.filter((s) => s.state.spans.length === 0);
    if (openKeys.size !== 1 || closedAll.some((s) => s.state.comment !== undefined)) return undefined;
    const isOpen = (p: { fromStart: number; fromEnd: number }) => open.some((s) => s.pos === p);
    const startSet = [1, 2, 3, 4, 5].filter((n) => WEEK_POSITIONS.filter((p) => p.fromStart === n).every(isOpen));
    const endSet = [-1, -2, -3, -4, -5].filter((n) => WEEK_POSITIONS.filter((p) => p.fromEnd === n).every(isOpen));
    const byStart = WEEK_POSITIONS.every((p) => isOpen(p) === startSet.includes(p.fromStart));
    const byEnd = WEEK_POSITIONS.every((p) => isOpen(p) === endSet.includes(p.fromEnd));
    const text = byStart && startSet.length ? nthText(weekday, { start: startSet }, locale) : byEnd && endSet.length ? nthText(weekday, { end: endSet }, locale) : undefined;
    if (!text) return undefined;
    nthLines.push({ weekday, line: { days: capitalize(text), hours: hoursText(open[0]!.state, locale) } });
    anyNthClosed = true;
  }

  // Public holidays: the same hours whatever the weekday (and week), or no difference at all.
  const holidayStates = WEEK_POSITIONS.flatMap((pos) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, pos, state: evaluate(weekly, { weekday, ...pos, holiday: true }) })));
  const sameAsUsual = holidayStates.every((h) => keyOf(h.state) === keyOf(evaluate(weekly, { weekday: h.weekday, ...h.pos, holiday: false })));
  const holidayKeys = new Set(holidayStates.map((h) => keyOf(h.state)));
  if (!sameAsUsual && holidayKeys.size !== 1) return undefined;

  const lines: OpeningHoursLine[] = [];
  // Open groups, by first day; closed days after.
  const groups = new Map<string, { days: number[]; state: DayState }>();
  for (const { weekday, state } of regular) {
    const k = keyOf(state);
    const g = groups.get(k);
    if (g) g.days.push(weekday);
    else groups.set(k, { days: [weekday], state });
  }
  const openGroups = [...groups.values()].filter((g) => g.state.spans.length > 0);
  const closedGroups = [...groups.values()].filter((g) => g.state.spans.length === 0);
  const entries: { first: number; line: OpeningHoursLine }[] = [
    ...openGroups.map((g) => ({ first: g.days[0]!, line: { days: capitalize(daysText(g.days, locale)), hours: hoursText(g.state, locale) } })),
    ...nthLines.map((n) => ({ first: n.weekday, line: n.line })),
  ].sort((a, b) => a.first - b.first);
  lines.push(...entries.map((e) => e.line));
  for (const g of closedGroups) {
    // With week-of-month days, the closed ones are « les autres jours » (they include the other weeks).
    const days = anyNthClosed && !g.state.comment ? w.otherDays : daysText(g.days, locale);
    lines.push({ days: capitalize(days), hours: hoursText(g.state, locale) });
  }
  if (anyNthClosed && !closedGroups.some((g) => !g.state.comment)) lines.push({ days: capitalize(w.otherDays), hours: w.closed });
  if (!sameAsUsual) lines.push({ days: capitalize(w.holidays), hours: hoursText(holidayStates[0]!.state, locale) });
  for (const rule of dated) {
    lines.push({
      days: capitalize(formatList(rule.dates!.map((item) => dateText(item, locale)), locale)),
      hours: hoursText({ spans: [], ...(rule.comment !== undefined ? { comment: rule.comment } : {}) }, locale),
    });
  }
  return lines;
}
