import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiBlob } from '../../api/client';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { saveBlob } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import { FileUpload } from './FileUpload';
import { useSupplement, useWithdraw } from './queries';
import { TAG } from './theme';
import type { CitizenDossier } from './types';

/** What the agency asked for, and one upload per requested document; sent together. */
export function SupplementForm({ d }: { d: CitizenDossier }) {
  const { t, fmt } = useI18n();
  const s = t.online.mine;
  const { message } = App.useApp();
  const supplement = useSupplement(d.code);
  const asked = d.supplement!;
  const names = asked.documents.length > 0 ? asked.documents : [s.supplementTag];
  const [files, setFiles] = useState<Record<number, { id: string; name: string }>>({});
  const [comment, setComment] = useState('');
  const send = () => {
    const documents = names.flatMap((name, i) => (files[i] ? [{ name, fileId: files[i].id }] : []));
    if (documents.length === 0) return void message.error(s.supplementNeedFile);
    supplement.mutate(
      { version: d.version, comment: comment.trim() || undefined, documents },
      { onSuccess: () => void message.success(s.supplementDone), onError: (e) => void message.error(problemDetail(e, t.error.generic)) },
    );
  };
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="supplement"
      title={s.supplementTitle}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text data-testid="supplement-reason">{fmt(s.supplementReason, { reason: asked.reason })}</Typography.Text>
          <Typography.Text strong>{s.supplementDocs}</Typography.Text>
          <List
            size="small"
            dataSource={names}
            renderItem={(name, i) => (
              <List.Item data-testid="supplement-row" style={{ display: 'block' }}>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{name}</Typography.Paragraph>
                <FileUpload fileName={files[i]?.name} onUploaded={(f) => setFiles({ ...files, [i]: { id: f.id, name: f.name } })} />
              </List.Item>
            )}
          />
          <Input.TextArea aria-label={s.supplementComment} placeholder={s.supplementComment} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
          <Button type="primary" onClick={send} loading={supplement.isPending} data-testid="supplement-submit">
            {s.supplementSubmit}
          </Button>
        </Space>
      }
    />
  );
}

export function WithdrawButton({ d }: { d: CitizenDossier }) {
  const { t } = useI18n();
  const s = t.online.mine;
  const { message } = App.useApp();
  const withdraw = useWithdraw(d.code);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const finish = (v: { reason: string }) =>
    withdraw.mutate(
      { version: d.version, reason: v.reason },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success(s.withdrawn);
        },
        onError: (e) => void message.error(problemDetail(e, t.error.generic)),
      },
    );
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="withdraw">
        {s.withdraw}
      </Button>
      <Modal open={open} title={s.withdrawTitle} okText={s.withdraw} cancelText={s.cancel} okButtonProps={{ danger: true, loading: withdraw.isPending }} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph>{s.withdrawHint}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={finish}>
          <Form.Item name="reason" label={s.withdrawReason} rules={[{ required: true, whitespace: true, message: s.withdrawRequired }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** Forms and signed results issued on the dossier, each downloadable (with the portal session), results with their verification link. */
export function IssuedList({ d }: { d: CitizenDossier }) {
  const { t } = useI18n();
  const s = t.online.mine;
  const { message } = App.useApp();
  const download = (id: string, title: string) =>
    apiBlob(`/api/citizen/dossiers/${encodeURIComponent(d.code)}/documents/${id}/file`)
      .then(({ blob, name }) => saveBlob(blob, name ?? `${title}.pdf`))
      .catch((e: unknown) => void message.error(problemDetail(e, t.error.generic)));
  return (
    <List
      dataSource={d.issued}
      locale={{ emptyText: <Typography.Text>{s.noIssued}</Typography.Text> }}
      data-testid="issued"
      renderItem={(x) => (
        <List.Item
          data-testid="issued-item"
          data-form={x.form}
          actions={[
            <Button key="dl" icon={<DownloadOutlined />} onClick={() => void download(x.id, x.title)} data-testid="issued-download">
              {s.download}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={
              <Space wrap size={4}>
                {x.title}
                {x.signed && <Tag color={TAG.success}>{s.signed}</Tag>}
                {x.revoked && <Tag color={TAG.danger}>{s.revoked}</Tag>}
              </Space>
            }
            description={
              <Space wrap size={8}>
                {formatDateTime(x.createdAt)}
                {x.verificationCode && (
                  <Link to={`/xac-thuc/${x.verificationCode}`}>
                    <SafetyCertificateOutlined /> {s.verify}
                  </Link>
                )}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
