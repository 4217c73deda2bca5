-- migrate:up
-- Procedure control work (issue 11, docs/adr/0025-review-compliance-cost.md): reviews of catalogue
-- procedures with their simplification proposal and compliance cost (NĐ 63/2010 art. 28, TT 02/2017/TT-VPCP),
-- yearly review plans with the procedures registered to review, impact assessments of procedures in draft
-- legal documents, and inspections (plans, visits to units, findings with fix deadlines and follow-ups).
CREATE TABLE review_plans (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id  uuid NOT NULL REFERENCES agencies (id),
  year       smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number     text CHECK (number IS NULL OR length(number) BETWEEN 1 AND 60),
  issued_on  date,
  title      text NOT NULL CHECK (length(title) BETWEEN 3 AND 500),
  note       text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version    integer NOT NULL DEFAULT 1
);
CREATE INDEX review_plans_year_idx ON review_plans (year, agency_id);
COMMENT ON TABLE review_plans IS 'A yearly plan to review procedures (kế hoạch rà soát, đánh giá TTHC; NĐ 63/2010 art. 30: sent before 31/01).';

CREATE TABLE procedure_reviews (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_code       text NOT NULL CHECK (procedure_code ~ '^\d\.\d{6}$'),
  procedure_version_id uuid NOT NULL REFERENCES procedure_versions (id),
  procedure_name       text NOT NULL,
  agency_id            uuid NOT NULL REFERENCES agencies (id),
  year                 smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  content              jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  measured             jsonb NOT NULL CHECK (jsonb_typeof(measured) = 'object'),
  current_annual       bigint NOT NULL CHECK (current_annual >= 0),
  proposed_annual      bigint NOT NULL CHECK (proposed_annual >= 0),
  proposal_count       integer NOT NULL DEFAULT 0 CHECK (proposal_count >= 0),
  return_reason        text,
  submitted_at         timestamptz,
  submitted_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_at          timestamptz,
  approved_by          uuid REFERENCES users (id) ON DELETE SET NULL,
  created_by           uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  version              integer NOT NULL DEFAULT 1,
  CHECK ((status = 'draft') OR submitted_at IS NOT NULL),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);
CREATE INDEX procedure_reviews_year_idx ON procedure_reviews (year, status);
CREATE INDEX procedure_reviews_procedure_idx ON procedure_reviews (procedure_code, created_at DESC);
COMMENT ON TABLE procedure_reviews IS 'A review of one catalogue procedure version: criteria answers with evidence, problems, simplification proposal and compliance cost current vs proposed (TT 02/2017/TT-VPCP). Annual costs are kept in columns for the province summary.';

CREATE TABLE review_plan_items (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id             uuid NOT NULL REFERENCES review_plans (id) ON DELETE CASCADE,
  procedure_code      text NOT NULL CHECK (procedure_code ~ '^\d\.\d{6}$'),
  reviewing_agency_id uuid NOT NULL REFERENCES agencies (id),
  reviewing_unit      text NOT NULL DEFAULT '',
  deadline            date NOT NULL,
  note                text NOT NULL DEFAULT '',
  review_id           uuid UNIQUE REFERENCES procedure_reviews (id) ON DELETE SET NULL,
  registered_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  registered_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, procedure_code)
);
COMMENT ON TABLE review_plan_items IS 'A procedure registered to review in a plan (seed 002: "Đăng ký danh sách TTHC … thực hiện rà soát"): reviewing unit, deadline, and the review once started.';

CREATE TABLE impact_assessments (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id      uuid NOT NULL REFERENCES agencies (id),
  year           smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  draft_name     text NOT NULL CHECK (length(draft_name) BETWEEN 3 AND 500),
  draft_number   text CHECK (draft_number IS NULL OR length(draft_number) <= 60),
  procedure_name text NOT NULL CHECK (length(procedure_name) BETWEEN 3 AND 500),
  procedure_code text CHECK (procedure_code ~ '^\d\.\d{6}$'),
  status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved')),
  content        jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  annual_cost    bigint NOT NULL CHECK (annual_cost >= 0),
  return_reason  text,
  submitted_at   timestamptz,
  approved_at    timestamptz,
  approved_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1
);
CREATE INDEX impact_assessments_year_idx ON impact_assessments (year, status);
COMMENT ON TABLE impact_assessments IS 'Impact assessment of a procedure in a draft legal document (NĐ 63/2010 art. 10): necessity, reasonableness, legality, compliance cost; linked to the catalogue procedure once issued.';

