-- migrate:up
-- Feedback on administrative regulations, PAKN (docs/adr/0020-pakn.md; NĐ 20/2008/NĐ-CP as amended):
-- the items with their projection (status, classification, deadlines, answer, rating), the append-only
-- history of every action, and the deadline rule sets set by decision.
CREATE TABLE pakn_rule_sets (
  id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  decision       text NOT NULL,
  effective_from date NOT NULL UNIQUE,
  rules          jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
  created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE pakn_rule_sets IS 'PAKN handling deadlines (working days) set by decision; the latest effective on an item''s reception date applies, over the built-in DVCQG rule set.';

CREATE TABLE pakn_items (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                text NOT NULL UNIQUE CHECK (code ~ '^PA\d{6}-[0-9A-Z]{4}$'),
  secret_hash         text NOT NULL,
  agency_id           uuid NOT NULL REFERENCES agencies (id),
  channel             text NOT NULL CHECK (channel IN ('portal', 'counter', 'post', 'phone', 'email')),
  status              text NOT NULL CHECK (status IN ('received', 'not_accepted', 'refused', 'in_progress', 'awaiting_supplement',
                        'awaiting_approval', 'awaiting_publication', 'published', 'forwarded', 'merged')),
  sender_name         text,
  sender_address      text,
  sender_phone        text,
  sender_email        text,
  citizen_id          uuid REFERENCES citizens (id) ON DELETE SET NULL,
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  content             text NOT NULL,
  category            text CHECK (category IN ('behaviour', 'regulation', 'proposal')),
  procedure_code      text CHECK (procedure_code ~ '^\d\.\d{6}$'),
  dossier_id          uuid REFERENCES dossiers (id) ON DELETE SET NULL,
  within_competence   boolean,
  substantiated       boolean,
  not_accepted_reason text,
  refusal_reason      text,
  forwarded_to        text,
  forwarded_agency_id uuid REFERENCES agencies (id),
  forwarded_from      uuid REFERENCES pakn_items (id),
  duplicate_of        uuid REFERENCES pakn_items (id),
  previous_id         uuid REFERENCES pakn_items (id),
  rule_set_id         text NOT NULL,
  received_at         timestamptz NOT NULL,
  clock_start_at      timestamptz NOT NULL,
  ack_due_at          timestamptz,
  forward_due_at      timestamptz,
  supplement_due_at   timestamptz,
  process_due_at      timestamptz,
  publish_due_at      timestamptz,
  due_at              timestamptz,
  overdue_at          timestamptz,
  acknowledged_at     timestamptz,
  supplement_requested_at timestamptz,
  processed_at        timestamptz,
  published_at        timestamptz,
  finished_at         timestamptz,
  finished_on_time    boolean,
  extended            boolean NOT NULL DEFAULT false,
  answer              text,
  answered_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  is_public           boolean NOT NULL DEFAULT false,
  rating              text CHECK (rating IN ('satisfied', 'unsatisfied')),
  rated_at            timestamptz,
  search_text         text NOT NULL,
  created_by          uuid REFERENCES users (id) ON DELETE SET NULL,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'not_accepted') = (not_accepted_reason IS NOT NULL)),
  CHECK (status <> 'refused' OR refusal_reason IS NOT NULL),
  CHECK (status <> 'forwarded' OR forwarded_to IS NOT NULL),
  CHECK (status <> 'merged' OR duplicate_of IS NOT NULL),
  CHECK (duplicate_of IS NULL OR duplicate_of <> id),
  CHECK (status <> 'published' OR (answer IS NOT NULL AND published_at IS NOT NULL)),
  CHECK ((status IN ('not_accepted', 'refused', 'published', 'forwarded', 'merged')) = (finished_at IS NOT NULL)),
  CHECK (rating IS NULL OR status = 'published'),
  CHECK (NOT is_public OR status = 'published')
);
CREATE INDEX pakn_items_agency_idx ON pakn_items (agency_id, received_at DESC);
CREATE INDEX pakn_items_status_idx ON pakn_items (agency_id, status);
CREATE INDEX pakn_items_due_idx ON pakn_items (due_at) WHERE due_at IS NOT NULL AND overdue_at IS NULL AND finished_at IS NULL;
CREATE INDEX pakn_items_public_idx ON pakn_items (published_at DESC) WHERE is_public;
CREATE INDEX pakn_items_dossier_idx ON pakn_items (dossier_id) WHERE dossier_id IS NOT NULL;
CREATE INDEX pakn_items_citizen_idx ON pakn_items (citizen_id, received_at DESC) WHERE citizen_id IS NOT NULL;
COMMENT ON TABLE pakn_items IS 'Phản ánh, kiến nghị (PAKN) about administrative regulations and their application, with the projection of their history: status, classification, deadlines from the calendar engine, answer, publication and the sender''s rating.';
COMMENT ON COLUMN pakn_items.secret_hash IS 'SHA-256 of the sender''s secret (shown once): with the code it opens the item without an account.';
COMMENT ON COLUMN pakn_items.due_at IS 'The deadline the agency works against in the current status (null while waiting for the sender or when finished); swept for overdue_at.';
COMMENT ON COLUMN pakn_items.finished_on_time IS 'Whether the finishing action (refusal, forwarding, publication) met its deadline; null while open and for items not handled (not accepted, merged).';

CREATE TABLE pakn_history (
  id          bigserial PRIMARY KEY,
  item_id     uuid NOT NULL REFERENCES pakn_items (id) ON DELETE CASCADE,
  seq         integer NOT NULL,
  action      text NOT NULL,
  from_status text,
  to_status   text NOT NULL,
  actor_kind  text NOT NULL CHECK (actor_kind IN ('officer', 'sender', 'system')),
  actor_id    uuid,
  actor_name  text,
  note        text,
  data        jsonb NOT NULL DEFAULT '{}',
  at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (item_id, seq)
);
COMMENT ON TABLE pakn_history IS 'Append-only history of a PAKN: every action with who, when, the status before and after, and its payload.';

-- migrate:down
DROP TABLE pakn_history;
DROP TABLE pakn_items;
DROP TABLE pakn_rule_sets;
