import { Space, Typography } from 'antd';
import { useState } from 'react';
import { currentChoice, periodOfChoice, type PeriodChoice } from '../../features/evaluation/display';
import { PeriodPicker } from '../../features/evaluation/PeriodPicker';
import { usePublicEvaluations } from '../../features/evaluation/queries';
import { ScoreTable } from '../../features/evaluation/ScoreTable';
import { useI18n } from '../../i18n';

/**
 * /danh-gia-chat-luong — the published results per agency (NĐ 61/2018 art. 29, 32; TT 01/2018 art. 15):
 * each agency's 9 indicators, total and grade for a quarter or a year; no per-official data.
 */
export function EvaluationPublicPage() {
  const { t } = useI18n();
  const s = t.evaluation;
  const [choice, setChoice] = useState<PeriodChoice>(currentChoice);
  const period = periodOfChoice(choice);
  const q = usePublicEvaluations(period.from, period.to);
  return (
    <div data-testid="public-evaluations">
      <Typography.Title level={2}>{s.portal.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{s.portal.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker value={choice} onChange={setChoice} />
        {q.data && <Typography.Text strong>{q.data.period}</Typography.Text>}
      </Space>
      <ScoreTable report={q.data ? { level: 'agency', indicatorIds: [1, 2, 3, 4, 5, 6, 7, 8, 9], rows: q.data.rows } : undefined} loading={q.isFetching} testId="public-evaluation-table" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {s.agencyRules}
      </Typography.Paragraph>
    </div>
  );
}
