-- migrate:up
CREATE TABLE dossier_lateness (
  dossier_id      uuid PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
  became_late_at  timestamptz NOT NULL,
  due_at          timestamptz NOT NULL,
  agency_id       uuid NOT NULL REFERENCES agencies (id),
  unit_code       text,
  step_key        text,
  explanation     text,
  apology_action  integer
);
CREATE INDEX dossier_lateness_agency_idx ON dossier_lateness (agency_id, became_late_at);
COMMENT ON TABLE dossier_lateness IS 'One record per late dossier: when it became late, where it was (agency, unit, step), and the explanation or apology filed.';

-- migrate:down
DROP TABLE dossier_lateness;
