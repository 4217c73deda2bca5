import { createHash } from 'node:crypto';
import { parseStatement, reconcile, type OnlineMethod } from '../../domain/payments';
import { invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { paymentsByRefs, paymentsForStatement } from '../storage/payment-reports';
import { findStatement, insertStatement } from '../storage/payment-statements';
import { auditActorId, type ServiceContext } from './context';
import { reportScope } from './payment-report-scope';

/**
 * Imports a provider's daily statement (CSV, see domain/payments/reconcile.ts) and reconciles it
 * with our payments of that day and any older payment a line names: matched lines, and mismatches
 * (missing on our side, missing on theirs, amount differs) for the officer to resolve. Importing the
 * same file again reconciles again without storing it twice.
 */
export async function importStatement(ctx: ServiceContext, input: { provider: OnlineMethod; date: string; csv: string }) {
  const scope = await reportScope(ctx, 'payment.reconcile', undefined);
  if (scope.agencyIds !== 'all' && scope.agencyIds.length === 0) throw notFound('cơ quan');
  const parsed = parseStatement(input.csv);
  if (parsed.lines.length === 0 && parsed.problems.length > 0 && parsed.problems[0]!.line === 1) throw invalid(parsed.problems[0]!.message, { errors: [{ name: 'csv', reason: parsed.problems[0]!.message }] });
  const sha256 = createHash('sha256').update(input.csv).digest('hex');
  const actor = ctx.actor!;
  const { id } = await inTransaction(ctx.store, async (tx) => {
    const r = await insertStatement(tx, { provider: input.provider, date: input.date, sha256, importedBy: auditActorId(actor), lines: parsed.lines, problems: parsed.problems });
    if (r.created) await appendAudit(tx, { actorId: auditActorId(actor), action: 'payment.statement_import', entity: 'payment_statement', entityId: r.id, detail: { provider: input.provider, date: input.date, lines: parsed.lines.length }, requestId: ctx.requestId ?? null });
    return r;
  });
  return reconcileStatement(ctx, id);
}

export async function reconcileStatement(ctx: ServiceContext, id: string) {
  await reportScope(ctx, 'payment.reconcile', undefined);
  const s = /^[0-9a-f-]{36}$/i.test(id) ? await findStatement(ctx.store, id) : undefined;
  if (!s) throw notFound('bảng đối soát');
  const day = await paymentsForStatement(ctx.store, s.provider, s.date);
  const named = await paymentsByRefs(ctx.store, s.provider, [...new Set(s.lines.map((l) => l.txnRef))]);
  const ours = [...new Map([...day, ...named].map((p) => [p.txnRef, p])).values()];
  const { matched, matchedLines, mismatches } = reconcile(ours, s.lines, new Set(day.map((p) => p.txnRef)));
  return { id: s.id, provider: s.provider, date: s.date, importedAt: s.importedAt, lines: s.lines.length, problems: s.problems as { line: number; message: string }[], matched, matchedLines, mismatches };
}
