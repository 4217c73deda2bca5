import type { LocalDate } from './local-date';

/**
 * - holiday: a statutory public holiday (Labour Code 2019 art. 112), listed even on weekends;
 * - compensatory: nghỉ bù for a holiday that fell on a weekly rest day (art. 111.3);
 * - swap_off: a weekday taken off in exchange for a make-up Saturday (hoán đổi);
 * - makeup_workday: a Saturday worked in exchange (làm bù): a working day.
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'compensatory', 'swap_off', 'makeup_workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDay {
  readonly date: LocalDate;
  readonly kind: CalendarDayKind;
  /** Vietnamese name of the occasion, e.g. "Tết Nguyên đán"; "Làm bù" for make-up days. */
  readonly name: string;
  /** Legal or documentary basis, e.g. "CV 2450/VPCP-KGVX". */
  readonly source: string;
}

export interface YearSchedule {
  readonly year: number;
  readonly days: readonly CalendarDay[];
  /** True when generated from the Labour Code rules rather than an official announcement. */
  readonly provisional: boolean;
}

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Quốc tế Lao động',
  national: 'Quốc khánh',
  makeup: 'Làm bù',
} as const;
