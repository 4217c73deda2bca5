import type { StatementLine, StatementProblem } from '../../domain/payments';
import type { Tx } from './database';

/** Records an imported statement and its lines once per (provider, date, file); returns its id and whether it is new. */
export async function insertStatement(tx: Tx, s: { provider: string; date: string; sha256: string; importedBy: string | null; lines: StatementLine[]; problems: StatementProblem[] }): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insertInto('payment_statements')
    .values({ provider: s.provider, statement_date: s.date, file_sha256: s.sha256, imported_by: s.importedBy, line_count: s.lines.length, problems: JSON.stringify(s.problems) })
    .onConflict((oc) => oc.columns(['provider', 'statement_date', 'file_sha256']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await tx.selectFrom('payment_statements').select('id').where('provider', '=', s.provider).where('statement_date', '=', s.date).where('file_sha256', '=', s.sha256).executeTakeFirstOrThrow();
    return { id: existing.id, created: false };
  }
  for (let i = 0; i < s.lines.length; i += 500) {
    await tx
      .insertInto('payment_statement_lines')
      .values(s.lines.slice(i, i + 500).map((l) => ({ statement_id: inserted.id, line: l.line, txn_ref: l.txnRef, provider_txn_no: l.transactionNo, amount: l.amount, pay_date: l.payDate, type: l.type, status: l.status, bank_code: l.bankCode })))
      .execute();
  }
  return { id: inserted.id, created: true };
}

export async function findStatement(tx: Tx, id: string) {
  const s = await tx.selectFrom('payment_statements').select(['id', 'provider', 'statement_date as date', 'file_sha256 as sha256', 'imported_at as importedAt', 'line_count as lineCount', 'problems']).where('id', '=', id).executeTakeFirst();
  if (!s) return undefined;
  const lines = await tx
    .selectFrom('payment_statement_lines')
    .select(['line', 'txn_ref as txnRef', 'provider_txn_no as transactionNo', 'amount', 'pay_date as payDate', 'type', 'status', 'bank_code as bankCode'])
    .where('statement_id', '=', id)
    .orderBy('line')
    .execute();
  return { ...s, date: String(s.date), lines: lines.map((l) => ({ ...l, amount: Number(l.amount) })) as StatementLine[] };
}

export type StatementSummary = { id: string; provider: string; date: string; importedAt: Date; importedBy: string | null; lineCount: number; problemCount: number };

/** Imported statements, newest statement day first (at most `limit`), optionally of one provider and a range of days. */
export async function listStatements(tx: Tx, f: { provider?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number }): Promise<StatementSummary[]> {
  let q = tx
    .selectFrom('payment_statements as s')
    .leftJoin('users as u', 'u.id', 's.imported_by')
    .select((eb) => ['s.id', 's.provider', 's.statement_date as date', 's.imported_at as importedAt', 'u.full_name as importedBy', 's.line_count as lineCount', eb.fn<number>('jsonb_array_length', ['s.problems']).as('problemCount')]);
  if (f.provider) q = q.where('s.provider', '=', f.provider);
  if (f.from) q = q.where('s.statement_date', '>=', f.from);
  if (f.to) q = q.where('s.statement_date', '<=', f.to);
  const rows = await q.orderBy('s.statement_date', 'desc').orderBy('s.imported_at', 'desc').limit(f.limit).execute();
  return rows.map((r) => ({ ...r, date: String(r.date), problemCount: Number(r.problemCount) }));
}
