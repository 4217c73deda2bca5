-- migrate:up
CREATE TABLE citizen_codes (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id   uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
  purpose      text NOT NULL CHECK (purpose IN ('signup', 'recovery', 'activation', 'contact')),
  channel      text NOT NULL CHECK (channel IN ('email', 'sms')),
  target       text NOT NULL,
  salt         text NOT NULL,
  code_hash    text NOT NULL,
  attempts     integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL CHECK (max_attempts > 0),
  expires_at   timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (citizen_id, purpose)
);
CREATE INDEX citizen_codes_expires_idx ON citizen_codes (expires_at);
COMMENT ON TABLE citizen_codes IS 'The one active one-time code per account and purpose (sign-up, recovery, activation, new contact): only HMAC-SHA256(per-code salt, code) is kept; a used code is deleted, a code with attempts = max_attempts is spent.';
COMMENT ON COLUMN citizen_codes.target IS 'Where the code was sent (normalised e-mail or +84… mobile); for purpose contact the new address it confirms.';

CREATE TABLE citizen_oidc_requests (
  state_hash    text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce         text NOT NULL,
  return_to     text NOT NULL CHECK (return_to LIKE '/%'),
  expires_at    timestamptz NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_oidc_requests_expires_idx ON citizen_oidc_requests (expires_at);
COMMENT ON TABLE citizen_oidc_requests IS 'e-ID (OpenID Connect) logins under way: PKCE verifier and nonce by SHA-256 of the state, which the browser holds in a short-lived httpOnly cookie; used once.';

-- migrate:down
DROP TABLE citizen_oidc_requests;
DROP TABLE citizen_codes;
