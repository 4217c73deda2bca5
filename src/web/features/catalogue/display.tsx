/** Small pieces that show a procedure's values in plain Vietnamese, shared by the portal, print and admin pages. */
import { PaperClipOutlined } from '@ant-design/icons';
import { Grid, List, Space, Tag, Tooltip, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { foldVietnamese, type ChannelInfo, type DocumentItem, type Fee, type ProcessingTime } from '../../../domain/procedure';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import type { Catalogue } from '../../i18n/vi';

type P = Catalogue['procedure'];

export { LocationIndependentTag, ONLINE_COLOURS, OnlineTag, onlineLabel } from './tags';

/** A document's form templates (linked when the address is known) and its reusable kind, under its name. */
export function DocumentExtras({ document: d }: { document: DocumentItem }) {
  const { t, fmt } = useI18n();
  const p = t.procedure;
  if (d.forms.length === 0 && d.reuse === null) return null;
  return (
    <Space orientation="vertical" size={2} style={{ display: 'flex', marginTop: 4 }}>
      {d.forms.length > 0 && (
        <Typography.Text type="secondary" data-testid="document-forms">
          {p.forms}:{' '}
          {d.forms.map((f, i) => (
            <span key={i} style={{ marginRight: 8, whiteSpace: 'nowrap' }}>
              <PaperClipOutlined />{' '}
              {f.url ? (
                <Typography.Link href={f.url} target="_blank" rel="noopener noreferrer">
                  {f.name}
                </Typography.Link>
              ) : (
                f.name
              )}
            </span>
          ))}
        </Typography.Text>
      )}
      {d.reuse && (
        <Tooltip title={fmt(p.reusableNote, { source: p.reuseSource[d.reuse] })}>
          <Tag color="green" style={{ whiteSpace: 'normal' }} data-testid="reuse-tag">
            {fmt(p.reusable, { kind: p.reuseKind[d.reuse] })}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** "10 ngày làm việc", "Trong ngày", or null when the amount or unit is not known for certain. */
export function plainTime(p: P, time: ProcessingTime): string | null {
  if (time.unit === 'same_day') return p.unit.same_day;
  if (time.unit === null || time.amount === null) return null;
  return `${time.amount} ${p.unit[time.unit]}`;
}

/** A fee's amount in words: "Miễn phí" for 0, money otherwise, the written text when the amount is not certain. */
export function feeAmountText(p: P, fee: Fee): string {
  if (fee.amount === 0) return p.free;
  if (fee.amount !== null) return formatMoney(fee.amount);
  return fee.asWritten || p.feeUnstated;
}

/** Whether the written time says nothing more than the plain rendering ("7 Ngày làm việc" vs "7 ngày làm việc"). */
export const sameText = (a: string, b: string | null) => b !== null && foldVietnamese(a) === foldVietnamese(b);

export function TimeCell({ time }: { time: ProcessingTime }) {
  const { t } = useI18n();
  const plain = plainTime(t.procedure, time);
  return (
    <Space orientation="vertical" size={0}>
      {plain && <Typography.Text strong data-testid="time-plain">{plain}</Typography.Text>}
      {time.asWritten && !sameText(time.asWritten, plain) && <Typography.Text type={plain ? 'secondary' : undefined}>{time.asWritten}</Typography.Text>}
    </Space>
  );
}

export function FeesCell({ fees }: { fees: Fee[] }) {
  const { t } = useI18n();
  if (fees.length === 0) return <>{t.procedure.free}</>;
  return (
    <Space orientation="vertical" size={2}>
      {fees.map((f, i) => (
        <Tooltip key={i} title={f.asWritten || undefined}>
          <span data-testid="fee">
            {f.label}: <Typography.Text strong>{feeAmountText(t.procedure, f)}</Typography.Text>
          </span>
        </Tooltip>
      ))}
    </Space>
  );
}

/** Below the sm breakpoint tables become stacked lists, so nothing hides behind a sideways scroll. */
const useNarrow = () => !Grid.useBreakpoint().sm;

// The wide tables (antd Table, ~40 KB compressed) load only on screens wide enough to show them; a phone on a
// slow link never fetches them, and a wide screen shows the list until they arrive (issue 7, portal speed).
const ChannelTableWide = lazy(async () => ({ default: (await import('./tables')).ChannelTableWide }));
const DocumentsTableWide = lazy(async () => ({ default: (await import('./tables')).DocumentsTableWide }));

export function RequiredTag({ document: d }: { document: DocumentItem }) {
  const p = useI18n().t.procedure;
  return d.required ? <Tag color="red">{p.required}</Tag> : <Tag>{p.optional}</Tag>;
}

export function ChannelTable({ channels }: { channels: ChannelInfo[] }) {
  const { t } = useI18n();
  const p = t.procedure;
  const list = (
    <List
      data-testid="channel-table"
      size="small"
      dataSource={channels}
      renderItem={(c) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {p.channel[c.channel]}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">{p.time}: </Typography.Text>
            <TimeCell time={c.processingTime} />
          </div>
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary">{p.fees}: </Typography.Text>
            <FeesCell fees={c.fees} />
          </div>
        </List.Item>
      )}
    />
  );
  if (useNarrow()) return list;
  return (
    <Suspense fallback={list}>
      <ChannelTableWide channels={channels} />
    </Suspense>
  );
}

export function DocumentsTable({ documents }: { documents: DocumentItem[] }) {
  const { t } = useI18n();
  const p = t.procedure;
  const list = (
    <List
      size="small"
      dataSource={documents}
      locale={{ emptyText: p.none }}
      renderItem={(d, i) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }}>
          <div>
            {i + 1}. {d.name}
          </div>
          <DocumentExtras document={d} />
          <Space size={4} style={{ marginTop: 4 }}>
            {d.copies && <Typography.Text type="secondary">{d.copies}</Typography.Text>}
            <RequiredTag document={d} />
          </Space>
        </List.Item>
      )}
    />
  );
  if (useNarrow()) return list;
  return (
    <Suspense fallback={list}>
      <DocumentsTableWide documents={documents} />
    </Suspense>
  );
}
