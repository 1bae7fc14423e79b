import { vi } from 'chrono-node';
import { daysBetween, isoOf, isValidDate } from '../calendar';
import type { RuleEnv } from './types';

/** Day, month and (if written) year read from a date slot. */
export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
}

const SLOT = /^(?:\d{1,2}\s{0,2}-\s{0,2}(?=\d{1,2}\s{0,2}\/))?(\d{1,2})\s{0,12}(?:([/.-])\s{0,3}(\d{1,2})(?:\s{0,3}[/.-]\s{0,3}(\d{2,4}))?|thang\s{0,12}(\d{1,2})(?:\s{0,12},?\s{0,3}(?:nam|,)\s{0,12}(\d{4}))?)/;

/**
 * Reads a folded date slot matched by `DATE` ("20/12/2024", "15/12", "22 thang 12 nam 2021").
 * Returns null for an impossible day or month, or for "1.5"-like numbers (a dot needs a year).
 */
export function readDateSlot(slot: string): DayMonth | null {
  const m = SLOT.exec(slot);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const rawYear = m[4] ?? m[6];
  if (m[2] === '.' && rawYear === undefined) return null;
  let year: number | null = null;
  if (rawYear !== undefined) {
    if (rawYear.length === 2) year = 2000 + Number(rawYear);
    else if (rawYear.length === 4) year = Number(rawYear);
    // three digits: a digit lost to OCR; treat the year as not written
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2199)) return null;
  if (!isValidDate(year ?? 2000, month, day)) return null; // 2000 is a leap year: 29/02 passes
  return { day, month, year };
}

/**
 * The date a day and month mean: as written when the year is there (stated), else in the base
 * year, or the next year if that day is not after the base date (domain.md §3.1; not stated:
 * "trước ngày 10/7" in a document of 10/7 means next July).
 * `date` is null when no year is written and there is no base date.
 */
export function resolveDayMonth(dm: DayMonth, env: RuleEnv): { date: string | null; stated: boolean } | null {
  if (dm.year !== null) return isValidDate(dm.year, dm.month, dm.day) ? { date: isoOf(dm.year, dm.month, dm.day), stated: true } : null;
  if (!env.base) return env.year !== null && isValidDate(env.year, dm.month, dm.day) ? { date: isoOf(env.year, dm.month, dm.day), stated: false } : { date: null, stated: false };
  const baseYear = Number(env.base.slice(0, 4));
  for (const year of [baseYear, baseYear + 1, baseYear + 2, baseYear + 3, baseYear + 4]) {
    if (!isValidDate(year, dm.month, dm.day)) continue; // 29/02 waits for a leap year
    const iso = isoOf(year, dm.month, dm.day);
    if (iso > env.base) return { date: iso, stated: false };
  }
  return null;
}

/**
 * The base a recurrence's first due date counts from: the text's base, or for a yearly day and month
 * in a text dated by its year alone, the eve of that year (the day falls in it).
 */
export function recurrenceBase(env: RuleEnv, recurrence: string): string | null {
  if (env.base) return env.base;
  return recurrence === 'yearly' && env.year !== null ? `${env.year - 1}-12-31` : null;
}

/**
 * The end of a period whose year was not written: in the base year, else the next year when
 * that is at most `maxAheadDays` away (a month or quarter already past in the base year is
 * more likely background than a deadline a year ahead).
 */
export function inferPeriodYear(env: RuleEnv, endIn: (year: number) => string, maxAheadDays = 190): string | null {
  if (!env.base) return env.year === null ? null : endIn(env.year);
  const year = Number(env.base.slice(0, 4));
  const same = endIn(year);
  if (same >= env.base) return same;
  const next = endIn(year + 1);
  return daysBetween(env.base, next) <= maxAheadDays ? next : null;
}

/** `HH:MM` from an hour, optional minutes and part of day ("chiều", "tối" add 12 to 1–11). */
export function readTime(hour: string | undefined, minute: string | undefined, part?: string): string | null {
  if (hour === undefined) return null;
  let h = Number(hour);
  const min = minute === undefined ? 0 : Number(minute);
  if ((part === 'chieu' || part === 'toi') && h >= 1 && h < 12) h += 12;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const CHRONO_REF = new Date(Date.UTC(2000, 0, 1));

/**
 * Reads a month written as a word ("tháng Mười", "tháng Giêng", "tháng Chạp") with chrono-node's
 * Vietnamese month dictionary; `text` is the original (accented) "tháng …" phrase.
 * Returns null when chrono does not read it as a month or the chrono budget is spent.
 */
export function readMonthWord(text: string, env: RuleEnv): number | null {
  if (env.chrono.left <= 0) return null;
  env.chrono.left--;
  const phrase = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const [result] = vi.parse(phrase, CHRONO_REF);
  if (!result || result.index !== 0 || result.text.length !== phrase.length) return null;
  const month = result.start.get('month');
  return month !== null && month >= 1 && month <= 12 ? month : null;
}
