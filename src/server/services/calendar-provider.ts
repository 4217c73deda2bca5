import {
  buildCalendar,
  DEFAULT_OFFICE_HOURS,
  OFFICIAL_SCHEDULES,
  type OfficeHours,
  type WorkingCalendar,
  type YearSchedule,
} from '../../domain/calendar';
import { invalid } from '../errors';
import { findAgencyByCode } from '../storage/agencies';
import { calendarRevision, findOfficeHours, listStoredYears } from '../storage/calendar';
import type { Store } from '../storage/database';

/** Years the working calendar covers; computations outside answer 400. */
export const CALENDAR_FROM_YEAR = 2000;
export const CALENDAR_TO_YEAR = 2060;
/** How long an instance trusts its cached calendar before re-checking the stored revision. */
const RECHECK_MS = 5_000;

type Cached = { calendar: WorkingCalendar; revision: string; checkedAt: number };
const cache = new WeakMap<Store, Cached>();

/**
 * The effective year schedules: an administrator's stored year wins, then the official
 * schedule shipped with motcua, else the provisional one generated from the Labour Code.
 */
export async function effectiveSchedules(store: Store): Promise<YearSchedule[]> {
  const stored = new Map((await listStoredYears(store)).map((y) => [y.year, y]));
  const out: YearSchedule[] = [];
  for (let year = CALENDAR_FROM_YEAR; year <= CALENDAR_TO_YEAR; year++) {
    const s = stored.get(year);
    if (s) out.push({ year, days: s.days, provisional: s.provisional });
    else {
      const official = OFFICIAL_SCHEDULES.get(year);
      if (official) out.push(official);
    }
  }
  return out;
}

/** The working calendar for this database, built once and rebuilt when a year changes. */
export async function workingCalendar(store: Store): Promise<WorkingCalendar> {
  const now = Date.now();
  const hit = cache.get(store);
  if (hit && now - hit.checkedAt < RECHECK_MS) return hit.calendar;
  const revision = await calendarRevision(store);
  if (hit && hit.revision === revision) {
    hit.checkedAt = now;
    return hit.calendar;
  }
  const calendar = buildCalendar(await effectiveSchedules(store), { fromYear: CALENDAR_FROM_YEAR, toYear: CALENDAR_TO_YEAR });
  cache.set(store, { calendar, revision, checkedAt: now });
  return calendar;
}

export const invalidateCalendar = (store: Store) => cache.delete(store);

/** Office hours of an agency by code (default hours without a code); 400 for an unknown agency. */
export async function officeHoursOf(store: Store, agencyCode: string | undefined): Promise<OfficeHours & { version: number | null }> {
  if (!agencyCode) return { ...DEFAULT_OFFICE_HOURS, version: null };
  const agency = await findAgencyByCode(store, agencyCode);
  if (!agency) throw invalid(`Không tìm thấy cơ quan có mã "${agencyCode}".`, { errors: [{ name: 'agency', reason: 'không tồn tại' }] });
  return (await findOfficeHours(store, agency.id)) ?? { ...DEFAULT_OFFICE_HOURS, version: null };
}
