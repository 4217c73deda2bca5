import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { saveBlob } from '../documents/files';
import { problemDetail } from '../dossiers/problems';
import { downloadMismatches, type Mismatch, type Reconciliation, type StatementLine } from './admin-queries';

const KIND_COLOR: Record<Mismatch['kind'], string> = { missing_ours: 'red', missing_theirs: 'orange', amount_differs: 'gold' };
const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatMoney(v));

/** A reconciled statement: counts, the mismatches (with both sides), the matched lines, the unreadable lines, and the Excel list. */
export function ReconcileResult({ r }: { r: Reconciliation }) {
  const { t, fmt } = useI18n();
  const s = t.payments.reconcile;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const excel = async () => {
    setBusy(true);
    try {
      const { blob, name } = await downloadMismatches(r.id);
      saveBlob(blob, name ?? `chenh-lech-doi-soat-${r.date}.xlsx`);
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(false);
    }
  };
  const status = (m: Mismatch) => {
    const st = m.kind === 'missing_ours' ? m.ourStatus : m.ours.status;
    return st ? s.paymentStatus[st] : s.noPayment;
  };
  const lineColumns = [
    { title: s.line, dataIndex: 'line', width: 70 },
    { title: s.txnRef, dataIndex: 'txnRef' },
    { title: s.transactionNo, dataIndex: 'transactionNo', render: (v: string | null) => v ?? '—' },
    { title: s.type, dataIndex: 'type', width: 130, render: (v: StatementLine['type']) => s.types[v] },
    { title: s.payDate, dataIndex: 'payDate', width: 150, render: (v: string | null) => formatDateTime(v) },
    { title: s.theirs, dataIndex: 'amount', align: 'right' as const, width: 130, render: (v: number) => formatMoney(v) },
  ];
  return (
    <Card title={fmt(s.result, { date: formatDate(r.date) })} data-testid="reconcile-result" extra={<Button icon={<DownloadOutlined />} loading={busy} onClick={() => void excel()} data-testid="reconcile-excel">{s.excel}</Button>}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title={s.lines} value={r.lines} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={s.matched} value={r.matched} valueStyle={{ color: '#389e0d' }} data-testid="reconcile-matched" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={s.mismatched} value={r.mismatches.length} valueStyle={{ color: r.mismatches.length ? '#cf1322' : undefined }} data-testid="reconcile-mismatched" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={s.problems} value={r.problems.length} />
        </Col>
      </Row>
      <Tabs
        items={[
          {
            key: 'mismatches',
            label: `${s.mismatched} (${r.mismatches.length})`,
            children: (
              <Table<Mismatch>
                size="small"
                rowKey={(m) => `${m.kind}-${m.txnRef}-${m.kind === 'missing_theirs' ? '' : m.theirs.line}`}
                dataSource={r.mismatches}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: 800 }}
                locale={{ emptyText: s.noMismatch }}
                onRow={(m) => ({ 'data-testid': 'mismatch-row', 'data-kind': m.kind }) as HTMLAttributes<HTMLElement>}
                columns={[
                  { title: s.kind, key: 'kind', width: 230, render: (_, m) => <Tag color={KIND_COLOR[m.kind]} style={{ whiteSpace: 'normal' }}>{s.kinds[m.kind]}</Tag> },
                  { title: s.txnRef, dataIndex: 'txnRef' },
                  { title: s.theirs, key: 'theirs', align: 'right', width: 130, render: (_, m) => money(m.kind === 'missing_theirs' ? null : m.theirs.amount) },
                  { title: s.ours, key: 'ours', align: 'right', width: 130, render: (_, m) => money(m.kind === 'missing_ours' ? null : m.ours.amount) },
                  { title: s.ourStatus, key: 'status', width: 150, render: (_, m) => status(m) },
                  { title: s.line, key: 'line', width: 70, render: (_, m) => (m.kind === 'missing_theirs' ? '—' : m.theirs.line) },
                ]}
              />
            ),
          },
          {
            key: 'matched',
            label: `${s.matched} (${r.matched})`,
            children: <Table<StatementLine> size="small" rowKey={(l) => `${l.line}`} dataSource={r.matchedLines} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 800 }} columns={lineColumns} />,
          },
          {
            key: 'problems',
            label: `${s.problems} (${r.problems.length})`,
            children: (
              <Table size="small" rowKey="line" dataSource={r.problems} pagination={{ pageSize: 50, hideOnSinglePage: true }} columns={[{ title: s.line, dataIndex: 'line', width: 80 }, { title: s.reason, dataIndex: 'message' }]} />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {`${s.importedAt}: ${formatDateTime(r.importedAt)}`}
      </Typography.Paragraph>
    </Card>
  );
}
