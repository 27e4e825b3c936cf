/**
 * Business hours of the support delivery centers: whether a center is open at a given instant and
 * when it opens or closes, computed in the center's own time zone (Intl only, DST-correct).
 */
import type { SupportCenter } from '../../api/schemas.js';

interface WallTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallTime(instant: Date, timeZone: string): WallTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 1,
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** The instant at which the clock in `timeZone` shows `minutes` past midnight of the given day. */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  minutes: number,
  timeZone: string,
): Date {
  const target = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = target;
  // Two passes settle the offset, also across a DST change.
  for (let i = 0; i < 2; i++) {
    const seen = wallTime(new Date(guess), timeZone);
    const shown = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    guess += target - shown;
  }
  return new Date(guess);
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface CenterState {
  open: boolean;
  /** Closed all day today for a local public holiday (the backend's `holidays`). */
  holiday?: boolean;
  /** When it closes (if open) or next opens (if closed); undefined when it has no hours. */
  next?: Date;
}

/** `YYYY-MM-DD` of a local date. */
const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Whether `center` is open at `now`, and when that changes: by its weekly hours, closed all day on
 * the local public holidays the backend lists (none known otherwise).
 */
export function centerState(center: SupportCenter, now: Date): CenterState {
  const local = wallTime(now, center.timeZone);
  const holidays = new Set(center.holidays);
  const holiday = holidays.has(isoDate(local.year, local.month, local.day));
  const today = center.hours.find((h) => h.day === local.weekday);
  if (
    !holiday &&
    today &&
    local.minutes >= toMinutes(today.open) &&
    local.minutes < toMinutes(today.close)
  ) {
    return {
      open: true,
      next: zonedInstant(
        local.year,
        local.month,
        local.day,
        toMinutes(today.close),
        center.timeZone,
      ),
    };
  }
  // The next opening within two weeks (a week of holidays included).
  for (let offset = 0; offset <= 14; offset++) {
    const date = new Date(Date.UTC(local.year, local.month - 1, local.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = ((local.weekday - 1 + offset) % 7) + 1;
    const hours = center.hours.find((h) => h.day === weekday);
    if (!hours || holidays.has(isoDate(year, month, day))) continue;
    if (offset === 0 && local.minutes >= toMinutes(hours.open)) continue;
    return {
      open: false,
      ...(holiday ? { holiday } : {}),
      next: zonedInstant(year, month, day, toMinutes(hours.open), center.timeZone),
    };
  }
  return holiday ? { open: false, holiday } : { open: false };
}

/**
 * The week of `center` as the guide writes it, in the center's own local time and the person's
 * language: consecutive days with the same hours as one range, e.g. "Monday – Friday, 9:00 AM –
 * 5:00 PM".
 */
export function weeklyHours(center: SupportCenter, locale: string): string {
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  // 1 January 2024 was a Monday: ISO weekday n is 2024-01-n.
  const day = (weekday: number) => dayName.format(Date.UTC(2024, 0, weekday));
  const at = (hhmm: string) => Date.UTC(2024, 0, 1, 0, toMinutes(hhmm));
  const ranges: { from: number; to: number; open: string; close: string }[] = [];
  for (const hours of [...center.hours].sort((a, b) => a.day - b.day)) {
    const last = ranges.at(-1);
    if (last?.to === hours.day - 1 && last.open === hours.open && last.close === hours.close) {
      last.to = hours.day;
    } else {
      ranges.push({ from: hours.day, to: hours.day, open: hours.open, close: hours.close });
    }
  }
  return ranges
    .map(({ from, to, open, close }) => {
      const days = from === to ? day(from) : `${day(from)} – ${day(to)}`;
      return `${days}, ${clock.formatRange(at(open), at(close))}`;
    })
    .join('; ');
}
