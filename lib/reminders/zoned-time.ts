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
  return remember(instants, `${timeZone}|${date}|${time}`, () => {
    const [y, m, d] = date.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    return new TZDateMini(y!, m! - 1, d!, hh!, mm!, 0, 0, timeZone).getTime();
  });
}

/** Local date and time of day of instant `at` in `timeZone`. */
export function localTimeOf(at: number, timeZone: string): LocalTime {
  return remember(locals, `${timeZone}|${at}`, () => {
    const t = new TZDateMini(at, timeZone);
    return {
      date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
      time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
    };
  });
}

// A run over 10,000 tasks asks for the same few hundred (day, time) pairs again and again, and
// each answer costs an Intl call: both conversions are remembered (pure, so never stale).
const instants = new Map<string, number>();
const locals = new Map<string, LocalTime>();
const MAX_REMEMBERED = 20_000;

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The local calendar day of `at` in `timeZone`. */
export function localDateOf(at: number, timeZone: string): string {
  return localTimeOf(at, timeZone).date;
}

/** The time zone the browser (or Node) runs in, e.g. `Asia/Ho_Chi_Minh`. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
