-- migrate:up
CREATE TABLE citizen_drafts (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id     uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  procedure_code text NOT NULL CHECK (procedure_code ~ '^\d\.\d{6}$'),
  content        jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object' AND pg_column_size(content) < 262144),
  version        integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_drafts_citizen_idx ON citizen_drafts (citizen_id, updated_at DESC);
COMMENT ON TABLE citizen_drafts IS 'Online applications a citizen is preparing (agency, field answers, document slots); removed when submitted.';

-- migrate:down
DROP TABLE citizen_drafts;
