-- migrate:up
CREATE TABLE notifications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  topic            text NOT NULL,
  dossier_code     text REFERENCES dossiers (code) ON DELETE CASCADE,
  channel          text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient        text NOT NULL,
  recipient_masked text NOT NULL,
  template         text NOT NULL,
  subject          text,
  body             text NOT NULL,
  status           text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error       text,
  provider_id      text,
  dedupe_key       text NOT NULL UNIQUE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz,
  CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
  CHECK (channel = 'sms' OR subject IS NOT NULL)
);
CREATE INDEX notifications_dossier_idx ON notifications (dossier_code, created_at) WHERE dossier_code IS NOT NULL;
COMMENT ON TABLE notifications IS 'E-mails and SMS to applicants and account holders, one row per message and channel, with delivery status; made once per dedupe key by the outbox workers. One-time codes are stored masked.';
COMMENT ON COLUMN notifications.recipient IS 'Address used for sending (normalised e-mail, or +84… mobile); shown only as recipient_masked.';

-- migrate:down
DROP TABLE notifications;
