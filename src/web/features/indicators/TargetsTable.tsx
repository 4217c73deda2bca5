import { Card, Progress, Table, Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n';
import { num } from './ScorecardPanels';
import { useTargets } from './queries';
import type { TargetRow } from './types';

/** Plan targets of the year vs the year-to-date actual, with the at-risk warning and its reason. */
export function TargetsTable({ scope, year }: { scope: string; year: number }) {
  const { t, lang, fmt } = useI18n();
  const s = t.indicators.targets;
  const q = useTargets(scope, year);
  return (
    <Card size="small" title={fmt(s.title, { year: String(year) })}>
      <Table<TargetRow>
        size="small"
        rowKey="key"
        loading={q.isFetching}
        dataSource={q.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="targets"
        columns={[
          { title: s.key, dataIndex: 'name' },
          { title: s.target, width: 90, render: (_, r) => `${num(r.target * 100, lang, 0)}%` },
          { title: s.actual, width: 200, render: (_, r) => (r.actual === null ? <Tooltip title={r.reason}>{s.none}</Tooltip> : <Progress percent={Math.round(r.actual * 10_000) / 100} size="small" format={(p) => `${num(p ?? 0, lang)}%`} />) },
          {
            title: '',
            width: 150,
            render: (_, r) =>
              r.actual === null ? null : r.atRisk ? (
                <Tooltip title={r.reason}>
                  <Tag color="red">{s.atRisk}</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">{s.ok}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
