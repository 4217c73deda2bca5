import { Alert, Button, Form, Input, Space, Spin, Tag, Typography, message } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

type Template = { title: string; body: string; isDefault: boolean; updatedAt: string | null; fields: { name: string; label: string }[] };

/** Admin tab of a procedure: the result document template, with the fields it may use. */
export function ResultTemplateEditor({ code }: { code: string }) {
  const { t, fmt } = useI18n();
  const tt = t.documents.template;
  const qc = useQueryClient();
  const url = `/api/procedures/${encodeURIComponent(code)}/result-template`;
  const q = useQuery({ queryKey: ['result-template', code], queryFn: () => api<Template>('GET', url) });
  const [form] = Form.useForm<{ title: string; body: string }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: { title: string; body: string }) => api<null>('PUT', url, v),
    onSuccess: () => {
      setError(null);
      void message.success(tt.saved);
      void qc.invalidateQueries({ queryKey: ['result-template', code] });
    },
    onError: (e) => setError(e instanceof ApiError ? e.detail : String(e)),
  });
  if (q.isPending) return <Spin />;
  if (q.error) return <Alert type="error" title={q.error instanceof ApiError ? q.error.detail : String(q.error)} />;
  const insert = (name: string) => form.setFieldValue('body', `${form.getFieldValue('body') ?? ''}{{${name}}}`);
  return (
    <div data-testid="result-template">
      <Typography.Paragraph type="secondary">{tt.intro}</Typography.Paragraph>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={q.data.isDefault ? tt.isDefault : fmt(tt.savedAt, { at: formatDateTime(q.data.updatedAt!) })} />
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid="result-template-error" />}
      <Form form={form} layout="vertical" initialValues={{ title: q.data.title, body: q.data.body }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={tt.title} rules={[{ required: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="body" label={tt.body} rules={[{ required: true }]}>
          <Input.TextArea rows={10} maxLength={20000} />
        </Form.Item>
        <Typography.Text strong>{tt.fields}</Typography.Text>
        <Space wrap style={{ margin: '8px 0 16px' }}>
          {q.data.fields.map((f) => (
            <Tag key={f.name} style={{ cursor: 'pointer' }} onClick={() => insert(f.name)} title={f.label}>
              {`{{${f.name}}}`} — {f.label}
            </Tag>
          ))}
        </Space>
        <div>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {tt.save}
          </Button>
        </div>
      </Form>
    </div>
  );
}
