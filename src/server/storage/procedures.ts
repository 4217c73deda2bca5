import { sql } from 'kysely';
import { withRecordDefaults, type ProcedureRecord } from '../../domain/procedure';
import type { Tx } from './database';

export type VersionRow = {
  id: string;
  procedureId: string;
  code: string;
  versionNo: number;
  status: 'draft' | 'published';
  record: ProcedureRecord;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  decisionNumber: string | null;
  lockVersion: number;
  updatedAt: Date;
};

const versionQuery = (tx: Tx) =>
  tx
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .leftJoin('publication_decisions as d', 'd.id', 'v.decision_id')
    .select([
      'v.id',
      'v.procedure_id as procedureId',
      'p.code',
      'v.version_no as versionNo',
      'v.status',
      'v.record',
      'v.effective_from as effectiveFrom',
      'v.effective_to as effectiveTo',
      'd.number as decisionNumber',
      'v.lock_version as lockVersion',
      'v.updated_at as updatedAt',
    ]);

/**
 * Records are stored as they were written: a version published before a field existed lacks it
 * (and stays so: published content is immutable). Every read fills the later fields' defaults.
 */
const asVersion = (r: Omit<VersionRow, 'record'> & { record: unknown }): VersionRow => ({ ...r, record: withRecordDefaults(r.record) });

