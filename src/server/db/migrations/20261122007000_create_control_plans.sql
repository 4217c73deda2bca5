-- migrate:up
-- Annual procedure-control plans (kế hoạch kiểm soát TTHC, issue 11; docs/adr/0024-control-plans.md): the plan,
-- its appendix tasks with the deadline as written and the rule read from it, the units that lead and coordinate,
-- the task instances that fall due (one per date of a schedule, one per triggering event), progress reports from
-- the lead unit and their evidence files.
CREATE TABLE control_plans (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id     uuid NOT NULL REFERENCES agencies (id),
  year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  number        text CHECK (number IS NULL OR length(number) BETWEEN 1 AND 100),
  plan_date     date,
  place         text,
  title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 2000),
  issuer        text,
  signer        text,
  signer_title  text,
  purposes      text NOT NULL DEFAULT '',
  requirements  text NOT NULL DEFAULT '',
  sections      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(sections) = 'array'),
  source_name   text,
  source_kind   text NOT NULL CHECK (source_kind IN ('docx', 'text')),
  import_report jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(import_report) = 'object'),
  created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX control_plans_number_uq ON control_plans (agency_id, year, number) WHERE number IS NOT NULL;
CREATE INDEX control_plans_agency_idx ON control_plans (agency_id, year DESC);
COMMENT ON TABLE control_plans IS 'An agency''s yearly procedure-control plan (kế hoạch kiểm soát TTHC): number, date, purposes, sections; tasks in plan_tasks.';
COMMENT ON COLUMN control_plans.import_report IS 'What the importer could not read: {layout, unrecognised[], warnings[]} (never dropped silently).';

CREATE TABLE plan_tasks (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id           uuid NOT NULL REFERENCES control_plans (id) ON DELETE CASCADE,
  seq               integer NOT NULL CHECK (seq >= 1),
  appendix          text,
  headings          jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(headings) = 'array'),
  number            text NOT NULL DEFAULT '',
  content           text NOT NULL CHECK (length(content) >= 1),
  lead_text         text NOT NULL DEFAULT '',
  coordinating_text text NOT NULL DEFAULT '',
  deadline          jsonb NOT NULL CHECK (jsonb_typeof(deadline) = 'object' AND deadline ? 'asWritten' AND deadline ? 'rule'),
  rule_kind         text GENERATED ALWAYS AS (deadline -> 'rule' ->> 'kind') STORED,
  trigger           text GENERATED ALWAYS AS (deadline -> 'rule' ->> 'trigger') STORED,
  flagged           boolean GENERATED ALWAYS AS (deadline ->> 'flag' IS NOT NULL) STORED,
  product           text NOT NULL DEFAULT '',
  notes             text NOT NULL DEFAULT '',
  targets           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(targets) = 'array'),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, seq)
);
CREATE INDEX plan_tasks_trigger_idx ON plan_tasks (trigger) WHERE trigger IS NOT NULL;
COMMENT ON TABLE plan_tasks IS 'A task of a plan''s appendix: content, units as written, deadline {asWritten, rule, source, condition, flag}, product, notes, targets.';
COMMENT ON COLUMN plan_tasks.targets IS 'Measurable targets [{key, value, comparison, text}]: key from the 766 scorecard PLAN_TARGET_KEYS or ''other'', value a ratio in [0, 1].';

CREATE TABLE plan_task_units (
  task_id uuid NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units (id),
  role    text NOT NULL CHECK (role IN ('lead', 'coordinating')),
  PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX plan_task_units_unit_idx ON plan_task_units (unit_id, role);
COMMENT ON TABLE plan_task_units IS 'Units of the plan''s agency assigned to a task: chủ trì (lead) or phối hợp (coordinating).';

CREATE TABLE plan_task_instances (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id      uuid NOT NULL REFERENCES plan_tasks (id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  label        text,
  trigger      text CHECK (trigger IN ('publication_decision', 'pakn_received', 'process_approved', 'inspection', 'request', 'guidance', 'occurrence')),
  trigger_ref  text,
  trigger_date date,
  due_date     date,
  status       text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
  percent      integer NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  done_at      timestamptz,
  duty_id      uuid REFERENCES publication_duties (id) ON DELETE SET NULL,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (task_id, key),
  CHECK ((status = 'done') = (done_at IS NOT NULL)),
  CHECK (status <> 'done' OR percent = 100),
  CHECK ((trigger IS NULL) = (trigger_date IS NULL))
);
CREATE INDEX plan_task_instances_due_idx ON plan_task_instances (due_date) WHERE status <> 'done' AND due_date IS NOT NULL;
COMMENT ON TABLE plan_task_instances IS 'What falls due: one row per date of a task (its day or period, each date of a schedule, or per triggering event: key event:<trigger>:<ref>).';
COMMENT ON COLUMN plan_task_instances.duty_id IS 'The catalogue''s publication duty this instance fulfils (a publication-decision task whose content names the duty); done together.';

CREATE TABLE plan_progress_reports (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  instance_id uuid NOT NULL REFERENCES plan_task_instances (id) ON DELETE CASCADE,
  reported_by uuid REFERENCES users (id) ON DELETE SET NULL,
  unit_id     uuid REFERENCES units (id),
  status      text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
  percent     integer NOT NULL CHECK (percent BETWEEN 0 AND 100),
  note        text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'done' OR percent = 100)
);
CREATE INDEX plan_progress_reports_instance_idx ON plan_progress_reports (instance_id, created_at DESC);
COMMENT ON TABLE plan_progress_reports IS 'Append-only progress reports of the lead unit on a task instance (status, percentage, note).';

CREATE TABLE plan_report_files (
  report_id uuid NOT NULL REFERENCES plan_progress_reports (id) ON DELETE CASCADE,
  file_id   uuid NOT NULL REFERENCES files (id),
  PRIMARY KEY (report_id, file_id)
);
CREATE INDEX plan_report_files_file_idx ON plan_report_files (file_id);
COMMENT ON TABLE plan_report_files IS 'Evidence documents (uploaded through /api/files) attached to a progress report.';

-- migrate:down
DROP TABLE plan_report_files;
DROP TABLE plan_progress_reports;
DROP TABLE plan_task_instances;
DROP TABLE plan_task_units;
DROP TABLE plan_tasks;
DROP TABLE control_plans;
