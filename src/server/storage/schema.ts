import type { ColumnType, Generated } from 'kysely';
import type { ControlSchema } from './schema-control';
import type { PaknSchema } from './schema-pakn';
import type { PaymentsSchema } from './schema-payments';
import type { PlansSchema } from './schema-plans';
import type { CitizenDraftsTable, DossierRatingsTable } from './schema-portal';

/** Table shapes as Kysely sees them. Keep in step with db/migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;

export interface AgenciesTable {
  id: Generated<string>;
  code: string;
  name: string;
  short_name: string | null;
  level: 'central' | 'province' | 'district' | 'commune';
  parent_id: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UnitsTable {
  id: Generated<string>;
  agency_id: string;
  code: string;
  name: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  password_hash: string;
  active: Generated<boolean>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleAssignmentsTable {
  id: Generated<string>;
  user_id: string;
  role: string;
  agency_id: string | null;
  unit_id: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: ColumnType<unknown, string, string>;
  request_id: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: ColumnType<unknown, string, string>;
  dedupe_key: string | null;
  created_at: Timestamp;
  dispatched_at: Timestamp | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface DB extends PaymentsSchema, PaknSchema, ControlSchema, PlansSchema {
  agencies: AgenciesTable;
  units: UnitsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  instance_settings: InstanceSettingsTable;
  calendar_years: CalendarYearsTable;
  calendar_year_history: CalendarYearHistoryTable;
  office_hours: OfficeHoursTable;
  publication_decisions: PublicationDecisionsTable;
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
  decision_items: DecisionItemsTable;
  procedure_assignments: ProcedureAssignmentsTable;
  publication_duties: PublicationDutiesTable;
  catalogue_revision: { id: Generated<boolean>; revision: number };
  processes: ProcessesTable;
  dossier_sequences: DossierSequencesTable;
  dossiers: DossiersTable;
  dossier_actions: DossierActionsTable;
  dossier_steps: DossierStepsTable;
  idempotency_keys: IdempotencyKeysTable;
  dossier_lateness: DossierLatenessTable;
  files: FilesTable;
  dossier_files: DossierFilesTable;
  signing_keys: SigningKeysTable;
  result_templates: ResultTemplatesTable;
  dossier_documents: DossierDocumentsTable;
  dossier_consultations: DossierConsultationsTable;
  citizens: CitizensTable;
  citizen_sessions: CitizenSessionsTable;
  citizen_codes: CitizenCodesTable;
  citizen_oidc_requests: CitizenOidcRequestsTable;
  notifications: NotificationsTable;
  citizen_drafts: CitizenDraftsTable;
  dossier_ratings: DossierRatingsTable;
}

export interface CalendarYearsTable {
  year: number;
  days: ColumnType<unknown, string, string>;
  provisional: boolean;
  note: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CalendarYearHistoryTable {
  id: Generated<number>;
  year: number;
  action: 'save' | 'revert';
  days: ColumnType<unknown, string | null, string | null>;
  provisional: boolean | null;
  note: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
}

export interface OfficeHoursTable {
  agency_id: string;
  morning_start: string;
  morning_end: string;
  afternoon_start: string;
  afternoon_end: string;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PublicationDecisionsTable {
  id: Generated<string>;
  number: string;
  decision_date: string;
  issuer: string;
  issuer_level: 'central' | 'province';
  effective_date: string;
  status: Generated<'draft' | 'published'>;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  published_by: string | null;
  published_at: Date | null;
  version: Generated<number>;
}

export interface ProceduresTable {
  id: Generated<string>;
  code: string;
  created_at: Timestamp;
}

export interface ProcedureVersionsTable {
  id: Generated<string>;
  procedure_id: string;
  version_no: number;
  status: 'draft' | 'published';
  record: ColumnType<unknown, string, string>;
  name: string;
  field: string;
  levels: string[];
  online_level: string | null;
  search_name: ColumnType<string, never, never>;
  search_field: ColumnType<string, never, never>;
  search_all: ColumnType<string, never, never>;
  effective_from: string | null;
  effective_to: string | null;
  decision_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  lock_version: Generated<number>;
}

export interface DecisionItemsTable {
  decision_id: string;
  procedure_code: string;
  action: 'new' | 'amended' | 'replaced' | 'abolished';
  version_id: string | null;
}

export interface ProcedureAssignmentsTable {
  procedure_id: string;
  agency_id: string;
  level: string;
  channels: string[];
}

export interface PublicationDutiesTable {
  id: Generated<string>;
  decision_id: string;
  kind: 'publish_list' | 'publicise_national' | 'approve_internal_process' | 'update_eprocess';
  basis_date: string;
  due_date: string;
  done_at: Date | null;
  done_by: string | null;
  note: string | null;
}

type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;
type Instant = ColumnType<Date, Date | string, Date | string>;
type NullableInstant = ColumnType<Date | null, Date | string | null, Date | string | null>;

export interface ProcessesTable {
  id: Generated<string>;
  procedure_code: string;
  agency_id: string;
  version_no: number;
  status: 'draft' | 'approved';
  steps: Json;
  decision_number: string | null;
  decision_date: string | null;
  approved_by: string | null;
  effective_from: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface DossierSequencesTable {
  agency_id: string;
  day: string;
  last: number;
}

export interface DossiersTable {
  id: Generated<string>;
  code: string;
  procedure_code: string;
  procedure_version_id: string;
  process_id: string | null;
  steps: Json;
  channel: 'direct' | 'online' | 'postal';
  receiving_agency_id: string;
  handling_agency_id: string;
  current_unit_code: string | null;
  current_step_kind: string | null;
  status: number;
  state: Json;
  applicant: Json;
  applicant_name: string;
  applicant_id_number: string;
  owner: NullableJson;
  documents: Json;
  note: string | null;
  rule_set: string;
  processing_time: NullableJson;
  submitted_at: NullableInstant;
  received_at: NullableInstant;
  due_at: NullableInstant;
  original_due_at: NullableInstant;
  step_started_at: NullableInstant;
  step_due_at: NullableInstant;
  finished_at: NullableInstant;
  returned_at: NullableInstant;
  assignee_id: string | null;
  late: Generated<boolean>;
  due_soon: Generated<boolean>;
  search_text: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  citizen_id: ColumnType<string | null, string | null | undefined, string | null>;
  form_data: ColumnType<unknown, string | null | undefined, string | null>;
  /** Import from a previous system (migration 20261122005000_add_dossier_import, docs/adr/0022). */
  imported_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  import_hash: ColumnType<string | null, string | null | undefined, string | null>;
  sync_online_payment: ColumnType<number | null, number | null | undefined, number | null>;
  sync_result_code: ColumnType<string | null, string | null | undefined, string | null>;
  sync_result_url: ColumnType<string | null, string | null | undefined, string | null>;
  sync_digitised_components: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  sync_vneid: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
}

