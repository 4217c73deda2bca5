import { Alert, Card, List, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { BandTag, formatScore } from './display';
import { useDossierEvaluation } from './queries';

const POINT_COLOR = ['red', 'gold', 'green'] as const;

/**
 * The dossier's 9 indicators (TT 01/2018 art. 13) with the reason for each: 1, 2, 3, 4, 7 from the
 * dossier, 5, 6, 8, 9 of the receiving agency over the quarter; shown on the officer's dossier page.
 */
export function DossierEvaluationCard({ code, version }: { code: string; version: number }) {
  const { t, fmt, lang } = useI18n();
  const s = t.evaluation;
  const q = useDossierEvaluation(code, version);
  if (q.isError) return null;
  const d = q.data;
  return (
    <Card size="small" title={s.dossier.title} loading={q.isPending} style={{ marginBottom: 16 }} data-testid="dossier-evaluation">
      {d && (
        <>
          {!d.resolved && <Alert type="info" showIcon title={s.dossier.notResolved} style={{ marginBottom: 8 }} />}
          {d.score.total !== null && (
            <Typography.Paragraph>
              {fmt(s.dossier.total, { total: formatScore(d.score.total, lang), max: String(d.score.max) })} <BandTag band={d.score.band} />
            </Typography.Paragraph>
          )}
          <List
            size="small"
            dataSource={d.indicators}
            renderItem={(m) => (
              <List.Item data-testid={`indicator-${m.id}`} style={{ display: 'block' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <Typography.Text strong>{`${m.id}. ${s.indicators[m.id] ?? m.name}`}</Typography.Text>
                  {m.points === null ? <Tag>{s.noData}</Tag> : <Tag color={POINT_COLOR[m.points]}>{fmt(s.dossier.points, { n: String(m.points) })}</Tag>}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {`${m.scope === 'agency' ? fmt(s.dossier.agencyLevel, { period: d.period.label }) : s.dossier.dossierLevel} — ${m.reason}`}
                </Typography.Text>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
