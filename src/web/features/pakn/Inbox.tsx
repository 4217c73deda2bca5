import { Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PAKN_CATEGORIES, PAKN_STATUSES } from '../../../domain/pakn';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { CategoryTag, Due, StatusTag } from './display';
import { useInbox } from './queries';
import type { InboxItem } from './types';

const OPEN = 'received,in_progress,awaiting_supplement,awaiting_approval,awaiting_publication';

/** The officers' inbox: filters in the URL (?trang-thai=&loai=&qua-han=&q=&trang=), open work first, the nearest deadline on top. */
export function Inbox() {
  const { t, fmt } = useI18n();
  const w = t.pakn.workspace;
  const [params, setParams] = useSearchParams();
  const status = params.get('trang-thai') ?? OPEN;
  const category = params.get('loai') ?? undefined;
  const overdue = params.get('qua-han') === '1';
  const q = params.get('q') ?? undefined;
  const page = Number(params.get('trang') ?? '1') || 1;
  const data = useInbox({ status: status || undefined, category, overdue, q, page });
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, v);
    if (k !== 'trang') next.delete('trang');
    setParams(next, { replace: true });
  };
  const statusOptions = [{ value: OPEN, label: w.open }, ...PAKN_STATUSES.map((s) => ({ value: s, label: t.pakn.status[s] })), { value: '', label: w.allStatuses }];
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select style={{ minWidth: 220 }} value={status} onChange={(v: string) => set('trang-thai', v || '')} options={statusOptions} aria-label={w.filterStatus} data-testid="pakn-filter-status" />
        <Select allowClear style={{ minWidth: 220 }} placeholder={w.filterCategory} value={category} onChange={(v: string | undefined) => set('loai', v)} options={[...PAKN_CATEGORIES, 'none' as const].map((c) => ({ value: c, label: t.pakn.category[c] }))} />
        <Space>
          <Switch checked={overdue} onChange={(v) => set('qua-han', v ? '1' : undefined)} aria-label={w.onlyOverdue} />
          {w.onlyOverdue}
        </Space>
        <Input.Search allowClear placeholder={w.search} defaultValue={q} onSearch={(v) => set('q', v.trim())} style={{ width: 280 }} data-testid="pakn-inbox-search" />
      </Space>
      <Table<InboxItem>
        rowKey="id"
        size="middle"
        loading={data.isFetching}
        dataSource={data.data?.items ?? []}
        locale={{ emptyText: w.empty }}
        scroll={{ x: 900 }}
        data-testid="pakn-inbox"
        pagination={{ current: page, pageSize: 20, total: data.data?.total ?? 0, showSizeChanger: false, onChange: (p) => set('trang', String(p)) }}
        columns={[
          { key: 'code', title: w.code, render: (_, r) => <Link to={`/can-bo/pakn/${r.code}`}>{r.code}</Link> },
          {
            key: 'title',
            title: w.title,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{r.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.senderName, t.pakn.channel[r.channel], r.agency].filter(Boolean).join(' · ')}
                </Typography.Text>
                {r.recomplaint && <Tag color="orange">{w.recomplaint}</Tag>}
              </Space>
            ),
          },
          { key: 'category', title: w.filterCategory, render: (_, r) => <CategoryTag category={r.category} /> },
          { key: 'status', title: w.filterStatus, render: (_, r) => <StatusTag status={r.status} /> },
          { key: 'received', title: w.received, render: (_, r) => formatDate(r.receivedAt) },
          {
            key: 'due',
            title: w.due,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Due at={r.dueAt} overdue={r.overdue} />
                {r.status === 'received' && r.ackDueAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {fmt(w.decideBy, { date: formatDateTime(r.ackDueAt) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