export async function findProcedureId(tx: Tx, code: string): Promise<string | undefined> {
  return (await tx.selectFrom('procedures').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

export async function ensureProcedure(tx: Tx, code: string): Promise<string> {
  await tx.insertInto('procedures').values({ code }).onConflict((oc) => oc.column('code').doNothing()).execute();
  return (await findProcedureId(tx, code))!;
}

/** The published version in force on `date` (a LocalDate). */
export async function versionInForce(tx: Tx, code: string, date: string): Promise<VersionRow | undefined> {
  const r = await versionQuery(tx)
    .where('p.code', '=', code)
    .where('v.status', '=', 'published')
    .where('v.effective_from', '<=', date)
    .where((eb) => eb.or([eb('v.effective_to', 'is', null), eb('v.effective_to', '>', date)]))
    .orderBy('v.effective_from', 'desc')
    .executeTakeFirst();
  return r && asVersion(r);
}

export async function latestPublished(tx: Tx, procedureId: string): Promise<VersionRow | undefined> {
  const r = await versionQuery(tx).where('v.procedure_id', '=', procedureId).where('v.status', '=', 'published').orderBy('v.version_no', 'desc').executeTakeFirst();
  return r && asVersion(r);
}

export async function findDraft(tx: Tx, code: string): Promise<VersionRow | undefined> {
  const r = await versionQuery(tx).where('p.code', '=', code).where('v.status', '=', 'draft').executeTakeFirst();
  return r && asVersion(r);
}

export async function listVersions(tx: Tx, code: string): Promise<VersionRow[]> {
  return (await versionQuery(tx).where('p.code', '=', code).orderBy('v.version_no', 'desc').execute()).map(asVersion);
}

const columnsOf = (r: ProcedureRecord) => ({
  record: JSON.stringify(r),
  name: r.name,
  field: r.field,
  levels: r.levels,
  online_level: r.onlineLevel,
});

/** Creates the procedure's draft or replaces its content; returns whether a draft was created. */
export async function saveDraft(tx: Tx, record: ProcedureRecord, userId: string | null): Promise<{ created: boolean; id: string }> {
  const procedureId = await ensureProcedure(tx, record.code);
  const existing = await tx.selectFrom('procedure_versions').select(['id']).where('procedure_id', '=', procedureId).where('status', '=', 'draft').forUpdate().executeTakeFirst();
  if (existing) {
    await tx
      .updateTable('procedure_versions')
      .set({ ...columnsOf(record), updated_at: new Date(), lock_version: sql`lock_version + 1` })
      .where('id', '=', existing.id)
      .execute();
    return { created: false, id: existing.id };
  }
  const next = await tx
    .selectFrom('procedure_versions')
    .select((eb) => eb.fn.coalesce(eb.fn.max('version_no'), sql<number>`0`).as('max'))
    .where('procedure_id', '=', procedureId)
    .executeTakeFirstOrThrow();
  const row = await tx
    .insertInto('procedure_versions')
    .values({ procedure_id: procedureId, version_no: Number(next.max) + 1, status: 'draft', ...columnsOf(record), created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { created: true, id: row.id };
}

/** Turns a draft into a published version effective from `from`, closing the version it replaces. */
export async function publishDraft(tx: Tx, draftId: string, decisionId: string, from: string): Promise<void> {
  const draft = await tx.selectFrom('procedure_versions').select(['procedure_id']).where('id', '=', draftId).executeTakeFirstOrThrow();
  await closeOpenVersions(tx, draft.procedure_id, from);
  await tx.updateTable('procedure_versions').set({ status: 'published', effective_from: from, decision_id: decisionId, updated_at: new Date() }).where('id', '=', draftId).execute();
}

/** Sets effective_to = `at` on published versions still open at that date. */
export async function closeOpenVersions(tx: Tx, procedureId: string, at: string): Promise<number> {
  const r = await tx
    .updateTable('procedure_versions')
    .set({ effective_to: at })
    .where('procedure_id', '=', procedureId)
    .where('status', '=', 'published')
    .where('effective_from', '<', at)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', at)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function catalogueRevision(tx: Tx): Promise<number> {
  const r = await tx.selectFrom('catalogue_revision').select('revision').executeTakeFirst();
  return Number(r?.revision ?? 0);
}

export type InForceRow = { code: string; name: string; field: string; levels: string[]; onlineLevel: string | null; locationIndependent: boolean; agencyIds: string[] };

/** Summaries of every version in force on `date`, with the agencies assigned to the procedure. */
export async function loadInForce(tx: Tx, date: string): Promise<InForceRow[]> {
  const r = await sql<InForceRow>`
    SELECT p.code, v.name, v.field, v.levels, v.online_level AS "onlineLevel",
           coalesce((v.record ->> 'locationIndependent')::boolean, false) AS "locationIndependent",
           coalesce((SELECT array_agg(a.agency_id::text) FROM procedure_assignments a WHERE a.procedure_id = p.id), '{}') AS "agencyIds"
    FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id
    WHERE v.status = 'published' AND v.effective_from <= ${date} AND (v.effective_to IS NULL OR v.effective_to > ${date})
    ORDER BY p.code`.execute(tx);
  return r.rows;
}

export async function allCurrentRecords(tx: Tx, date: string, includeDrafts: boolean): Promise<ProcedureRecord[]> {
  const rows = await sql<{ record: unknown }>`
    SELECT DISTINCT ON (p.code) v.record
    FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id
    WHERE (v.status = 'published' AND v.effective_from <= ${date} AND (v.effective_to IS NULL OR v.effective_to > ${date}))
       OR (${includeDrafts} AND v.status = 'draft')
    ORDER BY p.code, (v.status = 'draft') ${includeDrafts ? sql`DESC` : sql`ASC`}, v.version_no DESC`.execute(tx);
  return rows.rows.map((r) => withRecordDefaults(r.record));
}

/** Every (procedure in force, assigned agency) pair with the record: demo and benchmark generators. */
export async function assignedProcedures(tx: Tx) {
  const r = await sql<{ code: string; agency_id: string; channels: string[]; record: unknown; version_id: string }>`
    SELECT p.code, a.agency_id, a.channels, v.record, v.id AS version_id
    FROM procedure_assignments a JOIN procedures p ON p.id = a.procedure_id
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.status = 'published' AND v.effective_to IS NULL
    JOIN agencies ag ON ag.id = a.agency_id
    ORDER BY p.code, ag.code`.execute(tx);
  return r.rows.map((row) => ({ ...row, record: withRecordDefaults(row.record) }));
}

/**
 * For receipt, in one query: the version in force, the channels the agency may receive it through,
 * and the agency's internal process in force (if one was approved).
 */
export async function receivableVersion(tx: Tx, code: string, date: string, agencyId: string) {
  const r = await sql<{ id: string; version_no: number; record: unknown; channels: string[] | null; process_id: string | null; process_steps: unknown }>`
    SELECT v.id, v.version_no, v.record, a.channels, pr.id AS process_id, pr.steps AS process_steps
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id AND v.status = 'published' AND v.effective_from <= ${date}
      AND (v.effective_to IS NULL OR v.effective_to > ${date})
    LEFT JOIN procedure_assignments a ON a.procedure_id = p.id AND a.agency_id = ${agencyId}
    LEFT JOIN LATERAL (
      SELECT id, steps FROM processes
      WHERE procedure_code = p.code AND agency_id = ${agencyId} AND status = 'approved' AND effective_from <= ${date}
      ORDER BY effective_from DESC, version_no DESC LIMIT 1
    ) pr ON true
    WHERE p.code = ${code}
    ORDER BY v.effective_from DESC LIMIT 1`.execute(tx);
  const row = r.rows[0];
  return row
    ? { id: row.id, versionNo: row.version_no, record: withRecordDefaults(row.record), channels: row.channels, process: row.process_id ? { id: row.process_id, steps: row.process_steps } : null }
    : undefined;
}
