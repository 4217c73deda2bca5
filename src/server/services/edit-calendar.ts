import { checkYearSchedule, DEFAULT_OFFICE_HOURS, OFFICIAL_SCHEDULES, parseClockTime, provisionalSchedule, type CalendarDay, type OfficeHours } from '../../domain/calendar';
import { conflict, invalid, notFound } from '../errors';
import { agencyAncestry, findAgencyByCode } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { appendYearHistory, deleteYear, findOfficeHours, findStoredYear, listStoredYears, saveOfficeHours, upsertYear, yearHistory } from '../storage/calendar';
import { inTransaction } from '../storage/database';
import { authorize } from './authorize';
import { CALENDAR_FROM_YEAR, CALENDAR_TO_YEAR, invalidateCalendar, invalidateOfficeHours } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < CALENDAR_FROM_YEAR || year > CALENDAR_TO_YEAR) {
    throw invalid(`Năm phải trong khoảng ${CALENDAR_FROM_YEAR}–${CALENDAR_TO_YEAR}.`, { errors: [{ name: 'year', reason: 'ngoài phạm vi' }] });
  }
}

/** A year as the administrator sees it: where it comes from, its days, and who changed it. */
export async function yearForAdmin(ctx: ServiceContext, year: number) {
  authorize(ctx, 'calendar.manage');
  checkYear(year);
  const stored = (await listStoredYears(ctx.store)).find((y) => y.year === year);
  const official = OFFICIAL_SCHEDULES.get(year);
  const base = stored
    ? { origin: 'stored' as const, days: stored.days, provisional: stored.provisional, note: stored.note, version: stored.version }
    : official
      ? { origin: 'official' as const, days: [...official.days], provisional: false, note: null, version: null }
      : { origin: 'provisional' as const, days: [...provisionalSchedule(year).days], provisional: true, note: null, version: null };
  const history = await yearHistory(ctx.store, year);
  return { year, ...base, days: [...base.days].sort((a, b) => a.date.localeCompare(b.date)), history };
}

export async function saveYear(
  ctx: ServiceContext,
  year: number,
  input: { days: CalendarDay[]; provisional: boolean; note?: string | null; version: number | null },
) {
  const actor = authorize(ctx, 'calendar.manage');
  checkYear(year);
  const problems = checkYearSchedule(year, input.days);
  if (problems.length > 0) {
    throw invalid(problems.map((p) => p.message).join('; '), { errors: problems.map((p) => ({ name: `days.${p.index}.${p.field}`, reason: p.message })) });
  }
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  await inTransaction(ctx.store, async (tx) => {
    const current = await findStoredYear(tx, year);
    if ((current?.version ?? null) !== input.version) {
      throw conflict('Lịch năm này đã được người khác sửa; vui lòng tải lại.', { currentVersion: current?.version ?? null });
    }
    const ok = await upsertYear(tx, { year, days, provisional: input.provisional, note: input.note ?? null, userId: auditActorId(actor), expectedVersion: input.version });
    if (!ok) throw conflict('Lịch năm này đã được người khác sửa; vui lòng tải lại.');
    await appendYearHistory(tx, { year, action: 'save', days, provisional: input.provisional, note: input.note ?? null, userId: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'calendar.save', entity: 'calendar_year', entityId: String(year), detail: { days: days.length, provisional: input.provisional }, requestId: ctx.requestId ?? null });
  });
  invalidateCalendar(ctx.store);
  return yearForAdmin(ctx, year);
}

/** Drops the administrator's version of a year, going back to the shipped schedule. */
export async function revertYear(ctx: ServiceContext, year: number) {
  const actor = authorize(ctx, 'calendar.manage');
  checkYear(year);
  await inTransaction(ctx.store, async (tx) => {
    if (!(await deleteYear(tx, year))) throw notFound(`lịch đã sửa của năm ${year}`);
    await appendYearHistory(tx, { year, action: 'revert', days: null, provisional: null, note: null, userId: auditActorId(actor) });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'calendar.revert', entity: 'calendar_year', entityId: String(year), requestId: ctx.requestId ?? null });
  });
  invalidateCalendar(ctx.store);
  return yearForAdmin(ctx, year);
}

export async function setOfficeHours(ctx: ServiceContext, agencyCode: string, input: OfficeHours & { version: number | null }) {
  const agency = await findAgencyByCode(ctx.store, agencyCode);
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`);
  const actor = authorize(ctx, 'office_hours.manage', { agencyPath: await agencyAncestry(ctx.store, agency.id) });
  const t = (v: string, name: string) => {
    try {
      return parseClockTime(v, name);
    } catch {
      throw invalid(`Giờ "${v}" không hợp lệ (HH:MM).`, { errors: [{ name, reason: 'không hợp lệ' }] });
    }
  };
  const [a, b, c, d] = [t(input.morning.start, 'morning.start'), t(input.morning.end, 'morning.end'), t(input.afternoon.start, 'afternoon.start'), t(input.afternoon.end, 'afternoon.end')];
  if (!(a < b && b <= c && c < d)) throw invalid('Giờ làm việc phải theo thứ tự: sáng bắt đầu < sáng kết thúc ≤ chiều bắt đầu < chiều kết thúc.');
  const hours = { morning: input.morning, afternoon: input.afternoon };
  await inTransaction(ctx.store, async (tx) => {
    if (!(await saveOfficeHours(tx, agency.id, hours, auditActorId(actor), input.version))) {
      throw conflict('Giờ làm việc đã được người khác sửa; vui lòng tải lại.');
    }
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'office_hours.save', entity: 'agency', entityId: agency.id, detail: hours, requestId: ctx.requestId ?? null });
  });
  invalidateOfficeHours(ctx.store);
  return { ...((await findOfficeHours(ctx.store, agency.id)) ?? { ...DEFAULT_OFFICE_HOURS, version: null }) };
}
