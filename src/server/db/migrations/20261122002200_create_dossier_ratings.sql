-- migrate:up
CREATE TABLE dossier_ratings (
  dossier_id  uuid PRIMARY KEY REFERENCES dossiers (id) ON DELETE CASCADE,
  timeliness  text NOT NULL CHECK (timeliness IN ('early', 'on_time', 'late')),
  contacts    smallint NOT NULL CHECK (contacts BETWEEN 1 AND 50),
  bodies      smallint NOT NULL CHECK (bodies BETWEEN 1 AND 50),
  attitude    smallint NOT NULL CHECK (attitude BETWEEN 1 AND 5),
  comment     text CHECK (comment IS NULL OR length(comment) <= 2000),
  channel     text NOT NULL CHECK (channel IN ('portal', 'link', 'counter')),
  citizen_id  uuid REFERENCES citizens (id) ON DELETE SET NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_ratings_created_idx ON dossier_ratings (created_at);
COMMENT ON TABLE dossier_ratings IS 'The applicant''s rating of a returned dossier (TT 01/2018 art. 13): time vs statutory, contacts, bodies, attitude; one per dossier, editable for 7 days.';

-- migrate:down
DROP TABLE dossier_ratings;
