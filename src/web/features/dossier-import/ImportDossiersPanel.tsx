import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Col, Progress, Row, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useI18n } from '../../i18n';

export type ImportProblem = { path: string; message: string };
export type ImportError = { index: number; MaHoSo: string | null; problems: ImportProblem[] };
export type ImportResult = { imported: number; skipped: number; errors: ImportError[] };
type Item = { index: number; record: unknown };

/** Records per request: well under the API's limit, and a progress bar that moves. */
const CHUNK = 2000;

/**
 * The records of a file: a JSON array, `{"dossiers": […]}`, or JSON lines (a line that is not JSON
 * becomes an error of its own, the others still go). Null when the file is none of these.
 */
export function itemsOf(text: string, unreadable: (line: number) => string): { items: Item[]; errors: ImportError[] } | null {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('[') || body.startsWith('{')) {
    try {
      const data: unknown = JSON.parse(body);
      const list = Array.isArray(data) ? data : Array.isArray((data as { dossiers?: unknown }).dossiers) ? (data as { dossiers: unknown[] }).dossiers : null;
      if (list) return { items: list.map((record, index) => ({ index, record })), errors: [] };
    } catch {
      if (body.startsWith('[')) return null;
    }
  }
  const items: Item[] = [];
  const errors: ImportError[] = [];
  let index = 0;
  body.split('\n').forEach((line, n) => {
    if (line.trim() === '') return;
    try {
      items.push({ index, record: JSON.parse(line) as unknown });
    } catch {
      errors.push({ index, MaHoSo: null, problems: [{ path: '', message: unreadable(n + 1) }] });
    }
    index++;
  });
  return items.length || errors.length ? { items, errors } : null;
}

export function ImportResultTable({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  const s = t.dossierImport;
  const rows = result.errors.flatMap((e) => e.problems.map((p, i) => ({ key: `${e.index}-${i}`, index: e.index + 1, code: e.MaHoSo, path: p.path, message: p.message })));
  return (
    <div data-testid="dossier-import-result">
      <Typography.Title level={5}>{s.result}</Typography.Title>
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col xs={8}>
          <Statistic title={s.imported} value={result.imported} data-testid="dossier-import-imported" />
        </Col>
        <Col xs={8}>
          <Statistic title={s.skipped} value={result.skipped} data-testid="dossier-import-skipped" />
        </Col>
        <Col xs={8}>
          <Statistic title={s.failed} value={result.errors.length} data-testid="dossier-import-failed" />
        </Col>
      </Row>
      {rows.length > 0 && (
        <>
          <Typography.Title level={5} type="danger">
            {s.errors} ({result.errors.length})
          </Typography.Title>
          <Table
            data-testid="dossier-import-errors"
            size="small"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 640 }}
            columns={[
              { title: s.index, dataIndex: 'index', width: 80 },
              { title: s.code, dataIndex: 'code', width: 230, render: (c: string | null) => c ?? '—' },
              { title: s.field, dataIndex: 'path', width: 200, render: (p: string) => (p ? <Typography.Text code>{p}</Typography.Text> : '—') },
              { title: s.message, dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </div>
  );
}

/** Upload of a JSON / JSON-lines file of past dossiers, sent in chunks; the result adds up the chunks. */
export function ImportDossiersPanel() {
  const { t, fmt } = useI18n();
  const s = t.dossierImport;
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const load = async (file: File) => {
    const parsed = itemsOf(await file.text(), (line) => fmt(s.unreadable, { line: String(line) }));
    if (!parsed) return void message.error(s.badFile);
    setResult(null);
    const total: ImportResult = { imported: 0, skipped: 0, errors: [...parsed.errors] };
    setProgress({ done: 0, total: parsed.items.length });
    try {
      for (let i = 0; i < parsed.items.length; i += CHUNK) {
        const chunk = parsed.items.slice(i, i + CHUNK);
        const r = await api<ImportResult>('POST', '/api/admin/dossiers/import', { dossiers: chunk.map((c) => c.record) });
        total.imported += r.imported;
        total.skipped += r.skipped;
        total.errors.push(...r.errors.map((e) => ({ ...e, index: chunk[e.index]?.index ?? e.index })));
        setProgress({ done: i + chunk.length, total: parsed.items.length });
      }
    } catch (e) {
      message.error((e as Error).message);
    }
    total.errors.sort((a, b) => a.index - b.index);
    setResult(total);
    setProgress(null);
  };

  return (
    <>
      <Typography.Paragraph>{s.intro}</Typography.Paragraph>
      <Upload.Dragger
        accept=".json,.jsonl,.ndjson,application/json"
        multiple={false}
        showUploadList={false}
        disabled={progress !== null}
        data-testid="dossier-import-upload"
        beforeUpload={(file) => {
          void load(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{s.drop}</p>
        <p className="ant-upload-hint">{s.hint}</p>
      </Upload.Dragger>
      {progress && (
        <div style={{ marginTop: 12 }}>
          <Progress percent={progress.total ? Math.round((progress.done / progress.total) * 100) : 100} />
          <Typography.Text type="secondary">{fmt(s.sending, { done: String(progress.done), total: String(progress.total) })}</Typography.Text>
        </div>
      )}
      {result && (
        <div style={{ marginTop: 16 }}>
          {result.errors.length === 0 && <Alert type="success" showIcon title={`${s.imported}: ${result.imported} · ${s.skipped}: ${result.skipped}`} style={{ marginBottom: 12 }} />}
          <ImportResultTable result={result} />
        </div>
      )}
    </>
  );
}
