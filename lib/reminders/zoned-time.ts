import { TZDateMini } from '@date-fns/tz';

/** A local calendar day and time of day in some time zone. */
export interface LocalTime {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant (epoch ms) of local `date` at `time` in `timeZone`. A time skipped by a daylight
 * saving change (02:30 on a spring-forward night) comes out as the same wall-clock offset after
 * the jump (03:30), as `Date` does for the system zone.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDateMini(y!, m! - 1, d!, hh!, mm!, 0, 0, timeZone).getTime();
}

/** Local date and time of day of instant `at` in `timeZone`. */
export function localTimeOf(at: number, timeZone: string): LocalTime {
  const t = new TZDateMini(at, timeZone);
  return {
    date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
  };
}

/** The local calendar day of `at` in `timeZone`. */
export function localDateOf(at: number, timeZone: string): string {
  return localTimeOf(at, timeZone).date;
}

/** The time zone the browser (or Node) runs in, e.g. `Asia/Ho_Chi_Minh`. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
