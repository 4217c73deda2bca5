import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { saveBlob } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import { downloadII06a, downloadLateDossiers, useII06a, useLateDossiers, useReportPeriod, type II06aReport, type LateDossier, type PeriodKind, type ReportQuery } from './queries';

const PARTS: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, nine_months: 0, year: 0 };
const vnDate = (d: string) => d.split('-').reverse().join('/');
const vnDateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : '');
type Row = II06aReport['rows'][number];

function useII06aColumns(): ColumnsType<Row> {
  const s = useI18n().t.reports;
  const n = (title: string, no: number, get: (r: Row) => number) => ({ title: `${title} (${no})`, key: String(no), align: 'right' as const, width: 90, render: (_: unknown, r: Row) => get(r) });
  return [
    { title: `${s.field} (2)`, dataIndex: 'field', fixed: 'left', width: 220 },
    { title: s.received, children: [n(s.total, 3, (r) => r.received.total), n(s.online, 4, (r) => r.received.online), n(s.directOrPostal, 5, (r) => r.received.directOrPostal), n(s.carriedOver, 6, (r) => r.received.carriedOver)] },
    { title: s.resolved, children: [n(s.total, 7, (r) => r.resolved.total), n(s.early, 8, (r) => r.resolved.early), n(s.onTime, 9, (r) => r.resolved.onTime), n(s.late, 10, (r) => r.resolved.late)] },
    { title: s.pending, children: [n(s.total, 11, (r) => r.pending.total), n(s.withinDeadline, 12, (r) => r.pending.withinDeadline), n(s.overdue, 13, (r) => r.pending.overdue)] },
  ];
}

