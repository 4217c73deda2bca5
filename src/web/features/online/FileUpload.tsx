import { LoadingOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n';
import type { UploadedFile } from '../documents/types';
import { UPLOAD_ACCEPT, useUpload } from '../documents/useUpload';

/** One file for a document: the upload button (POST /api/files with the portal session), then its name; the server's refusal is shown. */
export function FileUpload({ fileName, onUploaded, testId }: { fileName: string | null | undefined; onUploaded: (f: UploadedFile) => void; testId?: string }) {
  const { t } = useI18n();
  const s = t.online.apply;
  const { busy, error, customRequest } = useUpload(onUploaded, s.uploadFailed);
  return (
    <div data-testid={testId ?? 'file-upload'}>
      <Space size={8} wrap>
        <Upload accept={UPLOAD_ACCEPT} showUploadList={false} maxCount={1} customRequest={customRequest} disabled={busy}>
          <Button icon={busy ? <LoadingOutlined /> : <UploadOutlined />} disabled={busy} data-testid="upload-button">
            {busy ? s.uploading : fileName ? s.replaceFile : s.upload}
          </Button>
        </Upload>
        {fileName && (
          <Typography.Text data-testid="file-name" ellipsis style={{ maxWidth: 240 }}>
            <PaperClipOutlined /> {fileName}
          </Typography.Text>
        )}
      </Space>
      {error && (
        <div>
          <Typography.Text type="danger" role="alert" data-testid="upload-error">
            {error}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
