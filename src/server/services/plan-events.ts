import { randomUUID } from 'node:crypto';
import type { DutyKind } from '../../domain/catalogue';
import type { LocalDate, WorkingCalendar } from '../../domain/calendar';
import { dueAfterEvent, dutyKindOf, eventFires, TRIGGER_NAMES, type PlanTrigger } from '../../domain/plans';
import { conflict, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Store, type Tx } from '../storage/database';
import { findDecision } from '../storage/decisions';
import { insertInstances } from '../storage/plan-instances';
import { agenciesOfDecision, dutiesOfDecision, eventTasks, lockTask } from '../storage/plans';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { auditActorId, type ServiceContext } from './context';

export type PlanEvent = {
  trigger: PlanTrigger;
  date: LocalDate;
  /** Identifies the event (a decision's number, a feedback item's code): one instance per task and event. */
  ref: string;
  label: string;
  issuer?: 'central' | 'province' | null;
  /** Agencies whose plans the event concerns; null: every agency's. */
  agencyIds: readonly string[] | null;
  /** The catalogue's publication duties of a decision, linked to the instance that fulfils each. */
  duties?: readonly { id: string; kind: string }[];
};

/**
 * One task instance per task whose rule counts from this event, in plans of the event's year of the
 * agencies concerned, due by the rule (dueAfterEvent); idempotent (unique task and key). Any feature that
 * records an event (a received feedback item, an approved internal process) calls this in its transaction.
 */
export async function spawnEventInstances(tx: Tx, cal: WorkingCalendar, e: PlanEvent): Promise<number> {
  const tasks = await eventTasks(tx, e.trigger, Number(e.date.slice(0, 4)), e.agencyIds);
  const rows = tasks.flatMap((t) => {
    if (!eventFires(t.deadline.rule, e.trigger, e.issuer ?? null)) return [];
    const kind: DutyKind | null = dutyKindOf(t.content);
    return [
      {
        taskId: t.id,
        key: `event:${e.trigger}:${e.ref}`.slice(0, 200),
        label: e.label,
        trigger: e.trigger,
        triggerRef: e.ref,
        triggerDate: e.date,
        dueDate: dueAfterEvent(cal, t.deadline.rule, e.date),
        dutyId: kind ? (e.duties?.find((d) => d.kind === kind)?.id ?? null) : null,
      },
    ];
  });
  return insertInstances(tx, rows);
}

/**
 * The publication-decision trigger (outbox topic `catalogue.decision_published`, recorded by
 * services/publish-decision.ts): tasks of plans of the agencies assigned to the decision's procedures
 * (every agency's when none is assigned) get an instance dated from the decision, linked to its duties.
 */
export async function spawnForPublishedDecision(store: Store, number: string): Promise<number> {
  const cal = await workingCalendar(store);
  return inTransaction(store, async (tx) => {
    const d = await findDecision(tx, number);
    if (!d || d.status !== 'published') return 0;
    const agencies = await agenciesOfDecision(tx, d.id);
    return spawnEventInstances(tx, cal, {
      trigger: 'publication_decision',
      date: d.decisionDate,
      ref: d.number,
      label: `QĐ ${d.number}`,
      issuer: d.issuerLevel,
      agencyIds: agencies.length > 0 ? agencies : null,
      duties: await dutiesOfDecision(tx, d.id),
    });
  });
}

/** An event recorded by hand on one task ("Khi có văn bản yêu cầu", a feedback item received elsewhere). */
export async function recordTaskEvent(ctx: ServiceContext, taskId: string, input: { date: LocalDate; ref?: string | null; label?: string | null }) {
  const actor = authorize(ctx, 'plan.manage');
  const cal = await workingCalendar(ctx.store);
  return inTransaction(ctx.store, async (tx) => {
    const task = await lockTask(tx, taskId);
    if (!task) throw notFound('nhiệm vụ');
    const rule = task.deadline.rule;
    if (rule.kind !== 'event') throw conflict('Thời hạn của nhiệm vụ này không tính theo sự kiện; không ghi nhận sự kiện được.', { rule: rule.kind });
    const ref = input.ref?.trim() || `${input.date}-${randomUUID().slice(0, 8)}`;
    const made = await insertInstances(tx, [
      { taskId, key: `event:${rule.trigger}:${ref}`.slice(0, 200), label: input.label?.trim() || `${TRIGGER_NAMES[rule.trigger].vi} ${ref}`, trigger: rule.trigger, triggerRef: ref, triggerDate: input.date, dueDate: dueAfterEvent(cal, rule, input.date), dutyId: null },
    ]);
    if (made === 0) throw conflict(`Sự kiện "${ref}" đã được ghi nhận cho nhiệm vụ này.`);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'plan.event', entity: 'plan_task', entityId: taskId, detail: { trigger: rule.trigger, date: input.date, ref }, requestId: ctx.requestId ?? null });
    return { taskId, planId: task.planId, ref, dueDate: dueAfterEvent(cal, rule, input.date) };
  });
}
