import { recipientOf, type Channel, type Notice } from '../../domain/notifications';
import type { EmailSender } from '../notifications/email';
import type { SmsSender } from '../notifications/sms';
import { inTransaction, type Store } from '../storage/database';
import { claimQueued, insertNotifications, recordFailure, recordSent, type NewNotification, type NotificationRow } from '../storage/notifications';

/** Sending attempts before a message is given up ('failed'): the first and the job queue's retries. */
export const NOTIFICATION_MAX_ATTEMPTS = 5;
/** pg-boss retry policy of the notification queues, matching NOTIFICATION_MAX_ATTEMPTS (delays 15–30 s, then doubling). */
export const NOTIFICATION_RETRY = { retryLimit: NOTIFICATION_MAX_ATTEMPTS - 1, retryDelay: 15, retryBackoff: true } as const;

type LogFn = (obj: object, msg: string) => void;
export type NoticeLog = { info: LogFn; warn: LogFn; error: LogFn };

export type NotifyDeps = { store: Store; email: EmailSender | null; sms: SmsSender | null; log: NoticeLog };

/** One notice to one person: stored and sent on each channel it has an address for. */
export type Delivery = {
  topic: string;
  dossierCode: string | null;
  /** `<topic>:<subject>:<event>`; each channel's message is made once under `<dedupeBase>:<channel>`. */
  dedupeBase: string;
  notice: Notice;
  /** What is stored when it must differ from what is sent (a one-time code is stored masked). */
  stored?: Notice | undefined;
  to: { email?: string | null | undefined; phone?: string | null | undefined };
};

const NOT_CONFIGURED: Record<Channel, string> = {
  email: 'Chưa cấu hình gửi thư điện tử (MOTCUA_SMTP_URL); thư chỉ được ghi nhật ký',
  sms: 'Chưa cấu hình gửi SMS (MOTCUA_SMS_URL); tin nhắn chỉ được ghi nhật ký',
};

function rowsOf(deps: NotifyDeps, d: Delivery): NewNotification[] {
  const stored = d.stored ?? d.notice;
  const rows: NewNotification[] = [];
  for (const channel of ['email', 'sms'] as const) {
    const raw = channel === 'email' ? d.to.email : d.to.phone;
    if (!raw?.trim()) continue;
    const r = recipientOf(channel, raw);
    const configured = channel === 'email' ? deps.email !== null : deps.sms !== null;
    const reason = !r.ok ? r.reason : !configured ? NOT_CONFIGURED[channel] : null;
    rows.push({
      topic: d.topic,
      dossierCode: d.dossierCode,
      channel,
      recipient: r.ok ? r.to : raw.trim(),
      recipientMasked: r.masked,
      template: stored.template,
      subject: channel === 'email' ? stored.subject : null,
      body: channel === 'email' ? stored.text : stored.sms,
      status: reason ? 'skipped' : 'queued',
      lastError: reason,
      dedupeKey: `${d.dedupeBase}:${channel}`,
    });
    if (reason) deps.log.info({ topic: d.topic, dossier: d.dossierCode, channel, to: r.masked, template: stored.template, subject: stored.subject, reason }, 'notice not sent');
  }
  return rows;
}

async function sendOne(deps: NotifyDeps, row: NotificationRow, d: Delivery): Promise<{ providerId: string | null }> {
  // Stored text is what the applicant gets, except where the stored copy is masked.
  const subject = d.stored ? d.notice.subject : (row.subject ?? '');
  if (row.channel === 'email') {
    if (!deps.email) throw new Error(NOT_CONFIGURED.email);
    return deps.email.send({ to: row.recipient, subject, text: d.stored ? d.notice.text : row.body });
  }
  if (!deps.sms) throw new Error(NOT_CONFIGURED.sms);
  return deps.sms.send({ to: row.recipient, text: d.stored ? d.notice.sms : row.body, requestId: row.id });
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Records the notice's messages (once per dedupe key) and sends those still queued, each under a row
 * lock so two workers never send the same message. A failed attempt is recorded and, unless it was
 * the last allowed, thrown after the other channels had their turn, so the job queue retries it.
 */
export async function deliverNotice(deps: NotifyDeps, d: Delivery): Promise<void> {
  const rows = rowsOf(deps, d);
  await insertNotifications(deps.store, rows);
  const retry: string[] = [];
  for (const r of rows) {
    const outcome = await inTransaction(deps.store, async (tx) => {
      const row = await claimQueued(tx, r.dedupeKey);
      if (!row) return null;
      try {
        const sent = await sendOne(deps, row, d);
        await recordSent(tx, row.id, sent.providerId, new Date());
        return null;
      } catch (err) {
        const f = await recordFailure(tx, row.id, messageOf(err), NOTIFICATION_MAX_ATTEMPTS);
        return { channel: row.channel, to: row.recipientMasked, error: messageOf(err), ...f };
      }
    });
    if (!outcome) continue;
    if (outcome.status === 'failed') deps.log.error({ topic: d.topic, dossier: d.dossierCode, ...outcome }, 'notice given up');
    else {
      deps.log.warn({ topic: d.topic, dossier: d.dossierCode, ...outcome }, 'notice not delivered; will retry');
      retry.push(`${outcome.channel}: ${outcome.error}`);
    }
  }
  if (retry.length > 0) throw new Error(`Gửi thông báo ${d.dedupeBase} chưa thành công (${retry.join('; ')})`);
}
