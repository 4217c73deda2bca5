import type { Tx } from './database';

export type DecisionRow = {
  id: string;
  number: string;
  decisionDate: string;
  issuer: string;
  issuerLevel: 'central' | 'province';
  effectiveDate: string;
  status: 'draft' | 'published';
  note: string | null;
  publishedAt: Date | null;
  version: number;
};
export type DecisionItem = { procedureCode: string; action: 'new' | 'amended' | 'replaced' | 'abolished'; versionId: string | null };
export type DutyKind = 'publish_list' | 'publicise_national' | 'approve_internal_process' | 'update_eprocess';

const decisionColumns = [
  'id',
  'number',
  'decision_date as decisionDate',
  'issuer',
  'issuer_level as issuerLevel',
  'effective_date as effectiveDate',
  'status',
  'note',
  'published_at as publishedAt',
  'version',
] as const;

export async function findDecision(tx: Tx, number: string): Promise<DecisionRow | undefined> {
  return tx.selectFrom('publication_decisions').select(decisionColumns).where('number', '=', number).executeTakeFirst();
}

export async function lockDecision(tx: Tx, number: string): Promise<DecisionRow | undefined> {
  return tx.selectFrom('publication_decisions').select(decisionColumns).where('number', '=', number).forUpdate().executeTakeFirst();
}

export async function listDecisions(tx: Tx): Promise<(DecisionRow & { items: number })[]> {
  const rows = await tx
    .selectFrom('publication_decisions as d')
    .leftJoin('decision_items as i', 'i.decision_id', 'd.id')
    .select(decisionColumns.map((c) => `d.${c}` as const))
    .select((eb) => eb.fn.count<number>('i.procedure_code').as('items'))
    .groupBy('d.id')
    .orderBy('d.decision_date', 'desc')
    .orderBy('d.number')
    .execute();
  return rows.map((r) => ({ ...r, items: Number(r.items) }));
}

export async function insertDecision(
  tx: Tx,
  d: { number: string; decisionDate: string; issuer: string; issuerLevel: 'central' | 'province'; effectiveDate: string; note: string | null; userId: string | null },
): Promise<DecisionRow> {
  return tx
    .insertInto('publication_decisions')
    .values({
      number: d.number,
      decision_date: d.decisionDate,
      issuer: d.issuer,
      issuer_level: d.issuerLevel,
      effective_date: d.effectiveDate,
      note: d.note,
      created_by: d.userId,
      created_at: new Date(),
    })
    .returning(decisionColumns)
    .executeTakeFirstOrThrow();
}

export async function decisionItems(tx: Tx, decisionId: string): Promise<DecisionItem[]> {
  return tx
    .selectFrom('decision_items')
    .select(['procedure_code as procedureCode', 'action', 'version_id as versionId'])
    .where('decision_id', '=', decisionId)
    .orderBy('procedure_code')
    .execute();
}

export async function replaceItems(tx: Tx, decisionId: string, items: readonly { procedureCode: string; action: DecisionItem['action'] }[]): Promise<void> {
  await tx.deleteFrom('decision_items').where('decision_id', '=', decisionId).execute();
  if (items.length === 0) return;
  await tx
    .insertInto('decision_items')
    .values(items.map((i) => ({ decision_id: decisionId, procedure_code: i.procedureCode, action: i.action, version_id: null })))
    .execute();
}

export async function setItemVersion(tx: Tx, decisionId: string, code: string, versionId: string): Promise<void> {
  await tx.updateTable('decision_items').set({ version_id: versionId }).where('decision_id', '=', decisionId).where('procedure_code', '=', code).execute();
}

export async function markDecisionPublished(tx: Tx, id: string, userId: string | null): Promise<void> {
  await tx
    .updateTable('publication_decisions')
    .set((eb) => ({ status: 'published', published_at: new Date(), published_by: userId, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertDuties(tx: Tx, decisionId: string, duties: { kind: DutyKind; basisDate: string; dueDate: string }[]): Promise<void> {
  if (duties.length === 0) return;
  await tx
    .insertInto('publication_duties')
    .values(duties.map((d) => ({ decision_id: decisionId, kind: d.kind, basis_date: d.basisDate, due_date: d.dueDate })))
    .onConflict((oc) => oc.columns(['decision_id', 'kind']).doNothing())
    .execute();
}

export async function listDuties(tx: Tx, open: boolean | undefined) {
  let q = tx
    .selectFrom('publication_duties as t')
    .innerJoin('publication_decisions as d', 'd.id', 't.decision_id')
    .leftJoin('users as u', 'u.id', 't.done_by')
    .select(['t.id', 't.kind', 't.basis_date as basisDate', 't.due_date as dueDate', 't.done_at as doneAt', 'u.username as doneBy', 't.note', 'd.number as decisionNumber', 'd.issuer'])
    .orderBy('t.due_date')
    .orderBy('t.kind');
  if (open !== undefined) q = q.where('t.done_at', open ? 'is' : 'is not', null);
  return q.execute();
}

export async function findDuty(tx: Tx, id: string) {
  return tx.selectFrom('publication_duties').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function completeDuty(tx: Tx, id: string, userId: string | null, note: string | null): Promise<void> {
  await tx.updateTable('publication_duties').set({ done_at: new Date(), done_by: userId, note }).where('id', '=', id).where('done_at', 'is', null).execute();
}

export async function updateDutyDue(tx: Tx, decisionId: string, kind: DutyKind, basisDate: string, dueDate: string): Promise<void> {
  await tx
    .updateTable('publication_duties')
    .set({ basis_date: basisDate, due_date: dueDate })
    .where('decision_id', '=', decisionId)
    .where('kind', '=', kind)
    .where('done_at', 'is', null)
    .execute();
}

export async function listAssignments(tx: Tx, procedureId: string) {
  return tx
    .selectFrom('procedure_assignments as pa')
    .innerJoin('agencies as a', 'a.id', 'pa.agency_id')
    .select(['a.code as agencyCode', 'a.name as agencyName', 'pa.level', 'pa.channels'])
    .where('pa.procedure_id', '=', procedureId)
    .orderBy('a.code')
    .execute();
}

export async function replaceAssignments(tx: Tx, procedureId: string, rows: { agencyId: string; level: string; channels: string[] }[]): Promise<void> {
  await tx.deleteFrom('procedure_assignments').where('procedure_id', '=', procedureId).execute();
  if (rows.length === 0) return;
  await tx
    .insertInto('procedure_assignments')
    .values(rows.map((r) => ({ procedure_id: procedureId, agency_id: r.agencyId, level: r.level, channels: r.channels })))
    .execute();
}
