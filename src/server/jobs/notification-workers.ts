import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { OTP_PURPOSES, otpNotice } from '../../domain/notifications';
import type { EmailSender } from '../notifications/email';
import type { SmsSender } from '../notifications/sms';
import { deliverNotice, NOTIFICATION_RETRY, type Delivery, type NoticeLog } from '../services/deliver-notice';
import { apologyDelivery, receiptDelivery, statusDelivery, submissionDelivery } from '../services/dossier-notices';
import type { Store } from '../storage/database';
import type { JobHandlers, JobMeta } from './queue';

const Code = z.object({ code: z.string().min(1) });
const StatusChanged = Code.extend({ status: z.number().int(), seq: z.number().int().positive().optional() });
const Extended = Code.extend({ seq: z.number().int().positive().optional() });
const Late = Code.extend({ agencyId: z.string().optional() });
/** Enqueued by the citizen-account use cases (sign-up, recovery, activation of a counter-made account). */
export const OtpPayload = z.object({
  channel: z.enum(['email', 'sms']),
  to: z.string().min(3).max(254),
  code: z.string().regex(/^[0-9A-Za-z]{4,10}$/),
  purpose: z.enum(OTP_PURPOSES),
  expiresMinutes: z.number().int().positive().max(24 * 60),
  /** Id of the request (recommended): the message is made once per id. Without it, once per job. */
  id: z.string().max(100).optional(),
});
export type OtpPayload = z.infer<typeof OtpPayload>;

/** Topics whose workers send notices, with the retry policy their queues need (jobs/queue.ts). */
export const NOTIFICATION_QUEUES = Object.fromEntries(
  ['dossier.submitted', 'dossier.received', 'dossier.status_changed', 'dossier.extended', 'dossier.late', 'citizen.otp'].map((t) => [t, NOTIFICATION_RETRY]),
);

/**
 * A one-time code to deliver. The event is the request's id, else the job's (stable across retries);
 * never derived from the code, which would let anyone reading `notifications` recover it.
 */
export function otpDelivery(p: OtpPayload, job?: JobMeta): Delivery {
  const notice = otpNotice(p);
  const event = p.id ?? (job ? `job-${job.id}` : randomUUID());
  return {
    topic: 'citizen.otp',
    dossierCode: null,
    dedupeBase: `citizen.otp:${p.purpose}:${event}`,
    notice,
    stored: otpNotice({ ...p, code: '*'.repeat(p.code.length) }),
    to: p.channel === 'email' ? { email: p.to } : { phone: p.to },
  };
}

/**
 * Workers that tell applicants about their dossier (received, supplement requested, result ready,
 * returned, apology with a new date, …) and deliver one-time codes, by e-mail and SMS, recording
 * each message's delivery status (`notifications`). A channel without a sender records its messages
 * as skipped and logs them. Lateness stays a notice to the agency; the applicant hears of a delay
 * through the apology and its new date.
 */
export function notificationHandlers(deps: { store: Store; publicUrl: string; email: EmailSender | null; sms: SmsSender | null; log: NoticeLog }): JobHandlers {
  const send = async (d: Delivery | null) => {
    if (d) await deliverNotice(deps, d);
  };
  // A malformed payload would fail every retry the same way: it is logged and dropped.
  const read = <T>(topic: string, schema: z.ZodType<T>, p: unknown): T | null => {
    const r = schema.safeParse(p);
    if (r.success) return r.data;
    deps.log.error({ topic, issues: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'notification job with an invalid payload dropped');
    return null;
  };
  return {
    'dossier.submitted': async (p) => {
      const m = read('dossier.submitted', Code, p);
      if (m) await send(await submissionDelivery(deps.store, deps.publicUrl, m.code));
    },
    'dossier.received': async (p) => {
      const m = read('dossier.received', Code, p);
      if (m) await send(await receiptDelivery(deps.store, deps.publicUrl, m.code));
    },
    'dossier.status_changed': async (p) => {
      const m = read('dossier.status_changed', StatusChanged, p);
      if (m) await send(await statusDelivery(deps.store, deps.publicUrl, m));
    },
    'dossier.extended': async (p) => {
      const m = read('dossier.extended', Extended, p);
      if (m) await send(await apologyDelivery(deps.store, deps.publicUrl, 'dossier.extended', m.code, m.seq));
    },
    'dossier.late': async (p) => {
      deps.log.info({ notice: p }, 'notice: dossier late, apology required');
      // An applicant already promised a new date gets the apology (once, shared with dossier.extended).
      const m = read('dossier.late', Late, p);
      if (m) await send(await apologyDelivery(deps.store, deps.publicUrl, 'dossier.late', m.code));
    },
    'citizen.otp': async (p, job) => {
      const m = read('citizen.otp', OtpPayload, p);
      if (m) await send(otpDelivery(m, job));
    },
  };
}
