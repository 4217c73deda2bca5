-- migrate:up
-- An administrator locks a portal account with a reason and unlocks it (issue 7,
-- docs/adr/0017-citizen-accounts.md "Locking"). Who and why are also in audit_log; these columns
-- say what holds now, so the login and the admin page read one row.
ALTER TABLE citizens
  ADD COLUMN locked_at   timestamptz,
  ADD COLUMN locked_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN lock_reason text CHECK (lock_reason IS NULL OR length(trim(lock_reason)) BETWEEN 1 AND 1000);
-- Rows locked before the reason was recorded (none are expected) keep a visible placeholder.
UPDATE citizens SET locked_at = updated_at, lock_reason = 'Khóa trước khi hệ thống ghi lý do' WHERE status = 'locked';
ALTER TABLE citizens
  ADD CONSTRAINT citizens_locked_has_reason CHECK (status <> 'locked' OR (locked_at IS NOT NULL AND lock_reason IS NOT NULL)),
  ADD CONSTRAINT citizens_unlocked_is_clear CHECK (status = 'locked' OR (locked_at IS NULL AND lock_reason IS NULL AND locked_by IS NULL));
COMMENT ON COLUMN citizens.lock_reason IS 'Why an administrator locked the account (shown to administrators, not to the holder).';
COMMENT ON COLUMN citizens.locked_by IS 'The administrator who locked the account (null when the user was deleted).';

-- migrate:down
ALTER TABLE citizens
  DROP CONSTRAINT citizens_unlocked_is_clear,
  DROP CONSTRAINT citizens_locked_has_reason,
  DROP COLUMN lock_reason,
  DROP COLUMN locked_by,
  DROP COLUMN locked_at;
