import { z } from 'zod';
import type { EmailSender } from '../notifications/email';
import type { SmsSender } from '../notifications/sms';
import { deliverNotice, NOTIFICATION_RETRY, type NoticeLog } from '../services/deliver-notice';
import { spawnForPublishedDecision } from '../services/plan-events';
import { reminderDeliveries, runPlanSweep } from '../services/plan-reminders';
import type { Store } from '../storage/database';
import type { JobHandlers } from './queue';

/** The reminder queues retry like the other notices (deliver-notice.ts). */
export const PLAN_QUEUES = { 'plan.task_due': NOTIFICATION_RETRY, 'plan.task_overdue': NOTIFICATION_RETRY };

const Reminder = z.object({ instanceId: z.uuid(), dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
const Published = z.object({ number: z.string().min(1) });

/**
 * Control-plan workers (docs/adr/0024-control-plans.md): the hourly sweep that queues reminders before a
 * task instance falls due and once when it is overdue; the reminders to the lead unit's officers (e-mail,
 * SMS, recorded in `notifications`); and the publication-decision trigger, which gives every plan task
 * counted from a publication decision its instance for the decision just published.
 */
export function planHandlers(deps: { store: Store; publicUrl: string; email: EmailSender | null; sms: SmsSender | null; log: NoticeLog }): JobHandlers {
  const remind = (topic: 'plan.task_due' | 'plan.task_overdue') => async (p: unknown) => {
    const m = Reminder.safeParse(p);
    if (!m.success) return deps.log.error({ topic }, 'plan reminder with an invalid payload dropped');
    for (const d of await reminderDeliveries(deps.store, deps.publicUrl, topic, m.data)) await deliverNotice(deps, d);
  };
  return {
    'plans.sweep': async () => {
      const n = await runPlanSweep(deps.store);
      if (n > 0) deps.log.info({ reminders: n }, 'plan reminders queued');
    },
    'plan.task_due': remind('plan.task_due'),
    'plan.task_overdue': remind('plan.task_overdue'),
    'catalogue.decision_published': async (p) => {
      const m = Published.safeParse(p);
      if (!m.success) return deps.log.error({ topic: 'catalogue.decision_published' }, 'decision notice with an invalid payload dropped');
      const n = await spawnForPublishedDecision(deps.store, m.data.number);
      deps.log.info({ decision: m.data.number, planTasks: n }, 'notice: publication decision published; plan task instances made');
    },
  };
}
