import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Statistic } from 'antd';
import { savingRate, type CostScenario } from '../../../domain/compliance-cost';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { safeCost, ScenarioEditor } from './ScenarioEditor';

/** Large enough to read, small enough for two figures side by side on a 390 px phone. */
const BIG = { fontSize: 20 } as const;

export type Costs = { current: CostScenario; proposed: CostScenario };

/** "77,44 %" in Vietnamese, "77.44%" in English; "—" without a current cost. */
export const formatRate = (rate: number | null, lang: string) => (rate === null ? '—' : lang === 'vi' ? `${rate.toFixed(2).replace('.', ',')} %` : `${rate.toFixed(2)}%`);

/**
 * The compliance-cost calculator: current and proposed scenarios side by side (stacked on a phone),
 * with the saving and its rate recomputed live from the same domain functions the server uses.
 */
export function CostCalculator({ value, onChange, readOnly }: { value: Costs; onChange: (v: Costs) => void; readOnly: boolean }) {
  const { t, lang } = useI18n();
  const c = t.review.cost;
  const cur = safeCost(value.current);
  const pro = safeCost(value.proposed);
  const rate = cur && pro ? savingRate(cur.annual, pro.annual) : null;

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }} data-testid="cost-summary">
        <Row gutter={[16, 8]}>
          <Col xs={12} md={6}>
            <Statistic title={`${c.current} — ${c.annual}`} value={cur ? formatMoney(cur.annual) : '—'} styles={{ content: BIG }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={`${c.proposed} — ${c.annual}`} value={pro ? formatMoney(pro.annual) : '—'} styles={{ content: BIG }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={c.savingPerYear} value={cur && pro ? formatMoney(cur.annual - pro.annual) : '—'} styles={{ content: BIG }} data-testid="saving-annual" />
          </Col>
          <Col xs={12} md={6}>
            <div data-testid="saving-rate">
              <Statistic title={c.rate} value={formatRate(rate, lang)} styles={{ content: { ...BIG, color: rate !== null && rate > 0 ? '#389e0d' : undefined } }} />
            </div>
          </Col>
        </Row>
      </Card>
      {(!cur || !pro) && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={c.rounding} />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <ScenarioEditor title={c.current} value={value.current} onChange={(s) => onChange({ ...value, current: s })} readOnly={readOnly} testId="cost-current" />
        </Col>
        <Col xs={24} xl={12}>
          <ScenarioEditor
            title={c.proposed}
            value={value.proposed}
            onChange={(s) => onChange({ ...value, proposed: s })}
            readOnly={readOnly}
            testId="cost-proposed"
            extra={
              !readOnly && (
                <Button size="small" icon={<CopyOutlined />} onClick={() => onChange({ ...value, proposed: structuredClone(value.current) })} data-testid="copy-current">
                  {c.copyCurrent}
                </Button>
              )
            }
          />
        </Col>
      </Row>
      <Alert type="info" style={{ marginTop: 12 }} title={c.rounding} />
    </>
  );
}
