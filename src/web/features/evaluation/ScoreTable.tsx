import { Grid, List, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n';
import { BandTag, Score } from './display';
import type { EvaluationReport, ScoreRow } from './types';

/**
 * One row per official, unit or agency: the averaged indicators (each 0–2; "—" without data), the
 * total over the indicators with data, the score converted to the full scale and the grade.
 */
export function ScoreTable({ report, loading, testId }: { report: EvaluationReport | { level: 'agency'; indicatorIds: number[]; rows: ScoreRow[] } | undefined; loading?: boolean; testId?: string }) {
  const { t } = useI18n();
  const s = t.evaluation;
  const level = report?.level ?? 'agency';
  const ids = report?.indicatorIds ?? [];
  const narrow = !Grid.useBreakpoint().md;
  const columns: ColumnsType<ScoreRow> = [
    {
      title: level === 'official' ? s.col.official : level === 'unit' ? s.col.unit : s.col.agency,
      key: 'name',
      fixed: 'left',
      width: 200,
      render: (_, r) => (
        <>
          <Typography.Text strong>{r.name}</Typography.Text>
          {level !== 'agency' && (r.unit || r.agency) && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {[level === 'official' ? r.unit : null, r.agency].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: s.col.dossiers, dataIndex: 'dossiers', align: 'right', width: 70 },
    {
      title: s.indicator,
      key: 'indicators',
      children: ids.map((id) => ({
        title: (
          <Tooltip title={s.indicators[id]}>
            <span>{id}</span>
          </Tooltip>
        ),
        key: `i${id}`,
        align: 'right' as const,
        width: 56,
        render: (_: unknown, r: ScoreRow) => (r.notes[String(id)] ? <Tooltip title={r.notes[String(id)]}><span><Score value={r.indicators[String(id)]} /></span></Tooltip> : <Score value={r.indicators[String(id)]} />),
      })),
    },
    { title: s.col.total, key: 'total', align: 'right', width: 80, render: (_, r) => (r.total === null ? <Score value={null} /> : <span><Score value={r.total} />/{r.max}</span>) },
    { title: s.col.converted, key: 'converted', align: 'right', width: 90, render: (_, r) => (r.converted === null ? <Score value={null} /> : <span><Score value={r.converted} />/{r.fullMax}</span>) },
    { title: s.col.band, key: 'band', width: 150, render: (_, r) => <BandTag band={r.band} /> },
  ];
  if (narrow) return <ScoreList rows={report?.rows ?? []} ids={ids} loading={loading} testId={testId} />;
  return (
    <Table<ScoreRow>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={report?.rows ?? []}
      columns={columns}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 590 + ids.length * 56 }}
      locale={{ emptyText: s.empty }}
      data-testid={testId}
    />
  );
}

/** On a phone: one entry per row with the converted score and grade first, the indicators below. */
function ScoreList({ rows, ids, loading, testId }: { rows: ScoreRow[]; ids: number[]; loading?: boolean | undefined; testId?: string | undefined }) {
  const { t } = useI18n();
  const s = t.evaluation;
  return (
    <List<ScoreRow>
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: s.empty }}
      data-testid={testId}
      renderItem={(r) => (
        <List.Item style={{ display: 'block' }} data-testid="score-item">
          <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
            <Typography.Text strong>{r.name}</Typography.Text>
            <BandTag band={r.band} />
          </Space>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {s.col.dossiers}: {r.dossiers}
            {r.converted !== null && (
              <>
                {' · '}
                {s.col.converted}: <Score value={r.converted} />/{r.fullMax}
              </>
            )}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ids.map((id, i) => (
              <span key={id}>
                {i > 0 && ' · '}
                {`${s.indicator} ${id}: `}
                <Score value={r.indicators[String(id)]} />
              </span>
            ))}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
