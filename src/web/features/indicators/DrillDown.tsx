import { Alert, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { useDrillDown } from './queries';
import type { DrillItem, ScorecardQuery } from './types';

/** "What to fix this week": the dossiers or feedback items that cost points on one indicator. */
export function DrillDown({ query, indicatorId }: { query: ScorecardQuery; indicatorId: string | null }) {
  const { t, fmt } = useI18n();
  const s = t.indicators.drill;
  const [page, setPage] = useState(1);
  const q = useDrillDown(query, indicatorId, page);
  if (!indicatorId) return <Alert type="info" title={s.hint} showIcon />;
  const unavailable = q.error instanceof ApiError && q.error.status === 400;
  return (
    <Card size="small" title={fmt(s.title, { id: indicatorId })} data-testid="drill-down">
      {unavailable ? (
        <Alert type="info" title={s.unavailable} />
      ) : (
        <Table<DrillItem>
          size="small"
          rowKey="code"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: s.none }}
          scroll={{ x: true }}
          pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: s.code, render: (_, r) => <Link to={r.link}>{r.code}</Link> },
            { title: s.title2, dataIndex: 'title' },
            { title: s.due, render: (_, r) => (r.dueAt ? new Date(r.dueAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '—') },
            { title: s.problem, render: (_, r) => <Tag color="red">{r.problem}</Tag> },
          ]}
        />
      )}
    </Card>
  );
}
