import type { Tx } from './database';

export type ProcessRow = {
  id: string;
  versionNo: number;
  status: 'draft' | 'approved';
  steps: unknown;
  decisionNumber: string | null;
  decisionDate: string | null;
  approvedBy: string | null;
  effectiveFrom: string | null;
};

const cols = ['id', 'version_no as versionNo', 'status', 'steps', 'decision_number as decisionNumber', 'decision_date as decisionDate', 'approved_by as approvedBy', 'effective_from as effectiveFrom'] as const;

export async function listProcesses(tx: Tx, procedureCode: string, agencyId: string): Promise<ProcessRow[]> {
  return tx.selectFrom('processes').select(cols).where('procedure_code', '=', procedureCode).where('agency_id', '=', agencyId).orderBy('version_no', 'desc').execute();
}

export async function saveProcessDraft(tx: Tx, procedureCode: string, agencyId: string, steps: unknown, userId: string | null): Promise<void> {
  const draft = await tx.selectFrom('processes').select('id').where('procedure_code', '=', procedureCode).where('agency_id', '=', agencyId).where('status', '=', 'draft').forUpdate().executeTakeFirst();
  if (draft) {
    await tx.updateTable('processes').set({ steps: JSON.stringify(steps) }).where('id', '=', draft.id).execute();
    return;
  }
  const max = await tx
    .selectFrom('processes')
    .select((eb) => eb.fn.max('version_no').as('n'))
    .where('procedure_code', '=', procedureCode)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  await tx
    .insertInto('processes')
    .values({ procedure_code: procedureCode, agency_id: agencyId, version_no: Number(max?.n ?? 0) + 1, status: 'draft', steps: JSON.stringify(steps), created_by: userId, created_at: new Date() })
    .execute();
}

export async function approveProcessDraft(
  tx: Tx,
  procedureCode: string,
  agencyId: string,
  d: { decisionNumber: string; decisionDate: string; approvedBy: string; effectiveFrom: string },
): Promise<boolean> {
  const r = await tx
    .updateTable('processes')
    .set({ status: 'approved', decision_number: d.decisionNumber, decision_date: d.decisionDate, approved_by: d.approvedBy, effective_from: d.effectiveFrom })
    .where('procedure_code', '=', procedureCode)
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
