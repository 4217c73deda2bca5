/**
 * Checks a year schedule entered or corrected by an administrator before it replaces the
 * shipped one: every date inside the year, one entry per date, a make-up working day only on
 * a weekend, a swap or compensatory day off only on a weekday, names and sources present.
 */
import { z } from 'zod';
import { dayOfWeek, isValidLocalDate } from './local-date';
import { CALENDAR_DAY_KINDS, type CalendarDay } from './types';

export const CalendarDayInput = z.object({
  date: z.string().refine(isValidLocalDate, 'Ngày phải có dạng YYYY-MM-DD'),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string().trim().min(1, 'Thiếu tên ngày nghỉ/làm bù').max(200),
  source: z.string().trim().min(1, 'Thiếu văn bản căn cứ').max(300),
});
export type CalendarDayInput = z.infer<typeof CalendarDayInput>;

export type ScheduleProblem = { index: number; field: 'date' | 'kind'; message: string };

export function checkYearSchedule(year: number, days: readonly CalendarDay[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seen = new Set<string>();
  days.forEach((d, index) => {
    if (!d.date.startsWith(`${year}-`)) {
      problems.push({ index, field: 'date', message: `Ngày ${d.date} không thuộc năm ${year}` });
      return;
    }
    if (seen.has(d.date)) problems.push({ index, field: 'date', message: `Ngày ${d.date} bị khai báo hai lần` });
    seen.add(d.date);
    const dow = dayOfWeek(d.date);
    const weekend = dow === 0 || dow === 6;
    if (d.kind === 'makeup_workday' && !weekend) {
      problems.push({ index, field: 'kind', message: `Ngày làm bù ${d.date} phải là thứ Bảy hoặc Chủ nhật` });
    }
    if ((d.kind === 'swap_off' || d.kind === 'compensatory') && weekend) {
      problems.push({ index, field: 'kind', message: `Ngày nghỉ bù/hoán đổi ${d.date} phải là ngày trong tuần` });
    }
  });
  return problems;
}
