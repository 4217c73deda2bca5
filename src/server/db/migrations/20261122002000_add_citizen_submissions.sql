-- migrate:up
-- Online submission: files a portal citizen uploads, and the dossiers they submit with the answers
-- to the procedure's own fields (formFields of the version in force).
ALTER TABLE files ADD COLUMN citizen_id uuid REFERENCES citizens (id) ON DELETE SET NULL;
CREATE INDEX files_citizen_idx ON files (citizen_id) WHERE citizen_id IS NOT NULL;
COMMENT ON COLUMN files.citizen_id IS 'The portal citizen who uploaded the file (uploader_id is an officer).';

ALTER TABLE dossiers
  ADD COLUMN citizen_id uuid REFERENCES citizens (id) ON DELETE SET NULL,
  ADD COLUMN form_data  jsonb CHECK (form_data IS NULL OR jsonb_typeof(form_data) = 'object');
CREATE INDEX dossiers_citizen_idx ON dossiers (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX dossiers_applicant_id_idx ON dossiers (applicant_id_number);
COMMENT ON COLUMN dossiers.citizen_id IS 'The portal account that submitted the dossier online (null for counter receipts).';
COMMENT ON COLUMN dossiers.form_data IS 'Answers to the procedure''s own fields (tờ khai điện tử), validated by the schema built from formFields.';

-- migrate:down
DROP INDEX dossiers_applicant_id_idx;
DROP INDEX dossiers_citizen_idx;
ALTER TABLE dossiers DROP COLUMN form_data, DROP COLUMN citizen_id;
DROP INDEX files_citizen_idx;
ALTER TABLE files DROP COLUMN citizen_id;
