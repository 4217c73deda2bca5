/**
 * The milestones a citizen is told about (issue 7, "Tracking and results"), derived from the dossier
 * status a change led to and, where the status alone is ambiguous, the action that caused it.
 */
import type { StatusCode } from '../dossier';

export const MILESTONES = [
  'submitted',
  'received',
  'supplement_requested',
  'supplement_received',
  'refused',
  'result_ready',
  'returned',
  'apology',
  'stopped',
  'withdrawn',
] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * Statuses a citizen hears about when a dossier moves into them; the others (processing, awaiting
 * payment) are internal steps. An online submission (status 1) is acknowledged when it is made
 * (`dossier.submitted`), never by a status change.
 */
export const MILESTONE_OF_STATUS = {
  1: null,
  2: 'received',
  3: 'refused',
  4: null,
  5: 'supplement_requested',
  6: null,
  7: 'withdrawn',
  8: 'stopped',
  9: 'result_ready',
  10: 'returned',
} as const satisfies Record<StatusCode, Milestone | null>;

/**
 * The milestone of a status change; `action` (when known) tells a dossier back in "received" after
 * a supplement from a first receipt. An unknown status is no milestone.
 */
export function milestoneOf(status: number, action?: string | null): Milestone | null {
  if (action === 'extend') return 'apology';
  if (action === 'supplement_received') return 'supplement_received';
  return Object.hasOwn(MILESTONE_OF_STATUS, status) ? MILESTONE_OF_STATUS[status as StatusCode] : null;
}
