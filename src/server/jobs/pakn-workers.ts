import { z } from 'zod';
import { deliverNotice, NOTIFICATION_RETRY, type NoticeLog } from '../services/deliver-notice';
import { paknDeliveries } from '../services/pakn-notices';
import type { EmailSender } from '../notifications/email';
import type { SmsSender } from '../notifications/sms';
import type { Store } from '../storage/database';
import type { JobHandlers } from './queue';

const Notice = z.object({ itemId: z.uuid(), seq: z.number().int().positive(), secret: z.string().max(20).optional() });

/** Queues whose workers send PAKN notices, with the notification retry policy. */
export const PAKN_QUEUES = { 'pakn.notice': NOTIFICATION_RETRY };

/** Workers of PAKN: notices to senders (e-mail, SMS); the overdue sweep runs from jobs/queue.ts (pakn-sweep.ts). */
export function paknHandlers(deps: { store: Store; publicUrl: string; email: EmailSender | null; sms: SmsSender | null; log: NoticeLog }): JobHandlers {
  return {
    'pakn.notice': async (p) => {
      const m = Notice.safeParse(p);
      if (!m.success) {
        deps.log.error({ topic: 'pakn.notice', issues: m.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'notification job with an invalid payload dropped');
        return;
      }
      for (const d of await paknDeliveries(deps.store, deps.publicUrl, m.data)) await deliverNotice(deps, d);
    },
    'pakn.overdue': async (p) => deps.log.info({ notice: p }, 'notice: PAKN item past its deadline'),
  };
}
