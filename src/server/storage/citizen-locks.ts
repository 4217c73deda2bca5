import { sql } from 'kysely';
import type { Tx } from './database';

/** A portal account as an administrator sees it on the lock page. */
export type CitizenAdminRow = {
  id: string;
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  status: 'pending' | 'active' | 'locked';
  hasPassword: boolean;
  eidLinked: boolean;
  createdAt: Date;
  activatedAt: Date | null;
  createdBy: string | null;
  lockedAt: Date | null;
  lockedBy: string | null;
  lockReason: string | null;
  openSessions: number;
  version: number;
};

export type CitizenKey = { idNumber: string | null; phones: string[]; email: string | null };

function adminQuery(tx: Tx) {
  return tx
    .selectFrom('citizens as c')
    .leftJoin('users as creator', 'creator.id', 'c.created_by')
    .leftJoin('users as locker', 'locker.id', 'c.locked_by')
    .select([
      'c.id',
      'c.kind',
      'c.id_number as idNumber',
      'c.full_name as fullName',
      'c.phone',
      'c.email',
      'c.status',
      sql<boolean>`c.password_hash IS NOT NULL`.as('hasPassword'),
      sql<boolean>`c.oidc_subject IS NOT NULL`.as('eidLinked'),
      'c.created_at as createdAt',
      'c.activated_at as activatedAt',
      'creator.username as createdBy',
      'c.locked_at as lockedAt',
      'locker.full_name as lockedBy',
      'c.lock_reason as lockReason',
      sql<number>`(SELECT count(*)::int FROM citizen_sessions s WHERE s.citizen_id = c.id AND s.expires_at > now())`.as('openSessions'),
      'c.version',
    ]);
}

/** Accounts whose id number, mobile (either spelling) or e-mail (any case) equals the key; exact matches only. */
export async function findCitizensForAdmin(tx: Tx, key: CitizenKey): Promise<CitizenAdminRow[]> {
  if (!key.idNumber && key.phones.length === 0 && !key.email) return [];
  return adminQuery(tx)
    .where((eb) =>
      eb.or([
        ...(key.idNumber ? [eb('c.id_number', '=', key.idNumber)] : []),
        ...(key.phones.length > 0 ? [eb('c.phone', 'in', key.phones)] : []),
        ...(key.email ? [eb(sql<string>`lower(c.email)`, '=', key.email.toLowerCase())] : []),
      ]),
    )
    .orderBy('c.id_number')
    .limit(10)
    .execute();
}

export async function findCitizenForAdmin(tx: Tx, id: string): Promise<CitizenAdminRow | undefined> {
  return adminQuery(tx).where('c.id', '=', id).executeTakeFirst();
}

/** The row to lock or unlock, held until the transaction ends. */
export async function lockRowOf(tx: Tx, id: string): Promise<{ id: string; status: 'pending' | 'active' | 'locked'; activatedAt: Date | null; version: number } | undefined> {
  return tx.selectFrom('citizens').select(['id', 'status', 'activated_at as activatedAt', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Locks the account if it is still at the version the administrator saw; false otherwise. */
export async function setCitizenLocked(tx: Tx, id: string, expectedVersion: number, lock: { by: string | null; reason: string }): Promise<boolean> {
  const r = await tx
    .updateTable('citizens')
    .set({ status: 'locked', locked_at: new Date(), locked_by: lock.by, lock_reason: lock.reason, version: expectedVersion + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '<>', 'locked')
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/** Unlocks the account into the given status if it is still at the version the administrator saw. */
export async function setCitizenUnlocked(tx: Tx, id: string, expectedVersion: number, status: 'active' | 'pending'): Promise<boolean> {
  const r = await tx
    .updateTable('citizens')
    .set({ status, locked_at: null, locked_by: null, lock_reason: null, version: expectedVersion + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'locked')
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

/** Ends every portal session of an account; the number ended. */
export async function endCitizenSessions(tx: Tx, citizenId: string): Promise<number> {
  const r = await tx.deleteFrom('citizen_sessions').where('citizen_id', '=', citizenId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Forgets every one-time code of an account (a code sent before the lock must not open it later). */
export async function deleteAllCodesOf(tx: Tx, citizenId: string): Promise<void> {
  await tx.deleteFrom('citizen_codes').where('citizen_id', '=', citizenId).execute();
}

export type LockEvent = { citizenId: string; at: Date; action: 'lock' | 'unlock'; by: string | null; reason: string | null };

/** Locks and unlocks of some accounts, newest first, from the audit log (at most `limit` each). */
export async function lockHistory(tx: Tx, citizenIds: readonly string[], limit = 20): Promise<LockEvent[]> {
  if (citizenIds.length === 0) return [];
  const rows = await tx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.entity_id as citizenId', 'a.at', 'a.action', 'u.full_name as by', sql<string | null>`a.detail->>'reason'`.as('reason')])
    .where('a.entity', '=', 'citizen')
    .where('a.entity_id', 'in', [...citizenIds])
    .where('a.action', 'in', ['citizen.lock', 'citizen.unlock'])
    .orderBy('a.id', 'desc')
    .limit(limit * citizenIds.length)
    .execute();
  return rows.map((r) => ({ citizenId: r.citizenId!, at: r.at, action: r.action === 'citizen.lock' ? 'lock' : 'unlock', by: r.by, reason: r.reason }));
}
