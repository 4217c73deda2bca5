-- migrate:up
CREATE TABLE dossier_consultations (
  dossier_id  uuid NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
  seq         integer NOT NULL,
  parties     text[] NOT NULL CHECK (cardinality(parties) > 0),
  question    text NOT NULL,
  due_at      timestamptz NOT NULL,
  answered_at timestamptz,
  answer_seq  integer,
  late        boolean NOT NULL DEFAULT false,
  PRIMARY KEY (dossier_id, seq)
);
CREATE INDEX dossier_consultations_sweep_idx ON dossier_consultations (due_at) WHERE answered_at IS NULL AND NOT late;
COMMENT ON TABLE dossier_consultations IS 'Opinions asked during processing (lấy ý kiến), each with its own deadline; the sweep flags the late ones.';

-- migrate:down
DROP TABLE dossier_consultations;
