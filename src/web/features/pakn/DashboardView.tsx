import { Card, Col, DatePicker, Empty, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n';
import { Due, StatusTag } from './display';
import { useDashboard } from './queries';

/** /can-bo/pakn/thong-ke — counts by kind and status, on-time rate, the 766 indicators 5.2 and 5.3, the overdue list. */
export function DashboardView() {
  const { t, fmt } = useI18n();
  const d = t.pakn.dashboard;
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const q = useDashboard(range);
  const r = q.data;
  const pct = (v: number | null) => (v === null ? '—' : `${v.toLocaleString('vi-VN')}%`);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          value={r ? [dayjs(r.from), dayjs(r.to)] : null}
          onChange={(v) => setRange({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          placeholder={[d.from, d.to]}
        />
      </Space>
      {r && (
        <div data-testid="pakn-dashboard">
          <Row gutter={[16, 16]}>
            {(
              [
                ['handled', r.handled],
                ['finished', r.finished],
                ['openOverdue', r.openOverdue],
                ['extended', r.extended],
                ['notAccepted', r.notAccepted],
                ['recomplaints', r.recomplaints],
                ['satisfied', r.ratings.satisfied],
                ['unsatisfied', r.ratings.unsatisfied],
              ] as const
            ).map(([k, v]) => (
              <Col key={k} xs={12} md={6}>
                <Card size="small">
                  <Statistic title={d[k]} value={v} valueStyle={k === 'openOverdue' && v > 0 ? { color: '#cf1322' } : undefined} />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} md={8}>
              <Card size="small" title={d.onTimeRate}>
                <Progress type="dashboard" percent={r.onTimeRate ?? 0} format={() => pct(r.onTimeRate)} />
              </Card>
            </Col>
            <Col xs={24} md={16}>
              <Card size="small" title={d.indicators}>
                {(['handledOnTime', 'satisfaction'] as const).map((k) => (
                  <div key={k} style={{ marginBottom: 8 }}>
                    <Typography.Text>{d[k]}</Typography.Text> <Typography.Text strong>{fmt(d.points, { points: r.indicators[k].points.toLocaleString('vi-VN'), max: String(r.indicators[k].max) })}</Typography.Text>
                    <Progress percent={(r.indicators[k].points / r.indicators[k].max) * 100} showInfo={false} />
                  </div>
                ))}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} md={10}>
              <Card size="small" title={d.byCategory}>
                <Table size="small" pagination={false} rowKey="category" dataSource={r.byCategory} columns={[{ key: 'c', render: (_, x) => t.pakn.category[x.category] }, { key: 'n', dataIndex: 'count', align: 'right' }]} showHeader={false} />
              </Card>
            </Col>
            <Col xs={24} md={14}>
              <Card size="small" title={d.byStatus}>
                <Table size="small" pagination={false} rowKey="status" dataSource={r.byStatus.filter((s) => s.count > 0)} columns={[{ key: 's', render: (_, x) => <StatusTag status={x.status} /> }, { key: 'n', dataIndex: 'count', align: 'right' }]} showHeader={false} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={d.overdueList} style={{ marginTop: 16 }} data-testid="pakn-overdue">
            {r.overdue.length === 0 ? (
              <Empty description={d.noOverdue} />
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                scroll={{ x: 700 }}
                dataSource={r.overdue}
                columns={[
                  { key: 'code', title: t.pakn.workspace.code, render: (_, x) => <Link to={`/can-bo/pakn/${x.code}`}>{x.code}</Link> },
                  { key: 'title', title: t.pakn.workspace.title, dataIndex: 'title' },
                  { key: 'agency', title: t.pakn.workspace.agency, dataIndex: 'agency' },
                  { key: 'status', title: t.pakn.workspace.filterStatus, render: (_, x) => <StatusTag status={x.status} /> },
                  { key: 'due', title: t.pakn.workspace.due, render: (_, x) => <Due at={x.dueAt} overdue /> },
                ]}
              />
            )}
          </Card>
        </div>
      )}
    </>
  );
}
