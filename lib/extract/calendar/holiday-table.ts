/**
 * Public-sector days off as announced for a given year, which override the statutory rules
 * (holidays.ts) for that year: the Prime Minister fixes the Tết and Quốc khánh days each year
 * (Labour Code 2019 art. 112(3)) and lets civil servants swap a weekday with a Saturday.
 * See /work/shared/domain.md §4.2. Add a year here as soon as its notice is published.
 *
 * `off`: every weekday (and holiday falling on a weekend) without work for State bodies.
 * `workdays`: Saturdays worked in exchange ("làm bù").
 * `uncertain`: reported in the press or by third parties, not checked against the notice.
 */
export interface ScheduledDay {
  date: string;
  name: string;
  uncertain?: boolean;
}

export interface YearSchedule {
  /** The notice the schedule comes from. */
  source: string;
  off: ScheduledDay[];
  workdays: ScheduledDay[];
}

export const HOLIDAY_TABLE: Readonly<Record<number, YearSchedule>> = {
  2025: {
    source: 'TB 6150/TB-BLĐTBXH (2024-11); swap for 30/4 reported by TTXVN/VietnamPlus',
    off: [
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      // Tết Ất Tỵ: off Sat 25/01 – Sun 02/02, mùng 1 = Wed 29/01.
      { date: '2025-01-27', name: 'Tết Nguyên đán' },
      { date: '2025-01-28', name: 'Tết Nguyên đán' },
      { date: '2025-01-29', name: 'Tết Nguyên đán' },
      { date: '2025-01-30', name: 'Tết Nguyên đán' },
      { date: '2025-01-31', name: 'Tết Nguyên đán' },
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng' },
      { date: '2025-05-01', name: 'Quốc tế Lao động' },
      // Swapped with Sat 26/04 to make 30/4 – 4/5 (press reports; notice not checked).
      { date: '2025-05-02', name: 'Nghỉ hoán đổi (30/4 – 1/5)', uncertain: true },
      { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2025-09-02', name: 'Quốc khánh' },
    ],
    workdays: [{ date: '2025-04-26', name: 'Làm bù cho 02/5', uncertain: true }],
  },
  2026: {
    source: 'TB 9441/TB-BNV (2025-10-16); 12729/VPCP-KGVX (2025-12-25) for Tết Dương lịch',
    off: [
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      // 1–4/01 off, Fri 02/01 swapped with Sat 10/01 (press report of 12729/VPCP-KGVX).
      { date: '2026-01-02', name: 'Nghỉ hoán đổi (Tết Dương lịch)', uncertain: true },
      // Tết Bính Ngọ: off Sat 14/02 – Sun 22/02, mùng 1 = Tue 17/02.
      { date: '2026-02-16', name: 'Tết Nguyên đán' },
      { date: '2026-02-17', name: 'Tết Nguyên đán' },
      { date: '2026-02-18', name: 'Tết Nguyên đán' },
      { date: '2026-02-19', name: 'Tết Nguyên đán' },
      { date: '2026-02-20', name: 'Tết Nguyên đán' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' }, // a Sunday
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng' },
      { date: '2026-05-01', name: 'Quốc tế Lao động' },
      // Public-sector swap giving 29/08 – 02/09 was reported; its make-up Saturday is unknown.
      { date: '2026-08-31', name: 'Nghỉ hoán đổi (Quốc khánh)', uncertain: true },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2026-09-02', name: 'Quốc khánh' },
      // Ngày Văn hóa Việt Nam, paid day off from 01/07/2026 (reported as NQ 28/2026/QH16).
      { date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam', uncertain: true },
    ],
    workdays: [{ date: '2026-01-10', name: 'Làm bù cho 02/01', uncertain: true }],
  },
};
