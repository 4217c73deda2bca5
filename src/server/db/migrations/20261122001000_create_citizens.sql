-- migrate:up
CREATE TABLE citizens (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL CHECK (kind IN ('individual', 'organisation')),
  id_number       text NOT NULL UNIQUE CHECK (id_number ~ '^\d{10}(-\d{3})?$|^\d{12}$'),
  full_name       text NOT NULL CHECK (length(trim(full_name)) > 0),
  phone           text,
  email           text,
  address         text,
  password_hash   text,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'locked')),
  created_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  oidc_issuer     text,
  oidc_subject    text,
  activated_at    timestamptz,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL)),
  CHECK (phone IS NOT NULL OR email IS NOT NULL OR oidc_subject IS NOT NULL)
);
CREATE UNIQUE INDEX citizens_oidc_idx ON citizens (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE UNIQUE INDEX citizens_email_idx ON citizens (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX citizens_phone_idx ON citizens (phone) WHERE phone IS NOT NULL;
COMMENT ON TABLE citizens IS 'Citizen and organisation accounts of the portal (individuals by CCCD, organisations by tax code); separate from officer accounts.';

CREATE TABLE citizen_sessions (
  token_hash   text PRIMARY KEY,
  citizen_id   uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  via          text NOT NULL CHECK (via IN ('password', 'oidc', 'otp')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_sessions_citizen_idx ON citizen_sessions (citizen_id);
CREATE INDEX citizen_sessions_expires_idx ON citizen_sessions (expires_at);
COMMENT ON TABLE citizen_sessions IS 'Portal sessions of citizens (cookie motcua_citizen); only the SHA-256 of the cookie is stored.';

-- migrate:down
DROP TABLE citizen_sessions;
DROP TABLE citizens;
