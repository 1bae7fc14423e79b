import { createTranslator, type Language, type MessageKey } from '../i18n';

/**
 * The reminders' own strings: the notifications (made by the background) and the reminder options.
 * Kept apart from lib/i18n.ts so the side panel's first script does not carry them; a key not
 * here is looked up there (`appName`, `number`, `saveOptions`…). Both languages have the same keys.
 */
export const REMINDER_VI = {
  remindLeft: 'còn {n} ngày',
  remindToday: 'đến hạn hôm nay',
  remindOverdue: 'quá hạn {n} ngày',
  remindSummary: '{n} việc cần nhắc',
  remindDue: 'Hạn',
  remindDone: 'Đã xong',
  remindersTitle: 'Nhắc hạn',
  remindDays: 'Nhắc trước hạn (số ngày, cách nhau bởi dấu phẩy)',
  remindTime: 'Giờ nhắc',
  remindWorkingDays: 'Tính theo ngày làm việc (bỏ thứ Bảy, Chủ nhật, ngày lễ, Tết)',
  remindOnDay: 'Nhắc vào ngày đến hạn',
  remindOverdueDaily: 'Nhắc hằng ngày khi quá hạn',
  remindQuiet: 'Giờ yên lặng (không nhắc)',
  remindEnabled: 'Bật nhắc hạn',
};

export const REMINDER_EN: Record<keyof typeof REMINDER_VI, string> = {
  remindLeft: '{n} days left',
  remindToday: 'due today',
  remindOverdue: '{n} days overdue',
  remindSummary: '{n} tasks to remind',
  remindDue: 'Due',
  remindDone: 'Done',
  remindersTitle: 'Deadline reminders',
  remindDays: 'Remind before the deadline (days, comma-separated)',
  remindTime: 'Time of the reminders',
  remindWorkingDays: 'Count working days (skip weekends, holidays and Tết)',
  remindOnDay: 'Remind on the due date',
  remindOverdueDaily: 'Remind daily while overdue',
  remindQuiet: 'Quiet hours (no reminders)',
  remindEnabled: 'Deadline reminders on',
};

export type ReminderTextKey = keyof typeof REMINDER_VI | MessageKey;
export type ReminderTranslate = (key: ReminderTextKey) => string;

/** A translator for the reminders' strings and, for other keys, the interface's. */
export function createReminderTranslator(language: Language): ReminderTranslate {
  const own: Record<string, string> = language === 'en' ? REMINDER_EN : REMINDER_VI;
  const rest = createTranslator(language);
  return (key) => own[key] ?? rest(key as MessageKey);
}
