import { sql } from 'kysely';
import type { Tx } from './database';

export async function findFeeSchedule(tx: Tx, procedureCode: string): Promise<{ schedule: unknown; version: number; updatedAt: Date } | undefined> {
  return tx.selectFrom('fee_schedules').select(['schedule', 'version', 'updated_at as updatedAt']).where('procedure_code', '=', procedureCode).executeTakeFirst();
}

/** Saves a schedule from the version the editor saw (0: none yet); false when someone saved first. */
export async function saveFeeSchedule(tx: Tx, procedureCode: string, schedule: unknown, expectedVersion: number, by: string | null): Promise<boolean> {
  if (expectedVersion === 0) {
    const r = await tx
      .insertInto('fee_schedules')
      .values({ procedure_code: procedureCode, schedule: JSON.stringify(schedule), updated_by: by })
      .onConflict((oc) => oc.column('procedure_code').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('fee_schedules')
    .set({ schedule: JSON.stringify(schedule), version: expectedVersion + 1, updated_by: by, updated_at: new Date() })
    .where('procedure_code', '=', procedureCode)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The interchange record of a procedure version (channels, fees). */
export async function versionRecord(tx: Tx, versionId: string): Promise<unknown> {
  const r = await tx.selectFrom('procedure_versions').select('record').where('id', '=', versionId).executeTakeFirst();
  return r?.record ?? null;
}

/** The record of the procedure's version in force today (published, effective). */
export async function currentRecord(tx: Tx, procedureCode: string): Promise<unknown> {
  const r = await sql<{ record: unknown }>`
    SELECT v.record FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id
    WHERE p.code = ${procedureCode} AND v.status = 'published'
    ORDER BY v.version_no DESC LIMIT 1`.execute(tx);
  return r.rows[0]?.record ?? null;
}

export type FeeScheduleListRow = {
  code: string;
  name: string;
  versionNo: number;
  effectiveFrom: string | null;
  record: unknown;
  schedule: unknown | null;
  version: number | null;
  updatedAt: Date | null;
  updatedBy: string | null;
};

/**
 * Procedures with their latest published version and configured schedule (if any), by code; `q`
 * matches the code's prefix or the folded name and field. Returns one page and the total.
 */
export async function listFeeSchedules(tx: Tx, f: { q?: string | undefined; configured?: boolean | undefined; limit: number; offset: number }): Promise<{ total: number; rows: FeeScheduleListRow[] }> {
  const q = f.q?.trim() ?? '';
  const where = sql.join(
    [
      sql`TRUE`,
      q ? sql`(p.code LIKE ${`${q}%`} OR v.search_all LIKE '%' || motcua_fold(${q}) || '%')` : sql`TRUE`,
      f.configured === undefined ? sql`TRUE` : f.configured ? sql`f.procedure_code IS NOT NULL` : sql`f.procedure_code IS NULL`,
    ],
    sql` AND `,
  );
  const current = sql`
    SELECT DISTINCT ON (p.code) p.code, v.name, v.version_no AS "versionNo", v.effective_from::text AS "effectiveFrom", v.record,
           f.schedule, f.version, f.updated_at AS "updatedAt", u.full_name AS "updatedBy"
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.status = 'published'
    LEFT JOIN fee_schedules f ON f.procedure_code = p.code
    LEFT JOIN users u ON u.id = f.updated_by
    WHERE ${where}
    ORDER BY p.code, v.version_no DESC`;
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${current}) c`.execute(tx);
  const rows = await sql<FeeScheduleListRow>`SELECT * FROM (${current}) c ORDER BY c.code LIMIT ${f.limit} OFFSET ${f.offset}`.execute(tx);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}
