import type { Tx } from './database';

export type OidcRequest = { codeVerifier: string; nonce: string; returnTo: string; expiresAt: Date };

/** Records an e-ID login under way (and sweeps the ones abandoned long ago). */
export async function insertOidcRequest(tx: Tx, stateHash: string, r: OidcRequest): Promise<void> {
  await tx.deleteFrom('citizen_oidc_requests').where('expires_at', '<', new Date(Date.now() - 3_600_000)).execute();
  await tx
    .insertInto('citizen_oidc_requests')
    .values({ state_hash: stateHash, code_verifier: r.codeVerifier, nonce: r.nonce, return_to: r.returnTo, expires_at: r.expiresAt })
    .execute();
}

/** Takes an e-ID login under way out of the table (it is used once); undefined if unknown. */
export async function takeOidcRequest(tx: Tx, stateHash: string): Promise<OidcRequest | undefined> {
  return tx
    .deleteFrom('citizen_oidc_requests')
    .where('state_hash', '=', stateHash)
    .returning(['code_verifier as codeVerifier', 'nonce', 'return_to as returnTo', 'expires_at as expiresAt'])
    .executeTakeFirst();
}
