/**
 * Wall-clock arithmetic in an IANA time zone with `Intl.DateTimeFormat` only (no tz database shipped):
 * instant → local parts, local parts → instant (correct across DST changes).
 */

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Time zones of the départements and collectivités outside Europe/Paris. */
const ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
};

/** The IANA zone of a département code ("69" → Europe/Paris, "974" → Indian/Reunion). */
export function timeZoneForDepartement(code: string): string {
  return ZONES[code] ?? DEFAULT_TIME_ZONE;
}

/** The département of an INSEE commune code or a postcode ("97411" → "974", "20000" → "2A"-ish "20"). */
export function departementOf(codeInseeOrPostcode: string): string {
  const c = codeInseeOrPostcode.trim().toUpperCase();
  if (c.startsWith('97') || c.startsWith('98')) return c.slice(0, 3);
  if (c.startsWith('2A') || c.startsWith('2B')) return c.slice(0, 2);
  if (/^20\d{3}$/.test(c)) return Number(c) < 20200 ? '2A' : '2B';
  return c.slice(0, 2);
}

export interface WallParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local wall-clock parts of an instant in a zone. */
export function wallParts(at: Date, timeZone: string): WallParts {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month, day, hour: get('hour') % 24, minute: get('minute'), weekday };
}

/** Offset of the zone at an instant, in minutes (Paris in summer: +120). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const p = wallParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const truncated = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - truncated) / 60_000);
}

/**
 * The instant of a local wall time. A time skipped by a spring-forward change maps to the instant the
 * clocks jump to (02:30 on the March change in Paris → 03:00 CEST); a repeated autumn time maps to its
 * first occurrence.
 */
export function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const wallUtc = Date.UTC(year, month - 1, day, 0, minutes);
  // Try both offsets around the wall time; keep the earliest instant whose wall time matches.
  const o1 = zoneOffsetMinutes(new Date(wallUtc - 12 * 3_600_000), timeZone);
  const o2 = zoneOffsetMinutes(new Date(wallUtc + 12 * 3_600_000), timeZone);
  const candidates = [...new Set([o1, o2])].map((o) => wallUtc - o * 60_000).sort((a, b) => a - b);
  for (const c of candidates) {
    if (zoneOffsetMinutes(new Date(c), timeZone) * 60_000 + c === wallUtc) return new Date(c);
  }
  // In a gap: the wall time does not exist; the change happens at the transition.
  const before = wallUtc - Math.max(o1, o2) * 60_000;
  const after = wallUtc - Math.min(o1, o2) * 60_000;
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  const offLo = zoneOffsetMinutes(new Date(lo), timeZone);
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
    if (zoneOffsetMinutes(new Date(mid), timeZone) === offLo) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}
