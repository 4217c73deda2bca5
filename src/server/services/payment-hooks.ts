import type { ActionName } from '../../domain/dossier';
import { AppError } from '../errors';
import type { Store, Tx } from '../storage/database';
import type { DossierRow } from '../storage/dossiers';
import { versionRecord } from '../storage/fee-schedules';
import { cancelOpenObligations, insertObligation, openOfficerObligations } from '../storage/obligations';
import { agencyDirectory } from './agency-directory';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { requestedObligation, scheduleFor, scheduleObligation } from './fee-schedules';

/**
 * How dossier actions and financial obligations stay in agreement (docs/adr/0019-payments.md):
 * reception opens the obligation the procedure's schedule implies; request_payment (status 6)
 * opens the obligation the officer determined; a refused, withdrawn or stopped dossier cancels what
 * is still open; payment_received is appended by the payment itself, so it cannot be taken by hand
 * while the officer's obligation is open.
 */

/** The schedule lookup for a counter receipt, done before its transaction; the returned step runs inside it. */
export async function prepareReceiptObligation(store: Store, procedureCode: string, record: unknown, channel: 'direct' | 'online' | 'postal', agencyCode: string) {
  const [{ schedule }, cal, hours] = await Promise.all([scheduleFor(store, procedureCode, record), workingCalendar(store), officeHoursOf(store, agencyCode)]);
  return async (tx: Tx, ids: { dossierId: string; agencyId: string }, now: Date, by: string | null) => {
    const o = scheduleObligation(schedule, { ...ids, channel }, { now, cal, hours, by });
    if (o) await insertObligation(tx, o);
  };
}

/** Refuses a hand-taken payment_received while the officer's obligation is still open. */
export async function checkPaymentAction(store: Store, d: Pick<DossierRow, 'id'>, action: ActionName): Promise<void> {
  if (action !== 'payment_received') return;
  if ((await openOfficerObligations(store, d.id)) > 0) {
    throw new AppError('UNPROCESSABLE', 'Nghĩa vụ tài chính chưa được thanh toán: ghi nhận khoản thu tại quầy (tiền mặt, thẻ, chuyển khoản) hoặc chờ thanh toán trực tuyến; hồ sơ tự tiếp tục khi đã thanh toán.', { reason: 'obligation_open' });
  }
}

const CANCEL_REASON: Partial<Record<ActionName, string>> = {
  refuse: 'Hồ sơ không được tiếp nhận',
  withdraw: 'Hồ sơ được rút theo yêu cầu',
  stop: 'Hồ sơ bị dừng xử lý',
};

/** Inside the action's transaction, after its row was appended (`seq`). */
export async function paymentsOnAction(
  tx: Tx,
  store: Store,
  a: { dossier: DossierRow; action: ActionName; payload: Record<string, unknown>; seq: number; now: Date; actorId: string | null },
): Promise<void> {
  const d = a.dossier;
  const reason = CANCEL_REASON[a.action];
  if (reason) {
    await cancelOpenObligations(tx, d.id, reason);
    return;
  }
  if (a.action !== 'receive' && a.action !== 'request_payment') return;
  const dir = await agencyDirectory(store);
  const agencyId = a.action === 'receive' ? d.receivingAgencyId : d.handlingAgencyId;
  const [{ schedule }, cal, hours] = await Promise.all([scheduleFor(tx, d.procedureCode, await versionRecord(tx, d.procedureVersionId)), workingCalendar(store), officeHoursOf(store, dir.byId.get(agencyId)?.code)]);
  const at = { now: a.now, cal, hours, by: a.actorId };
  const o =
    a.action === 'receive'
      ? scheduleObligation(schedule, { dossierId: d.id, agencyId, channel: d.channel }, at)
      : requestedObligation({ dossierId: d.id, agencyId }, { amount: Number(a.payload.amount), items: String(a.payload.items) }, a.seq, { ...at, dueDays: schedule.dueWorkingDays });
  if (o) await insertObligation(tx, o);
}
