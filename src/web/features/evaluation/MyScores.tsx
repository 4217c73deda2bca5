import { Alert, Card, Descriptions, Space, Statistic, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { BandTag, formatScore, Score } from './display';
import type { ScoreRow } from './types';

/** An official's own result: the converted score and grade, then indicators 1, 2, 3, 4, 7 by name. */
export function MyScores({ row, loading }: { row: ScoreRow | undefined; loading: boolean }) {
  const { t, fmt, lang } = useI18n();
  const s = t.evaluation;
  return (
    <Card loading={loading} title={s.mine.title} data-testid="my-scores">
      {row && row.dossiers === 0 ? (
        <Alert type="info" showIcon title={s.mine.none} />
      ) : (
        row && (
          <>
            <Space size="large" wrap align="center">
              <Statistic title={s.col.converted} value={row.converted === null ? '—' : formatScore(row.converted, lang)} suffix={row.converted === null ? undefined : `/ ${row.fullMax}`} />
              <BandTag band={row.band} />
              <Typography.Text type="secondary">{fmt(s.mine.dossiers, { n: String(row.dossiers) })}</Typography.Text>
            </Space>
            <Descriptions size="small" column={1} bordered style={{ marginTop: 16 }}>
              {Object.keys(row.indicators).map((id) => (
                <Descriptions.Item key={id} label={`${id}. ${s.indicators[Number(id)]}`}>
                  <Score value={row.indicators[id]} />
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={s.col.total}>
                {row.total === null ? <Score value={null} /> : <span><Score value={row.total} /> ({fmt(s.outOf, { max: String(row.max) })})</span>}
              </Descriptions.Item>
            </Descriptions>
          </>
        )
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {s.mine.rules}
      </Typography.Paragraph>
    </Card>
  );
}
