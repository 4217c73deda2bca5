import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Button, Card, Col, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { COST_ACTIVITIES, scenarioCost, type CostActivity, type CostRow, type CostScenario, type ScenarioCost } from '../../../domain/compliance-cost';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';

/** Thousands with dots ("1.024.000"), as officials write đồng. */
export const moneyInput = {
  formatter: (v: number | string | undefined) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
  parser: (v: string | undefined) => Number((v ?? '').replace(/\./g, '')) || 0,
};

/** The costs of a scenario, or null when the numbers cannot be computed (the server says why on save). */
export function safeCost(s: CostScenario): ScenarioCost | null {
  try {
    return scenarioCost(s);
  } catch {
    return null;
  }
}

const emptyRow = (activity: CostActivity): CostRow => ({ activity, label: '', hours: 0, outsourcing: 0, fees: 0, otherCosts: 0 });

/**
 * One cost scenario (Standard Cost Model): the hourly income, subjects and frequency, then one block
 * per activity (hours, outsourcing, fees, other costs) with its total; C1 and the year's cost are
 * recomputed on every keystroke by the same domain function the server uses.
 */
export function ScenarioEditor({ title, value, onChange, readOnly, testId, extra }: { title: string; value: CostScenario; onChange: (s: CostScenario) => void; readOnly: boolean; testId: string; extra?: ReactNode }) {
  const { t } = useI18n();
  const c = t.review.cost;
  const cost = safeCost(value);
  const set = (patch: Partial<CostScenario>) => onChange({ ...value, ...patch });
  const setRow = (i: number, patch: Partial<CostRow>) => set({ rows: value.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const num = (v: number | string | null) => (typeof v === 'number' ? v : Number(v) || 0);

  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={8}>
          <Typography.Text type="secondary">{c.hourlyIncome}</Typography.Text>
          <InputNumber disabled={readOnly} min={0} precision={0} style={{ width: '100%' }} value={value.hourlyIncome} onChange={(v) => set({ hourlyIncome: num(v) })} {...moneyInput} data-testid={`${testId}-income`} />
        </Col>
        <Col xs={12} sm={8}>
          <Typography.Text type="secondary">{c.subjects}</Typography.Text>
          <InputNumber disabled={readOnly} min={0} precision={0} style={{ width: '100%' }} value={value.subjectsPerYear} onChange={(v) => set({ subjectsPerYear: num(v) })} {...moneyInput} data-testid={`${testId}-subjects`} />
        </Col>
        <Col xs={12} sm={8}>
          <Typography.Text type="secondary">{c.frequency}</Typography.Text>
          <InputNumber disabled={readOnly} min={0} precision={2} step={0.1} style={{ width: '100%' }} value={value.frequencyPerYear} onChange={(v) => set({ frequencyPerYear: num(v) })} data-testid={`${testId}-frequency`} />
        </Col>
      </Row>
      {value.rows.map((r, i) => (
        <div key={i} style={{ borderTop: '1px solid #f0f0f0', marginTop: 8, paddingTop: 8 }} data-testid={`${testId}-row-${i}`}>
          <Row gutter={[8, 4]} align="bottom">
            <Col xs={12} sm={8}>
              <Select disabled={readOnly} style={{ width: '100%' }} value={r.activity} onChange={(a) => setRow(i, { activity: a })} options={COST_ACTIVITIES.map((a) => ({ value: a, label: c.activities[a] }))} aria-label={c.activity} />
            </Col>
            <Col xs={12} sm={16}>
              <Input disabled={readOnly} placeholder={c.label} value={r.label} onChange={(e) => setRow(i, { label: e.target.value })} />
            </Col>
            {(
              [
                ['hours', c.hours, 2],
                ['outsourcing', c.outsourcing, 0],
                ['fees', c.fees, 0],
                ['otherCosts', c.otherCosts, 0],
              ] as const
            ).map(([key, label, precision]) => (
              <Col xs={12} sm={key === 'hours' ? 4 : 5} key={key}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {label}
                </Typography.Text>
                <InputNumber
                  disabled={readOnly}
                  min={0}
                  precision={precision}
                  step={key === 'hours' ? 0.5 : 1000}
                  style={{ width: '100%' }}
                  value={r[key]}
                  onChange={(v) => setRow(i, { [key]: num(v) } as Partial<CostRow>)}
                  {...(key === 'hours' ? {} : moneyInput)}
                  data-testid={`${testId}-row-${i}-${key}`}
                />
              </Col>
            ))}
            <Col xs={24} sm={5} style={{ textAlign: 'right' }}>
              <Space>
                <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                  {cost ? formatMoney(cost.rows[i]?.total ?? 0) : '—'}
                </Typography.Text>
                {!readOnly && <Button size="small" danger icon={<DeleteOutlined />} aria-label={t.review.common.remove} onClick={() => set({ rows: value.rows.filter((_, j) => j !== i) })} />}
              </Space>
            </Col>
          </Row>
        </div>
      ))}
      {!readOnly && (
        <Button style={{ marginTop: 8 }} icon={<PlusOutlined />} onClick={() => set({ rows: [...value.rows, emptyRow('prepare')] })} data-testid={`${testId}-add-row`}>
          {c.addRow}
        </Button>
      )}
      <Row gutter={8} style={{ marginTop: 12 }}>
        <Col span={12}>
          <Typography.Text type="secondary">{c.perExecution}</Typography.Text>
          <div data-testid={`${testId}-per-execution`}>
            <Typography.Text strong>{cost ? formatMoney(cost.perExecution) : '—'}</Typography.Text>
          </div>
        </Col>
        <Col span={12}>
          <Typography.Text type="secondary">{c.annual}</Typography.Text>
          <div data-testid={`${testId}-annual`}>
            <Typography.Text strong>{cost ? formatMoney(cost.annual) : '—'}</Typography.Text>
          </div>
        </Col>
      </Row>
    </Card>
  );
}
