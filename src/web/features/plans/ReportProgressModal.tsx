import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, List, Modal, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { INSTANCE_STATUSES, type InstanceStatus } from '../../../domain/plans';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { saveBlob } from '../documents/files';
import type { UploadedFile } from '../documents/types';
import { useUpload } from '../documents/useUpload';
import { problemDetail } from '../dossiers/problems';
import { StateTag } from './display';
import { downloadEvidence, useInstance, useReportProgress } from './queries';
import type { BoardItem } from './types';

type Values = { status: InstanceStatus; percent: number; note: string };

/** The instance's reports, newest first, with their evidence files. */
function History({ instanceId }: { instanceId: string }) {
  const { t, fmt } = useI18n();
  const s = t.plans.progress;
  const detail = useInstance(instanceId);
  const open = async (id: string, name: string) => {
    const { blob } = await downloadEvidence(id);
    saveBlob(blob, name);
  };
  return (
    <List
      data-testid="progress-history"
      size="small"
      header={<b>{s.history}</b>}
      loading={detail.isPending}
      dataSource={detail.data?.reports ?? []}
      locale={{ emptyText: s.noReports }}
      renderItem={(r) => (
        <List.Item>
          <Space orientation="vertical" size={0}>
            <span>
              {formatDateTime(r.createdAt)} · {t.plans.status[r.status]} · {r.percent}% · {fmt(s.by, { who: r.reporter ?? '—', unit: r.unitName ?? '—' })}
            </span>
            {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
            {r.files.map((f) => (
              <Button key={f.id} type="link" size="small" icon={<PaperClipOutlined />} onClick={() => void open(f.id, f.name)} style={{ padding: 0 }}>
                {f.name}
              </Button>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** The lead unit's progress report on one instance: status, percentage, note and evidence files. */
export function ReportProgressModal({ item, onClose }: { item: BoardItem | null; onClose: () => void }) {
  const { t } = useI18n();
  const s = t.plans.progress;
  const { message } = App.useApp();
  const run = useReportProgress();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const upload = useUpload((f) => setFiles((x) => [...x, f]), s.uploadFailed);
  const [form] = Form.useForm<Values>();
  const close = () => (setFiles([]), onClose());
  const submit = (v: Values) =>
    item &&
    run.mutate(
      { instanceId: item.instanceId, version: item.version, status: v.status, percent: v.percent, note: v.note ?? '', fileIds: files.map((f) => f.id) },
      { onSuccess: () => (void message.success(s.sent), close()), onError: (e) => void message.error(problemDetail(e, t.error.generic)) },
    );
  return (
    <Modal open={!!item} title={s.title} onCancel={close} footer={null} width={720} destroyOnHidden>
      {item && (
        <>
          <Typography.Paragraph>
            <b>{item.taskNumber ? `${item.taskNumber}. ` : ''}</b>
            {item.content}
          </Typography.Paragraph>
          <Space wrap style={{ marginBottom: 12 }}>
            {item.label && <span>{item.label}</span>}
            {item.dueDate && <span>{`${t.plans.board.due}: ${formatDate(item.dueDate)}`}</span>}
            <StateTag state={item.state} />
          </Space>
          {item.canReport && item.status !== 'done' && (
            <Form form={form} layout="vertical" onFinish={submit} initialValues={{ status: item.status === 'not_started' ? 'in_progress' : item.status, percent: item.percent, note: '' }}>
              <Space wrap>
                <Form.Item name="status" label={s.status} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 180 }}
                    data-testid="progress-status"
                    options={INSTANCE_STATUSES.map((x) => ({ value: x, label: t.plans.status[x] }))}
                    onChange={(x: InstanceStatus) => form.setFieldValue('percent', x === 'done' ? 100 : x === 'not_started' ? 0 : Math.min(99, form.getFieldValue('percent') as number))}
                  />
                </Form.Item>
                <Form.Item name="percent" label={s.percent} rules={[{ required: true }]}>
                  <InputNumber min={0} max={100} data-testid="progress-percent" />
                </Form.Item>
              </Space>
              <Form.Item name="note" label={s.note}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="progress-note" />
              </Form.Item>
              <Form.Item label={s.evidence}>
                <Upload customRequest={upload.customRequest} showUploadList={false} accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.docx,.xlsx">
                  <Button icon={<UploadOutlined />} loading={upload.busy} data-testid="progress-upload">
                    {s.upload}
                  </Button>
                </Upload>
                {files.map((f) => (
                  <div key={f.id} data-testid="progress-file">
                    <PaperClipOutlined /> {f.name}
                  </div>
                ))}
                {upload.error && <Alert type="error" showIcon title={upload.error} style={{ marginTop: 8 }} />}
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={run.isPending} data-testid="progress-submit">
                {s.submit}
              </Button>
            </Form>
          )}
          <History instanceId={item.instanceId} />
        </>
      )}
    </Modal>
  );
}
