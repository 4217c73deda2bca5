import type { ColumnType, Generated } from 'kysely';

/** Tables of fees and payments as Kysely sees them (migration 20261122003000_create_payments). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
type Instant = ColumnType<Date, Date | string, Date | string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** bigint đồng (db/connection.ts parses int8 as a number). */
type Money = ColumnType<number, number | string, number | string>;

export interface FeeSchedulesTable {
  procedure_code: string;
  schedule: Json;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PaymentObligationsTable {
  id: Generated<string>;
  dossier_id: string;
  agency_id: string;
  basis: 'schedule' | 'officer';
  action_seq: number | null;
  status: Generated<'open' | 'paid' | 'refunded' | 'cancelled'>;
  amount: Money;
  lines: Json;
  discounts: ColumnType<unknown, string | undefined, string>;
  exemption: NullableJson;
  quantities: NullableJson;
  due_at: NullableInstant;
  paid_payment_id: string | null;
  paid_at: NullableInstant;
  cancelled_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface PaymentsTable {
  id: Generated<string>;
  obligation_id: string;
  method: 'cash' | 'card' | 'transfer' | 'vnpay' | 'national';
  status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
  amount: Money;
  txn_ref: string | null;
  provider_txn_no: string | null;
  provider_code: string | null;
  bank_code: string | null;
  card_type: string | null;
  provider_paid_at: NullableInstant;
  reference: string | null;
  surplus: Generated<boolean>;
  created_at: Timestamp;
  expires_at: NullableInstant;
  paid_at: NullableInstant;
  finished_at: NullableInstant;
  recorded_by: string | null;
  citizen_id: string | null;
  idempotency_key: string | null;
}

export interface PaymentEventsTable {
  id: Generated<string>;
  payment_id: string | null;
  provider: string;
  kind: 'ipn' | 'return' | 'query' | 'expire' | 'counter' | 'refund';
  params: Json;
  verified: boolean;
  response_code: string | null;
  at: Timestamp;
}

export interface ReceiptSequencesTable {
  agency_id: string;
  year: number;
  last: number;
}

export interface PaymentReceiptsTable {
  payment_id: string;
  agency_id: string;
  series: string;
  number: number;
  issued_at: Instant;
  document_id: string | null;
}

export interface PaymentRefundsTable {
  id: Generated<string>;
  payment_id: string;
  amount: Money;
  reason: string;
  status: 'requested' | 'done' | 'failed';
  provider_code: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
  done_at: NullableInstant;
}

export interface PaymentStatementsTable {
  id: Generated<string>;
  provider: string;
  statement_date: string;
  file_sha256: string;
  imported_by: string | null;
  imported_at: Timestamp;
  line_count: number;
  problems: ColumnType<unknown, string | undefined, string>;
}

export interface PaymentStatementLinesTable {
  statement_id: string;
  line: number;
  txn_ref: string;
  provider_txn_no: string | null;
  amount: Money;
  pay_date: NullableInstant;
  type: '01' | '02' | '03';
  status: string;
  bank_code: string | null;
}

export interface PaymentsSchema {
  fee_schedules: FeeSchedulesTable;
  payment_obligations: PaymentObligationsTable;
  payments: PaymentsTable;
  payment_events: PaymentEventsTable;
  receipt_sequences: ReceiptSequencesTable;
  payment_receipts: PaymentReceiptsTable;
  payment_refunds: PaymentRefundsTable;
  payment_statements: PaymentStatementsTable;
  payment_statement_lines: PaymentStatementLinesTable;
}
