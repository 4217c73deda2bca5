import type { OfficeHours, WorkingCalendar } from '../../domain/calendar';
import {
  paknActiveDue,
  paknClock,
  paknExtendedDue,
  paknPublishDue,
  paknSearchText,
  paknStatusAfter,
  withinDue,
  type PaknAction,
  type PaknPayload,
  type PaknRuleSet,
} from '../../domain/pakn';
import { AppError } from '../errors';
import type { PaknPatch, PaknRow } from '../storage/pakn';

/**
 * What an allowed action changes on an item: the projection patch, the history note and data, and
 * whether the sender is told. Pure given the resolved references (the original of a merge, the
 * classification's dossier, …), the calendar and the rule set.
 */
export type EffectEnv = {
  now: Date;
  cal: WorkingCalendar;
  oh: OfficeHours;
  rules: PaknRuleSet;
  actorId: string | null;
  /** Resolved references of the action's payload. */
  refs: { originalId?: string; originalCode?: string; dossierId?: string | null; procedureName?: string | null; forwardedAgencyId?: string | null };
};

export type Effect = { patch: PaknPatch; note: string | null; data: Record<string, unknown>; notify: boolean };

const unprocessable = (detail: string, name: string) => new AppError('UNPROCESSABLE', detail, { reason: 'pakn_payload', errors: [{ name, reason: detail }] });

/** Sets the working deadline for the status after the action (and clears the overdue mark when it moves). */
function withDue(item: PaknRow, patch: PaknPatch, action: PaknAction): PaknPatch {
  const status = paknStatusAfter(item.status, action);
  const dueAt = paknActiveDue(status, { processDue: patch.processDueAt ?? item.processDueAt, publishDue: patch.publishDueAt ?? item.publishDueAt });
  const moved = (dueAt?.getTime() ?? null) !== (item.dueAt?.getTime() ?? null);
  return { ...patch, status, dueAt, ...(moved ? { overdueAt: null } : {}) };
}

const finish = (now: Date, onTime: boolean | null): PaknPatch => ({ finishedAt: now, finishedOnTime: onTime });

export function effectOf<A extends PaknAction>(action: A, item: PaknRow, payload: PaknPayload<A>, env: EffectEnv): Effect {
  const { now } = env;
  const p = payload as Record<string, unknown>;
  const e = (patch: PaknPatch, note: string | null, data: Record<string, unknown> = {}, notify = false): Effect => ({ patch: withDue(item, patch, action), note, data, notify });
  switch (action) {
    case 'acknowledge':
      return e({ acknowledgedAt: now }, (p.note as string | undefined) ?? null);
    case 'refuse': {
      // Refusing at reception is judged against the 2-day limit; closing an item whose sender never supplied what was asked is not late.
      const onTime = item.status === 'received' ? withinDue(now, item.ackDueAt) : true;
      return e({ refusalReason: p.reason as string, ...finish(now, onTime) }, p.reason as string, { onTime }, true);
    }
    case 'classify': {
      const x = payload as PaknPayload<'classify'>;
      const procedureCode = x.procedureCode === undefined ? item.procedureCode : x.procedureCode;
      return e(
        {
          category: x.category,
          withinCompetence: x.withinCompetence,
          procedureCode,
          dossierId: env.refs.dossierId === undefined ? item.dossierId : env.refs.dossierId,
          searchText: paknSearchText({ code: item.code, title: item.title, content: item.content, answer: item.answer, procedureName: env.refs.procedureName ?? null }),
        },
        x.note ?? null,
        { category: x.category, withinCompetence: x.withinCompetence, procedureCode: procedureCode ?? null, dossierCode: x.dossierCode ?? null },
      );
    }
    case 'forward': {
      const x = payload as PaknPayload<'forward'>;
      const onTime = withinDue(now, item.forwardDueAt);
      return e({ forwardedTo: x.to, forwardedAgencyId: env.refs.forwardedAgencyId ?? null, withinCompetence: false, ...finish(now, onTime) }, x.reason, { to: x.to, agencyId: env.refs.forwardedAgencyId ?? null, onTime }, true);
    }
    case 'merge':
      return e({ duplicateOf: env.refs.originalId!, ...finish(now, null) }, (p.note as string | undefined) ?? null, { originalCode: env.refs.originalCode }, true);
    case 'request_supplement': {
      const first = item.supplementRequestedAt === null;
      return e({ supplementRequestedAt: item.supplementRequestedAt ?? now }, p.request as string, { request: p.request, first, ...(first ? { onTime: withinDue(now, item.supplementDueAt) } : {}) }, true);
    }
    case 'supplement': {
      // The item goes back to reception (DVCQG "awaiting reception: supplemented"): its clock starts again.
      const clock = paknClock(env.cal, env.rules, now, env.oh);
      return e({ clockStartAt: now, ackDueAt: clock.refuseDue, forwardDueAt: clock.forwardDue, processDueAt: clock.processDue }, null, { text: p.text, processDueAt: clock.processDue.toISOString() });
    }
    case 'draft_answer': {
      const x = payload as PaknPayload<'draft_answer'>;
      if (item.category === 'behaviour' && typeof x.substantiated !== 'boolean') {
        throw unprocessable('Phản ánh về hành vi của cán bộ: cần kết luận phản ánh có cơ sở hay không (substantiated).', 'payload.substantiated');
      }
      return e({ answer: x.answer, answeredBy: env.actorId, substantiated: item.category === 'behaviour' ? x.substantiated! : null }, null, { answer: x.answer, substantiated: x.substantiated ?? null });
    }
    case 'return_draft':
      return e({}, p.reason as string);
    case 'approve': {
      const publishDue = paknPublishDue(env.cal, env.rules, now, env.oh);
      return e({ approvedBy: env.actorId, processedAt: now, publishDueAt: publishDue }, (p.note as string | undefined) ?? null, { processedOnTime: withinDue(now, item.processDueAt) });
    }
    case 'publish': {
      const x = payload as PaknPayload<'publish'>;
      const onTime = withinDue(item.processedAt ?? now, item.processDueAt) && withinDue(now, item.publishDueAt);
      return e(
        { publishedAt: now, isPublic: x.publicly, ...finish(now, onTime), searchText: paknSearchText({ code: item.code, title: item.title, content: item.content, answer: item.answer, procedureName: env.refs.procedureName ?? null }) },
        x.note ?? null,
        { publicly: x.publicly, onTime },
        true,
      );
    }
    case 'extend': {
      const x = payload as PaknPayload<'extend'>;
      if (x.days > env.rules.maxExtensionDays) throw unprocessable(`Chỉ được gia hạn tối đa ${env.rules.maxExtensionDays} ngày làm việc (${env.rules.decision}).`, 'payload.days');
      const processDue = paknExtendedDue(env.cal, item.processDueAt ?? now, x.days, env.oh);
      return e({ extended: true, processDueAt: processDue }, x.reason, { days: x.days, from: item.processDueAt?.toISOString() ?? null, to: processDue.toISOString() });
    }
    case 'rate': {
      const x = payload as PaknPayload<'rate'>;
      return e({ rating: x.rating, ratedAt: now }, x.comment ?? null, { rating: x.rating });
    }
  }
  throw new Error(`unhandled PAKN action ${String(action)}`);
}