CREATE TABLE inspection_plans (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id  uuid NOT NULL REFERENCES agencies (id),
  year       smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number     text CHECK (number IS NULL OR length(number) BETWEEN 1 AND 60),
  title      text NOT NULL CHECK (length(title) BETWEEN 3 AND 500),
  scope      text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_plans_year_idx ON inspection_plans (year);
COMMENT ON TABLE inspection_plans IS 'A plan to inspect procedure control and one-stop work at units (kế hoạch kiểm tra).';

CREATE TABLE inspection_visits (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id    uuid NOT NULL REFERENCES inspection_plans (id) ON DELETE CASCADE,
  agency_id  uuid NOT NULL REFERENCES agencies (id),
  visit_date date NOT NULL,
  team       text NOT NULL DEFAULT '',
  conclusion text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_visits_plan_idx ON inspection_visits (plan_id, visit_date);
CREATE INDEX inspection_visits_agency_idx ON inspection_visits (agency_id);
COMMENT ON TABLE inspection_visits IS 'A visit of the inspection team to one agency on a date.';

CREATE TABLE inspection_findings (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id         uuid NOT NULL REFERENCES inspection_visits (id) ON DELETE CASCADE,
  description      text NOT NULL CHECK (length(description) BETWEEN 3 AND 4000),
  severity         text NOT NULL CHECK (severity IN ('minor', 'major')),
  dossier_codes    text[] NOT NULL DEFAULT '{}',
  procedure_codes  text[] NOT NULL DEFAULT '{}',
  unit_id          uuid REFERENCES units (id),
  fix_required     text NOT NULL CHECK (length(fix_required) BETWEEN 3 AND 4000),
  due_working_days integer NOT NULL CHECK (due_working_days BETWEEN 1 AND 250),
  due_date         date NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fixed', 'verified')),
  fixed_at         timestamptz,
  verified_at      timestamptz,
  created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1,
  CHECK ((status = 'open') OR fixed_at IS NOT NULL),
  CHECK ((status = 'verified') = (verified_at IS NOT NULL))
);
CREATE INDEX inspection_findings_visit_idx ON inspection_findings (visit_id);
CREATE INDEX inspection_findings_open_due_idx ON inspection_findings (due_date) WHERE status = 'open';
COMMENT ON TABLE inspection_findings IS 'A finding of a visit (linked to dossiers by code, procedures, a unit) with the fix required and its due date (working days from the visit, calendar engine).';

CREATE TABLE inspection_follow_ups (
  id           bigserial PRIMARY KEY,
  finding_id   uuid NOT NULL REFERENCES inspection_findings (id) ON DELETE CASCADE,
  status_after text NOT NULL CHECK (status_after IN ('open', 'fixed', 'verified')),
  note         text NOT NULL CHECK (length(note) BETWEEN 3 AND 4000),
  actor_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_name   text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_follow_ups_finding_idx ON inspection_follow_ups (finding_id, id);
COMMENT ON TABLE inspection_follow_ups IS 'Append-only follow-up of a finding: the unit reports a fix, the inspector verifies or reopens.';

-- The defaults of a review read a procedure's dossiers of the last 12 months.
CREATE INDEX dossiers_procedure_received_idx ON dossiers (procedure_code, received_at);

-- migrate:down
DROP INDEX dossiers_procedure_received_idx;
DROP TABLE inspection_follow_ups;
DROP TABLE inspection_findings;
DROP TABLE inspection_visits;
DROP TABLE inspection_plans;
DROP TABLE impact_assessments;
DROP TABLE review_plan_items;
DROP TABLE procedure_reviews;
DROP TABLE review_plans;
