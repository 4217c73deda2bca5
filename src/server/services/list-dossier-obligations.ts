import { can } from '../../domain/access';
import { refundRefusal, type RefundPolicy } from '../../domain/payments';
import type { DossierState } from '../../domain/dossier';
import type { PaymentProviders } from '../payments/provider';
import { versionRecord } from '../storage/fee-schedules';
import { officerDossier } from './payment-access';
import { onlineMethods, obligationViews } from './payment-views';
import { scheduleFor } from './fee-schedules';
import type { ServiceContext } from './context';

/**
 * The "Nghĩa vụ tài chính" of a dossier for an officer: obligations, their payments and receipts,
 * and what this officer may do (collect at the counter, adjust quantities or an exemption, refund).
 */
export async function listDossierObligations(ctx: ServiceContext, providers: PaymentProviders, code: string) {
  const { actor, d, dir, roles } = await officerDossier(ctx, code);
  const obligations = await obligationViews(ctx.store, d.id);
  const { schedule } = await scheduleFor(ctx.store, d.procedureCode, await versionRecord(ctx.store, d.procedureVersionId));
  const receiving = { agencyPath: dir.ancestry(d.receivingAgencyId) };
  const canCollect = roles.includes('reception') && can(actor, 'payment.collect', receiving);
  const canRefund = can(actor, 'payment.refund', receiving);
  const state = d.state as DossierState;
  const policy: RefundPolicy = schedule.refunds;
  return {
    code: d.code,
    dossierStatus: d.status,
    obligations: obligations.map((o) => ({
      ...o,
      payments: o.payments.map((p) => ({ ...p, refundable: canRefund && refundRefusal(p, { status: d.status, decision: state.decision }, policy) === null })),
    })),
    exemptions: schedule.exemptions.map((e) => ({ code: e.code, label: e.label, evidence: e.evidence, percent: e.percent, legalBasis: e.legalBasis })),
    items: schedule.items.map((i) => ({ key: i.key, label: i.label, basis: i.basis, unitName: i.unitName, amount: i.amount })),
    canCollect,
    canAdjust: canCollect || roles.some((r) => r === 'specialist' || r === 'unit_head'),
    onlineMethods: onlineMethods(providers),
  };
}
