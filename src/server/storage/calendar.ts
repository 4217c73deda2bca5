import { sql } from 'kysely';
import type { CalendarDay, OfficeHours } from '../../domain/calendar';
import type { Tx } from './database';

export type StoredYear = {
  year: number;
  days: CalendarDay[];
  provisional: boolean;
  note: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
};

export async function listStoredYears(tx: Tx): Promise<StoredYear[]> {
  const rows = await tx
    .selectFrom('calendar_years')
    .leftJoin('users', 'users.id', 'calendar_years.updated_by')
    .select(['year', 'days', 'provisional', 'note', 'calendar_years.version', 'users.username as updatedBy', 'calendar_years.updated_at as updatedAt'])
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ ...r, days: r.days as CalendarDay[] }));
}

/** A cheap fingerprint of all stored years, to know when a cached calendar is stale. */
export async function calendarRevision(tx: Tx): Promise<string> {
  const r = await sql<{ rev: string }>`
    SELECT count(*)::text || ':' || coalesce(sum(version), 0)::text || ':' || coalesce(max(updated_at)::text, '') AS rev
    FROM calendar_years`.execute(tx);
  return r.rows[0]?.rev ?? '';
}

export async function findStoredYear(tx: Tx, year: number) {
  return tx.selectFrom('calendar_years').select(['year', 'version']).where('year', '=', year).forUpdate().executeTakeFirst();
}

export async function upsertYear(
  tx: Tx,
  y: { year: number; days: CalendarDay[]; provisional: boolean; note: string | null; userId: string | null; expectedVersion: number | null },
): Promise<boolean> {
  const days = JSON.stringify(y.days);
  if (y.expectedVersion === null) {
    const r = await tx
      .insertInto('calendar_years')
      .values({ year: y.year, days, provisional: y.provisional, note: y.note, updated_by: y.userId, updated_at: new Date() })
      .onConflict((oc) => oc.column('year').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('calendar_years')
    .set({ days, provisional: y.provisional, note: y.note, updated_by: y.userId, updated_at: new Date(), version: y.expectedVersion + 1 })
    .where('year', '=', y.year)
    .where('version', '=', y.expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteYear(tx: Tx, year: number): Promise<boolean> {
  const r = await tx.deleteFrom('calendar_years').where('year', '=', year).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function appendYearHistory(
  tx: Tx,
  h: { year: number; action: 'save' | 'revert'; days: CalendarDay[] | null; provisional: boolean | null; note: string | null; userId: string | null },
): Promise<void> {
  await tx
    .insertInto('calendar_year_history')
    .values({
      year: h.year,
      action: h.action,
      days: h.days ? JSON.stringify(h.days) : null,
      provisional: h.provisional,
      note: h.note,
      changed_by: h.userId,
      changed_at: new Date(),
    })
    .execute();
}

export async function yearHistory(tx: Tx, year: number) {
  const rows = await tx
    .selectFrom('calendar_year_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.action', 'h.days', 'h.provisional', 'h.note', 'h.changed_at as changedAt', 'u.username as changedBy', 'u.full_name as changedByName'])
    .where('h.year', '=', year)
    .orderBy('h.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, days: r.days as CalendarDay[] | null }));
}

export async function findOfficeHours(tx: Tx, agencyId: string): Promise<(OfficeHours & { version: number }) | undefined> {
  const r = await tx.selectFrom('office_hours').selectAll().where('agency_id', '=', agencyId).executeTakeFirst();
  return r
    ? { morning: { start: r.morning_start, end: r.morning_end }, afternoon: { start: r.afternoon_start, end: r.afternoon_end }, version: r.version }
    : undefined;
}

export async function saveOfficeHours(tx: Tx, agencyId: string, h: OfficeHours, userId: string | null, expectedVersion: number | null): Promise<boolean> {
  const values = {
    morning_start: h.morning.start,
    morning_end: h.morning.end,
    afternoon_start: h.afternoon.start,
    afternoon_end: h.afternoon.end,
    updated_by: userId,
    updated_at: new Date(),
  };
  if (expectedVersion === null) {
    const r = await tx.insertInto('office_hours').values({ agency_id: agencyId, ...values }).onConflict((oc) => oc.column('agency_id').doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('office_hours')
    .set({ ...values, version: expectedVersion + 1 })
    .where('agency_id', '=', agencyId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
