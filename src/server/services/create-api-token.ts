import { notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { insertApiToken } from '../storage/sessions';
import { findUserByUsername } from '../storage/users';
import { TOKEN_PREFIX } from './authenticate';
import { auditActorId, type ServiceContext } from './context';
import { newSecret } from './passwords';

/** Creates a bearer token for a user; the secret is returned once and only its hash is kept. */
export async function createApiToken(ctx: ServiceContext, input: { username: string; name: string }) {
  const user = await findUserByUsername(ctx.store, input.username);
  if (!user) throw notFound(`người dùng "${input.username}"`);
  const { secret, hash } = newSecret(TOKEN_PREFIX);
  const row = await inTransaction(ctx.store, async (tx) => {
    const t = await insertApiToken(tx, { userId: user.id, name: input.name, tokenHash: hash, prefix: secret.slice(0, 10) });
    await appendAudit(tx, {
      actorId: auditActorId(ctx.actor),
      action: 'token.create',
      entity: 'user',
      entityId: user.id,
      detail: { tokenId: t.id, name: input.name },
      requestId: ctx.requestId ?? null,
    });
    return t;
  });
  return { id: row.id, token: secret };
}
