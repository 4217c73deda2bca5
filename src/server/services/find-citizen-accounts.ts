import { accountKeyOf, phoneSpellings } from '../../domain/citizen';
import { invalid } from '../errors';
import { appendAudit } from '../storage/audit';
import { findCitizenForAdmin, findCitizensForAdmin, lockHistory, type CitizenAdminRow, type LockEvent } from '../storage/citizen-locks';
import { inTransaction, type Tx } from '../storage/database';
import { auditActorId, type ServiceContext } from './context';
import { authorize } from './authorize';

/** An account on the administrator's lock page, with its locks and unlocks (newest first). */
export type CitizenAdminView = CitizenAdminRow & { history: Omit<LockEvent, 'citizenId'>[] };

async function withHistory(tx: Tx, rows: CitizenAdminRow[]): Promise<CitizenAdminView[]> {
  const events = await lockHistory(tx, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, history: events.filter((e) => e.citizenId === r.id).map(({ citizenId: _, ...e }) => e) }));
}

/** One account by id, as the lock page shows it (after a lock or an unlock). */
export async function citizenAdminView(tx: Tx, id: string): Promise<CitizenAdminView | undefined> {
  const row = await findCitizenForAdmin(tx, id);
  return row ? (await withHistory(tx, [row]))[0] : undefined;
}

/**
 * Finds portal accounts by a whole CCCD / tax code, mobile number or e-mail — never by part of one,
 * so the page cannot be used to browse the people of the province. Looking up personal data is
 * itself recorded (Decree 13/2023/NĐ-CP on personal data protection: processing is logged).
 */
export async function findCitizenAccounts(ctx: ServiceContext, q: string): Promise<CitizenAdminView[]> {
  const actor = authorize(ctx, 'citizen.lock');
  const key = accountKeyOf(q);
  if (!key) {
    throw invalid('Nhập đầy đủ số CCCD/mã số thuế, số điện thoại di động hoặc thư điện tử của tài khoản cần tìm.', {
      reason: 'query_invalid',
      errors: [{ name: 'q', reason: 'không phải số định danh, số điện thoại hay thư điện tử' }],
    });
  }
  return inTransaction(ctx.store, async (tx) => {
    const rows = await findCitizensForAdmin(tx, { idNumber: key.idNumber, phones: key.phone ? phoneSpellings(key.phone) : [], email: key.email });
    await appendAudit(tx, {
      actorId: auditActorId(actor),
      action: 'citizen.admin_lookup',
      entity: 'citizen',
      entityId: null,
      detail: { by: (['idNumber', 'phone', 'email'] as const).filter((k) => key[k] !== null), found: rows.map((r) => r.id) },
      requestId: ctx.requestId ?? null,
    });
    return withHistory(tx, rows);
  });
}
