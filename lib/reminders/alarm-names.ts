/** The one alarm carrying the next reminder (recreated at every run). */
export const REMINDER_ALARM = 'nhac-viec-reminder';
/** Local midnight: the badge's "today" changes, overdue reminders and recurring duties move on. */
export const MIDNIGHT_ALARM = 'nhac-viec-midnight';
export const REMINDER_ALARMS: readonly string[] = [REMINDER_ALARM, MIDNIGHT_ALARM];
