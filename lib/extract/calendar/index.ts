/** Vietnamese calendar: ISO date arithmetic, lunar dates, public holidays and working days. */
export { addDays, addMonths, daysInMonth, endOfMonth, isoOf, isValidDate, partsOf, weekdayOf, daysBetween } from './iso-date';
export { hasLunarCalendar, LUNAR_YEARS, lunarNewYear, lunarToSolar } from './lunar';
export { holidaysOf, namedHolidaysOf, makeUpWorkdaysOf, statutoryHolidaysOf, isHoliday, type Holiday } from './holidays';
export { addCalendarDaysRolling, addMonthsRolling, addWorkingDays, isWorkingDay, nextWorkingDayFrom, subtractWorkingDays } from './working-days';
export { HOLIDAY_TABLE, type YearSchedule, type ScheduledDay } from './holiday-table';
