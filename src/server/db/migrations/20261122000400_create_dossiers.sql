-- migrate:up
CREATE TABLE processes (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_code text NOT NULL CHECK (procedure_code ~ '^\d\.\d{6}$'),
  agency_id      uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
  version_no     integer NOT NULL CHECK (version_no > 0),
  status         text NOT NULL CHECK (status IN ('draft', 'approved')),
  steps          jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
  decision_number text,
  decision_date  date,
  approved_by    text,
  effective_from date,
  created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (procedure_code, agency_id, version_no),
  CHECK (status = 'draft' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL AND effective_from IS NOT NULL))
);
CREATE UNIQUE INDEX processes_one_draft_idx ON processes (procedure_code, agency_id) WHERE status = 'draft';
COMMENT ON TABLE processes IS 'Quy trình nội bộ/điện tử per procedure and handling agency; a dossier follows the version in force at reception.';

CREATE TABLE dossier_sequences (
  agency_id uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
  day       date NOT NULL,
  last      integer NOT NULL CHECK (last BETWEEN 0 AND 9999),
  PRIMARY KEY (agency_id, day)
);
COMMENT ON TABLE dossier_sequences IS 'Daily dossier-code sequence per receiving agency; incremented in the receipt transaction so codes are gap-free.';

CREATE TABLE dossiers (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                 text NOT NULL UNIQUE CHECK (code ~ '^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}$'),
  procedure_code       text NOT NULL,
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  process_id           uuid REFERENCES processes (id),
  steps                jsonb NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('direct', 'online', 'postal')),
  receiving_agency_id  uuid NOT NULL REFERENCES agencies (id),
  handling_agency_id   uuid NOT NULL REFERENCES agencies (id),
  current_unit_code    text,
  current_step_kind    text,
  status               smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
  state                jsonb NOT NULL,
  applicant            jsonb NOT NULL,
  applicant_name       text NOT NULL,
  applicant_id_number  text NOT NULL,
  owner                jsonb,
  documents            jsonb NOT NULL,
  note                 text,
  rule_set             text NOT NULL,
  processing_time      jsonb,
  submitted_at         timestamptz,
  received_at          timestamptz,
  due_at               timestamptz,
  original_due_at      timestamptz,
  step_started_at      timestamptz,
  step_due_at          timestamptz,
  finished_at          timestamptz,
  returned_at          timestamptz,
  assignee_id          uuid REFERENCES users (id) ON DELETE SET NULL,
  late                 boolean NOT NULL DEFAULT false,
  due_soon             boolean NOT NULL DEFAULT false,
  search_text          text NOT NULL,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_open_due_idx ON dossiers (handling_agency_id, due_at, id) WHERE status IN (2, 4, 5, 6);
CREATE INDEX dossiers_status_idx ON dossiers (handling_agency_id, status, received_at DESC, id);
CREATE INDEX dossiers_receiving_idx ON dossiers (receiving_agency_id, status, received_at DESC, id);
CREATE INDEX dossiers_assignee_idx ON dossiers (assignee_id, status) WHERE assignee_id IS NOT NULL;
CREATE INDEX dossiers_sweep_idx ON dossiers (due_at) WHERE status IN (2, 4, 5, 6) AND NOT late;
CREATE INDEX dossiers_step_kind_idx ON dossiers (handling_agency_id, current_step_kind) WHERE status = 4;
CREATE INDEX dossiers_search_idx ON dossiers USING gin (search_text gin_trgm_ops);
COMMENT ON TABLE dossiers IS 'Hồ sơ projection: the reduction of dossier_actions, updated in the same transaction with a version check.';

CREATE TABLE dossier_actions (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  action     text NOT NULL,
  actor_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  actor_role text,
  agency_id  uuid REFERENCES agencies (id),
  at         timestamptz NOT NULL DEFAULT now(),
  step       integer,
  status_after smallint NOT NULL,
  comment    text,
  payload    jsonb NOT NULL DEFAULT '{}'::jsonb,
  UNIQUE (dossier_id, seq)
);
COMMENT ON TABLE dossier_actions IS 'Append-only history of a dossier: who did what, when, where, at which step.';

CREATE TABLE dossier_steps (
  dossier_id  uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  seq         integer NOT NULL,
  step_index  integer NOT NULL,
  step_key    text NOT NULL,
  step_name   text NOT NULL,
  unit_code   text,
  agency_id   uuid REFERENCES agencies (id),
  started_at  timestamptz NOT NULL,
  due_at      timestamptz,
  finished_at timestamptz,
  late        boolean,
  PRIMARY KEY (dossier_id, seq)
);
CREATE INDEX dossier_steps_late_idx ON dossier_steps (agency_id, unit_code) WHERE late;
COMMENT ON TABLE dossier_steps IS 'Each step a dossier went through, with its share deadline: where time was lost.';

CREATE TABLE idempotency_keys (
  actor_id     uuid NOT NULL,
  key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash text NOT NULL,
  response     jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_id, key)
);
COMMENT ON TABLE idempotency_keys IS 'Idempotency-Key of create/action requests: a retry with the same body gets the same answer.';

-- migrate:down
DROP TABLE idempotency_keys;
DROP TABLE dossier_steps;
DROP TABLE dossier_actions;
DROP TABLE dossiers;
DROP TABLE dossier_sequences;
DROP TABLE processes;
