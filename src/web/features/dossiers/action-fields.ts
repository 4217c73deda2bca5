/**
 * The form of each action's payload, as data: which fields, of which kind. The payload is then
 * checked against the domain's own Zod schema (PAYLOADS) before it is sent, so the form and the
 * server agree on what is required.
 */
import type { Dayjs } from 'dayjs';
import type { ActionName } from '../../../domain/dossier';
import type { Catalogue } from '../../i18n/vi';

export type FieldKind = 'textarea' | 'text' | 'tags' | 'date' | 'datetime' | 'money' | 'method' | 'agency';
/** A payload field's name is also the key of its label in the catalogue. */
export type PayloadName = Exclude<keyof Catalogue['dossier']['payload'], 'tagsHint' | 'required'>;
export type PayloadField = { name: PayloadName; kind: FieldKind; required: boolean };

const f = (name: PayloadName, kind: FieldKind, required = true): PayloadField => ({ name, kind, required });
const reason = f('reason', 'textarea');
const comment = f('comment', 'textarea', false);

export const ACTION_FIELDS: Record<ActionName, readonly PayloadField[]> = {
  receive: [comment],
  refuse: [reason],
  request_supplement: [f('documents', 'tags'), reason],
  supplement_received: [comment],
  assign: [f('assignee', 'text'), comment],
  claim: [comment],
  forward: [comment],
  return_to_previous: [reason],
  consult: [f('with', 'tags'), f('question', 'textarea'), f('dueDate', 'date')],
  consult_reply: [f('from', 'text'), f('answer', 'textarea')],
  transfer: [f('agencyCode', 'agency'), reason],
  transfer_back: [comment],
  record_verification: [f('time', 'datetime'), f('place', 'text'), f('participants', 'textarea'), f('content', 'textarea')],
  request_payment: [f('amount', 'money'), f('items', 'textarea')],
  payment_received: [comment],
  approve: [comment],
  reject: [reason],
  sign: [comment],
  stop: [reason],
  withdraw: [reason],
  extend: [reason, f('newDueDate', 'date')],
  return_result: [f('method', 'method'), f('trackingNumber', 'text', false), comment],
};

/** Actions that end or turn back the dossier: their button is shown as a danger. */
export const DANGEROUS: readonly ActionName[] = ['refuse', 'reject', 'stop', 'withdraw', 'return_to_previous'];

/** The form's values as the API's payload: dates as YYYY-MM-DD (or YYYY-MM-DDTHH:mm), empty optional fields left out. */
export function payloadOf(fields: readonly PayloadField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = values[field.name];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (field.kind === 'date') out[field.name] = (v as Dayjs).format('YYYY-MM-DD');
    else if (field.kind === 'datetime') out[field.name] = (v as Dayjs).format('YYYY-MM-DDTHH:mm');
    else if (typeof v === 'string') out[field.name] = v.trim();
    else out[field.name] = v;
  }
  return out;
}
