import { sql } from 'kysely';
import type { Tx } from './database';

export type OutboxMessage = { id: number; topic: string; payload: unknown; dedupeKey: string | null };

export type NewMessage = { topic: string; payload: unknown; dedupeKey?: string | undefined };

/**
 * Records side effects in the caller's transaction (several in one statement); a repeated dedupe
 * key is ignored.
 */
export async function enqueue(tx: Tx, topicOrMessages: string | readonly NewMessage[], payload?: unknown, dedupeKey?: string): Promise<void> {
  const messages = typeof topicOrMessages === 'string' ? [{ topic: topicOrMessages, payload, dedupeKey }] : topicOrMessages;
  if (messages.length === 0) return;
  await tx
    .insertInto('outbox')
    .values(messages.map((m) => ({ topic: m.topic, payload: JSON.stringify(m.payload), dedupe_key: m.dedupeKey ?? null })))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/**
 * Claims up to `limit` undispatched messages (skipping rows another instance holds),
 * hands them to `deliver`, and marks them dispatched in the same transaction.
 */
export async function dispatchPending(
  tx: Tx,
  limit: number,
  deliver: (m: OutboxMessage) => Promise<void>,
): Promise<number> {
  const rows = await sql<{ id: number; topic: string; payload: unknown; dedupe_key: string | null }>`
    SELECT id, topic, payload, dedupe_key FROM outbox
    WHERE dispatched_at IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`.execute(tx);
  for (const r of rows.rows) await deliver({ id: r.id, topic: r.topic, payload: r.payload, dedupeKey: r.dedupe_key });
  if (rows.rows.length > 0) {
    await tx
      .updateTable('outbox')
      .set({ dispatched_at: new Date() })
      .where('id', 'in', rows.rows.map((r) => r.id))
      .execute();
  }
  return rows.rows.length;
}
