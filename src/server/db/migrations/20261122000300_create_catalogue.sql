-- migrate:up
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- lower(unaccent(x)) with whitespace collapsed; unaccent is STABLE, so an index needs this
-- IMMUTABLE wrapper with the dictionary named explicitly. unaccent maps đ → d.
CREATE FUNCTION motcua_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\s+', ' ', 'g') $$;
COMMENT ON FUNCTION motcua_fold(text) IS 'Folds Vietnamese text for search: no diacritics, đ → d, lower case, single spaces.';

CREATE TABLE publication_decisions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number         text NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  decision_date  date NOT NULL,
  issuer         text NOT NULL,
  issuer_level   text NOT NULL CHECK (issuer_level IN ('central', 'province')),
  effective_date date NOT NULL,
  status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  note           text,
  created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  published_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  published_at   timestamptz,
  version        integer NOT NULL DEFAULT 1,
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
COMMENT ON TABLE publication_decisions IS 'Quyết định công bố TTHC: publishing one creates procedure versions effective from its effective date.';

CREATE TABLE procedures (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code       text NOT NULL UNIQUE CHECK (code ~ '^\d\.\d{6}$'),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE procedures IS 'Thủ tục hành chính, identified by its national code; content lives in procedure_versions.';

CREATE TABLE procedure_versions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  procedure_id   uuid NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  version_no     integer NOT NULL CHECK (version_no > 0),
  status         text NOT NULL CHECK (status IN ('draft', 'published')),
  record         jsonb NOT NULL,
  name           text NOT NULL,
  field          text NOT NULL,
  levels         text[] NOT NULL,
  online_level   text CHECK (online_level IN ('full', 'partial', 'none')),
  search_name    text GENERATED ALWAYS AS (motcua_fold(name)) STORED,
  search_field   text GENERATED ALWAYS AS (motcua_fold(field)) STORED,
  search_all     text GENERATED ALWAYS AS (motcua_fold(name || ' ' || field)) STORED,
  effective_from date,
  effective_to   date,
  decision_id    uuid REFERENCES publication_decisions (id) ON DELETE RESTRICT,
  created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  lock_version   integer NOT NULL DEFAULT 1,
  UNIQUE (procedure_id, version_no),
  CHECK (status = 'draft' OR (effective_from IS NOT NULL AND decision_id IS NOT NULL)),
  CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to > effective_from)
);
CREATE UNIQUE INDEX procedure_versions_one_draft_idx ON procedure_versions (procedure_id) WHERE status = 'draft';
CREATE INDEX procedure_versions_published_idx ON procedure_versions (procedure_id, effective_from DESC) WHERE status = 'published';
-- Published content is immutable: only effective_to may change (when a later decision replaces it).
CREATE FUNCTION procedure_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' AND (NEW.status <> OLD.status OR NEW.record <> OLD.record
      OR NEW.effective_from IS DISTINCT FROM OLD.effective_from OR NEW.decision_id IS DISTINCT FROM OLD.decision_id) THEN
    RAISE EXCEPTION 'published procedure version % is immutable', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER procedure_versions_guard BEFORE UPDATE ON procedure_versions FOR EACH ROW EXECUTE FUNCTION procedure_versions_guard();
COMMENT ON TABLE procedure_versions IS 'Versions of a procedure: drafts are edited freely; published versions never change except for the effective_to set when a later decision replaces or abolishes them.';

CREATE TABLE decision_items (
  decision_id    uuid NOT NULL REFERENCES publication_decisions (id) ON DELETE CASCADE,
  procedure_code text NOT NULL CHECK (procedure_code ~ '^\d\.\d{6}$'),
  action         text NOT NULL CHECK (action IN ('new', 'amended', 'replaced', 'abolished')),
  version_id     uuid REFERENCES procedure_versions (id) ON DELETE SET NULL,
  PRIMARY KEY (decision_id, procedure_code)
);
COMMENT ON TABLE decision_items IS 'What a publication decision does to each procedure.';

CREATE TABLE procedure_assignments (
  procedure_id uuid NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  agency_id    uuid NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
  level        text NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
  channels     text[] NOT NULL CHECK (channels <@ ARRAY['direct', 'online', 'postal']::text[] AND cardinality(channels) > 0),
  PRIMARY KEY (procedure_id, agency_id)
);
CREATE INDEX procedure_assignments_agency_idx ON procedure_assignments (agency_id);
COMMENT ON TABLE procedure_assignments IS 'Which agencies receive and handle a procedure, at which level and through which channels.';

CREATE TABLE publication_duties (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES publication_decisions (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('publish_list', 'publicise_national', 'approve_internal_process', 'update_eprocess')),
  basis_date  date NOT NULL,
  due_date    date NOT NULL,
  done_at     timestamptz,
  done_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  note        text,
  UNIQUE (decision_id, kind)
);
CREATE INDEX publication_duties_open_idx ON publication_duties (due_date) WHERE done_at IS NULL;
COMMENT ON TABLE publication_duties IS 'Dated publication obligations arising from a decision (publish the list, publicise on the national database, approve and update the internal e-process).';

-- One counter bumped by every change to what the public catalogue shows; app instances compare it
-- to know when their in-memory search index is stale.
CREATE TABLE catalogue_revision (
  id       boolean PRIMARY KEY DEFAULT true CHECK (id),
  revision bigint NOT NULL DEFAULT 0
);
INSERT INTO catalogue_revision DEFAULT VALUES;
COMMENT ON TABLE catalogue_revision IS 'Single-row change counter of the public catalogue (bumped by triggers).';
CREATE FUNCTION bump_catalogue_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalogue_revision SET revision = revision + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER procedure_versions_revision AFTER INSERT OR UPDATE OR DELETE ON procedure_versions FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision();
CREATE TRIGGER procedure_assignments_revision AFTER INSERT OR UPDATE OR DELETE ON procedure_assignments FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_revision();

-- migrate:down
DROP TABLE catalogue_revision;
DROP TABLE publication_duties;
DROP TABLE procedure_assignments;
DROP TABLE decision_items;
DROP TABLE procedure_versions;
DROP FUNCTION procedure_versions_guard();
DROP TABLE procedures;
DROP TABLE publication_decisions;
DROP FUNCTION motcua_fold(text);
DROP FUNCTION bump_catalogue_revision();
