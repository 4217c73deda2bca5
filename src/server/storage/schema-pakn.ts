import type { ColumnType, Generated } from 'kysely';

/** Tables of feedback on administrative regulations (migration 20261122004000_create_pakn, ADR 0020). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type PaknStatusColumn =
  | 'received'
  | 'not_accepted'
  | 'refused'
  | 'in_progress'
  | 'awaiting_supplement'
  | 'awaiting_approval'
  | 'awaiting_publication'
  | 'published'
  | 'forwarded'
  | 'merged';

export interface PaknItemsTable {
  id: Generated<string>;
  code: string;
  secret_hash: string;
  agency_id: string;
  channel: 'portal' | 'counter' | 'post' | 'phone' | 'email';
  status: PaknStatusColumn;
  sender_name: string | null;
  sender_address: string | null;
  sender_phone: string | null;
  sender_email: string | null;
  citizen_id: string | null;
  title: string;
  content: string;
  category: 'behaviour' | 'regulation' | 'proposal' | null;
  procedure_code: string | null;
  dossier_id: string | null;
  within_competence: boolean | null;
  substantiated: boolean | null;
  not_accepted_reason: string | null;
  refusal_reason: string | null;
  forwarded_to: string | null;
  forwarded_agency_id: string | null;
  forwarded_from: string | null;
  duplicate_of: string | null;
  previous_id: string | null;
  rule_set_id: string;
  received_at: ColumnType<Date, Date | string, Date | string>;
  clock_start_at: ColumnType<Date, Date | string, Date | string>;
  ack_due_at: NullableInstant;
  forward_due_at: NullableInstant;
  supplement_due_at: NullableInstant;
  process_due_at: NullableInstant;
  publish_due_at: NullableInstant;
  due_at: NullableInstant;
  overdue_at: NullableInstant;
  acknowledged_at: NullableInstant;
  supplement_requested_at: NullableInstant;
  processed_at: NullableInstant;
  published_at: NullableInstant;
  finished_at: NullableInstant;
  finished_on_time: boolean | null;
  extended: Generated<boolean>;
  answer: string | null;
  answered_by: string | null;
  approved_by: string | null;
  is_public: Generated<boolean>;
  rating: 'satisfied' | 'unsatisfied' | null;
  rated_at: NullableInstant;
  search_text: string;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PaknHistoryTable {
  id: Generated<string>;
  item_id: string;
  seq: number;
  action: string;
  from_status: PaknStatusColumn | null;
  to_status: PaknStatusColumn;
  actor_kind: 'officer' | 'sender' | 'system';
  actor_id: string | null;
  actor_name: string | null;
  note: string | null;
  data: Json;
  at: Timestamp;
}

export interface PaknRuleSetsTable {
  id: string;
  decision: string;
  effective_from: ColumnType<string, string, string>;
  rules: Json;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PaknSchema {
  pakn_items: PaknItemsTable;
  pakn_history: PaknHistoryTable;
  pakn_rule_sets: PaknRuleSetsTable;
}
