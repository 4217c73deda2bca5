import { sql } from 'kysely';
import type { Tx } from './database';

export type DossierRow = {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersionId: string;
  processId: string | null;
  steps: unknown;
  channel: 'direct' | 'online' | 'postal';
  receivingAgencyId: string;
  handlingAgencyId: string;
  currentUnitCode: string | null;
  status: number;
  state: unknown;
  applicant: unknown;
  owner: unknown;
  documents: unknown;
  note: string | null;
  ruleSet: string;
  processingTime: unknown;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  originalDueAt: Date | null;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  assigneeId: string | null;
  late: boolean;
  dueSoon: boolean;
  version: number;
  /** The portal account that submitted it online; the answers to the procedure's own fields. */
  citizenId?: string | null;
  formData?: unknown;
  /** Set when imported from a previous system (docs/adr/0022); such a dossier is read-only once closed. */
  importedAt?: Date | null;
};

const columns = [
  'id',
  'code',
  'procedure_code as procedureCode',
  'procedure_version_id as procedureVersionId',
  'process_id as processId',
  'steps',
  'channel',
  'receiving_agency_id as receivingAgencyId',
  'handling_agency_id as handlingAgencyId',
  'current_unit_code as currentUnitCode',
  'status',
  'state',
  'applicant',
  'owner',
  'documents',
  'note',
  'rule_set as ruleSet',
  'processing_time as processingTime',
  'submitted_at as submittedAt',
  'received_at as receivedAt',
  'due_at as dueAt',
  'original_due_at as originalDueAt',
  'step_started_at as stepStartedAt',
  'step_due_at as stepDueAt',
  'finished_at as finishedAt',
  'returned_at as returnedAt',
  'assignee_id as assigneeId',
  'late',
  'due_soon as dueSoon',
  'version',
  'citizen_id as citizenId',
  'form_data as formData',
  'imported_at as importedAt',
] as const;

export type NewDossier = {
  code: string;
  procedureCode: string;
  procedureVersionId: string;
  processId: string | null;
  steps: unknown;
  channel: 'direct' | 'online' | 'postal';
  receivingAgencyId: string;
  handlingAgencyId: string;
  currentUnitCode: string | null;
  currentStepKind: string | null;
  status: number;
  state: unknown;
  applicant: { name: string; idNumber: string } & Record<string, unknown>;
  owner: unknown;
  documents: unknown;
  note: string | null;
  ruleSet: string;
  processingTime: unknown;
  submittedAt: Date | null;
  receivedAt: Date | null;
  dueAt: Date | null;
  stepStartedAt: Date | null;
  stepDueAt: Date | null;
  searchText: string;
  citizenId?: string | null;
  formData?: unknown;
};

export async function findDossier(tx: Tx, code: string): Promise<DossierRow | undefined> {
  return tx.selectFrom('dossiers').select(columns).where('code', '=', code).executeTakeFirst();
}

export type ProjectionPatch = {
  status: number;
  state: unknown;
  handlingAgencyId?: string;
  currentUnitCode?: string | null;
  currentStepKind?: string | null;
  assigneeId?: string | null;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  stepStartedAt?: Date | null;
  stepDueAt?: Date | null;
  finishedAt?: Date | null;
  returnedAt?: Date | null;
  late?: boolean;
  dueSoon?: boolean;
};

