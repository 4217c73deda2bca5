import { Card, Col, Progress, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { IndicatorView, ScorecardView } from './types';

/** Two decimals, decimal comma in Vietnamese (the API sends unrounded numbers). */
export const num = (v: number, lang: string, digits = 2) => (lang === 'vi' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits));
const pct = (v: number) => Math.round(v * 10_000) / 100;

/** Total and one card per group with its score out of its maximum. */
export function GroupCards({ card }: { card: ScorecardView }) {
  const { t, lang } = useI18n();
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} sm={12} md={8} lg={4}>
        <Card size="small" title={t.indicators.total} data-testid="score-total">
          <Progress type="dashboard" percent={pct(card.total / card.max)} format={() => num(card.total, lang)} size={90} />
        </Card>
      </Col>
      {card.groups.map((g) => (
        <Col key={g.id} xs={24} sm={12} md={8} lg={4}>
          <Card size="small" title={`${g.id}. ${g.name}`} data-testid={`group-${g.id}`}>
            <Typography.Text strong>{`${num(g.score, lang)} / ${g.max}`}</Typography.Text>
            <Progress percent={pct(g.score / g.max)} showInfo={false} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Every indicator with its ratio bar; a noData tag carries the reason. Clicking a row selects it. */
export function IndicatorTable({ card, selected, onSelect }: { card: ScorecardView; selected?: string | null; onSelect?: (id: string) => void }) {
  const { t, lang } = useI18n();
  const c = t.indicators.columns;
  const rows = card.groups.flatMap((g) => g.indicators);
  return (
    <Table<IndicatorView>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      data-testid="indicator-table"
      rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect?.(r.id), style: onSelect ? { cursor: 'pointer' } : undefined, 'data-testid': `indicator-${r.id}` } as React.HTMLAttributes<HTMLElement>)}
      columns={[
        { title: c.id, dataIndex: 'id', width: 60 },
        { title: c.name, dataIndex: 'name' },
        {
          title: c.ratio,
          width: 180,
          render: (_, r) =>
            r.noData ? (
              <Tooltip title={r.reason}>
                <Tag data-testid="no-data">{t.indicators.noData}</Tag>
              </Tooltip>
            ) : r.ratio === null ? (
              <Tooltip title={r.reason}>—</Tooltip>
            ) : (
              <Progress percent={pct(r.ratio)} size="small" status={r.score < r.max ? 'exception' : 'success'} format={(p) => `${num(p ?? 0, lang)}%`} />
            ),
        },
        { title: c.counts, width: 130, render: (_, r) => (r.numerator === null ? '—' : `${r.numerator} / ${r.denominator}`) },
        { title: c.score, width: 110, render: (_, r) => (r.max === 0 ? '—' : `${num(r.score, lang)} / ${r.max}`) },
      ]}
    />
  );
}

/** Children ranked by total (equal totals share a rank, as `rankByTotal`). */
export function RankingTable({ card }: { card: ScorecardView }) {
  const { t, lang } = useI18n();
  const s = t.indicators.ranking;
  const kids = card.children ?? [];
  const key = (x: number) => Math.round(x * 100);
  const rows = kids.map((k, i) => ({ ...k, rank: kids.findIndex((o) => key(o.total) === key(k.total)) + 1 || i + 1 }));
  return (
    <Card size="small" title={s.title}>
      <Table
        size="small"
        rowKey="scope"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: s.none }}
        data-testid="ranking"
        columns={[
          { title: s.rank, dataIndex: 'rank', width: 60 },
          { title: s.agency, dataIndex: 'name' },
          { title: s.total, width: 200, render: (_, r) => <Progress percent={pct(r.total / 100)} size="small" format={() => num(r.total, lang)} /> },
        ]}
      />
    </Card>
  );
}
