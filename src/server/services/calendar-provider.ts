import {
  buildCalendar,
  DEFAULT_OFFICE_HOURS,
  OFFICIAL_SCHEDULES,
  type OfficeHours,
  type WorkingCalendar,
  type YearSchedule,
} from '../../domain/calendar';
import { invalid } from '../errors';
import { agencyDirectory } from './agency-directory';
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

const hoursCache = new WeakMap<Store, Map<string, { hours: OfficeHours & { version: number | null }; at: number }>>();

/**
 * Office hours of an agency by code (default hours without a code); 400 for an unknown agency.
 * Cached per instance for RECHECK_MS (cleared at once by a change through this instance).
 */
export async function officeHoursOf(store: Store, agencyCode: string | undefined): Promise<OfficeHours & { version: number | null }> {
  if (!agencyCode) return { ...DEFAULT_OFFICE_HOURS, version: null };
  const map = hoursCache.get(store) ?? new Map();
  hoursCache.set(store, map);
  const hit = map.get(agencyCode);
  if (hit && Date.now() - hit.at < RECHECK_MS) return hit.hours;
  const agency = (await agencyDirectory(store)).byCode.get(agencyCode);
  if (!agency) throw invalid(`Không tìm thấy cơ quan có mã "${agencyCode}".`, { errors: [{ name: 'agency', reason: 'không tồn tại' }] });
  const hours = (await findOfficeHours(store, agency.id)) ?? { ...DEFAULT_OFFICE_HOURS, version: null };
  map.set(agencyCode, { hours, at: Date.now() });
  return hours;
}

export const invalidateOfficeHours = (store: Store) => hoursCache.delete(store);
