/**
 * What the applicant may do on their own dossier from the portal (answer a supplement request,
 * withdraw), as a table like ACTION_RULES, and the milestones they are shown: submitted, received,
 * being processed (at a unit or agency), needs supplement, result ready, returned, or how it ended.
 * Officer names never appear here; the server adds agency and unit names.
 */
import type { ActionName } from './actions';
import type { DossierState } from './state';
import type { StatusCode } from './status';

export const APPLICANT_ROLE = 'applicant';

export const APPLICANT_RULES = {
  supplement_received: { from: [5] },
  withdraw: { from: [1, 2, 4, 5, 6] },
} as const satisfies Partial<Record<ActionName, { from: readonly StatusCode[] }>>;
export type ApplicantAction = keyof typeof APPLICANT_RULES;

/** The applicant's actions open in this state. */
export function applicantActions(state: Pick<DossierState, 'status'>): ApplicantAction[] {
  return (Object.keys(APPLICANT_RULES) as ApplicantAction[]).filter((a) => (APPLICANT_RULES[a].from as readonly StatusCode[]).includes(state.status));
}

export const CITIZEN_MILESTONES = ['submitted', 'received', 'processing', 'supplement', 'result_ready', 'returned', 'refused', 'withdrawn', 'stopped'] as const;
export type CitizenMilestone = (typeof CITIZEN_MILESTONES)[number];
export type MilestoneState = 'done' | 'current' | 'waiting' | 'failed';
export type MilestoneStep<T> = { key: CitizenMilestone; state: MilestoneState; at: T | null };

type Event<T> = { action: string; statusAfter: number; at: T };

/**
 * The citizen's milestones of a dossier from its history (oldest first) and current status: the
 * usual path (submitted online → received → processing → result ready → returned) with a
 * supplement step while one is asked or was answered, and the end it came to instead when refused,
 * withdrawn or stopped. Counter receipts have no "submitted" step.
 */
export function citizenMilestones<T>(status: StatusCode, channel: string, history: readonly Event<T>[]): MilestoneStep<T>[] {
  const first = (pred: (e: Event<T>) => boolean) => history.find(pred)?.at ?? null;
  const last = (pred: (e: Event<T>) => boolean) => [...history].reverse().find(pred)?.at ?? null;
  const online = channel === 'online' || history[0]?.statusAfter === 1;
  const receivedAt = online ? first((e) => e.statusAfter === 2 || e.action === 'receive') : (history[0]?.at ?? null);
  const supplementAsked = history.some((e) => e.action === 'request_supplement');
  const steps: MilestoneStep<T>[] = [];
  if (online) steps.push({ key: 'submitted', state: 'done', at: history[0]?.at ?? null });
  const ended = status === 3 || status === 7 || status === 8;
  const reached = (s: StatusCode) => status === s;
  steps.push({ key: 'received', state: receivedAt ? 'done' : reached(1) ? 'current' : 'waiting', at: receivedAt });
  if (supplementAsked) steps.push({ key: 'supplement', state: reached(5) ? 'current' : 'done', at: last((e) => e.action === (reached(5) ? 'request_supplement' : 'supplement_received')) });
  const processingAt = first((e) => e.statusAfter === 4);
  const processing: MilestoneState = status === 9 || status === 10 || (ended && processingAt) ? 'done' : [2, 4, 6].includes(status) ? 'current' : 'waiting';
  steps.push({ key: 'processing', state: processing, at: processingAt });
  if (ended) {
    const key: CitizenMilestone = status === 3 ? 'refused' : status === 7 ? 'withdrawn' : 'stopped';
    // Steps never reached stay out of an ended dossier's path.
    return [...steps.filter((s) => s.state === 'done'), { key, state: 'failed', at: last((e) => e.statusAfter === status) }];
  }
  steps.push({ key: 'result_ready', state: status === 9 ? 'current' : status === 10 ? 'done' : 'waiting', at: first((e) => e.statusAfter === 9) });
  steps.push({ key: 'returned', state: status === 10 ? 'done' : 'waiting', at: first((e) => e.statusAfter === 10) });
  return steps;
}

/** Actions shown on the citizen's timeline; the officers' internal moves (claim, assign, consult…) are not. */
const CITIZEN_EVENTS: Partial<Record<ActionName | 'create', true>> = {
  create: true,
  receive: true,
  refuse: true,
  request_supplement: true,
  supplement_received: true,
  forward: true,
  transfer: true,
  transfer_back: true,
  request_payment: true,
  payment_received: true,
  sign: true,
  reject: true,
  stop: true,
  withdraw: true,
  extend: true,
  return_result: true,
};

export const isCitizenEvent = (action: string): boolean => Object.hasOwn(CITIZEN_EVENTS, action);
