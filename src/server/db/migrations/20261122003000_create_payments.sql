-- migrate:up
-- Fees and payments (docs/adr/0019-payments.md): configured fee schedules, obligations per dossier,
-- payments (counter and online) with their state machine, provider notifications, e-receipts
-- numbered per agency and year, refunds, and imported provider statements for reconciliation.
CREATE TABLE fee_schedules (
  procedure_code text PRIMARY KEY CHECK (procedure_code ~ '^\d\.\d{6}$'),
  schedule       jsonb NOT NULL CHECK (jsonb_typeof(schedule) = 'object'),
  version        integer NOT NULL DEFAULT 1,
  updated_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fee_schedules IS 'Configured fee schedule of a procedure (items, exemptions with evidence, online discounts by decision); without a row the catalogue''s fees apply.';

CREATE TABLE payment_obligations (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dossier_id      uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  agency_id       uuid NOT NULL REFERENCES agencies (id),
  basis           text NOT NULL CHECK (basis IN ('schedule', 'officer')),
  action_seq      integer,
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'refunded', 'cancelled')),
  amount          bigint NOT NULL CHECK (amount > 0),
  lines           jsonb NOT NULL CHECK (jsonb_typeof(lines) = 'array'),
  discounts       jsonb NOT NULL DEFAULT '[]',
  exemption       jsonb,
  quantities      jsonb,
  due_at          timestamptz,
  paid_payment_id uuid,
  paid_at         timestamptz,
  cancelled_reason text,
  created_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  CHECK ((status IN ('paid', 'refunded')) = (paid_payment_id IS NOT NULL AND paid_at IS NOT NULL)),
  CHECK ((basis = 'officer') = (action_seq IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_reason IS NOT NULL))
);
CREATE UNIQUE INDEX payment_obligations_schedule_idx ON payment_obligations (dossier_id) WHERE basis = 'schedule';
CREATE UNIQUE INDEX payment_obligations_officer_idx ON payment_obligations (dossier_id, action_seq) WHERE basis = 'officer';
CREATE INDEX payment_obligations_dossier_idx ON payment_obligations (dossier_id, created_at);
COMMENT ON TABLE payment_obligations IS 'A financial obligation of a dossier: computed from the fee schedule at reception, or set by the officer (request_payment, status 6). Settled by exactly one payment.';