function II06aTable({ data }: { data: II06aReport }) {
  const s = useI18n().t.reports;
  const columns = useII06aColumns();
  const t = data.totals;
  const totals = [t.received.total, t.received.online, t.received.directOrPostal, t.received.carriedOver, t.resolved.total, t.resolved.early, t.resolved.onTime, t.resolved.late, t.pending.total, t.pending.withinDeadline, t.pending.overdue];
  return (
    <Table
      size="small"
      bordered
      rowKey="field"
      dataSource={data.rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1200 }}
      locale={{ emptyText: s.empty }}
      summary={() => (
        <Table.Summary.Row data-testid="ii06a-totals">
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{s.totals}</Typography.Text>
          </Table.Summary.Cell>
          {totals.map((v, i) => (
            <Table.Summary.Cell key={i} index={i + 1} align="right">
              <Typography.Text strong data-testid={`ii06a-total-${i + 3}`}>{v}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

function LateTable({ q }: { q: ReportQuery }) {
  const { t } = useI18n();
  const s = t.reports.lateList;
  const late = useLateDossiers(q);
  if (late.isError) return <Typography.Text type="danger">{problemDetail(late.error, t.error.generic)}</Typography.Text>;
  return (
    <Table<LateDossier>
      size="small"
      rowKey="code"
      loading={late.isLoading}
      dataSource={late.data?.rows ?? []}
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        { title: s.code, dataIndex: 'code', width: 220 },
        { title: s.procedure, dataIndex: 'procedureName' },
        { title: s.applicant, dataIndex: 'applicantName', width: 160 },
        { title: s.dueAt, dataIndex: 'dueAt', width: 130, render: vnDateTime },
        { title: s.finishedAt, dataIndex: 'finishedAt', width: 130, render: (v: string | null) => (v ? vnDateTime(v) : <Tag color="red">{s.pending}</Tag>) },
        { title: s.explanation, key: 'explanation', render: (_: unknown, r: LateDossier) => [r.explanation, r.apologyReason].filter(Boolean).join(' — ') },
        { title: s.apologised, dataIndex: 'apologised', width: 110, render: (v: boolean) => (v ? <Tag color="green">{s.yes}</Tag> : <Tag>{s.no}</Tag>) },
      ]}
    />
  );
}

/**
 * "Báo cáo định kỳ" (issue 10, docs/adr/0027): form II.06a for a scope and a configured period
 * (month, quarter, half, nine months, year with the cut-off dates), Excel/PDF download, and the
 * late dossiers with their explanations. Shared by the admin area and the leaders' workspace.
 */
export function ReportsPage() {
  const { t, fmt } = useI18n();
  const s = t.reports;
  const { message } = App.useApp();
  const agencies = flatten(useAgencies().data ?? []);
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [year, setYear] = useState(new Date().getFullYear());
  const [part, setPart] = useState<number>(1);
  const [scope, setScope] = useState<string | undefined>(undefined);
  const [q, setQ] = useState<ReportQuery | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const period = useReportPeriod(kind, year, PARTS[kind] ? Math.min(part, PARTS[kind]) : null);
  const report = useII06a(q);
  const current = period.data ? { from: period.data.from, to: period.data.to, ...(scope ? { scope } : {}) } : null;
  const download = async (what: 'xlsx' | 'pdf' | 'late') => {
    if (!current) return;
    setBusy(what);
    try {
      const { blob, name } = what === 'late' ? await downloadLateDossiers(current) : await downloadII06a(current, what);
      saveBlob(blob, name ?? `bao-cao.${what === 'pdf' ? 'pdf' : 'xlsx'}`);
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={s.title} data-testid="reports-page">
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 8 }}>
        <Form.Item label={s.scope}>
          <Select allowClear value={scope} onChange={setScope} placeholder={s.allScopes} style={{ width: 260 }} showSearch={{ optionFilterProp: 'title' }} options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))} data-testid="report-scope" />
        </Form.Item>
        <Form.Item label={s.kind}>
          <Select value={kind} onChange={setKind} style={{ width: 120 }} options={(Object.keys(PARTS) as PeriodKind[]).map((k) => ({ value: k, label: s.kinds[k] }))} data-testid="report-kind" />
        </Form.Item>
        {PARTS[kind] > 0 && (
          <Form.Item label={s.part}>
            <Select value={Math.min(part, PARTS[kind])} onChange={setPart} style={{ width: 80 }} options={Array.from({ length: PARTS[kind] }, (_, i) => ({ value: i + 1, label: String(i + 1) }))} data-testid="report-part" />
          </Form.Item>
        )}
        <Form.Item label={s.year}>
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ width: 100 }} data-testid="report-year" />
        </Form.Item>
      </Form>
      {period.data && <Typography.Paragraph type="secondary" data-testid="report-period">{fmt(s.period, { from: vnDate(period.data.from), to: vnDate(period.data.to) })}</Typography.Paragraph>}
      {period.isError && <Typography.Text type="danger">{problemDetail(period.error, t.error.generic)}</Typography.Text>}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<SearchOutlined />} disabled={!current} onClick={() => setQ(current)} data-testid="report-show">
          {s.show}
        </Button>
        <Button icon={<DownloadOutlined />} disabled={!current} loading={busy === 'xlsx'} onClick={() => void download('xlsx')} data-testid="report-excel">
          {s.excel}
        </Button>
        <Button icon={<DownloadOutlined />} disabled={!current} loading={busy === 'pdf'} onClick={() => void download('pdf')} data-testid="report-pdf">
          {s.pdf}
        </Button>
      </Space>
      {report.isError && <Typography.Text type="danger">{problemDetail(report.error, t.error.generic)}</Typography.Text>}
      {q && (
        <Tabs
          items={[
            { key: 'ii06a', label: s.tabs.ii06a, children: report.data ? (<><Typography.Paragraph strong>{`${s.formTitle} — ${report.data.scope}`}</Typography.Paragraph><II06aTable data={report.data} /></>) : null },
            { key: 'late', label: s.tabs.late, children: (<><Button size="small" icon={<DownloadOutlined />} loading={busy === 'late'} onClick={() => void download('late')} style={{ marginBottom: 8 }}>{s.excel}</Button><LateTable q={q} /></>) },
          ]}
        />
      )}
    </Card>
  );
}
