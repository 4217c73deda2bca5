import { localDateOf } from '../../domain/calendar';
import { computeObligation, ObligationError, type Quantity } from '../../domain/payments';
import { AppError, conflict, invalid, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { versionRecord } from '../storage/fee-schedules';
import { cancelObligation, findObligation, lockObligation, updateObligationTerms } from '../storage/obligations';
import { listPayments } from '../storage/payments';
import { auditActorId, type ServiceContext } from './context';
import { scheduleFor } from './fee-schedules';
import { officerDossier } from './payment-access';

/**
 * Quantities (copies, pages) and an exemption with its evidence, recorded by the officer on an open
 * obligation computed from the schedule; the amount is computed again. Refused while an online payment
 * is pending (its amount was sent to the provider). A full exemption cancels the obligation.
 */
export async function adjustObligation(ctx: ServiceContext, id: string, input: { version: number; quantities?: Record<string, Quantity> | undefined; exemption?: { code: string; evidence: string } | null | undefined }) {
  const o = await findObligation(ctx.store, id);
  if (!o) throw notFound('nghĩa vụ tài chính');
  const { actor, d, roles } = await officerDossier(ctx, o.dossierCode);
  if (!roles.some((r) => ['reception', 'specialist', 'unit_head'].includes(r))) throw new AppError('FORBIDDEN', 'Vai trò của bạn không điều chỉnh được nghĩa vụ tài chính.');
  if (o.basis !== 'schedule') throw new AppError('UNPROCESSABLE', 'Số tiền do cán bộ xác định; không điều chỉnh theo biểu phí.', { reason: 'officer_obligation' });
  const { schedule } = await scheduleFor(ctx.store, d.procedureCode, await versionRecord(ctx.store, d.procedureVersionId));
  let c;
  try {
    c = computeObligation(schedule, { channel: d.channel, date: localDateOf(o.createdAt), quantities: input.quantities, exemption: input.exemption });
  } catch (e) {
    if (e instanceof ObligationError) throw invalid(e.message, { errors: [{ name: e.field, reason: e.message }] });
    throw e;
  }
  // The obligation is locked while it changes, so no online payment can start in between (start locks it too).
  await inTransaction(ctx.store, async (tx) => {
    const cur = await lockObligation(tx, o.id);
    if (!cur || cur.version !== input.version) throw conflict('Nghĩa vụ tài chính đã thay đổi kể từ khi bạn mở; vui lòng tải lại.');
    if (cur.status !== 'open') throw conflict('Nghĩa vụ tài chính đã được thanh toán hoặc đã hủy.', { reason: 'obligation_not_open' });
    if ((await listPayments(tx, [o.id])).some((p) => p.status === 'pending')) {
      throw conflict('Đang có giao dịch thanh toán trực tuyến chờ kết quả; chưa điều chỉnh được.', { reason: 'payment_pending' });
    }
    if (c.total > 0) await updateObligationTerms(tx, o.id, input.version, { amount: c.total, lines: c.lines, discounts: c.discounts, exemption: c.exemption, quantities: input.quantities ?? null });
    else await cancelObligation(tx, o.id, `Miễn toàn bộ: ${c.exemption?.label ?? 'không phải nộp'} (${c.exemption?.evidence ?? ''})`);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'obligation.adjust', entity: 'dossier', entityId: d.id, detail: { obligationId: o.id, amount: c.total, exemption: c.exemption?.code ?? null }, requestId: ctx.requestId ?? null });
  });
}
