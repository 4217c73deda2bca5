import { Alert, App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { useRevokeDocument } from './queries';
import type { IssuedDocument } from './types';

type Values = { reason: string; replace: boolean };

/** Revokes a signed result with a public reason, optionally issuing a signed replacement (agency heads only). */
export function RevokeModal({ code, version, document: doc, onClose }: { code: string; version: number; document: IssuedDocument; onClose: () => void }) {
  const { t } = useI18n();
  const r = t.documents.revoke;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const revoke = useRevokeDocument(code, version);
  const submit = (v: Values) =>
    revoke.mutate(
      { id: doc.id, reason: v.reason.trim(), replace: v.replace },
      {
        onSuccess: () => {
          void message.success(r.done);
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={r.title}
      okText={r.submit}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      cancelText={t.admin.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong>{doc.title}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{r.hint}</Typography.Paragraph>
      {revoke.error && <Alert type="error" showIcon title={problemDetail(revoke.error, t.error.generic)} style={{ marginBottom: 12 }} data-testid="revoke-error" />}
      <Form form={form} layout="vertical" initialValues={{ reason: '', replace: false }} onFinish={submit}>
        <Form.Item name="reason" label={r.reason} rules={[{ required: true, whitespace: true, min: 5, message: r.reasonRequired }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} autoFocus />
        </Form.Item>
        <Form.Item name="replace" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{r.replace}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
