import { Card, Col, Input, Radio, Row, Typography } from 'antd';
import { ANSWERS, CRITERIA, criterionGroup, type CriterionAnswer } from '../../../domain/review';
import { useI18n } from '../../i18n';

/**
 * The review criteria (NĐ 63/2010 art. 28): per question an answer (met, partly, not met), a comment
 * and the evidence, grouped by necessity, reasonableness, legality, cost and fit. The questions are the
 * domain's Vietnamese text (legal wording); groups and answers follow the interface language.
 */
export function CriteriaForm({ value, onChange, readOnly }: { value: CriterionAnswer[]; onChange: (v: CriterionAnswer[]) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const c = t.review.criteria;
  const set = (i: number, patch: Partial<CriterionAnswer>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const groups = [...new Set(value.map((a) => criterionGroup(a.key)))];

  return (
    <>
      {groups.map((g) => (
        <Card key={g} size="small" title={c.groups[g]} style={{ marginBottom: 12 }}>
          {value.map((a, i) =>
            criterionGroup(a.key) !== g ? null : (
              <div key={a.key} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8, marginBottom: 8 }} data-testid={`criterion-${a.key}`}>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{CRITERIA.find((x) => x.key === a.key)?.text}</Typography.Paragraph>
                <Radio.Group disabled={readOnly} value={a.answer} onChange={(e) => set(i, { answer: e.target.value as CriterionAnswer['answer'] })} optionType="button" buttonStyle="solid" size="small" options={ANSWERS.map((x) => ({ value: x, label: c.answers[x] }))} />
                <Row gutter={8} style={{ marginTop: 6 }}>
                  <Col xs={24} md={12}>
                    <Input.TextArea disabled={readOnly} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={c.comment} value={a.comment} onChange={(e) => set(i, { comment: e.target.value })} />
                  </Col>
                  <Col xs={24} md={12}>
                    <Input.TextArea disabled={readOnly} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={c.evidence} value={a.evidence} onChange={(e) => set(i, { evidence: e.target.value })} />
                  </Col>
                </Row>
              </div>
            ),
          )}
        </Card>
      ))}
    </>
  );
}
