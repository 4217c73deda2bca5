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
