/**
 * Writing imported dossiers (docs/adr/0022-dossier-import.md): a batch per transaction, the rows
 * shaped by the same mapping as generated dossiers (dossier-bulk.ts) and sent with COPY — a few
 * round trips per thousand dossiers, and the cheapest input PostgreSQL has.
 */
import { sql } from 'kysely';
import type { PoolClient } from 'pg';
import { withRecordDefaults, type ProcedureRecord } from '../../domain/procedure';
import { copyRows } from './copy-in';
import { poolOf, type Store, type Tx } from './database';
import { actionValues, dossierValues, stepValues, type BulkDossier, type BulkStep } from './dossier-bulk';
import type { ActionInsert } from './dossiers';

type Columns<T> = Record<keyof T, string>;

const DOSSIER_TYPES: Columns<ReturnType<typeof dossierValues>> = {
  id: 'uuid',
  code: 'text',
  procedure_code: 'text',
  procedure_version_id: 'uuid',
  process_id: 'uuid',
  steps: 'jsonb',
  channel: 'text',
  receiving_agency_id: 'uuid',
  handling_agency_id: 'uuid',
  current_unit_code: 'text',
  current_step_kind: 'text',
  status: 'smallint',
  state: 'jsonb',
  applicant: 'jsonb',
  applicant_name: 'text',
  applicant_id_number: 'text',
  owner: 'jsonb',
  documents: 'jsonb',
  note: 'text',
  rule_set: 'text',
  processing_time: 'jsonb',
  submitted_at: 'timestamptz',
  received_at: 'timestamptz',
  due_at: 'timestamptz',
  original_due_at: 'timestamptz',
  step_started_at: 'timestamptz',
  step_due_at: 'timestamptz',
  finished_at: 'timestamptz',
  returned_at: 'timestamptz',
  assignee_id: 'uuid',
  late: 'boolean',
  search_text: 'text',
  version: 'integer',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  imported_at: 'timestamptz',
  import_hash: 'text',
  sync_online_payment: 'smallint',
  sync_result_code: 'text',
  sync_result_url: 'text',
  sync_digitised_components: 'boolean',
  sync_vneid: 'boolean',
};

const ACTION_TYPES: Columns<ReturnType<typeof actionValues>> = {
  dossier_id: 'uuid',
  seq: 'integer',
  action: 'text',
  actor_id: 'uuid',
  actor_name: 'text',
  actor_role: 'text',
  agency_id: 'uuid',
  at: 'timestamptz',
  step: 'integer',
  status_after: 'smallint',
  comment: 'text',
  payload: 'jsonb',
};

const STEP_TYPES: Columns<ReturnType<typeof stepValues>> = {
  dossier_id: 'uuid',
  seq: 'integer',
  step_index: 'integer',
  step_key: 'text',
  step_name: 'text',
  unit_code: 'text',
  agency_id: 'uuid',
  started_at: 'timestamptz',
  due_at: 'timestamptz',
  finished_at: 'timestamptz',
  late: 'boolean',
};

/**
 * Rows as one JSON array (for the few re-imported dossiers, which need ON CONFLICT). JSON columns already hold JSON text (dossierValues), so they are
 * spliced in as they are rather than quoted as strings and parsed twice.
 */
function recordset(rows: Record<string, unknown>[], types: Record<string, string>): string {
  const keys = Object.keys(types);
  const quoted = keys.map((k) => JSON.stringify(k));
  const json = keys.map((k) => types[k] === 'jsonb');
  const out: string[] = [];
  for (const r of rows) {
    let s = '{';
    for (let i = 0; i < keys.length; i++) {
      const v = r[keys[i]!];
      s += `${i ? ',' : ''}${quoted[i]}:${v === null || v === undefined ? 'null' : json[i] ? (v as string) : JSON.stringify(v)}`;
    }
    out.push(`${s}}`);
  }
  return `[${out.join(',')}]`;
}

const columns = (types: Record<string, string>) => Object.keys(types);
const recordType = (types: Record<string, string>) => Object.entries(types).map(([k, t]) => `${k} ${t}`).join(', ');
/** Every column but the key and the creation time is replaced when a record is imported again. */
const UPDATED = columns(DOSSIER_TYPES)
  .filter((k) => k !== 'id' && k !== 'code' && k !== 'created_at')
  .map((k) => `${k} = EXCLUDED.${k}`)
  .join(', ');
const UPSERT = `
  INSERT INTO dossiers (${columns(DOSSIER_TYPES).join(', ')})
  SELECT ${columns(DOSSIER_TYPES).join(', ')} FROM json_to_recordset($1::json) AS t(${recordType(DOSSIER_TYPES)})
  ON CONFLICT (code) DO UPDATE SET ${UPDATED} WHERE dossiers.imported_at IS NOT NULL`;

export type ExistingImport = { id: string; code: string; imported: boolean; hash: string | null; moved: boolean };

