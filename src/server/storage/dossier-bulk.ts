import type { Tx } from './database';
import type { ActionInsert, NewDossier } from './dossiers';

/** An imported dossier's marks (docs/adr/0022-dossier-import.md): when, the record's hash, the sync record's own facts. */
export type ImportMark = {
  at: Date;
  hash: string;
  onlinePayment: number | null;
  resultCode: string | null;
  resultUrl: string | null;
  digitisedComponents: boolean | null;
  vneid: boolean | null;
};

export type BulkDossier = NewDossier & {
  id: string;
  version: number;
  originalDueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  assigneeId: string | null;
  late: boolean;
  createdAt: Date;
  /** Default: createdAt. */
  updatedAt?: Date;
  imported?: ImportMark | null;
};
export type BulkStep = { dossierId: string; seq: number; stepIndex: number; stepKey: string; stepName: string; unitCode: string | null; agencyId: string; startedAt: Date; dueAt: Date | null; finishedAt: Date | null; late: boolean | null };

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The `dossiers` row of a generated or imported dossier (JSON columns as text; a string is taken as JSON already). */
export const dossierValues = (d: BulkDossier) => ({
  id: d.id,
  code: d.code,
  procedure_code: d.procedureCode,
  procedure_version_id: d.procedureVersionId,
  process_id: d.processId,
  steps: json(d.steps),
  channel: d.channel,
  receiving_agency_id: d.receivingAgencyId,
  handling_agency_id: d.handlingAgencyId,
  current_unit_code: d.currentUnitCode,
  current_step_kind: d.currentStepKind,
  status: d.status,
  state: json(d.state),
  applicant: json(d.applicant),
  applicant_name: d.applicant.name,
  applicant_id_number: d.applicant.idNumber,
  owner: d.owner === null || d.owner === undefined ? null : json(d.owner),
  documents: json(d.documents),
  note: d.note,
  rule_set: d.ruleSet,
  processing_time: d.processingTime === null ? null : json(d.processingTime),
  submitted_at: d.submittedAt,
  received_at: d.receivedAt,
  due_at: d.dueAt,
  original_due_at: d.originalDueAt,
  step_started_at: d.stepStartedAt,
  step_due_at: d.stepDueAt,
  finished_at: d.finishedAt,
  returned_at: d.returnedAt,
  assignee_id: d.assigneeId,
  late: d.late,
  search_text: d.searchText,
  version: d.version,
  created_at: d.createdAt,
  updated_at: d.updatedAt ?? d.createdAt,
  imported_at: d.imported?.at ?? null,
  import_hash: d.imported?.hash ?? null,
  sync_online_payment: d.imported?.onlinePayment ?? null,
  sync_result_code: d.imported?.resultCode ?? null,
  sync_result_url: d.imported?.resultUrl ?? null,
  sync_digitised_components: d.imported?.digitisedComponents ?? null,
  sync_vneid: d.imported?.vneid ?? null,
});

export const actionValues = (a: ActionInsert) => ({
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
  payload: json(a.payload ?? {}),
});

export const stepValues = (s: BulkStep) => ({
  dossier_id: s.dossierId,
  seq: s.seq,
  step_index: s.stepIndex,
  step_key: s.stepKey,
  step_name: s.stepName,
  unit_code: s.unitCode,
  agency_id: s.agencyId,
  started_at: s.startedAt,
  due_at: s.dueAt,
  finished_at: s.finishedAt,
  late: s.late,
});

/** Multi-row inserts for generated dossiers (demo data, benchmarks), with their actions and steps. */
export async function bulkInsertDossiers(tx: Tx, dossiers: BulkDossier[], actions: ActionInsert[], steps: BulkStep[]): Promise<void> {
  for (const part of chunks(dossiers, 500)) await tx.insertInto('dossiers').values(part.map(dossierValues)).execute();
  for (const part of chunks(actions, 1000)) await tx.insertInto('dossier_actions').values(part.map(actionValues)).execute();
  for (const part of chunks(steps, 1000)) await tx.insertInto('dossier_steps').values(part.map(stepValues)).execute();
}

/** Sets each agency-day sequence to the highest number used, after generated dossiers. */
export async function syncSequences(tx: Tx, rows: { agencyId: string; day: string; last: number }[]): Promise<void> {
  for (const part of chunks(rows, 1000)) {
    await tx
      .insertInto('dossier_sequences')
      .values(part.map((r) => ({ agency_id: r.agencyId, day: r.day, last: r.last })))
      .onConflict((oc) => oc.columns(['agency_id', 'day']).doUpdateSet((eb) => ({ last: eb.fn('greatest', ['dossier_sequences.last', 'excluded.last']) })))
      .execute();
  }
}

export async function currentSequences(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx.selectFrom('dossier_sequences').select(['agency_id', 'day', 'last']).execute();
  return new Map(rows.map((r) => [`${r.agency_id}|${r.day}`, r.last]));
}

export async function countDossiers(tx: Tx): Promise<number> {
  const r = await tx.selectFrom('dossiers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