/** The projection moves only from the version the caller read: 0 rows means someone acted first. */
export async function updateProjection(tx: Tx, id: string, expectedVersion: number, p: ProjectionPatch): Promise<boolean> {
  const r = await tx
    .updateTable('dossiers')
    .set({
      status: p.status,
      state: JSON.stringify(p.state),
      ...(p.handlingAgencyId !== undefined && { handling_agency_id: p.handlingAgencyId }),
      ...(p.currentUnitCode !== undefined && { current_unit_code: p.currentUnitCode }),
      ...(p.currentStepKind !== undefined && { current_step_kind: p.currentStepKind }),
      ...(p.assigneeId !== undefined && { assignee_id: p.assigneeId }),
      ...(p.receivedAt !== undefined && { received_at: p.receivedAt }),
      ...(p.dueAt !== undefined && { due_at: p.dueAt }),
      ...(p.stepStartedAt !== undefined && { step_started_at: p.stepStartedAt }),
      ...(p.stepDueAt !== undefined && { step_due_at: p.stepDueAt }),
      ...(p.finishedAt !== undefined && { finished_at: p.finishedAt }),
      ...(p.returnedAt !== undefined && { returned_at: p.returnedAt }),
      ...(p.late !== undefined && { late: p.late }),
      ...(p.dueSoon !== undefined && { due_soon: p.dueSoon }),
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type ActionInsert = {
  dossierId: string;
  seq: number;
  action: string;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  agencyId: string | null;
  at: Date;
  step: number | null;
  statusAfter: number;
  comment: string | null;
  payload: unknown;
};

export async function appendAction(tx: Tx, a: ActionInsert): Promise<void> {
  await tx
    .insertInto('dossier_actions')
    .values({
      dossier_id: a.dossierId,
      seq: a.seq,
      action: a.action,
      actor_id: a.actorId,
      actor_name: a.actorName,
      actor_role: a.actorRole,
      agency_id: a.agencyId,
      at: a.at,
      step: a.step,
      status_after: a.statusAfter,
      comment: a.comment,
      payload: JSON.stringify(a.payload ?? {}),
    })
    .execute();
}

export async function listActions(tx: Tx, dossierId: string) {
  return tx
    .selectFrom('dossier_actions as a')
    .leftJoin('agencies as g', 'g.id', 'a.agency_id')
    .select(['a.seq', 'a.action', 'a.actor_id as actorId', 'a.actor_name as actorName', 'a.actor_role as actorRole', 'g.code as agencyCode', 'a.at', 'a.step', 'a.status_after as statusAfter', 'a.comment', 'a.payload'])
    .where('a.dossier_id', '=', dossierId)
    .orderBy('a.seq')
    .execute();
}

export async function openStep(
  tx: Tx,
  s: { dossierId: string; seq: number; stepIndex: number; stepKey: string; stepName: string; unitCode: string | null; agencyId: string; startedAt: Date; dueAt: Date | null },
): Promise<void> {
  await tx
    .insertInto('dossier_steps')
    .values({
      dossier_id: s.dossierId,
      seq: s.seq,
      step_index: s.stepIndex,
      step_key: s.stepKey,
      step_name: s.stepName,
      unit_code: s.unitCode,
      agency_id: s.agencyId,
      started_at: s.startedAt,
      due_at: s.dueAt,
    })
    .execute();
}

/** Closes the open step (if any), recording whether it overran its share. */
export async function closeStep(tx: Tx, dossierId: string, at: Date): Promise<void> {
  await sql`
    UPDATE dossier_steps SET finished_at = ${at}, late = (due_at IS NOT NULL AND ${at} > due_at)
    WHERE dossier_id = ${dossierId} AND finished_at IS NULL`.execute(tx);
}

export async function listSteps(tx: Tx, dossierId: string) {
  return tx
    .selectFrom('dossier_steps as s')
    .leftJoin('agencies as g', 'g.id', 's.agency_id')
    .select(['s.seq', 's.step_index as stepIndex', 's.step_key as stepKey', 's.step_name as stepName', 's.unit_code as unitCode', 'g.code as agencyCode', 's.started_at as startedAt', 's.due_at as dueAt', 's.finished_at as finishedAt', 's.late'])
    .where('s.dossier_id', '=', dossierId)
    .orderBy('s.seq')
    .execute();
}

export async function findIdempotencyKey(tx: Tx, actorId: string, key: string) {
  return tx.selectFrom('idempotency_keys').select(['request_hash as hash', 'response']).where('actor_id', '=', actorId).where('key', '=', key).executeTakeFirst();
}

export type QueueName = 'to-receive' | 'mine' | 'unit' | 'due-soon' | 'late' | 'awaiting-supplement' | 'to-sign' | 'to-return';

export type QueueQuery = {
  queue: QueueName;
  userId: string;
  agencyIds: string[] | 'all';
  unitCodes: string[] | null;
  now: Date;
  dueSoonUntil: Date;
  procedureCode?: string | undefined;
  channel?: string | undefined;
  receivedFrom?: Date | undefined;
  receivedTo?: Date | undefined;
  text?: string | undefined;
  after?: { key: string; id: string } | undefined;
  limit: number;
};

/**
 * One work queue, scoped to the officer's agencies, filtered, keyset-paginated: deadline queues by
 * (due_at, id), the others by (received_at DESC, id).
 */
export async function workqueue(tx: Tx, q: QueueQuery) {
  const { query, byDue } = workqueueQuery(tx, q);
  const rows = await query.limit(q.limit + 1).execute();
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit, byDue };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a work-queue query, for the benchmark's plan snapshots. */
export async function explainWorkqueue(tx: Tx, q: QueueQuery): Promise<string> {
  const { query } = workqueueQuery(tx, q);
  const rows = await query.limit(q.limit + 1).explain('text', sql`analyze, buffers`);
  return rows.map((r) => String(Object.values(r)[0])).join('\n');
}

function workqueueQuery(tx: Tx, q: QueueQuery) {
  const byDue = q.queue === 'due-soon' || q.queue === 'late' || q.queue === 'mine' || q.queue === 'unit';
  const s = tx.selectFrom('dossiers as d').innerJoin('procedure_versions as v', 'v.id', 'd.procedure_version_id');
  const agencyCol = q.queue === 'to-receive' || q.queue === 'to-return' ? 'd.receiving_agency_id' : 'd.handling_agency_id';
  let w = s.select(['d.code', 'd.status', 'd.procedure_code as procedureCode', 'v.name as procedureName', 'v.field', 'd.channel', 'd.applicant_name as applicantName', 'd.received_at as receivedAt', 'd.due_at as dueAt', 'd.step_due_at as stepDueAt', 'd.current_step_kind as stepKind', 'd.late', 'd.due_soon as dueSoon', 'd.id']);
  if (q.agencyIds !== 'all') w = w.where(agencyCol, 'in', q.agencyIds.length ? q.agencyIds : ['00000000-0000-0000-0000-000000000000']);
  switch (q.queue) {
    case 'to-receive':
      // Online submissions to check, and counter receipts not yet handed on from the receive step.
      w = w.where((eb) => eb.or([eb('d.status', '=', 1), eb.and([eb('d.status', '=', 2), eb('d.current_step_kind', '=', 'receive')])]));
      break;
    case 'mine':
      w = w.where('d.assignee_id', '=', q.userId).where('d.status', 'in', [2, 4, 5, 6]);
      break;
    case 'unit':
      w = w.where('d.status', 'in', [2, 4, 5, 6]);
      // A step without a unit (e.g. the generated default process) belongs to the whole agency.
      if (q.unitCodes) {
        const units = q.unitCodes.length ? q.unitCodes : ['-'];
        w = w.where((eb) => eb.or([eb('d.current_unit_code', 'in', units), eb('d.current_unit_code', 'is', null)]));
      }
      break;
    case 'due-soon':
      w = w.where('d.status', 'in', [2, 4, 5, 6]).where('d.due_at', '>=', q.now).where('d.due_at', '<=', q.dueSoonUntil);
      break;
    case 'late':
      w = w.where('d.status', 'in', [2, 4, 5, 6]).where('d.due_at', '<', q.now);
      break;
    case 'awaiting-supplement':
      w = w.where('d.status', '=', 5);
      break;
    case 'to-sign':
      w = w.where('d.status', '=', 4).where('d.current_step_kind', '=', 'sign');
      break;
    case 'to-return':
      w = w.where('d.status', '=', 9);
      break;
  }
  if (q.procedureCode) w = w.where('d.procedure_code', '=', q.procedureCode);
  if (q.channel) w = w.where('d.channel', '=', q.channel as 'direct');
  if (q.receivedFrom) w = w.where('d.received_at', '>=', q.receivedFrom);
  if (q.receivedTo) w = w.where('d.received_at', '<', q.receivedTo);
  if (q.text) {
    // The dossier's own text (code, names, numbers) or the text recognised in its scans.
    const like = `%${q.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    w = w.where((eb) =>
      eb.or([
        eb('d.search_text', 'like', like),
        eb.exists(eb.selectFrom('dossier_files as df').innerJoin('files as f', 'f.id', 'df.file_id').select(sql`1`.as('one')).whereRef('df.dossier_id', '=', 'd.id').where('f.text_folded', 'like', like)),
      ]),
    );
  }
  if (byDue) {
    // Ascending due_at puts dossiers without a deadline last (NULLS LAST is the default), in the
    // order of the (agency, due_at, id) index, so a page reads only its own rows.
    const after = q.after;
    if (after && after.key === 'infinity') w = w.where('d.due_at', 'is', null).where('d.id', '>', after.id);
    else if (after) w = w.where(sql<boolean>`((d.due_at, d.id) > (${after.key}::timestamptz, ${after.id}::uuid) OR d.due_at IS NULL)`);
    w = w.orderBy('d.due_at', 'asc').orderBy('d.id');
  } else {
    if (q.after) w = w.where(sql<boolean>`(d.received_at, d.id) < (${q.after.key}::timestamptz, ${q.after.id}::uuid)`);
    w = w.orderBy('d.received_at', 'desc').orderBy('d.id', 'desc');
  }
  return { query: w, byDue };
}

/**
 * Marks open dossiers that passed their due time as late (through the partial index on due_at),
 * records where each one was when it became late, and refreshes the due-soon flags.
 * Returns the dossiers that just became late.
 */
export async function sweepDeadlines(tx: Tx, now: Date, dueSoonUntil: Date, limit = 5000): Promise<{ code: string; agencyId: string }[]> {
  const late = await sql<{ id: string; code: string; agency_id: string; due_at: Date; unit: string | null; step_key: string | null }>`
    WITH due AS (
      SELECT id FROM dossiers WHERE status IN (2, 4, 5, 6) AND NOT late AND due_at < ${now}
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    UPDATE dossiers d SET late = true, due_soon = false
    FROM due WHERE d.id = due.id
    RETURNING d.id, d.code, d.handling_agency_id AS agency_id, d.due_at, d.current_unit_code AS unit,
      (d.steps -> ((d.state ->> 'step')::int) ->> 'key') AS step_key`.execute(tx);
  if (late.rows.length > 0) {
    await tx
      .insertInto('dossier_lateness')
      .values(late.rows.map((r) => ({ dossier_id: r.id, became_late_at: now, due_at: r.due_at, agency_id: r.agency_id, unit_code: r.unit, step_key: r.step_key })))
      .onConflict((oc) => oc.column('dossier_id').doNothing())
      .execute();
  }
  await sql`UPDATE dossiers SET due_soon = (due_at <= ${dueSoonUntil})
    WHERE status IN (2, 4, 5, 6) AND NOT late AND due_at IS NOT NULL AND due_at >= ${now}
      AND due_soon <> (due_at <= ${dueSoonUntil})`.execute(tx);
  return late.rows.map((r) => ({ code: r.code, agencyId: r.agency_id }));
}
