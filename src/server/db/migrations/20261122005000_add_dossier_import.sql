-- migrate:up
-- Dossiers imported from an agency's previous one-stop system (docs/adr/0022-dossier-import.md):
-- the same tables as ours, marked, with the facts only the national sync record carries.
ALTER TABLE dossiers
  ADD COLUMN imported_at               timestamptz,
  ADD COLUMN import_hash               text,
  ADD COLUMN sync_online_payment       smallint CHECK (sync_online_payment IN (1, 2)),
  ADD COLUMN sync_result_code          text,
  ADD COLUMN sync_result_url           text,
  ADD COLUMN sync_digitised_components boolean,
  ADD COLUMN sync_vneid                boolean,
  ADD CONSTRAINT dossiers_import_marked CHECK ((imported_at IS NULL) = (import_hash IS NULL));
COMMENT ON COLUMN dossiers.imported_at IS 'When the dossier was imported from a previous system (null: received here); history, read-only once closed.';
COMMENT ON COLUMN dossiers.import_hash IS 'SHA-256 of the imported record as parsed: the same record imported again is skipped.';
COMMENT ON COLUMN dossiers.sync_online_payment IS 'DuocThanhToanTrucTuyen of the imported record: 1 paid on DVCQG, 2 on the ministry/province portal (766 group 3b).';
COMMENT ON COLUMN dossiers.sync_result_code IS 'MaKetQua of the imported record (electronic result, 766 indicators 3.3, 4.1).';
COMMENT ON COLUMN dossiers.sync_result_url IS 'DuongDanTepTinKetQua of the imported record (link to the electronic result file).';
COMMENT ON COLUMN dossiers.sync_digitised_components IS 'HoSoCoThanhPhanSoHoa of the imported record (766 indicator 4.3).';
COMMENT ON COLUMN dossiers.sync_vneid IS 'TaiKhoanDuocXacThucVoiVNeID of the imported record (766 indicators 4.5a/b).';

-- migrate:down
ALTER TABLE dossiers
  DROP CONSTRAINT dossiers_import_marked,
  DROP COLUMN sync_vneid,
  DROP COLUMN sync_digitised_components,
  DROP COLUMN sync_result_url,
  DROP COLUMN sync_result_code,
  DROP COLUMN sync_online_payment,
  DROP COLUMN import_hash,
  DROP COLUMN imported_at;
