import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Col, Input, Row, Spin, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { useImportCatalogue } from './queries';
import type { ImportResult } from './types';

/** The records of an interchange file: `{procedures:[…]}` or a bare array; null when it is neither. */
export function recordsOf(text: string): unknown[] | null {
  try {
    const data: unknown = JSON.parse(text);
    if (Array.isArray(data)) return data;
    if (data && typeof data === 'object' && Array.isArray((data as { procedures?: unknown }).procedures)) return (data as { procedures: unknown[] }).procedures;
    return null;
  } catch {
    return null;
  }
}

export function ImportResultView({ result }: { result: ImportResult }) {
  const { t, fmt } = useI18n();
  const a = t.catalogueAdmin;
  const rows = result.errors.flatMap((e) => e.problems.map((p, i) => ({ key: `${e.index}-${i}`, index: e.index + 1, code: e.code, path: p.path, message: p.message })));
  return (
    <div data-testid="import-result">
      <Typography.Title level={5}>{a.importResult}</Typography.Title>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col xs={8}>
          <Statistic title={a.created} value={result.created} data-testid="import-created" />
        </Col>
        <Col xs={8}>
          <Statistic title={a.updated} value={result.updated} data-testid="import-updated" />
        </Col>
        <Col xs={8}>
          <Statistic title={a.unchanged} value={result.unchanged} data-testid="import-unchanged" />
        </Col>
      </Row>
      {result.published && <Alert type="success" showIcon title={fmt(a.published, { number: result.published })} style={{ marginBottom: 12 }} />}
      {rows.length > 0 && (
        <>
          <Typography.Title level={5} type="danger">
            {a.errors} ({result.errors.length})
          </Typography.Title>
          <Table
            data-testid="import-errors"
            size="small"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 600 }}
            columns={[
              { title: a.index, dataIndex: 'index', width: 90 },
              { title: t.procedure.code, dataIndex: 'code', width: 110, render: (c: string | null) => c ?? '—' },
              { title: a.path, dataIndex: 'path', width: 200, render: (s: string) => (s ? <Typography.Text code>{s}</Typography.Text> : '—') },
              { title: a.message, dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}

/** Upload of an interchange JSON file; the records are imported as drafts (or published at once with a decision number). */
export function ImportPanel() {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const { message } = App.useApp();
  const run = useImportCatalogue();
  const [publishAs, setPublishAs] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);

  const load = async (file: File) => {
    const procedures = recordsOf(await file.text());
    if (!procedures) return void message.error(a.badFile);
    setResult(null);
    run.mutate({ procedures, publishAs: publishAs.trim() || undefined }, { onSuccess: setResult, onError: (e) => void message.error(e.message) });
  };

  return (
    <>
      <Input style={{ marginBottom: 12 }} placeholder={a.publishAs} aria-label={a.publishAs} value={publishAs} onChange={(e) => setPublishAs(e.target.value)} />
      <Upload.Dragger
        accept=".json,application/json"
        multiple={false}
        showUploadList={false}
        disabled={run.isPending}
        data-testid="import-upload"
        beforeUpload={(file) => {
          void load(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{a.import}</p>
        <p className="ant-upload-hint">{'{"procedures": […]}'}</p>
      </Upload.Dragger>
      {run.isPending && <Spin style={{ display: 'block', marginTop: 12 }} />}
      {result && (
        <div style={{ marginTop: 16 }}>
          <ImportResultView result={result} />
        </div>
      )}
    </>
  );
}
