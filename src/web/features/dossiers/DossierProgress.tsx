import type { HTMLAttributes } from 'react';
import { Card, Grid, List, Space, Table, Tag, Timeline, Typography } from 'antd';
import { STATUSES, type Step } from '../../../domain/dossier';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import type { Catalogue } from '../../i18n/vi';
import { flatten, useAgencies } from '../agencies/queries';
import { elapsed, StatusTag } from './display';
import type { DossierView, HistoryEntry, StepRecord } from './types';

type PayloadLabels = Catalogue['dossier']['payload'];
/** Payload values worth showing in the timeline (the reason or comment is shown as the entry's text). */
const SHOWN = ['documents', 'with', 'question', 'dueDate', 'from', 'answer', 'agencyCode', 'time', 'place', 'participants', 'content', 'amount', 'items', 'newDueDate', 'method', 'trackingNumber'] as const;

function PayloadLines({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const agencies = new Map(flatten(useAgencies().data ?? []).map((a) => [a.code, a.name]));
  const text = (key: (typeof SHOWN)[number], v: unknown): string => {
    if (Array.isArray(v)) return v.map(String).join('; ');
    if (key === 'amount' && typeof v === 'number') return formatMoney(v);
    if (key === 'method') return t.dossier.method[v as keyof Catalogue['dossier']['method']] ?? String(v);
    if (key === 'agencyCode') return agencies.get(String(v)) ?? String(v);
    if (key === 'dueDate' || key === 'newDueDate') return formatDate(String(v));
    if (key === 'time') return formatDateTime(String(v));
    return String(v);
  };
  const lines = SHOWN.filter((k) => entry.payload[k] !== undefined && entry.payload[k] !== null && entry.payload[k] !== '');
  if (lines.length === 0) return null;
  return (
    <div style={{ fontSize: 13 }}>
      {lines.map((k) => (
        <div key={k}>
          <Typography.Text type="secondary">{(t.dossier.payload as PayloadLabels)[k]}:</Typography.Text> {text(k, entry.payload[k])}
        </div>
      ))}
    </div>
  );
}

/** The dossier's actions in order: what, who (role), when, comment and details. */
export function DossierTimeline({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  return (
    <Card title={t.dossier.page.history} size="small" style={{ marginBottom: 16 }}>
      <Timeline
        data-testid="dossier-timeline"
        items={dossier.history.map((h) => ({
          key: h.seq,
          color: h.action === 'refuse' || h.action === 'reject' || h.action === 'stop' ? 'red' : h.statusAfter === 10 ? 'green' : 'blue',
          content: (
            <div data-testid="timeline-entry" data-action={h.action}>
              <Space wrap size={6}>
                <Typography.Text strong>{t.dossier.actions[h.action]}</Typography.Text>
                <StatusTag status={h.statusAfter} />
              </Space>
              <div>
                <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text> · {h.actorName}
                {h.actorRole && <Typography.Text type="secondary"> ({t.role[h.actorRole]})</Typography.Text>}
              </div>
              {h.comment && <div style={{ whiteSpace: 'pre-line' }}>{h.comment}</div>}
              <PayloadLines entry={h} />
            </div>
          ),
        }))}
      />
    </Card>
  );
}

type Row = { index: number; step: Step; record: StepRecord | undefined; current: boolean; late: boolean };

const CSS = `
.step-late td, .step-late .ant-list-item { color: #cf1322; background: #fff1f0 !important; }
.step-current td { background: #e6f4ff !important; font-weight: 600; }
.ant-list-item.step-current { background: #e6f4ff; font-weight: 600; }
`;

/** The internal process: each step's share, when it started and finished, the time used; late steps red, the current one highlighted. */
export function StepsTable({ dossier: d }: { dossier: DossierView }) {
  const { t } = useI18n();
  const s = t.dossier.step;
  const narrow = !Grid.useBreakpoint().md;
  const now = Date.now();
  const open = !STATUSES[d.status].terminal;
  const rows: Row[] = d.steps.map((step, index) => {
    const record = d.stepHistory.filter((r) => r.stepIndex === index).at(-1);
    const overdue = !!record && !record.finishedAt && !!record.dueAt && new Date(record.dueAt).getTime() < now;
    return { index, step, record, current: open && index === d.currentStep, late: !!record?.late || overdue };
  });
  const share = (st: Step) => (st.share.amount > 0 ? `${st.share.amount} ${st.share.unit === 'working_days' ? s.days : s.hours}` : s.noShare);
  const whoOf = (st: Step) => `${t.role[st.role]}${st.unitCode ? ` · ${st.unitCode}` : ''}`;
  const used = (r: Row) => (r.record ? elapsed(r.record.startedAt, r.record.finishedAt, s.elapsed, now) : '—');
  const tag = (r: Row) =>
    r.late ? <Tag color="red">{s.late}</Tag> : r.current ? <Tag color="processing">{s.current}</Tag> : !r.record ? <Tag>{s.pending}</Tag> : null;
  const cls = (r: Row) => (r.late ? 'step-late' : r.current ? 'step-current' : '');

  return (
    <Card title={t.dossier.page.steps} size="small" style={{ marginBottom: 16 }}>
      <style>{CSS}</style>
      {narrow ? (
        <List
          size="small"
          data-testid="steps-table"
          dataSource={rows}
          renderItem={(r) => (
            <List.Item className={cls(r)} style={{ display: 'block' }} data-testid="step-row" data-current={r.current || undefined}>
              <div>
                {r.index + 1}. {r.step.name} {tag(r)}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {whoOf(r.step)} · {s.share}: {share(r.step)} · {s.used}: {used(r)}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Table<Row>
          data-testid="steps-table"
          size="small"
          rowKey="index"
          pagination={false}
          dataSource={rows}
          rowClassName={cls}
          onRow={(r) => ({ 'data-current': r.current || undefined }) as HTMLAttributes<HTMLElement>}
          scroll={{ x: 860 }}
          columns={[
            { title: '#', width: 40, render: (_, r) => r.index + 1 },
            { title: s.name, render: (_, r) => r.step.name },
            { title: s.who, render: (_, r) => whoOf(r.step) },
            { title: s.share, render: (_, r) => share(r.step) },
            { title: s.started, render: (_, r) => formatDateTime(r.record?.startedAt) },
            { title: s.due, render: (_, r) => formatDateTime(r.record?.dueAt) },
            { title: s.finished, render: (_, r) => formatDateTime(r.record?.finishedAt) },
            { title: s.used, render: (_, r) => used(r) },
            { title: '', width: 110, render: (_, r) => tag(r) },
          ]}
        />
      )}
    </Card>
  );
}
