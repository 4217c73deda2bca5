import { Alert, Col, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { REUSABLE_KINDS, type ReusableKind } from '../../../domain/procedure';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { useProcedureDiff } from './queries';
import type { VersionInfo } from './types';

/** A changed value, readable: yes/no, a reusable kind by its label, text as is, objects as indented JSON, nothing as "—". */
function Value({ v, path }: { v: unknown; path: string }) {
  const { t } = useI18n();
  if (v === null || v === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof v === 'boolean') return <>{v ? t.catalogueAdmin.yes : t.catalogueAdmin.no}</>;
  if (typeof v === 'string' && path.endsWith('.reuse') && isReusableKind(v)) return <>{t.procedure.reuseKind[v]}</>;
  if (typeof v === 'string') return <span style={{ whiteSpace: 'pre-line' }}>{v}</span>;
  return <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>{JSON.stringify(v, null, 2)}</pre>;
}

const isReusableKind = (s: string): s is ReusableKind => (REUSABLE_KINDS as readonly string[]).includes(s);

/** The versions of a procedure and the field-level changes between two chosen ones. */
export function VersionHistory({ code, versions }: { code: string; versions: VersionInfo[] }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  const sorted = [...versions].sort((x, y) => y.version - x.version);
  const [to, setTo] = useState<number | undefined>(sorted[0]?.version);
  const [from, setFrom] = useState<number | undefined>(sorted[1]?.version);
  const diff = useProcedureDiff(code, from, to);
  const options = sorted.map((v) => ({ value: v.version, label: `${p.version} ${v.version} — ${a.status[v.status]}${v.effectiveFrom ? ` (${formatDate(v.effectiveFrom)})` : ''}` }));

  return (
    <>
      <Typography.Title level={4}>{a.versionsTitle}</Typography.Title>
      <Table
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={sorted}
        scroll={{ x: 600 }}
        style={{ marginBottom: 24 }}
        columns={[
          { title: p.version, dataIndex: 'version', width: 90 },
          { title: t.field.status, width: 130, render: (_, v) => <Tag color={v.status === 'draft' ? 'orange' : 'green'}>{a.status[v.status]}</Tag> },
          { title: p.effective, render: (_, v) => [v.effectiveFrom && formatDate(v.effectiveFrom), v.effectiveTo && formatDate(v.effectiveTo)].filter(Boolean).join(' – ') || '—' },
          { title: t.decision.number, dataIndex: 'decisionNumber', render: (n: string | null) => n ?? '—' },
        ]}
      />
      <Typography.Title level={4}>{a.compare}</Typography.Title>
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}>
          <Select style={{ width: '100%' }} aria-label={a.from} placeholder={a.from} value={from} onChange={setFrom} options={options} data-testid="diff-from" />
        </Col>
        <Col xs={24} md={12}>
          <Select style={{ width: '100%' }} aria-label={a.to} placeholder={a.to} value={to} onChange={setTo} options={options} data-testid="diff-to" />
        </Col>
      </Row>
      {!from || !to || from === to ? (
        <Alert type="info" title={a.pickTwo} />
      ) : (
        <Table
          data-testid="diff-table"
          rowKey="path"
          size="small"
          loading={diff.isFetching}
          pagination={false}
          dataSource={diff.data?.changes ?? []}
          locale={{ emptyText: a.noChanges }}
          scroll={{ x: 720 }}
          columns={[
            {
              title: a.path,
              width: 240,
              render: (_, c) => (
                <>
                  <div data-testid="diff-label">{c.label}</div>
                  <Typography.Text code type="secondary" style={{ fontSize: 11 }}>
                    {c.path}
                  </Typography.Text>
                </>
              ),
            },
            { title: `${a.before} (${p.version} ${from})`, render: (_, c) => <Value v={c.before} path={c.path} /> },
            { title: `${a.after} (${p.version} ${to})`, render: (_, c) => <Value v={c.after} path={c.path} /> },
          ]}
        />
      )}
      {diff.error && <Alert type="error" title={diff.error.message} />}
    </>
  );
}
