import type { Tx } from './database';

export type SigningKeyRow = { agencyId: string; p12: Buffer; passwordEnv: string | null; demo: boolean; subject: string; issuer: string; certificateSha256: string; notAfter: Date };

export async function findSigningKey(tx: Tx, agencyId: string): Promise<SigningKeyRow | undefined> {
  return tx
    .selectFrom('signing_keys')
    .select(['agency_id as agencyId', 'p12', 'password_env as passwordEnv', 'demo', 'subject', 'issuer', 'certificate_sha256 as certificateSha256', 'not_after as notAfter'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
}

export async function saveSigningKey(tx: Tx, k: SigningKeyRow): Promise<void> {
  const values = { p12: k.p12, password_env: k.passwordEnv, demo: k.demo, subject: k.subject, issuer: k.issuer, certificate_sha256: k.certificateSha256, not_after: k.notAfter };
  await tx
    .insertInto('signing_keys')
    .values({ agency_id: k.agencyId, ...values })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ ...values, created_at: new Date() }))
    .execute();
}

export async function agenciesWithSigningKeys(tx: Tx): Promise<string[]> {
  return (await tx.selectFrom('signing_keys').select('agency_id').execute()).map((r) => r.agency_id);
}
