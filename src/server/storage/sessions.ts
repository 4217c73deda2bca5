import type { Role } from '../../domain/access';
import type { Tx } from './database';

export async function insertSession(
  tx: Tx,
  s: { tokenHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await tx
    .insertInto('sessions')
    .values({ token_hash: s.tokenHash, user_id: s.userId, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent })
    .execute();
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(tx: Tx): Promise<number> {
  const r = await tx.deleteFrom('sessions').where('expires_at', '<=', new Date()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertApiToken(
  tx: Tx,
  t: { userId: string; name: string; tokenHash: string; prefix: string },
): Promise<{ id: string }> {
  return tx
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, prefix: t.prefix })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function apiTokenUser(tx: Tx, tokenHash: string): Promise<string | undefined> {
  const row = await tx
    .updateTable('api_tokens')
    .set({ last_used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** The live session's active user with grants, in one query; last_seen_at as stored. */
export async function sessionWithUser(tx: Tx, tokenHash: string) {
  const rows = await tx
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('role_assignments as ra', 'ra.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.full_name as fullName', 's.last_seen_at as lastSeenAt', 'ra.role', 'ra.agency_id as agencyId', 'ra.unit_id as unitId'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .where('u.active', '=', true)
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  return {
    id: first.id,
    username: first.username,
    fullName: first.fullName,
    lastSeenAt: new Date(first.lastSeenAt),
    grants: rows.filter((r) => r.role !== null).map((r) => ({ role: r.role as Role, agencyId: r.agencyId, unitId: r.unitId })),
  };
}

export async function touchSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.updateTable('sessions').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}
