-- migrate:up
CREATE TABLE agencies (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}$'),
  name        text NOT NULL CHECK (length(trim(name)) > 0),
  short_name  text,
  level       text NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
  parent_id   uuid REFERENCES agencies (id) ON DELETE RESTRICT,
  address     text,
  phone       text,
  email       text,
  active      boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
COMMENT ON TABLE agencies IS 'Cơ quan: state agencies (central, province, commune; district kept for history) with their QCVN 102:2016 identification code.';
CREATE INDEX agencies_parent_idx ON agencies (parent_id);

CREATE TABLE units (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id   uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
  code        text NOT NULL CHECK (code ~ '^[A-Z0-9_-]{1,32}$'),
  name        text NOT NULL CHECK (length(trim(name)) > 0),
  active      boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, code)
);
COMMENT ON TABLE units IS 'Phòng, ban, trung tâm: units inside an agency.';

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  full_name     text NOT NULL,
  email         text,
  phone         text,
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  is_demo       boolean NOT NULL DEFAULT false,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE users IS 'Officer accounts (cán bộ). Passwords are argon2id hashes.';

CREATE TABLE role_assignments (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('admin', 'kstthc', 'reception', 'specialist', 'unit_head', 'agency_head', 'inspector')),
  agency_id  uuid REFERENCES agencies (id) ON DELETE CASCADE,
  unit_id    uuid REFERENCES units (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (agency_id IS NOT NULL OR role = 'admin'),
  CHECK (unit_id IS NULL OR agency_id IS NOT NULL)
);
CREATE UNIQUE INDEX role_assignments_unique_idx
  ON role_assignments (user_id, role, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'), coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));
COMMENT ON TABLE role_assignments IS 'A role of a user scoped to an agency (and its subordinate agencies) or a unit; admin without agency = everything.';

CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
COMMENT ON TABLE sessions IS 'Login sessions; only the SHA-256 of the cookie value is stored.';

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  prefix       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
COMMENT ON TABLE api_tokens IS 'Bearer tokens for integrations; stored hashed, acting with the roles of their user.';

CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text,
  detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id  text
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at);
COMMENT ON TABLE audit_log IS 'Who changed what, written in the same transaction as the change.';

CREATE TABLE outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic           text NOT NULL,
  payload         jsonb NOT NULL,
  dedupe_key      text UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  dispatched_at   timestamptz
);
CREATE INDEX outbox_pending_idx ON outbox (id) WHERE dispatched_at IS NULL;
COMMENT ON TABLE outbox IS 'Side effects recorded in the business transaction and dispatched to the job queue after commit.';

CREATE TABLE instance_settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE instance_settings IS 'Instance-wide settings, e.g. mode = demo | production.';

-- migrate:down
DROP TABLE instance_settings;
DROP TABLE outbox;
DROP TABLE audit_log;
DROP TABLE api_tokens;
DROP TABLE sessions;
DROP TABLE role_assignments;
DROP TABLE users;
DROP TABLE units;
DROP TABLE agencies;
