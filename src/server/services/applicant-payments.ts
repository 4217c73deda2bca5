import { localDateOf } from '../../domain/calendar';
import type { OnlineMethod } from '../../domain/payments';
import { providerOf, type PaymentProviders } from '../payments/provider';
import { procedureOfVersion } from '../storage/dossier-documents';
import { findObligation, listObligations } from '../storage/obligations';
import { findDossier } from '../storage/dossiers';
import { notFound } from '../errors';
import { isLookupToken } from './lookup-token';
import { findByTxnRef, findPayment, findReceipt } from '../storage/payments';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { applicantObligation, CLOSED_STATUSES, ownsDossier } from './payment-access';
import { applyProviderResult } from './payment-notifications';
import { onlineMethods, viewsOf } from './payment-views';

/** An obligation as its applicant sees it on the payment page: what, how much, by when, how to pay, receipts. */
export async function applicantObligationView(ctx: ServiceContext, providers: PaymentProviders, id: string, token: string | undefined) {
  const { o, d, via } = await applicantObligation(ctx, id, token);
  const [view] = await viewsOf(ctx.store, [o]);
  const dir = await agencyDirectory(ctx.store);
  const procedure = await procedureOfVersion(ctx.store, d.procedureVersionId);
  return {
    id: o.id,
    dossierCode: d.code,
    dossierStatus: d.status,
    procedure: { code: d.procedureCode, name: procedure.name },
    agency: dir.byId.get(o.agencyId)?.name ?? null,
    status: view!.status,
    statusName: view!.statusName,
    amount: view!.amount,
    lines: view!.lines,
    discounts: view!.discounts,
    dueAt: view!.dueAt,
    overdue: view!.overdue,
    payable: view!.status === 'open' && !CLOSED_STATUSES.includes(d.status),
    methods: onlineMethods(providers),
    via,
    // The applicant sees outcomes and receipts, not officers or provider internals.
    payments: view!.payments.map((p) => ({ id: p.id, method: p.method, methodName: p.methodName, status: p.status, statusName: p.statusName, amount: p.amount, paidAt: p.paidAt, surplus: p.surplus, receipt: p.receipt ? { series: p.receipt.series, number: p.receipt.number } : null })),
  };
}

/**
 * The return page after the provider: the signed return URL says what the applicant did; our record
 * says what counts. The return URL never settles anything (the provider's guide: only the IPN
 * updates); when it reports success but no IPN has arrived, the provider's signed status query
 * (querydr) is asked and applied like a notification.
 */
export async function paymentReturn(ctx: ServiceContext, providers: PaymentProviders, method: OnlineMethod, params: Record<string, string>) {
  const provider = providerOf(providers, method);
  const r = provider?.read(params);
  if (!provider || !r?.signatureValid) return { verified: false as const };
  const ref = await findByTxnRef(ctx.store, r.txnRef);
  if (!ref) return { verified: false as const };
  let p = (await findPayment(ctx.store, ref.paymentId))!;
  if (p.status === 'pending' && r.success && provider.query) {
    const q = await provider.query({ txnRef: p.txnRef!, createdAt: p.createdAt, ipAddr: '127.0.0.1' });
    if (q && q.signatureValid && q.txnRef === p.txnRef) await applyProviderResult(ctx.store, method, q, { kind: 'query', params: { vnp_TxnRef: q.txnRef, source: 'querydr', status: q.transactionStatus ?? '' } });
    p = (await findPayment(ctx.store, p.id))!;
  }
  const o = (await findObligation(ctx.store, p.obligationId))!;
  const receipt = await findReceipt(ctx.store, p.id);
  return {
    verified: true as const,
    paymentId: p.id,
    obligationId: o.id,
    dossierCode: o.dossierCode,
    status: p.status,
    amount: p.amount,
    surplus: p.surplus,
    providerCode: r.responseCode,
    providerSaysSuccess: r.success,
    paidAt: p.paidAt,
    date: localDateOf(p.createdAt),
    receipt: receipt ? { series: receipt.series, number: String(receipt.number).padStart(7, '0') } : null,
  };
}

/** A dossier's obligations for its applicant (own account or the lookup token), to link to the payment page. */
export async function applicantDossierObligations(ctx: ServiceContext, code: string, token: string | undefined) {
  const d = await findDossier(ctx.store, code);
  const unknown = notFound(`hồ sơ "${code}"`);
  if (!d) throw unknown;
  const allowed = (ctx.citizen && ownsDossier(ctx.citizen, d)) || (!!token && (await isLookupToken(ctx.store, d.code, token)));
  if (!allowed) throw unknown;
  const now = new Date();
  return (await listObligations(ctx.store, d.id)).map((o) => ({
    id: o.id,
    status: o.status,
    amount: o.amount,
    dueAt: o.dueAt,
    overdue: o.status === 'open' && o.dueAt !== null && o.dueAt < now,
    payable: o.status === 'open' && !CLOSED_STATUSES.includes(d.status),
  }));
}
