import { CloseOutlined, LoadingOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Form, Space, Typography, Upload } from 'antd';
import { useI18n } from '../../i18n';
import { useFileText } from '../documents/queries';
import type { UploadedFile } from '../documents/types';
import { UPLOAD_ACCEPT, useUpload } from '../documents/useUpload';

/**
 * The scan of one received document: an upload button (POST /api/files with the session cookie),
 * then the file's name with a button to drop it. The server's 413/415 detail is shown on failure.
 */
export function ScanUpload({ fileName, onUploaded, onRemoved }: { fileName: string | undefined; onUploaded: (f: UploadedFile) => void; onRemoved: () => void }) {
  const { t } = useI18n();
  const s = t.documents.scan;
  const { busy, error, customRequest } = useUpload(onUploaded, s.failed);
  return (
    <div data-testid="scan-upload">
      <Space size={4} wrap>
        <Upload accept={UPLOAD_ACCEPT} showUploadList={false} maxCount={1} customRequest={customRequest} disabled={busy}>
          <Button size="small" icon={busy ? <LoadingOutlined /> : <UploadOutlined />} disabled={busy} data-testid="scan-upload-button">
            {busy ? s.uploading : fileName ? s.replace : s.upload}
          </Button>
        </Upload>
        {fileName && (
          <Typography.Text data-testid="scan-name" ellipsis style={{ maxWidth: 220 }}>
            <PaperClipOutlined /> {fileName}
          </Typography.Text>
        )}
        {fileName && <Button size="small" type="text" icon={<CloseOutlined />} aria-label={s.remove} title={s.remove} onClick={onRemoved} />}
      </Space>
      {error && (
        <div>
          <Typography.Text type="danger" role="alert" data-testid="scan-error">
            {error}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/**
 * When the OCR of an uploaded scan finds a CCCD number that the applicant field does not hold,
 * offers it: "Số CCCD nhận dạng được: 0892… — Điền vào".
 */
export function IdSuggestion({ fileId }: { fileId: string }) {
  const { t, fmt } = useI18n();
  const s = t.documents.scan;
  const form = Form.useFormInstance();
  const current: string = (Form.useWatch(['applicant', 'idNumber'], form) ?? '').trim();
  const text = useFileText(fileId);
  if (text.data?.status === 'pending') {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <LoadingOutlined /> {s.reading}
      </Typography.Text>
    );
  }
  const found = text.data?.idNumbers ?? [];
  if (found.length === 0 || found.includes(current)) return null;
  const id = found[0]!;
  const fill = () => {
    form.setFieldValue(['applicant', 'idNumber'], id);
    void form.validateFields([['applicant', 'idNumber']]).catch(() => undefined);
  };
  return (
    <div data-testid="id-suggestion">
      <Typography.Text type="success">{fmt(s.idFound, { id })}</Typography.Text> —{' '}
      <Button size="small" type="link" style={{ padding: 0 }} onClick={fill} data-testid="id-suggestion-fill">
        {s.fill}
      </Button>
    </div>
  );
}
