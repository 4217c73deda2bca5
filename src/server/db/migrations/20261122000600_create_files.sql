-- migrate:up
CREATE TABLE files (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        bigint NOT NULL CHECK (size > 0),
  mime        text NOT NULL,
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('upload', 'generated')),
  uploader_id uuid REFERENCES users (id) ON DELETE SET NULL,
  agency_id   uuid REFERENCES agencies (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_sha_idx ON files (sha256);
COMMENT ON TABLE files IS 'Uploaded and generated documents: metadata here, content in the blob store by SHA-256.';

-- migrate:down
DROP TABLE files;
