import { sql } from 'kysely';
import type { Tx } from './database';
import type { NewDossier } from './dossiers';

export type ReceiptInsert = {
  agencyId: string;
  agencyCode: string;
  /** Reception date (local) as YYYY-MM-DD, and as the YYMMDD of the dossier code. */
  day: string;
  yymmdd: string;
  idempotency: { actorId: string; key: string; hash: string };
  dossier: Omit<NewDossier, 'code' | 'searchText'> & { searchRest: string };
  action: { actorId: string | null; actorName: string; actorRole: string; at: Date; statusAfter: number; comment: string | null; payload: unknown };
  step: { stepKey: string; stepName: string; unitCode: string | null; startedAt: Date; dueAt: Date | null };
  /** Outbox messages; each gets `code` in its payload and `<topic>:<code><dedupeSuffix>` as dedupe key. */
  messages: { topic: string; payload: Record<string, unknown>; dedupeSuffix: string }[];
};

/**
 * The whole counter receipt in one statement (one round trip): the agency's daily sequence, the
 * Idempotency-Key, the dossier with its code, its first action, its first step and the outbox
 * messages (and, for an online submission, the submitting citizen and the field answers). When the key was already used the statement inserts no dossier and returns nothing;
 * the caller then rolls back (undoing the sequence increment, so codes stay gap-free).
 */
export async function insertReceipt(tx: Tx, r: ReceiptInsert): Promise<{ id: string; code: string } | null> {
  const d = r.dossier;
  const j = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const res = await sql<{ id: string; code: string }>`
    WITH seq AS (
      INSERT INTO dossier_sequences (agency_id, day, last) VALUES (${r.agencyId}, ${r.day}, 1)
      ON CONFLICT (agency_id, day) DO UPDATE SET last = dossier_sequences.last + 1
      RETURNING last
    ), c AS (
      SELECT ${r.agencyCode}::text || '-' || ${r.yymmdd}::text || '-' || lpad(last::text, 4, '0') AS code FROM seq
    ), idem AS (
      INSERT INTO idempotency_keys (actor_id, key, request_hash, response, created_at)
      SELECT ${r.idempotency.actorId}, ${r.idempotency.key}, ${r.idempotency.hash}, jsonb_build_object('code', c.code), ${r.action.at} FROM c
      ON CONFLICT (actor_id, key) DO NOTHING
      RETURNING 1 AS ok
    ), ins AS (
      INSERT INTO dossiers (code, procedure_code, procedure_version_id, process_id, steps, channel, receiving_agency_id,
        handling_agency_id, current_unit_code, current_step_kind, status, state, applicant, applicant_name, applicant_id_number,
        owner, documents, note, rule_set, processing_time, submitted_at, received_at, due_at, original_due_at, step_started_at,
        step_due_at, search_text, created_at, updated_at, citizen_id, form_data)
      SELECT c.code, ${d.procedureCode}, ${d.procedureVersionId}, ${d.processId}, ${j(d.steps)}::jsonb, ${d.channel}, ${d.receivingAgencyId},
        ${d.handlingAgencyId}, ${d.currentUnitCode}, ${d.currentStepKind}, ${d.status}, ${j(d.state)}::jsonb, ${j(d.applicant)}::jsonb,
        ${d.applicant.name}, ${d.applicant.idNumber}, ${j(d.owner)}::jsonb, ${j(d.documents)}::jsonb, ${d.note}, ${d.ruleSet},
        ${j(d.processingTime)}::jsonb, ${d.submittedAt}, ${d.receivedAt}, ${d.dueAt}, ${d.dueAt}, ${d.stepStartedAt},
        ${d.stepDueAt}, lower(c.code) || ' ' || ${d.searchRest}::text, ${r.action.at}, ${r.action.at},
        ${d.citizenId ?? null}::uuid, ${j(d.formData)}::jsonb
      FROM c, idem
      RETURNING id, code
    ), act AS (
      INSERT INTO dossier_actions (dossier_id, seq, action, actor_id, actor_name, actor_role, agency_id, at, step, status_after, comment, payload)
      SELECT ins.id, 1, 'create', ${r.action.actorId}, ${r.action.actorName}, ${r.action.actorRole}, ${r.agencyId}, ${r.action.at}, 0,
        ${r.action.statusAfter}, ${r.action.comment}, ${j(r.action.payload)}::jsonb
      FROM ins
    ), st AS (
      INSERT INTO dossier_steps (dossier_id, seq, step_index, step_key, step_name, unit_code, agency_id, started_at, due_at)
      SELECT ins.id, 1, 0, ${r.step.stepKey}, ${r.step.stepName}, ${r.step.unitCode}, ${r.agencyId}, ${r.step.startedAt}, ${r.step.dueAt} FROM ins
    ), ob AS (
      INSERT INTO outbox (topic, payload, dedupe_key)
      SELECT m.topic, m.payload || jsonb_build_object('code', ins.code), m.topic || ':' || ins.code || m.suffix
      FROM ins, jsonb_to_recordset(${JSON.stringify(r.messages.map((m) => ({ topic: m.topic, payload: m.payload, suffix: m.dedupeSuffix })))}::jsonb) AS m(topic text, payload jsonb, suffix text)
      ON CONFLICT (dedupe_key) DO NOTHING
    )
    SELECT id, code FROM ins`.execute(tx);
  return res.rows[0] ?? null;
}
