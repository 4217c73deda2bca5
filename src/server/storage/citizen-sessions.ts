import type { Tx } from './database';

export type CitizenSessionRow = {
  id: string;
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  via: 'password' | 'oidc' | 'otp';
  lastSeenAt: Date;
};

/** The active citizen behind an unexpired session, or undefined. */
export async function citizenBySession(tx: Tx, tokenHash: string): Promise<CitizenSessionRow | undefined> {
  return tx
    .selectFrom('citizen_sessions as s')
    .innerJoin('citizens as c', 'c.id', 's.citizen_id')
    .select(['c.id', 'c.kind', 'c.id_number as idNumber', 'c.full_name as fullName', 'c.phone', 'c.email', 'c.address', 's.via', 's.last_seen_at as lastSeenAt'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .where('c.status', '=', 'active')
    .executeTakeFirst();
}

export async function insertCitizenSession(tx: Tx, s: { tokenHash: string; citizenId: string; via: 'password' | 'oidc' | 'otp'; expiresAt: Date }): Promise<void> {
  await tx.insertInto('citizen_sessions').values({ token_hash: s.tokenHash, citizen_id: s.citizenId, via: s.via, expires_at: s.expiresAt }).execute();
}

export async function touchCitizenSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.updateTable('citizen_sessions').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteCitizenSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.deleteFrom('citizen_sessions').where('token_hash', '=', tokenHash).execute();
}
