/**
 * The dossier state machine as a table the compiler checks: for each action, the statuses it may
 * be taken from, the roles that may take it, the step kinds it needs and its payload schema.
 * The server enforces it and the officer's buttons come from the same `availableActions`.
 */
import { z } from 'zod';
import type { Role } from '../access';
import type { StepKind } from './process';
import type { StatusCode } from './status';

const reason = z.string().trim().min(1, 'Cần nêu lý do').max(2000);
const comment = z.string().trim().max(2000).optional();
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const PAYLOADS = {
  receive: z.object({ comment }),
  refuse: z.object({ reason }),
  request_supplement: z.object({ reason, documents: z.array(z.string().trim().min(1).max(500)).min(1, 'Cần liệt kê giấy tờ phải bổ sung') }),
  supplement_received: z.object({ comment }),
  assign: z.object({ assignee: z.string().min(1).max(64), comment }),
  claim: z.object({ comment }),
  forward: z.object({ comment }),
  return_to_previous: z.object({ reason }),
  consult: z.object({ with: z.array(z.string().min(1).max(200)).min(1, 'Cần nêu đơn vị được lấy ý kiến'), question: reason, dueDate: localDate }),
  consult_reply: z.object({ from: z.string().min(1).max(200), answer: reason }),
  transfer: z.object({ agencyCode: z.string().min(1).max(32), reason }),
  transfer_back: z.object({ comment }),
  record_verification: z.object({ time: z.string().min(1).max(40), place: z.string().trim().min(1).max(500), participants: z.string().trim().min(1).max(1000), content: reason }),
  request_payment: z.object({ amount: z.number().int().positive(), items: z.string().trim().min(1).max(1000) }),
  payment_received: z.object({ comment }),
  approve: z.object({ comment }),
  reject: z.object({ reason }),
  sign: z.object({ comment }),
  stop: z.object({ reason }),
  withdraw: z.object({ reason }),
  extend: z.object({ reason, newDueDate: localDate }),
  return_result: z.object({ method: z.enum(['counter', 'post', 'electronic']), trackingNumber: z.string().max(64).optional(), comment }),
} as const;

export type ActionName = keyof typeof PAYLOADS;
export type Payload<A extends ActionName> = z.infer<(typeof PAYLOADS)[A]>;
export const ACTION_NAMES = Object.keys(PAYLOADS) as ActionName[];

type Rule = {
  from: readonly StatusCode[];
  roles: readonly Role[];
  /** The current step must be of one of these kinds (any when absent). */
  stepKinds?: readonly StepKind[];
  /** A specialist must be the assignee (leaders may act on any dossier of their unit). */
  assigneeOnly?: boolean;
};

const HANDLERS: readonly Role[] = ['specialist', 'unit_head'];
const LEADERS: readonly Role[] = ['unit_head', 'agency_head'];

export const ACTION_RULES = {
  receive: { from: [1], roles: ['reception'] },
  refuse: { from: [1], roles: ['reception'] },
  request_supplement: { from: [1, 2, 4], roles: ['reception', ...HANDLERS], assigneeOnly: true },
  supplement_received: { from: [5], roles: ['reception', ...HANDLERS] },
  assign: { from: [2, 4], roles: LEADERS, stepKinds: ['process', 'consult', 'transfer'] },
  claim: { from: [2, 4], roles: HANDLERS, stepKinds: ['process', 'consult', 'transfer'] },
  forward: { from: [2, 4], roles: ['reception', ...HANDLERS], stepKinds: ['receive', 'process', 'consult', 'transfer'], assigneeOnly: true },
  return_to_previous: { from: [4], roles: [...HANDLERS, 'agency_head'], stepKinds: ['process', 'consult', 'transfer', 'approve', 'sign'] },
  consult: { from: [4], roles: HANDLERS, stepKinds: ['process', 'consult'], assigneeOnly: true },
  consult_reply: { from: [4], roles: HANDLERS },
  transfer: { from: [4], roles: HANDLERS, stepKinds: ['process', 'transfer'], assigneeOnly: true },
  transfer_back: { from: [4], roles: HANDLERS },
  record_verification: { from: [4], roles: HANDLERS, assigneeOnly: true },
  request_payment: { from: [4], roles: HANDLERS, assigneeOnly: true },
  payment_received: { from: [6], roles: ['reception', ...HANDLERS] },
  approve: { from: [4], roles: LEADERS, stepKinds: ['approve'] },
  reject: { from: [4], roles: LEADERS, stepKinds: ['process', 'approve', 'sign'] },
  sign: { from: [4], roles: ['agency_head'], stepKinds: ['sign'] },
  stop: { from: [2, 4, 5, 6], roles: LEADERS },
  withdraw: { from: [1, 2, 4, 5, 6], roles: ['reception'] },
  extend: { from: [2, 4, 5, 6], roles: [...LEADERS, 'reception'] },
  return_result: { from: [9], roles: ['reception'] },
} as const satisfies Record<ActionName, Rule>;

// The Vietnamese names live in action-names.ts (no zod there: the portal's first bundle needs only them).
export { ACTION_NAMES_VI } from './action-names';
