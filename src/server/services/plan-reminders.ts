import { addDays, localDateOf } from '../../domain/calendar';
import { DUE_SOON_WORKING_DAYS, taskReminderNotice } from '../../domain/plans';
import { inTransaction, type Store } from '../storage/database';
import { enqueue } from '../storage/outbox';
import { boardRows, instancesToRemind, unitOfficers } from '../storage/plan-instances';
import { unitsOfTasks } from '../storage/plans';
import { workingCalendar } from './calendar-provider';
import type { Delivery } from './deliver-notice';

/** Overdue instances are reminded only this many days after their due date (a 2023 plan read in 2026 is history). */
export const OVERDUE_REMINDER_DAYS = 30;

export type ReminderPayload = { instanceId: string; dueDate: string };

/**
 * The plan sweep (hourly): one outbox message per open instance due within DUE_SOON_WORKING_DAYS working
 * days (`plan.task_due`) and per instance that became overdue (`plan.task_overdue`), each made once per
 * instance and due date by its dedupe key; the workers turn them into notices to the lead unit.
 */
export async function runPlanSweep(store: Store, now = new Date()): Promise<number> {
  const cal = await workingCalendar(store);
  const today = localDateOf(now);
  const until = cal.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  const oldest = addDays(today, -OVERDUE_REMINDER_DAYS);
  return inTransaction(store, async (tx) => {
    const rows = (await instancesToRemind(tx, until)).filter((r) => r.leadUnitIds.length > 0 && r.dueDate !== null && r.dueDate >= oldest);
    const messages = rows.map((r) => {
      const topic = r.dueDate! < today ? 'plan.task_overdue' : 'plan.task_due';
      return { topic, payload: { instanceId: r.id, dueDate: r.dueDate! } satisfies ReminderPayload, dedupeKey: `${topic}:${r.id}:${r.dueDate}` };
    });
    await enqueue(tx, messages);
    return messages.length;
  });
}

/** The notices of a reminder: one per unit head or specialist of each lead unit (none once the instance is done). */
export async function reminderDeliveries(store: Store, publicUrl: string, topic: 'plan.task_due' | 'plan.task_overdue', p: ReminderPayload): Promise<Delivery[]> {
  const [row] = await boardRows(store, { agencyIds: null, instanceId: p.instanceId });
  if (!row || row.status === 'done' || row.dueDate !== p.dueDate) return [];
  const lead = (await unitsOfTasks(store, { taskIds: [row.taskId] })).filter((u) => u.role === 'lead');
  const officers = await unitOfficers(
    store,
    lead.map((u) => u.unitId),
  );
  return officers.map((o) => ({
    topic,
    dossierCode: null,
    dedupeBase: `${topic}:${row.id}:${row.dueDate}:${o.userId}`,
    notice: taskReminderNotice({
      planTitle: row.planTitle,
      planNumber: row.planNumber,
      taskNumber: row.taskNumber,
      content: row.content,
      label: row.label,
      dueDate: row.dueDate!,
      unitName: lead.find((u) => u.unitId === o.unitId)?.name ?? '',
      overdue: topic === 'plan.task_overdue',
      boardUrl: `${publicUrl}/can-bo/ke-hoach`,
    }),
    to: { email: o.email, phone: o.phone },
  }));
}
