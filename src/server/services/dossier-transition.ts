import { apply, type ActionName, type DossierState, type Step } from '../../domain/dossier';
import { CLOSED_IMPORT_VI, isClosedImport } from '../../domain/dossier-import';
import { conflict } from '../errors';
import { inTransaction, type Tx } from '../storage/database';
import { appendAction, closeStep, listActions, openStep, updateProjection, type DossierRow } from '../storage/dossiers';
import { answerConsultation, openConsultation } from '../storage/consultations';
import { enqueue, type NewMessage } from '../storage/outbox';
import { effects } from './action-effects';
import type { ServiceContext } from './context';
import { isLate } from './dossier-view';
import { paymentsOnAction } from './payment-hooks';

/** Actions after which a form or a result document is generated (by the outbox job or on first listing). */
const ISSUES_DOCUMENT = new Set<ActionName>(['receive', 'request_supplement', 'refuse', 'extend', 'stop', 'approve', 'sign', 'reject']);

/**
 * Who takes the action, as the history records it: an officer (user id, name, role) or the applicant
 * (no user id, role `applicant`); `stateId` names them in the dossier state (the assignee of a claim).
 */
export type ActingParty = { userId: string | null; name: string; role: string | null; stateId: string };

export type Transition = {
  action: ActionName;
  /** The parsed payload; effects may add to it (the previous due date, the supplement request's time). */
  payload: Record<string, unknown>;
  by: ActingParty;
  now: Date;
  /** Further writes in the same transaction (e.g. the applicant's supplement files), given the new action's sequence number. */
  also?: (tx: Tx, seq: number) => Promise<void>;
};

/**
 * Moves a dossier by one action already allowed by the caller's guard: the state table, the clock
 * and the other effects, then in one transaction the projection (only from the version `d` was
 * read at), the history row, the step history, the consultation book and the notices. Returns
 * false, having written nothing, when someone else moved the dossier first.
 */
export async function commitAction(ctx: ServiceContext, d: DossierRow, t: Transition): Promise<boolean> {
  const { action, payload, now } = t;
  // Every way of moving a dossier passes here: a closed imported one never moves (docs/adr/0022).
  if (isClosedImport(d)) throw conflict(CLOSED_IMPORT_VI, { currentStatus: d.status, reason: 'imported_closed' });
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  if (action === 'supplement_received') {
    const req = [...(await listActions(ctx.store, d.id))].reverse().find((a) => a.action === 'request_supplement');
    payload.requestedAt = req?.at.toISOString();
  }
  const after = apply(state, steps, { action, actor: t.by.stateId, payload });
  const patch = await effects(ctx, d, action, payload, state, after, now);
  const newStatus = after.status;
  const dueAt = patch.dueAt !== undefined ? patch.dueAt : d.dueAt;
  const finishedAt = patch.finishedAt !== undefined ? patch.finishedAt : d.finishedAt;
  const seq = d.version + 1;
  const code = d.code;
  return inTransaction(ctx.store, async (tx) => {
    const ok = await updateProjection(tx, d.id, d.version, { ...patch, status: newStatus, state: after, late: isLate({ dueAt, finishedAt, status: newStatus }, now) });
    if (!ok) return false;
    await appendAction(tx, {
      dossierId: d.id,
      seq,
      action,
      actorId: t.by.userId,
      actorName: t.by.name,
      actorRole: t.by.role,
      agencyId: d.handlingAgencyId,
      at: now,
      step: after.step,
      statusAfter: newStatus,
      comment: (payload.comment ?? payload.reason ?? null) as string | null,
      payload,
    });
    if (action === 'consult') {
      await openConsultation(tx, { dossierId: d.id, seq, parties: payload.with as string[], question: String(payload.question), dueAt: new Date(String(payload.dueAt)) });
    }
    if (action === 'consult_reply') await answerConsultation(tx, d.id, String(payload.from), seq, now);
    if (after.step !== state.step || patch.handlingAgencyId) {
      await closeStep(tx, d.id, now);
      const step = steps[after.step]!;
      await openStep(tx, { dossierId: d.id, seq, stepIndex: after.step, stepKey: step.key, stepName: step.name, unitCode: step.unitCode, agencyId: patch.handlingAgencyId ?? d.handlingAgencyId, startedAt: now, dueAt: patch.stepDueAt ?? null });
    }
    if ([3, 7, 8, 10].includes(newStatus)) await closeStep(tx, d.id, now);
    await t.also?.(tx, seq);
    // Financial obligations follow the action (opened at reception or by request_payment, cancelled when the dossier ends).
    await paymentsOnAction(tx, ctx.store, { dossier: d, action, payload, seq, now, actorId: t.by.userId });
    const messages: NewMessage[] = [];
    if (newStatus !== d.status) messages.push({ topic: 'dossier.status_changed', payload: { code, status: newStatus, applicant: d.applicant, seq }, dedupeKey: `dossier.status:${code}:${seq}` });
    // The apology and new date reach the applicant (jobs/notification-workers.ts); the status stays.
    if (action === 'extend') messages.push({ topic: 'dossier.extended', payload: { code, seq, newDueDate: payload.newDueDate }, dedupeKey: `dossier.extended:${code}:${seq}` });
    if (ISSUES_DOCUMENT.has(action)) messages.push({ topic: 'dossier.documents', payload: { code }, dedupeKey: `dossier.documents:${code}:${seq}` });
    await enqueue(tx, messages);
    return true;
  });
}
