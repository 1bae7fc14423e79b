import ICAL from 'ical.js';

/** One parsed calendar entry, the fields the tests compare. */
export interface ParsedEntry {
  type: 'vevent' | 'vtodo';
  uid: string;
  summary: string;
  description: string;
  /** DTSTART (events) or DUE (to-dos): `YYYY-MM-DD` for a DATE, ISO UTC for a DATE-TIME, null when absent. */
  when: string | null;
  isDate: boolean | null;
  end: string | null;
  status: string | null;
  completed: string | null;
  /** Alarm triggers: seconds relative to the start/due, or an ISO UTC instant. */
  triggers: (number | string)[];
  /** RELATED parameters of the triggers. */
  related: (string | null)[];
  rrule: string | null;
}

function timeValue(value: unknown): { when: string | null; isDate: boolean | null } {
  if (!(value instanceof ICAL.Time)) return { when: null, isDate: null };
  if (value.isDate) return { when: value.toString(), isDate: true };
  return { when: value.toJSDate().toISOString(), isDate: false };
}

/** Parses an iCalendar text with ical.js (a full RFC 5545 parser) into the calendar and its entries. */
export function parseIcs(text: string): { calendar: InstanceType<typeof ICAL.Component>; entries: ParsedEntry[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const entries = [...calendar.getAllSubcomponents('vevent'), ...calendar.getAllSubcomponents('vtodo')].map((c) => {
    const type = c.name as 'vevent' | 'vtodo';
    const { when, isDate } = timeValue(c.getFirstPropertyValue(type === 'vevent' ? 'dtstart' : 'due'));
    const end = timeValue(c.getFirstPropertyValue('dtend')).when;
    const alarms = c.getAllSubcomponents('valarm').map((a) => a.getFirstProperty('trigger')!);
    const completed = timeValue(c.getFirstPropertyValue('completed')).when;
    const rrule = c.getFirstPropertyValue('rrule');
    return {
      type,
      uid: String(c.getFirstPropertyValue('uid')),
      summary: String(c.getFirstPropertyValue('summary')),
      description: String(c.getFirstPropertyValue('description') ?? ''),
      when,
      isDate,
      end,
      status: (c.getFirstPropertyValue('status') as string | null) ?? null,
      completed,
      triggers: alarms.map((p) => {
        const v = p.getFirstValue();
        return v instanceof ICAL.Duration ? v.toSeconds() : (v as InstanceType<typeof ICAL.Time>).toJSDate().toISOString();
      }),
      related: alarms.map((p) => (p.getParameter('related') as string | undefined) ?? null),
      rrule: rrule ? String(rrule) : null,
    };
  });
  return { calendar, entries };
}
