-- migrate:up
-- Text recognised in scans (OCR job), folded for accent-insensitive search.
ALTER TABLE files
  ADD COLUMN text_status     text CHECK (text_status IN ('pending', 'done', 'skipped', 'failed')),
  ADD COLUMN text            text,
  ADD COLUMN text_folded     text,
  ADD COLUMN text_confidence real,
  ADD COLUMN id_numbers      text[];
CREATE INDEX files_text_idx ON files USING gin (text_folded gin_trgm_ops) WHERE text_folded IS NOT NULL;

CREATE TABLE dossier_files (
  dossier_id     uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  file_id        uuid NOT NULL REFERENCES files (id),
  document_index integer NOT NULL CHECK (document_index >= 0),
  added_at       timestamptz NOT NULL DEFAULT now(),
  added_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (dossier_id, document_index, file_id)
);
CREATE INDEX dossier_files_file_idx ON dossier_files (file_id);
COMMENT ON TABLE dossier_files IS 'Uploaded components and scans of a dossier (thành phần hồ sơ số hóa); downloads follow the dossier''s access rules.';

CREATE TABLE signing_keys (
  agency_id          uuid PRIMARY KEY REFERENCES agencies (id) ON DELETE CASCADE,
  p12                bytea NOT NULL,
  password_env       text,
  demo               boolean NOT NULL DEFAULT false,
  subject            text NOT NULL,
  issuer             text NOT NULL,
  certificate_sha256 text NOT NULL,
  not_after          timestamptz NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (demo OR password_env IS NOT NULL)
);
COMMENT ON TABLE signing_keys IS 'Agency signing certificate (PKCS#12); the password comes from the environment variable named here (demo keys: a fixed test password).';

CREATE TABLE result_templates (
  procedure_code text PRIMARY KEY CHECK (procedure_code ~ '^\d\.\d{6}$'),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  updated_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE result_templates IS 'Per-procedure result document template: title and body with {{field}} placeholders filled from the dossier and the decision.';

CREATE TABLE dossier_documents (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id         uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  kind               text NOT NULL CHECK (kind IN ('form', 'result')),
  form               text NOT NULL,
  number             text,
  title              text NOT NULL,
  action_seq         integer NOT NULL,
  file_id            uuid NOT NULL REFERENCES files (id),
  sha256             text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  verification_code  text UNIQUE CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'),
  signed_at          timestamptz,
  signer_name        text,
  signer_id          uuid REFERENCES users (id) ON DELETE SET NULL,
  certificate_sha256 text,
  revoked_at         timestamptz,
  revoked_reason     text,
  revoked_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  replaced_by        uuid REFERENCES dossier_documents (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (dossier_id, kind, form, action_seq),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX dossier_documents_dossier_idx ON dossier_documents (dossier_id, created_at);
CREATE INDEX dossier_documents_sha_idx ON dossier_documents (sha256);
COMMENT ON TABLE dossier_documents IS 'Forms (01–07) and result documents generated for a dossier, with signature, public verification code and revocation.';

-- migrate:down
DROP TABLE dossier_documents;
DROP TABLE result_templates;
DROP TABLE signing_keys;
DROP TABLE dossier_files;
DROP INDEX files_text_idx;
ALTER TABLE files DROP COLUMN text_status, DROP COLUMN text, DROP COLUMN text_folded, DROP COLUMN text_confidence, DROP COLUMN id_numbers;
