import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Select, Space, Table, Typography, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ONLINE_METHODS, type OnlineMethod } from '../../../domain/payments';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import { useImportStatement, useStatement, useStatements, type StatementSummary } from './admin-queries';
import { ReconcileResult } from './ReconcileResult';

type Values = { provider: OnlineMethod; date: Dayjs; file: UploadFile[] };

/**
 * "Đối soát thanh toán" for leaders (payment.reconcile): import the provider's daily statement
 * (CSV), see what matched and what did not, download the mismatches, reopen earlier statements.
 */
export function ReconcilePage() {
  const { t } = useI18n();
  const s = t.payments.reconcile;
  const [form] = Form.useForm<Values>();
  const [shown, setShown] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useImportStatement();
  const history = useStatements();
  const statement = useStatement(shown);

  const submit = async (v: Values) => {
    setProblem(null);
    const file = v.file[0]?.originFileObj;
    if (!file) return;
    const csv = await file.text();
    upload.mutate({ provider: v.provider, date: v.date.format('YYYY-MM-DD'), csv }, { onSuccess: (r) => setShown(r.id), onError: (e) => setProblem(problemDetail(e, t.error.generic)) });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={s.title} data-testid="reconcile-page">
        <Typography.Paragraph type="secondary">{s.intro}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ provider: 'vnpay', date: dayjs().subtract(1, 'day'), file: [] }} onFinish={(v) => void submit(v)}>
          <Space wrap align="start">
            <Form.Item name="provider" label={s.provider}>
              <Select style={{ width: 260 }} options={ONLINE_METHODS.map((m) => ({ value: m, label: s.providers[m] }))} data-testid="reconcile-provider" />
            </Form.Item>
            <Form.Item name="date" label={s.date} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" allowClear={false} data-testid="reconcile-date" />
            </Form.Item>
            <Form.Item name="file" label={s.file} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)} rules={[{ validator: (_, v: UploadFile[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(s.fileRequired))) }]}>
              <Upload accept=".csv,text/csv" maxCount={1} beforeUpload={() => false} data-testid="reconcile-file">
                <Button icon={<UploadOutlined />}>{s.choose}</Button>
              </Upload>
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{s.columns}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={upload.isPending} data-testid="reconcile-submit">
            {s.submit}
          </Button>
        </Form>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 12 }} data-testid="reconcile-problem" />}
      </Card>
      {statement.data && <ReconcileResult r={statement.data} />}
      {statement.isError && <Alert type="error" showIcon message={problemDetail(statement.error, t.error.generic)} />}
      <Card title={s.history} size="small">
        <Table<StatementSummary>
          size="small"
          rowKey="id"
          loading={history.isFetching}
          dataSource={history.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 700 }}
          columns={[
            { title: s.date, dataIndex: 'date', width: 110, render: (d: string) => formatDate(d) },
            { title: s.provider, dataIndex: 'provider', render: (p: OnlineMethod) => s.providers[p] ?? p },
            { title: s.lines, dataIndex: 'lineCount', width: 90, align: 'right' },
            { title: s.problems, dataIndex: 'problemCount', width: 120, align: 'right' },
            { title: s.importedAt, dataIndex: 'importedAt', width: 150, render: (d: string) => formatDateTime(d) },
            { title: s.importedBy, dataIndex: 'importedBy', render: (v: string | null) => v ?? '—' },
            { key: 'view', width: 70, render: (_, r) => <Button type="link" size="small" onClick={() => setShown(r.id)}>{s.view}</Button> },
          ]}
        />
        {history.isError && <Typography.Text type="danger">{problemDetail(history.error, t.error.generic)}</Typography.Text>}
      </Card>
    </Space>
  );
}
