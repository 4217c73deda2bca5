import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { openFile } from './files';
import { downloadFile } from './queries';

/** Opens the scan attached to a received document in a new tab. */
export function ScanLink({ fileId, name }: { fileId: string; name: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      if (!(await openFile(() => downloadFile(fileId), name))) void message.info(t.documents.issued.popupBlocked);
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" type="link" icon={<PaperClipOutlined />} loading={busy} onClick={() => void open()} style={{ paddingInline: 0 }} data-testid="scan-link">
      {t.documents.scan.view}
    </Button>
  );
}
