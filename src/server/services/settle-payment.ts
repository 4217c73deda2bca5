import { addOfficeTime, officeTimeBetween } from '../../domain/calendar';
import { apply, type DossierState, type Step } from '../../domain/dossier';
import { groupThousands, PAYMENT_METHOD_VI, receiptSeries, receiptYear, type PaymentMethod } from '../../domain/payments';
import { RULE_SETS } from '../../domain/rules';
import type { Store, Tx } from '../storage/database';
import { appendAction, updateProjection } from '../storage/dossiers';
import { markObligationPaid, openOfficerObligations, type ObligationRow } from '../storage/obligations';
import { enqueue, type NewMessage } from '../storage/outbox';
import { lastActionAt, type LockedDossier } from '../storage/payment-dossiers';
import { assignReceipt } from '../storage/payments';
import { agencyDirectory } from './agency-directory';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { isLate } from './dossier-view';
import { scheduleFor } from './fee-schedules';

/** Who settled it: the counter officer, or the system for an online payment. */
export type Settler = { actorId: string | null; actorName: string; actorRole: string | null };
export const SYSTEM_SETTLER: Settler = { actorId: null, actorName: 'Hệ thống (thanh toán trực tuyến)', actorRole: null };

/**
 * The effects of a paid payment, in the transaction that marks it paid (rows locked dossier →
 * obligation → payment): the obligation is settled (unless this payment is a surplus), the e-receipt
 * gets its number in the agency's series of the year, its PDF is queued, and a dossier waiting in
 * status 6 for this obligation goes back to where it was (`payment_received`, appended by the
 * system or the officer), its clock shifted when the schedule or the rule set pauses it.
 */
export async function afterPaid(
  tx: Tx,
  store: Store,
  s: { dossier: LockedDossier; obligation: ObligationRow; paymentId: string; method: PaymentMethod; amount: number; settles: boolean; at: Date; by: Settler },
): Promise<{ series: string; number: number; resumed: boolean }> {
  if (s.settles) await markObligationPaid(tx, s.obligation.id, s.paymentId, s.at);
  const messages: NewMessage[] = [{ topic: 'payment.receipt', payload: { paymentId: s.paymentId }, dedupeKey: `payment.receipt:${s.paymentId}` }];
  const number = () => assignReceipt(tx, { paymentId: s.paymentId, agencyId: s.obligation.agencyId, year: receiptYear(s.at), series: receiptSeries(receiptYear(s.at)), issuedAt: s.at });
  if (s.settles && s.dossier.status === 6 && s.obligation.basis === 'officer' && (await openOfficerObligations(tx, s.dossier.id)) === 0) {
    const receipt = await number();
    await resumeDossier(tx, store, s, receipt, messages);
    await enqueue(tx, messages);
    return { ...receipt, resumed: true };
  }
  await enqueue(tx, messages);
  // Last statement before commit: the agency's receipt counter row is locked for the shortest time.
  return { ...(await number()), resumed: false };
}

async function resumeDossier(tx: Tx, store: Store, s: Parameters<typeof afterPaid>[2], receipt: { series: string; number: number }, messages: NewMessage[]) {
  const d = s.dossier;
  const payload = { paymentId: s.paymentId, obligationId: s.obligation.id, amount: s.amount, method: s.method, receipt: `${receipt.series}-${String(receipt.number).padStart(7, '0')}` };
  const after = apply(d.state as DossierState, d.steps as Step[], { action: 'payment_received', actor: s.by.actorId ?? 'system', payload });
  let dueAt = d.dueAt;
  const rules = RULE_SETS.find((r) => r.id === d.ruleSet);
  const pauses = (await scheduleFor(tx, d.procedureCode, null)).schedule.pausesClock ?? rules?.financialObligationPausesClock ?? false;
  const requestedAt = pauses && dueAt ? await lastActionAt(tx, d.id, 'request_payment') : null;
  if (dueAt && requestedAt) {
    // Specialised law pauses the clock while the applicant pays: the due time moves by the office time waited.
    const cal = await workingCalendar(store);
    const hours = await officeHoursOf(store, (await agencyDirectory(store)).byId.get(d.handlingAgencyId)?.code);
    const waited = officeTimeBetween(cal, requestedAt, s.at, hours);
    if (waited > 0) dueAt = new Date(addOfficeTime(cal, dueAt, waited, hours, 'start'));
  }
  const ok = await updateProjection(tx, d.id, d.version, { status: after.status, state: after, dueAt, late: isLate({ dueAt, finishedAt: d.finishedAt, status: after.status }, s.at) });
  if (!ok) throw new Error(`dossier ${d.code} changed while locked`);
  const seq = d.version + 1;
  await appendAction(tx, {
    dossierId: d.id,
    seq,
    action: 'payment_received',
    actorId: s.by.actorId,
    actorName: s.by.actorName,
    actorRole: s.by.actorRole,
    agencyId: d.handlingAgencyId,
    at: s.at,
    step: after.step,
    statusAfter: after.status,
    comment: `Đã nộp ${groupThousands(s.amount)} đồng (${PAYMENT_METHOD_VI[s.method].toLowerCase()}), biên lai ${payload.receipt}`,
    payload,
  });
  messages.push({ topic: 'dossier.status_changed', payload: { code: d.code, status: after.status, applicant: d.applicant, seq }, dedupeKey: `dossier.status:${d.code}:${seq}` });
}
