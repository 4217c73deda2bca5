import { Alert, Button, Grid, List, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { problemDetail } from './problems';
import { DueText, StatusTag } from './display';
import { useQueue } from './queries';
import type { QueueFilters, QueueItem, QueueName } from './types';

const dossierHref = (code: string) => `/can-bo/ho-so/${encodeURIComponent(code)}`;

/** One queue's dossiers, a table on wide screens and a list on phones, with "Tải thêm" along the cursor. */
export function QueueTable({ queue, filters }: { queue: QueueName; filters: QueueFilters }) {
  const { t } = useI18n();
  const col = t.dossier.col;
  const narrow = !Grid.useBreakpoint().md;
  const q = useQueue(queue, filters);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];
  const more = q.hasNextPage && (
    <div style={{ textAlign: 'center', marginTop: 12 }}>
      <Button onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage} data-testid="load-more">
        {t.dossier.queues.loadMore}
      </Button>
    </div>
  );
  if (q.isError) return <Alert type="error" showIcon title={problemDetail(q.error, t.error.generic)} />;

  const footer = (
    <Typography.Text type="secondary" data-testid="queue-shown">
      {t.dossier.queues.shown(items.length)}
    </Typography.Text>
  );
  if (narrow) {
    return (
      <>
        <List
          data-testid="queue-table"
          loading={q.isPending || (q.isFetching && !q.isFetchingNextPage)}
          dataSource={items}
          locale={{ emptyText: t.dossier.queues.empty }}
          footer={items.length > 0 && footer}
          renderItem={(d) => (
            <List.Item data-testid="queue-row" style={{ display: 'block' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                <Link to={dossierHref(d.code)} style={{ fontWeight: 600 }}>
                  {d.code}
                </Link>
                <StatusTag status={d.status} />
              </Space>
              <div>{d.applicantName}</div>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                {d.procedureName}
              </Typography.Paragraph>
              <Space size={12} wrap style={{ fontSize: 13 }}>
                <span>
                  {col.received}: {formatDateTime(d.receivedAt)}
                </span>
                <span>
                  {col.due}: <DueText item={d} />
                </span>
              </Space>
            </List.Item>
          )}
        />
        {more}
      </>
    );
  }
  return (
    <>
      <Table<QueueItem>
        data-testid="queue-table"
        rowKey="code"
        size="middle"
        pagination={false}
        loading={q.isPending || (q.isFetching && !q.isFetchingNextPage)}
        dataSource={items}
        locale={{ emptyText: t.dossier.queues.empty }}
        footer={items.length > 0 ? () => footer : undefined}
        onRow={() => ({ 'data-testid': 'queue-row' }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: col.code,
            width: 205,
            render: (_, d) => (
              <Link to={dossierHref(d.code)} style={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {d.code}
              </Link>
            ),
          },
          {
            title: col.procedure,
            render: (_, d) => (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: d.procedureName }} style={{ marginBottom: 0 }}>
                <Typography.Text type="secondary">{d.procedureCode}</Typography.Text> {d.procedureName}
              </Typography.Paragraph>
            ),
          },
          { title: col.applicant, dataIndex: 'applicantName', width: 150 },
          { title: col.received, width: 125, render: (_, d) => formatDateTime(d.receivedAt) },
          { title: col.due, width: 125, render: (_, d) => <DueText item={d} /> },
          { title: col.status, width: 150, render: (_, d) => <StatusTag status={d.status} /> },
        ]}
      />
      {more}
    </>
  );
}
