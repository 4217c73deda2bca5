import { PAYMENT_METHOD_VI, type OnlineMethod } from '../../domain/payments';
import { reconciliationToXlsx } from '../documents/reconciliation-excel';
import { invalid } from '../errors';
import { listStatements } from '../storage/payment-statements';
import type { ServiceContext } from './context';
import { reportScope } from './payment-report-scope';
import { reconcileStatement } from './reconcile-statement';

/** The statements imported so far (newest day first), for the reconciliation screen's history. */
export async function statementHistory(ctx: ServiceContext, f: { provider?: OnlineMethod | undefined; from?: string | undefined; to?: string | undefined }) {
  await reportScope(ctx, 'payment.reconcile', undefined);
  if (f.from && f.to && f.to < f.from) throw invalid('Ngày kết thúc phải sau ngày bắt đầu.', { errors: [{ name: 'to', reason: 'Trước ngày bắt đầu' }] });
  return listStatements(ctx.store, { ...f, limit: 200 });
}

/** The mismatch list of a statement as an Excel workbook (reconciled again with today's data). */
export async function statementWorkbook(ctx: ServiceContext, id: string): Promise<{ body: Buffer; name: string }> {
  const r = await reconcileStatement(ctx, id);
  const body = await reconciliationToXlsx({
    providerName: PAYMENT_METHOD_VI[r.provider as OnlineMethod] ?? r.provider,
    date: r.date,
    generatedAt: new Date(),
    lines: r.lines,
    matched: r.matched,
    mismatches: r.mismatches,
    problems: r.problems,
  });
  return { body, name: `chenh-lech-doi-soat-${r.provider}-${r.date}.xlsx` };
}
