import { propertyName } from './ics-lines';

/** What turning one event into a to-do needs to know about its task. */
export interface TodoState {
  /** False for a task without a due date: the placeholder start is dropped, not made a DUE. */
  hasDue: boolean;
  /** Completion instant (epoch ms), or null while open. */
  doneAt: number | null;
}

// Properties an event has and a to-do may not (RFC 5545 §3.6.2): its end, length and busy time;
// RRULE too, since a to-do's recurrence counts from a DTSTART it does not have here.
const EVENT_ONLY = new Set(['DTEND', 'DURATION', 'TRANSP', 'X-MICROSOFT-CDO-BUSYSTATUS', 'RRULE']);

const utcStamp = (at: number) => new Date(at).toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');

/**
 * The content lines of one VEVENT written by `ics` (BEGIN to END) as a VTODO (RFC 5545 §3.6.2):
 * DTSTART becomes DUE with the same value type, STATUS NEEDS-ACTION or COMPLETED (with COMPLETED
 * and PERCENT-COMPLETE), and relative alarm triggers count from the due time (`RELATED=END`, which
 * §3.8.6.3 requires of a to-do alarm relative to DUE).
 */
export function eventToTodo(lines: readonly string[], state: TodoState): string[] {
  const out: string[] = [];
  let inAlarm = false;
  for (const line of lines) {
    const name = propertyName(line);
    if (line === 'BEGIN:VALARM') inAlarm = true;
    if (line === 'END:VALARM') inAlarm = false;
    if (line === 'BEGIN:VEVENT') out.push('BEGIN:VTODO');
    else if (line === 'END:VEVENT') out.push('END:VTODO');
    else if (EVENT_ONLY.has(name)) continue;
    else if (name === 'DTSTART' && !inAlarm) {
      if (state.hasDue) out.push(`DUE${line.slice('DTSTART'.length)}`);
    } else if (name === 'STATUS' && !inAlarm) {
      if (state.doneAt === null) out.push('STATUS:NEEDS-ACTION');
      else out.push('STATUS:COMPLETED', `COMPLETED:${utcStamp(state.doneAt)}`, 'PERCENT-COMPLETE:100');
    } else if (inAlarm && line.startsWith('TRIGGER:')) out.push(`TRIGGER;RELATED=END:${line.slice('TRIGGER:'.length)}`);
    else out.push(line);
  }
  return out;
}
