import { Typography } from 'antd';
import { ImportDossiersPanel } from '../../features/dossier-import/ImportDossiersPanel';
import { useI18n } from '../../i18n';

/** Quản trị → Nhập hồ sơ cũ: past dossiers from the previous one-stop system (docs/dossier-import-format.md). */
export function DossierImportPage() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={2}>{t.dossierImport.title}</Typography.Title>
      <ImportDossiersPanel />
    </>
  );
}