export interface DossierActionsTable {
  id: Generated<number>;
  dossier_id: string;
  seq: number;
  action: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  agency_id: string | null;
  at: Instant;
  step: number | null;
  status_after: number;
  comment: string | null;
  payload: Json;
}

export interface DossierStepsTable {
  dossier_id: string;
  seq: number;
  step_index: number;
  step_key: string;
  step_name: string;
  unit_code: string | null;
  agency_id: string | null;
  started_at: Instant;
  due_at: NullableInstant;
  finished_at: NullableInstant;
  late: boolean | null;
}

export interface IdempotencyKeysTable {
  actor_id: string;
  key: string;
  request_hash: string;
  response: NullableJson;
  created_at: Timestamp;
}

export interface DossierLatenessTable {
  dossier_id: string;
  became_late_at: Instant;
  due_at: Instant;
  agency_id: string;
  unit_code: string | null;
  step_key: string | null;
  explanation: string | null;
  apology_action: number | null;
}

export interface FilesTable {
  id: Generated<string>;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  kind: 'upload' | 'generated';
  uploader_id: string | null;
  agency_id: string | null;
  created_at: Timestamp;
  text_status: 'pending' | 'done' | 'skipped' | 'failed' | null;
  text: string | null;
  text_folded: string | null;
  text_confidence: number | null;
  id_numbers: string[] | null;
  citizen_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DossierFilesTable {
  dossier_id: string;
  file_id: string;
  document_index: number;
  added_at: Timestamp;
  added_by: string | null;
}

export interface SigningKeysTable {
  agency_id: string;
  p12: Buffer;
  password_env: string | null;
  demo: Generated<boolean>;
  subject: string;
  issuer: string;
  certificate_sha256: string;
  not_after: RequiredTimestamp;
  created_at: Timestamp;
}

export interface ResultTemplatesTable {
  procedure_code: string;
  title: string;
  body: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface DossierDocumentsTable {
  id: Generated<string>;
  dossier_id: string;
  kind: 'form' | 'result';
  form: string;
  number: string | null;
  title: string;
  action_seq: number;
  file_id: string;
  sha256: string;
  verification_code: string | null;
  signed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  signer_name: string | null;
  signer_id: string | null;
  certificate_sha256: string | null;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_reason: string | null;
  revoked_by: string | null;
  replaced_by: string | null;
  created_at: Timestamp;
}

export interface DossierConsultationsTable {
  dossier_id: string;
  seq: number;
  parties: string[];
  question: string;
  due_at: RequiredTimestamp;
  answered_at: Timestamp | null;
  answer_seq: number | null;
  late: Generated<boolean>;
}

export interface NotificationsTable {
  id: Generated<string>;
  topic: string;
  dossier_code: string | null;
  channel: 'email' | 'sms';
  recipient: string;
  recipient_masked: string;
  template: string;
  subject: string | null;
  body: string;
  status: Generated<'queued' | 'sent' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  last_error: string | null;
  provider_id: string | null;
  dedupe_key: string;
  created_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface CitizensTable {
  id: Generated<string>;
  kind: 'individual' | 'organisation';
  id_number: string;
  full_name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  password_hash: string | null;
  status: Generated<'pending' | 'active' | 'locked'>;
  created_by: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  activated_at: Timestamp | null;
  /** Set together when an administrator locks the account (migration 20261122006000). */
  locked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  locked_by: ColumnType<string | null, string | null | undefined, string | null>;
  lock_reason: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CitizenSessionsTable {
  token_hash: string;
  citizen_id: string;
  via: 'password' | 'oidc' | 'otp';
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  last_seen_at: Timestamp;
}

export interface CitizenCodesTable {
  id: Generated<string>;
  citizen_id: string;
  purpose: 'signup' | 'recovery' | 'activation' | 'contact';
  channel: 'email' | 'sms';
  target: string;
  salt: string;
  code_hash: string;
  attempts: Generated<number>;
  max_attempts: number;
  expires_at: RequiredTimestamp;
  created_at: Timestamp;
}

export interface CitizenOidcRequestsTable {
  state_hash: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  expires_at: RequiredTimestamp;
  created_at: Timestamp;
}
