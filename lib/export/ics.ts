import { createEvents, type Alarm, type EventAttributes } from 'ics';
import { addDays } from '../db/groups';
import type { Recurrence } from '../extract/schema';
import type { Language } from '../i18n';
import { zonedInstant } from '../reminders/zoned-time';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../reminders/reminder-settings';
import { alarmTriggers, EXPORT_TIME_ZONE, taskLadder, type AlarmTrigger } from './alarm-ladder';
import type { ExportItem } from './export-items';
import { describeTask } from './ics-description';
import { escapeText, joinLines, unfoldLines } from './ics-lines';
import { eventToTodo } from './ics-todo';

/** VEVENT: a dated entry in the calendar; VTODO: a to-do (task lists, Thunderbird, Apple Reminders). */
export type CalendarComponent = 'VEVENT' | 'VTODO';

export interface IcsOptions {
  component: CalendarComponent;
  /** Export time (DTSTAMP), epoch ms. */
  now: number;
  language: Language;
  /** The reminder settings whose ladder the alarms follow (each task's own override applied). */
  reminders?: ReminderSettings;
  timeZone?: string;
}

export interface IcsExport {
  text: string;
  /** Entries written. */
  count: number;
  /** Tasks left out: without a due date, which a calendar event needs. */
  skipped: number;
}

export const PRODUCT_ID = '-//Nhac Viec//Nhac Viec 0.1//VI';

const RRULE: Record<Recurrence, string> = {
  daily: 'FREQ=DAILY',
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  'half-yearly': 'FREQ=MONTHLY;INTERVAL=6',
  yearly: 'FREQ=YEARLY',
};

const dateParts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

function toAlarm(trigger: AlarmTrigger, description: string): Alarm {
  // `ics` writes an alarm's DESCRIPTION without escaping commas and semicolons.
  const base = { action: 'display', description: escapeText(description) } as const;
  if ('at' in trigger) return { ...base, trigger: trigger.at };
  // Hours and minutes only: `ics` writes "P7DT" for a whole number of days, which is not a duration.
  const size = Math.abs(trigger.minutes);
  return { ...base, trigger: { before: trigger.minutes < 0, hours: Math.floor(size / 60), minutes: size % 60 } };
}

/** A task's alarms: none when it is done, undated, or its reminders are off. */
function alarmsOf({ task }: ExportItem, options: IcsOptions, timeZone: string): Alarm[] {
  const ladder = taskLadder(options.reminders ?? DEFAULT_REMINDER_SETTINGS, task.reminder);
  if (!task.due || task.done === 1 || !ladder) return [];
  return alarmTriggers(task.due, task.dueTime, ladder, timeZone).map((trigger) => toAlarm(trigger, task.title));
}

function toEvent(item: ExportItem, options: IcsOptions, timeZone: string): EventAttributes {
  const { task } = item;
  const due = task.due;
  const common = {
    uid: item.uid,
    title: task.title,
    description: describeTask(item, options.language),
    timestamp: options.now,
    created: task.createdAt,
    lastModified: task.updatedAt,
    // Later edits get a higher number, so a calendar importing the file again takes the newer one.
    sequence: Math.max(0, Math.floor((task.updatedAt - task.createdAt) / 1000)),
    status: 'CONFIRMED',
    alarms: alarmsOf(item, options, timeZone),
    ...(due && task.recurrence ? { recurrenceRule: RRULE[task.recurrence] } : {}),
  } as const;
  // The package's types ask for an end or a duration, but an event whose start is a DATE-TIME
  // may have neither: it ends when it starts (RFC 5545 §3.6.1), as a deadline does; the package
  // writes it so.
  const startOnly = (event: Omit<EventAttributes, 'end' | 'duration'>) => event as EventAttributes;
  if (!due) {
    // A to-do without a due date: `ics` needs a start, which `eventToTodo` drops.
    return startOnly({ ...common, start: dateParts(new Date(task.createdAt).toISOString().slice(0, 10)) });
  }
  if (task.dueTime === null) {
    // All-day: DATE values, ending (exclusively) the next day; a deadline takes no time.
    return { ...common, start: dateParts(due), end: dateParts(addDays(due, 1)), transp: 'TRANSPARENT' };
  }
  return startOnly({ ...common, start: zonedInstant(due, task.dueTime, timeZone), startInputType: 'utc', startOutputType: 'utc', transp: 'TRANSPARENT' });
}

/** Splits content lines into the calendar's own lines and each component's (BEGIN to END). */
function splitComponents(lines: readonly string[]): { head: string[]; components: string[][]; tail: string[] } {
  const head: string[] = [];
  const components: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    if (current) current.push(line);
    else if (line !== 'END:VCALENDAR') head.push(line);
    if (line === 'END:VEVENT' && current) {
      components.push(current);
      current = null;
    }
  }
  return { head, components, tail: ['END:VCALENDAR'] };
}

/**
 * An iCalendar file of `items` (RFC 5545): one VEVENT or VTODO per task, UID stable per task (see
 * `taskUid`) so importing again updates rather than duplicates, alarms by the reminder ladder for
 * open tasks (`alarmTriggers`). A date alone is a DATE value (all-day); a date with a time is a
 * DATE-TIME in UTC, converted from `timeZone` (Asia/Ho_Chi_Minh), which X-WR-TIMEZONE names for
 * display. As events, tasks without a due date are left out (`skipped`); as to-dos, they have no DUE.
 */
export function buildIcs(items: readonly ExportItem[], options: IcsOptions): IcsExport {
  const timeZone = options.timeZone ?? EXPORT_TIME_ZONE;
  const kept = options.component === 'VEVENT' ? items.filter((item) => item.task.due) : [...items];
  const { error, value } = createEvents(
    kept.map((item) => toEvent(item, options, timeZone)),
    { productId: PRODUCT_ID, calName: 'Nhắc Việc' },
  );
  if (error || value === null) throw error ?? new Error('ics: no output');
  const { head, components, tail } = splitComponents(unfoldLines(value));
  const body = components.map((lines, i) => {
    if (options.component === 'VEVENT') return lines;
    const task = kept[i]!.task;
    return eventToTodo(lines, { hasDue: task.due !== null, doneAt: task.done === 1 ? (task.doneAt ?? task.updatedAt) : null });
  });
  const text = joinLines([...head, `X-WR-TIMEZONE:${timeZone}`, ...body.flat(), ...tail]);
  return { text, count: kept.length, skipped: items.length - kept.length };
}
