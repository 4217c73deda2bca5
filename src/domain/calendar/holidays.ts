/** Year schedules: official where announced (2023–2026), provisional otherwise. */
import { OFFICIAL_SCHEDULES } from './schedules';
import { provisionalSchedule } from './provisional';
import type { YearSchedule } from './types';

export { provisionalSchedule, statutoryHolidays, PROVISIONAL_SOURCE } from './provisional';
export { OFFICIAL_SCHEDULES } from './schedules';

export function officialSchedule(year: number): YearSchedule | undefined {
  return OFFICIAL_SCHEDULES.get(year);
}

/** The official schedule for `year` if motcua ships one, else the provisional one. */
export function scheduleFor(year: number): YearSchedule {
  return OFFICIAL_SCHEDULES.get(year) ?? provisionalSchedule(year);
}
