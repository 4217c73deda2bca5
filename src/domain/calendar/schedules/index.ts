import type { YearSchedule } from '../types';
import { SCHEDULE_2023 } from './2023';
import { SCHEDULE_2024 } from './2024';
import { SCHEDULE_2025 } from './2025';
import { SCHEDULE_2026 } from './2026';

/** Official public-sector schedules shipped with motcua, by year. */
export const OFFICIAL_SCHEDULES: ReadonlyMap<number, YearSchedule> = new Map(
  [SCHEDULE_2023, SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026].map((s) => [s.year, s]),
);
