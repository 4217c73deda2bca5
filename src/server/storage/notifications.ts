import { sql } from 'kysely';
import type { Tx } from './database';

export type NotificationStatus = 'queued' | 'sent' | 'failed' | 'skipped';

export type NewNotification = {
  topic: string;
  dossierCode: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  recipientMasked: string;
  template: string;
  subject: string | null;
  body: string;
  /** 'skipped' (with the reason in lastError) when the channel is not configured or the address unusable. */
  status: 'queued' | 'skipped';
  lastError: string | null;
  dedupeKey: string;
};

export type NotificationRow = {
  id: string;
  topic: string;
  dossierCode: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  recipientMasked: string;
  template: string;
  subject: string | null;
  body: string;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  providerId: string | null;
  dedupeKey: string;
  createdAt: Date;
  sentAt: Date | null;
};

const columns = [
  'id',
  'topic',
  'dossier_code as dossierCode',
  'channel',
  'recipient',
  'recipient_masked as recipientMasked',
  'template',
  'subject',
  'body',
  'status',
  'attempts',
  'last_error as lastError',
  'provider_id as providerId',
  'dedupe_key as dedupeKey',
  'created_at as createdAt',
  'sent_at as sentAt',
] as const;

/** Records the messages of one notice; a dedupe key seen before is left as it is (made once). */
export async function insertNotifications(tx: Tx, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        topic: r.topic,
        dossier_code: r.dossierCode,
        channel: r.channel,
        recipient: r.recipient,
        recipient_masked: r.recipientMasked,
        template: r.template,
        subject: r.subject,
        body: r.body,
        status: r.status,
        last_error: r.lastError,
        dedupe_key: r.dedupeKey,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/**
 * The message under `dedupeKey` if it still waits to be sent, locked until the caller's transaction
 * ends; undefined when it was sent, given up, skipped, or another worker holds it right now.
 */
export async function claimQueued(tx: Tx, dedupeKey: string): Promise<NotificationRow | undefined> {
  return tx.selectFrom('notifications').select(columns).where('dedupe_key', '=', dedupeKey).where('status', '=', 'queued').forUpdate().skipLocked().executeTakeFirst();
}

export async function recordSent(tx: Tx, id: string, providerId: string | null, at: Date): Promise<void> {
  await tx
    .updateTable('notifications')
    .set((eb) => ({ status: 'sent', attempts: eb('attempts', '+', 1), provider_id: providerId, sent_at: at, last_error: null }))
    .where('id', '=', id)
    .execute();
}

/** Counts a failed attempt; the message is given up ('failed') once `maxAttempts` were made. */
export async function recordFailure(tx: Tx, id: string, error: string, maxAttempts: number): Promise<{ attempts: number; status: NotificationStatus }> {
  const r = await sql<{ attempts: number; status: NotificationStatus }>`
    UPDATE notifications
    SET attempts = attempts + 1, last_error = ${error.slice(0, 1000)},
        status = CASE WHEN attempts + 1 >= ${maxAttempts} THEN 'failed' ELSE 'queued' END
    WHERE id = ${id}
    RETURNING attempts, status`.execute(tx);
  return r.rows[0]!;
}

export async function findNotification(tx: Tx, dedupeKey: string): Promise<NotificationRow | undefined> {
  return tx.selectFrom('notifications').select(columns).where('dedupe_key', '=', dedupeKey).executeTakeFirst();
}

/** A dossier's notices, oldest first. */
export async function listDossierNotifications(tx: Tx, dossierCode: string): Promise<NotificationRow[]> {
  return tx.selectFrom('notifications').select(columns).where('dossier_code', '=', dossierCode).orderBy('created_at').orderBy('channel').execute();
}
