import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Form, InputNumber, Modal, Row, Select, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportIssue } from '../../../domain/plans';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { problemDetail } from '../dossiers/problems';
import { useImportPlan } from './queries';
import type { ImportResult } from './types';

function IssueTable({ rows, testId }: { rows: ImportIssue[]; testId: string }) {
  const { t } = useI18n();
  const s = t.plans.import;
  return (
    <Table
      data-testid={testId}
      size="small"
      rowKey={(r) => `${r.where}-${r.text}`}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      scroll={{ x: 600 }}
      columns={[
        { title: s.where, dataIndex: 'where', width: 100 },
        { title: s.text, dataIndex: 'text', render: (x: string) => <Typography.Text ellipsis={{ tooltip: x }}>{x}</Typography.Text> },
        { title: s.reason, dataIndex: 'reason', width: 260 },
      ]}
    />
  );
}

/** What the import did: counts, and every row it could not read (reported, never dropped). */
export function ImportReportView({ result }: { result: ImportResult }) {
  const { t, fmt } = useI18n();
  const s = t.plans.import;
  const r = result.summary;
  return (
    <div data-testid="plan-import-result">
      <Alert type="success" showIcon title={fmt(s.done, { tasks: String(r.tasks) })} style={{ marginBottom: 12 }} />
      <Row gutter={16} style={{ marginBottom: 12 }}>
        {([['tasks', r.tasks], ['assigned', r.assigned], ['flagged', r.flagged], ['instances', r.instances]] as const).map(([k, v]) => (
          <Col xs={12} md={6} key={k}>
            <Statistic title={s[k]} value={v} data-testid={`plan-import-${k}`} />
          </Col>
        ))}
      </Row>
      {r.unrecognised.length > 0 && (
        <>
          <Typography.Title level={5} type="warning">
            {s.unrecognised} ({r.unrecognised.length})
          </Typography.Title>
          <IssueTable rows={r.unrecognised} testId="plan-import-unrecognised" />
        </>
      )}
      {r.warnings.length > 0 && (
        <>
          <Typography.Title level={5}>{s.warnings}</Typography.Title>
          <IssueTable rows={r.warnings} testId="plan-import-warnings" />
        </>
      )}
      <Link to={`/quan-tri/ke-hoach/${result.plan.id}`} data-testid="plan-import-open">
        <Button type="primary">{s.open}</Button>
      </Link>
    </div>
  );
}

/** Upload of a plan (.docx or .txt) for an agency, then the report of what was read. */
export function ImportPlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const s = t.plans.import;
  const agencies = flatten(useAgencies().data ?? []);
  const run = useImportPlan();
  const [agency, setAgency] = useState<string | undefined>();
  const [year, setYear] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = () => (setResult(null), setError(null), onClose());
  return (
    <Modal open={open} title={s.title} onCancel={close} footer={null} width={820} destroyOnHidden>
      {result ? (
        <ImportReportView result={result} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={s.agency} required>
            <Select
              data-testid="plan-import-agency"
              value={agency}
              onChange={setAgency}
              showSearch={{ optionFilterProp: 'title' }}
              options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
            />
          </Form.Item>
          <Form.Item label={s.year}>
            <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? null)} data-testid="plan-import-year" />
          </Form.Item>
          <Upload.Dragger
            accept=".docx,.txt,.text"
            showUploadList={false}
            disabled={run.isPending}
            beforeUpload={(file) => {
              setError(null);
              if (!agency) {
                setError(s.needAgency);
                return false;
              }
              run.mutate({ agency, year, file }, { onSuccess: setResult, onError: (e) => setError(`${s.failed}: ${problemDetail(e, t.error.generic)}`) });
              return false;
            }}
          >
            <Space orientation="vertical">
              <InboxOutlined style={{ fontSize: 32 }} />
              <span>{s.file}</span>
              <Typography.Text type="secondary">{s.fileHint}</Typography.Text>
            </Space>
          </Upload.Dragger>
          {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} data-testid="plan-import-error" />}
        </Form>
      )}
    </Modal>
  );
}
