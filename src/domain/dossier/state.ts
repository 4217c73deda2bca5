/**
 * A dossier's state is a pure reduction of its action history (STYLE.md 1); the projection row
 * stored beside it is this value, kept in the same transaction.
 */
import type { Role } from '../access';
import { ACTION_RULES, type ActionName } from './actions';
import type { Step } from './process';
import type { StatusCode } from './status';

export type DossierState = {
  status: StatusCode;
  step: number;
  assignee: string | null;
  extensions: number;
  supplementRequests: number;
  openConsultations: number;
  transferredTo: string | null;
  decision: 'approved' | 'rejected' | null;
  statusBeforeHold: StatusCode | null;
};

export type ActionRecord = { action: ActionName | 'create'; actor: string; payload: Record<string, unknown> };

export const initialState = (status: 1 | 2): DossierState => ({
  status,
  step: 0,
  assignee: null,
  extensions: 0,
  supplementRequests: 0,
  openConsultations: 0,
  transferredTo: null,
  decision: null,
  statusBeforeHold: null,
});

const indexOfKind = (steps: readonly Step[], kind: Step['kind'], from = 0) => {
  const i = steps.findIndex((s, n) => n >= from && s.kind === kind);
  return i < 0 ? steps.length - 1 : i;
};

/** The next state after `a`; assumes the action was allowed (see availableActions). */
export function apply(state: DossierState, steps: readonly Step[], a: ActionRecord): DossierState {
  const s = { ...state };
  const last = steps.length - 1;
  switch (a.action) {
    case 'create':
      return initialState(a.payload.status === 1 ? 1 : 2);
    case 'receive':
      return { ...s, status: 2 };
    case 'refuse':
      return { ...s, status: 3 };
    case 'request_supplement':
      return { ...s, status: 5, supplementRequests: s.status === 1 ? s.supplementRequests : s.supplementRequests + 1, statusBeforeHold: s.status };
    case 'supplement_received':
      return { ...s, status: s.statusBeforeHold === 1 ? 2 : (s.statusBeforeHold ?? 4), statusBeforeHold: null };
    case 'assign':
      return { ...s, status: 4, assignee: String(a.payload.assignee) };
    case 'claim':
      return { ...s, status: 4, assignee: a.actor };
    case 'forward': {
      const next = Math.min(s.step + 1, last);
      return { ...s, status: 4, step: next, assignee: steps[next]?.kind === steps[s.step]?.kind ? s.assignee : steps[next]?.kind === 'process' ? null : s.assignee };
    }
    case 'return_to_previous':
      return { ...s, step: Math.max(1, s.step - 1), decision: null };
    case 'consult':
      return { ...s, openConsultations: s.openConsultations + 1 };
    case 'consult_reply':
      return { ...s, openConsultations: Math.max(0, s.openConsultations - 1) };
    case 'transfer':
      return { ...s, transferredTo: String(a.payload.agencyCode) };
    case 'transfer_back':
      return { ...s, transferredTo: null };
    case 'record_verification':
      return s;
    case 'request_payment':
      return { ...s, status: 6, statusBeforeHold: s.status };
    case 'payment_received':
      return { ...s, status: s.statusBeforeHold ?? 4, statusBeforeHold: null };
    case 'approve':
      return { ...s, decision: 'approved', step: indexOfKind(steps, 'sign', s.step) };
    case 'reject':
      return { ...s, status: 9, decision: 'rejected', step: last };
    case 'sign':
      return { ...s, status: 9, step: last };
    case 'stop':
      return { ...s, status: 8 };
    case 'withdraw':
      return { ...s, status: 7 };
    case 'extend':
      return { ...s, extensions: s.extensions + 1 };
    case 'return_result':
      return { ...s, status: 10 };
  }
}

export const reduce = (steps: readonly Step[], history: readonly ActionRecord[]): DossierState =>
  history.reduce((st, a) => apply(st, steps, a), initialState(2));

export type ActingOfficer = { userId: string; roles: readonly Role[] };

/** Why an action is not available now (null when it is): the single guard the server and the UI share. */
export function blockedReason(state: DossierState, steps: readonly Step[], action: ActionName, who: ActingOfficer): string | null {
  const rule = ACTION_RULES[action];
  if (!(rule.from as readonly StatusCode[]).includes(state.status)) return 'status';
  const roles: readonly Role[] = rule.roles;
  const mine = who.roles.filter((r) => roles.includes(r));
  if (mine.length === 0) return 'role';
  const kind = steps[state.step]?.kind;
  if ('stepKinds' in rule && kind && !(rule.stepKinds as readonly string[]).includes(kind)) return 'step';
  if ('assigneeOnly' in rule && state.status === 4 && state.assignee && state.assignee !== who.userId && !mine.some((r) => r !== 'specialist' && r !== 'reception')) return 'assignee';
  if (action === 'forward' && state.openConsultations > 0) return 'consultations_open';
  if (action === 'forward' && kind === 'receive' && !mine.includes('reception')) return 'role';
  if (action === 'forward' && kind !== 'receive' && state.status === 4 && !state.assignee) return 'unassigned';
  if (action === 'consult_reply' && state.openConsultations === 0) return 'no_consultation';
  if (action === 'transfer' && state.transferredTo) return 'already_transferred';
  if (action === 'transfer_back' && !state.transferredTo) return 'not_transferred';
  if (action === 'return_to_previous' && state.step <= 1) return 'first_step';
  if (action === 'request_supplement' && state.supplementRequests > 0 && state.status !== 1) return 'supplement_once';
  return null;
}

export function availableActions(state: DossierState, steps: readonly Step[], who: ActingOfficer): ActionName[] {
  return (Object.keys(ACTION_RULES) as ActionName[]).filter((a) => blockedReason(state, steps, a, who) === null);
}