CREATE TABLE payments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id    uuid NOT NULL REFERENCES payment_obligations (id) ON DELETE CASCADE,
  method           text NOT NULL CHECK (method IN ('cash', 'card', 'transfer', 'vnpay', 'national')),
  status           text NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'expired', 'refunded')),
  amount           bigint NOT NULL CHECK (amount > 0),
  txn_ref          text UNIQUE CHECK (txn_ref ~ '^[A-Za-z0-9]{8,40}$'),
  provider_txn_no  text,
  provider_code    text,
  bank_code        text,
  card_type        text,
  provider_paid_at timestamptz,
  reference        text,
  surplus          boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz,
  paid_at          timestamptz,
  finished_at      timestamptz,
  recorded_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  citizen_id       uuid REFERENCES citizens (id) ON DELETE SET NULL,
  idempotency_key  text,
  CHECK ((method IN ('vnpay', 'national')) = (txn_ref IS NOT NULL)),
  CHECK (status <> 'pending' OR expires_at IS NOT NULL),
  CHECK ((status IN ('paid', 'refunded')) = (paid_at IS NOT NULL)),
  CHECK (NOT surplus OR status IN ('paid', 'refunded'))
);
-- The database's own guarantee that an obligation is settled once.
CREATE UNIQUE INDEX payments_settle_once_idx ON payments (obligation_id) WHERE status IN ('paid', 'refunded') AND NOT surplus;
CREATE INDEX payments_obligation_idx ON payments (obligation_id, created_at);
CREATE INDEX payments_pending_idx ON payments (expires_at) WHERE status = 'pending';
CREATE INDEX payments_paid_idx ON payments (paid_at) WHERE paid_at IS NOT NULL;
CREATE UNIQUE INDEX payments_idempotency_idx ON payments (recorded_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
ALTER TABLE payment_obligations ADD CONSTRAINT payment_obligations_paid_payment_fk FOREIGN KEY (paid_payment_id) REFERENCES payments (id);
COMMENT ON TABLE payments IS 'One attempt to pay an obligation: cash/card/transfer at the counter, or online (VNPAY, national platform). pending → paid | failed | expired; paid → refunded. surplus: paid after the obligation was settled, to refund.';

CREATE TABLE payment_events (
  id            bigserial PRIMARY KEY,
  payment_id    uuid REFERENCES payments (id) ON DELETE CASCADE,
  provider      text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('ipn', 'return', 'query', 'expire', 'counter', 'refund')),
  params        jsonb NOT NULL,
  verified      boolean NOT NULL,
  response_code text,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payment_events_payment_idx ON payment_events (payment_id, id);
COMMENT ON TABLE payment_events IS 'Every provider notification and payment event as received, with whether its signature verified and what we answered (audit and dispute evidence).';

CREATE TABLE receipt_sequences (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  year      integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  last      integer NOT NULL CHECK (last > 0),
  PRIMARY KEY (agency_id, year)
);
COMMENT ON TABLE receipt_sequences IS 'E-receipt counter per collecting agency and year; incremented in the transaction that records the payment (gap-free).';

CREATE TABLE payment_receipts (
  payment_id  uuid PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  agency_id   uuid NOT NULL REFERENCES agencies (id),
  series      text NOT NULL,
  number      integer NOT NULL CHECK (number > 0),
  issued_at   timestamptz NOT NULL,
  document_id uuid REFERENCES dossier_documents (id) ON DELETE SET NULL,
  UNIQUE (agency_id, series, number)
);
COMMENT ON TABLE payment_receipts IS 'The e-receipt (biên lai điện tử) of a paid payment: series and number per agency and year, and the signed PDF listed on the dossier.';

CREATE TABLE payment_refunds (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id    uuid NOT NULL UNIQUE REFERENCES payments (id) ON DELETE CASCADE,
  amount        bigint NOT NULL CHECK (amount > 0),
  reason        text NOT NULL CHECK (length(trim(reason)) > 0),
  status        text NOT NULL CHECK (status IN ('requested', 'done', 'failed')),
  provider_code text,
  requested_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at  timestamptz NOT NULL DEFAULT now(),
  done_at       timestamptz
);
COMMENT ON TABLE payment_refunds IS 'Refund of a paid payment (dossier refused, withdrawn or stopped where the schedule allows it, or a surplus): who, why, and the provider''s answer.';

CREATE TABLE payment_statements (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider       text NOT NULL,
  statement_date date NOT NULL,
  file_sha256    text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  imported_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  imported_at    timestamptz NOT NULL DEFAULT now(),
  line_count     integer NOT NULL,
  problems       jsonb NOT NULL DEFAULT '[]',
  UNIQUE (provider, statement_date, file_sha256)
);
CREATE TABLE payment_statement_lines (
  statement_id    uuid NOT NULL REFERENCES payment_statements (id) ON DELETE CASCADE,
  line            integer NOT NULL,
  txn_ref         text NOT NULL,
  provider_txn_no text,
  amount          bigint NOT NULL,
  pay_date        timestamptz,
  type            text NOT NULL CHECK (type IN ('01', '02', '03')),
  status          text NOT NULL,
  bank_code       text,
  PRIMARY KEY (statement_id, line)
);
CREATE INDEX payment_statement_lines_ref_idx ON payment_statement_lines (txn_ref);
COMMENT ON TABLE payment_statements IS 'A provider''s daily statement (đối soát) as imported; lines are matched with payments by transaction reference.';

-- migrate:down
DROP TABLE payment_statement_lines;
DROP TABLE payment_statements;
DROP TABLE payment_refunds;
DROP TABLE payment_receipts;
DROP TABLE receipt_sequences;
DROP TABLE payment_events;
ALTER TABLE payment_obligations DROP CONSTRAINT payment_obligations_paid_payment_fk;
DROP TABLE payments;
DROP TABLE payment_obligations;
DROP TABLE fee_schedules;
