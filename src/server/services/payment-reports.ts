import { hasCatalogueFee, FeeSchedule, onlinePaymentIndicators } from '../../domain/payments';
import { withRecordDefaults } from '../../domain/procedure';
import { collectionsToXlsx } from '../documents/collections-excel';
import { invalid } from '../errors';
import { assignedProcedures, collectionDetails, collections, onlinePaymentCounts, type PeriodUnit } from '../storage/payment-reports';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { reportScope } from './payment-report-scope';

type Period = { from: string; to: string; agency?: string | undefined };

function checkPeriod(p: Period) {
  if (p.to < p.from) throw invalid('Ngày kết thúc phải sau ngày bắt đầu.', { errors: [{ name: 'to', reason: 'trước ngày bắt đầu' }] });
}

/** Collections by period, agency, procedure, payment method and dossier channel (JSON or Excel). */
export async function collectionsReport(ctx: ServiceContext, p: Period & { unit: PeriodUnit }) {
  checkPeriod(p);
  const scope = await reportScope(ctx, 'payment.report', p.agency);
  const dir = await agencyDirectory(ctx.store);
  const rows = await collections(ctx.store, { agencyIds: scope.agencyIds, from: p.from, to: p.to, unit: p.unit });
  const summary = rows.map((r) => ({ ...r, agency: dir.byId.get(r.agencyId)?.name ?? r.agencyId, channel: r.dossierChannel }));
  const totals = summary.reduce((t, r) => ({ payments: t.payments + r.payments, amount: t.amount + r.amount, refunds: t.refunds + r.refunds, refundedAmount: t.refundedAmount + r.refundedAmount }), { payments: 0, amount: 0, refunds: 0, refundedAmount: 0 });
  const online = summary.filter((r) => r.method === 'vnpay' || r.method === 'national').reduce((s, r) => s + r.payments, 0);
  return { scope: scope.label, from: p.from, to: p.to, unit: p.unit, rows: summary, totals: { ...totals, net: totals.amount - totals.refundedAmount, onlineShare: totals.payments ? Math.round((online / totals.payments) * 10_000) / 100 : 0 }, scopeIds: scope.agencyIds };
}

export async function collectionsWorkbook(ctx: ServiceContext, p: Period & { unit: PeriodUnit }): Promise<Buffer> {
  const r = await collectionsReport(ctx, p);
  const dir = await agencyDirectory(ctx.store);
  const details = await collectionDetails(ctx.store, { agencyIds: r.scopeIds, from: p.from, to: p.to, limit: 100_000 });
  return collectionsToXlsx({
    title: 'BÁO CÁO TỔNG HỢP THU PHÍ, LỆ PHÍ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
    scope: r.scope,
    from: p.from,
    to: p.to,
    generatedAt: new Date(),
    summary: r.rows,
    details: details.map((d) => ({ ...d, agency: dir.byId.get(d.agencyId)?.name ?? d.agencyId })),
  });
}

/** QĐ 766 group 3b (online payment) for the period over the agencies in scope. */
export async function onlinePaymentReport(ctx: ServiceContext, p: Period) {
  checkPeriod(p);
  const scope = await reportScope(ctx, 'payment.report', p.agency);
  const counts = await onlinePaymentCounts(ctx.store, { agencyIds: scope.agencyIds, from: p.from, to: p.to });
  const procedures = await assignedProcedures(ctx.store, scope.agencyIds);
  const withFees = new Set(
    procedures
      .filter((x) => {
        const configured = x.schedule ? FeeSchedule.safeParse(x.schedule) : null;
        return configured?.success ? configured.data.items.some((i) => i.amount > 0) : hasCatalogueFee(withRecordDefaults(x.record));
      })
      .map((x) => x.code),
  );
  const result = onlinePaymentIndicators({
    proceduresWithFees: withFees.size,
    proceduresWithFeeDossiers: counts.feeProcedures.filter((c) => withFees.has(c)).length,
    proceduresPaidOnline: counts.onlineProcedures.length,
    feeProceduresWithDossiers: counts.feeProcedures.length,
    dossiersPaidOnline: counts.dossiersPaidOnline,
    feeDossiers: counts.feeDossiers,
  });
  return { scope: scope.label, from: p.from, to: p.to, ...result };
}