/** What one batch writes: new dossiers, dossiers imported before and now replaced (same id), their history. */
export type ImportWrite<T> = {
  fresh: BulkDossier[];
  replaced: BulkDossier[];
  actions: ActionInsert[];
  steps: BulkStep[];
  /** Agency-day code sequences to keep ahead of imported codes. */
  sequences: { agencyId: string; day: string; last: number }[];
  audit: { actorId: string | null; requestId: string | null; detail: Record<string, unknown> } | null;
  result: T;
};

/**
 * One batch in one transaction on one connection: the dossiers already holding these codes are
 * locked and handed to `plan`, which decides what to write — received here (never overwritten),
 * imported before (same hash → skipped), or imported and acted on here since (kept). New dossiers,
 * actions and steps go in with COPY; a dossier imported again has its history replaced and its row
 * updated under the same id. Any failure rolls the whole batch back.
 */
export async function importTransaction<T>(store: Store, codes: string[], plan: (existing: Map<string, ExistingImport>) => ImportWrite<T>): Promise<T> {
  const client = await poolOf(store).connect();
  try {
    await client.query('BEGIN');
    const found = await client.query<ExistingImport>(
      `SELECT id, code, imported_at IS NOT NULL AS imported, import_hash AS hash, coalesce(updated_at > imported_at, false) AS moved
       FROM dossiers WHERE code = ANY($1::text[]) FOR UPDATE`,
      [codes],
    );
    const w = plan(new Map(found.rows.map((x) => [x.code, x])));
    await write(client, w);
    await client.query('COMMIT');
    return w.result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function write(client: PoolClient, w: ImportWrite<unknown>): Promise<void> {
  if (w.replaced.length > 0) {
    const ids = w.replaced.map((d) => d.id);
    await client.query(`DELETE FROM dossier_actions WHERE dossier_id = ANY($1::uuid[])`, [ids]);
    await client.query(`DELETE FROM dossier_steps WHERE dossier_id = ANY($1::uuid[])`, [ids]);
    await client.query(`DELETE FROM dossier_lateness WHERE dossier_id = ANY($1::uuid[])`, [ids]);
    const r = await client.query(UPSERT, [recordset(w.replaced.map(dossierValues), DOSSIER_TYPES)]);
    if (r.rowCount !== w.replaced.length) throw new Error('Một hồ sơ vừa được xử lý trên hệ thống này trong lúc nhập');
  }
  const n = await copyRows(client, 'dossiers', columns(DOSSIER_TYPES), w.fresh.map(dossierValues));
  if (n !== w.fresh.length) throw new Error(`COPY dossiers: ${n} of ${w.fresh.length}`);
  await copyRows(client, 'dossier_actions', columns(ACTION_TYPES), w.actions.map(actionValues));
  await copyRows(client, 'dossier_steps', columns(STEP_TYPES), w.steps.map(stepValues));
  if (w.sequences.length > 0) {
    await client.query(
      `INSERT INTO dossier_sequences (agency_id, day, last) SELECT * FROM unnest($1::uuid[], $2::date[], $3::int[])
       ON CONFLICT (agency_id, day) DO UPDATE SET last = greatest(dossier_sequences.last, excluded.last)`,
      [w.sequences.map((q) => q.agencyId), w.sequences.map((q) => q.day), w.sequences.map((q) => q.last)],
    );
  }
  if (w.audit) {
    await client.query(`INSERT INTO audit_log (actor_id, action, entity, entity_id, detail, request_id) VALUES ($1, 'dossier.import', 'dossier', NULL, $2, $3)`, [
      w.audit.actorId,
      JSON.stringify(w.audit.detail),
      w.audit.requestId,
    ]);
  }
}

export type PublishedVersion = { id: string; versionNo: number; effectiveFrom: string; effectiveTo: string | null; record: ProcedureRecord };

/** The published versions of these procedures, oldest first: an imported dossier takes the one in force when it was received. */
export async function publishedVersions(tx: Tx, codes: string[]): Promise<Map<string, PublishedVersion[]>> {
  const out = new Map<string, PublishedVersion[]>(codes.map((c) => [c, []]));
  if (codes.length === 0) return out;
  const r = await sql<{ code: string; id: string; version_no: number; effective_from: string; effective_to: string | null; record: unknown }>`
    SELECT p.code, v.id, v.version_no, v.effective_from::text AS effective_from, v.effective_to::text AS effective_to, v.record
    FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id AND v.status = 'published' AND v.effective_from IS NOT NULL
    WHERE p.code = ANY(${codes}::text[])
    ORDER BY p.code, v.effective_from, v.version_no`.execute(tx);
  for (const x of r.rows) out.get(x.code)!.push({ id: x.id, versionNo: x.version_no, effectiveFrom: x.effective_from, effectiveTo: x.effective_to, record: withRecordDefaults(x.record) });
  return out;
}
