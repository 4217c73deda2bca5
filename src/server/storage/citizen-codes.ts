import { sql } from 'kysely';
import type { Tx } from './database';

export type CodePurpose = 'signup' | 'recovery' | 'activation' | 'contact';

export type CodeRow = {
  id: string;
  citizenId: string;
  purpose: CodePurpose;
  channel: 'email' | 'sms';
  target: string;
  salt: string;
  codeHash: string;
  attempts: number;
  maxAttempts: number;
  expiresAt: Date;
};

export type NewCode = Omit<CodeRow, 'id' | 'attempts'>;

/**
 * Makes this the account's one code for the purpose (replacing an older one, attempts back to 0),
 * unless a code went to the same address less than `minGapSeconds` ago: then undefined (throttled).
 */
export async function upsertCode(tx: Tx, c: NewCode, minGapSeconds: number): Promise<{ id: string } | undefined> {
  return tx
    .insertInto('citizen_codes')
    .values({
      citizen_id: c.citizenId,
      purpose: c.purpose,
      channel: c.channel,
      target: c.target,
      salt: c.salt,
      code_hash: c.codeHash,
      max_attempts: c.maxAttempts,
      expires_at: c.expiresAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['citizen_id', 'purpose'])
        .doUpdateSet((eb) => ({
          channel: eb.ref('excluded.channel'),
          target: eb.ref('excluded.target'),
          salt: eb.ref('excluded.salt'),
          code_hash: eb.ref('excluded.code_hash'),
          max_attempts: eb.ref('excluded.max_attempts'),
          expires_at: eb.ref('excluded.expires_at'),
          attempts: 0,
          created_at: sql<Date>`now()`,
        }))
        .where(sql<boolean>`citizen_codes.created_at < now() - make_interval(secs => ${minGapSeconds}) OR citizen_codes.target <> excluded.target`),
    )
    .returning('id')
    .executeTakeFirst();
}

/** The newest code of an account for one of the purposes, locked for this transaction. */
export async function lockCode(tx: Tx, citizenId: string, purposes: readonly CodePurpose[]): Promise<CodeRow | undefined> {
  return tx
    .selectFrom('citizen_codes')
    .select([
      'id',
      'citizen_id as citizenId',
      'purpose',
      'channel',
      'target',
      'salt',
      'code_hash as codeHash',
      'attempts',
      'max_attempts as maxAttempts',
      'expires_at as expiresAt',
    ])
    .where('citizen_id', '=', citizenId)
    .where('purpose', 'in', purposes)
    .orderBy('created_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

/** Counts one wrong try; returns the attempts made so far. */
export async function countAttempt(tx: Tx, id: string): Promise<number> {
  const r = await tx.updateTable('citizen_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id', '=', id).returning('attempts').executeTakeFirstOrThrow();
  return r.attempts;
}

export async function deleteCode(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('citizen_codes').where('id', '=', id).execute();
}

/** Forgets an account's codes for some purposes (an account taken over at the counter starts afresh). */
export async function deleteCodesOf(tx: Tx, citizenId: string, purposes: readonly CodePurpose[]): Promise<void> {
  await tx.deleteFrom('citizen_codes').where('citizen_id', '=', citizenId).where('purpose', 'in', purposes).execute();
}
