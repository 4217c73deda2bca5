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

/** The live session's user, touching last_seen_at; undefined when missing or expired. */
export async function sessionUser(tx: Tx, tokenHash: string): Promise<string | undefined> {
  const row = await tx
    .updateTable('sessions')
    .set({ last_seen_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
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
