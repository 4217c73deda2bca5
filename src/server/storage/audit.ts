import type { Tx } from './database';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  detail?: Record<string, unknown>;
  requestId?: string | null;
};

/** Appends one audit row; call it inside the transaction that makes the change. */
export async function appendAudit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      actor_id: e.actorId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      detail: JSON.stringify(e.detail ?? {}),
      request_id: e.requestId ?? null,
    })
    .execute();
}

export async function listAudit(tx: Tx, entity: string, entityId: string) {
  return tx
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.detail', 'users.username as actor'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('audit_log.id')
    .execute();
}
