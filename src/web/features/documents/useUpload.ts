import type { UploadProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { uploadFile } from './queries';
import type { UploadedFile } from './types';

/** Scans and attachments the server accepts (it checks the bytes too: docs/adr/0013-file-storage.md). */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff';

/**
 * The upload of one file through POST /api/files (with whichever session cookie the page has) for
 * an antd `<Upload customRequest>`: busy while sending, and the server's 413/415 detail after
 * `failedLabel` when it refuses.
 */
export function useUpload(onUploaded: (f: UploadedFile) => void, failedLabel: string) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    setBusy(true);
    setError(null);
    uploadFile(file as Blob)
      .then((f) => {
        onUploaded(f);
        onSuccess?.(f);
      })
      .catch((e: unknown) => {
        setError(`${failedLabel}: ${problemDetail(e, t.error.generic)}`);
        onError?.(e as Error);
      })
      .finally(() => setBusy(false));
  };
  return { busy, error, customRequest };
}
