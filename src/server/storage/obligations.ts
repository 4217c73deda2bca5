import { sql } from 'kysely';
import type { Tx } from './database';

export type ObligationStatusRow = 'open' | 'paid' | 'refunded' | 'cancelled';

export type ObligationRow = {
  id: string;
  dossierId: string;
  agencyId: string;
  basis: 'schedule' | 'officer';
  actionSeq: number | null;
  status: ObligationStatusRow;
  amount: number;
  lines: unknown;
  discounts: unknown;
  exemption: unknown;
  quantities: unknown;
  dueAt: Date | null;
  paidPaymentId: string | null;
  paidAt: Date | null;
  cancelledReason: string | null;
  createdAt: Date;
  version: number;
};

const cols = [
  'o.id',
  'o.dossier_id as dossierId',
  'o.agency_id as agencyId',
  'o.basis',
  'o.action_seq as actionSeq',
  'o.status',
  'o.amount',
  'o.lines',
  'o.discounts',
  'o.exemption',
  'o.quantities',
  'o.due_at as dueAt',
  'o.paid_payment_id as paidPaymentId',
  'o.paid_at as paidAt',
  'o.cancelled_reason as cancelledReason',
  'o.created_at as createdAt',
  'o.version',
] as const;

type Raw = Omit<ObligationRow, 'amount'> & { amount: number | string };
const row = <T extends Raw>(r: T): Omit<T, 'amount'> & { amount: number } => ({ ...r, amount: Number(r.amount) });

export type NewObligation = {
  dossierId: string;
  agencyId: string;
  basis: 'schedule' | 'officer';
  actionSeq: number | null;
  amount: number;
  lines: unknown;
  discounts: unknown;
  exemption: unknown;
  quantities: unknown;
  dueAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
};

/** Records an obligation once (one per dossier from the schedule, one per request_payment action). */
export async function insertObligation(tx: Tx, o: NewObligation): Promise<string | null> {
  const r = await tx
    .insertInto('payment_obligations')
    .values({
      dossier_id: o.dossierId,
      agency_id: o.agencyId,
      basis: o.basis,
      action_seq: o.actionSeq,
      amount: o.amount,
      lines: JSON.stringify(o.lines),
      discounts: JSON.stringify(o.discounts ?? []),
      exemption: o.exemption ? JSON.stringify(o.exemption) : null,
      quantities: o.quantities ? JSON.stringify(o.quantities) : null,
      due_at: o.dueAt,
      created_by: o.createdBy,
      created_at: o.createdAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function listObligations(tx: Tx, dossierId: string): Promise<ObligationRow[]> {
  const rows = await tx.selectFrom('payment_obligations as o').select(cols).where('o.dossier_id', '=', dossierId).orderBy('o.created_at').orderBy('o.id').execute();
  return rows.map(row);
}

export type ObligationWithDossier = ObligationRow & { dossierCode: string; dossierStatus: number; procedureCode: string };

export async function findObligation(tx: Tx, id: string): Promise<ObligationWithDossier | undefined> {
  const r = await tx
    .selectFrom('payment_obligations as o')
    .innerJoin('dossiers as d', 'd.id', 'o.dossier_id')
    .select(cols)
    .select(['d.code as dossierCode', 'd.status as dossierStatus', 'd.procedure_code as procedureCode'])
    .where('o.id', '=', id)
    .executeTakeFirst();
  return r ? row(r) : undefined;
}

export async function lockObligation(tx: Tx, id: string): Promise<ObligationRow | undefined> {
  const r = await tx.selectFrom('payment_obligations as o').select(cols).where('o.id', '=', id).forUpdate().executeTakeFirst();
  return r ? row(r) : undefined;
}

/** New terms (quantities, exemption) of an open obligation, from the version the officer saw. */
export async function updateObligationTerms(
  tx: Tx,
  id: string,
  version: number,
  t: { amount: number; lines: unknown; discounts: unknown; exemption: unknown; quantities: unknown },
): Promise<boolean> {
  const r = await tx
    .updateTable('payment_obligations')
    .set({ amount: t.amount, lines: JSON.stringify(t.lines), discounts: JSON.stringify(t.discounts), exemption: t.exemption ? JSON.stringify(t.exemption) : null, quantities: t.quantities ? JSON.stringify(t.quantities) : null, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function cancelObligation(tx: Tx, id: string, reason: string): Promise<boolean> {
  const r = await tx
    .updateTable('payment_obligations')
    .set({ status: 'cancelled', cancelled_reason: reason, version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Cancels every open obligation of a dossier (refused, withdrawn, stopped); returns how many. */
export async function cancelOpenObligations(tx: Tx, dossierId: string, reason: string): Promise<number> {
  const r = await tx
    .updateTable('payment_obligations')
    .set({ status: 'cancelled', cancelled_reason: reason, version: sql`version + 1` })
    .where('dossier_id', '=', dossierId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function markObligationPaid(tx: Tx, id: string, paymentId: string, at: Date): Promise<boolean> {
  const r = await tx
    .updateTable('payment_obligations')
    .set({ status: 'paid', paid_payment_id: paymentId, paid_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markObligationRefunded(tx: Tx, id: string, paymentId: string): Promise<void> {
  await tx
    .updateTable('payment_obligations')
    .set({ status: 'refunded', version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'paid')
    .where('paid_payment_id', '=', paymentId)
    .execute();
}

/** Open obligations the officer set (request_payment) on a dossier: while any is open the dossier waits in status 6. */
export async function openOfficerObligations(tx: Tx, dossierId: string): Promise<number> {
  const r = await tx
    .selectFrom('payment_obligations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('dossier_id', '=', dossierId)
    .where('basis', '=', 'officer')
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
