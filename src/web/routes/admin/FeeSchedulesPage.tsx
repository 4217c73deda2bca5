import { EditOutlined } from '@ant-design/icons';
import { Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useFeeSchedules, type FeeScheduleSummary, type ScheduleQuery } from '../../features/payments/admin-queries';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { useI18n } from '../../i18n';

export const feeScheduleHref = (code: string) => `/quan-tri/bieu-phi/${code}`;

/** /quan-tri/bieu-phi — every procedure's fee schedule: version, amount per channel today, configured or from the catalogue. */
export function FeeSchedulesPage() {
  const { t, fmt } = useI18n();
  const s = t.payments.feeAdmin;
  const channelName = t.payments.report.channels;
  const [q, setQ] = useState<ScheduleQuery>({ page: 1, pageSize: 20 });
  const list = useFeeSchedules(q);

  return (
    <>
      <Typography.Title level={2}>{s.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{s.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={s.search} aria-label={s.search} style={{ width: 320, maxWidth: '100%' }} onSearch={(v) => setQ({ ...q, q: v.trim() || undefined, page: 1 })} data-testid="fee-search" />
        <Segmented
          value={q.configured ?? 'all'}
          onChange={(v) => setQ({ ...q, configured: v === 'all' ? undefined : (v as 'yes' | 'no'), page: 1 })}
          options={(['all', 'yes', 'no'] as const).map((v) => ({ value: v, label: s.filter[v] }))}
        />
      </Space>
      <Table<FeeScheduleSummary>
        rowKey="code"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: 900 }}
        onRow={(r) => ({ 'data-testid': `fee-row-${r.code}` }) as HTMLAttributes<HTMLElement>}
        pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (page) => setQ({ ...q, page }) }}
        columns={[
          { title: s.code, dataIndex: 'code', width: 90 },
          {
            title: s.procedure,
            dataIndex: 'name',
            render: (name: string, r) => (
              <>
                <Link to={feeScheduleHref(r.code)}>{name}</Link>
                <br />
                <Typography.Text type="secondary">{fmt(s.versionInfo, { version: String(r.versionNo), date: formatDate(r.effectiveFrom) })}</Typography.Text>
              </>
            ),
          },
          {
            title: s.amounts,
            key: 'channels',
            width: 220,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.channels.map((c) => (
                  <span key={c.channel} data-testid={`fee-amount-${c.channel}`}>
                    {channelName[c.channel]}: <b>{formatMoney(c.amount)}</b>
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: s.status,
            key: 'status',
            width: 260,
            render: (_, r) => (
              <>
                {r.configured ? <Tag color="green">{fmt(s.configured, { version: String(r.version) })}</Tag> : <Tag>{s.fromCatalogue}</Tag>}
                <br />
                <Typography.Text type="secondary">{fmt(s.details, { items: String(r.items), exemptions: String(r.exemptions), discounts: String(r.discountsInForce) })}</Typography.Text>
              </>
            ),
          },
          { title: s.updated, key: 'updated', width: 170, render: (_, r) => (r.updatedAt ? `${formatDateTime(r.updatedAt)}${r.updatedBy ? ` · ${r.updatedBy}` : ''}` : '—') },
          {
            key: 'edit',
            width: 80,
            render: (_, r) => (
              <Link to={feeScheduleHref(r.code)} data-testid={`fee-edit-${r.code}`}>
                <EditOutlined /> {s.edit}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
