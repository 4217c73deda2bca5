import { Segmented, Select, Space } from 'antd';
import { useI18n } from '../../i18n';
import { currentChoice, type PeriodChoice } from './display';

/** Quarter or year (TT 01/2018 art. 15: results are aggregated quarterly and yearly), the last five years. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (v: PeriodChoice) => void }) {
  const { t } = useI18n();
  const s = t.evaluation.period;
  const thisYear = currentChoice().year;
  return (
    <Space wrap aria-label={s.label}>
      <Segmented<'quarter' | 'year'> value={value.mode} onChange={(mode) => onChange({ ...value, mode })} options={[{ value: 'quarter', label: s.quarter }, { value: 'year', label: s.year }]} data-testid="period-mode" />
      <Select<number> value={value.year} onChange={(year) => onChange({ ...value, year })} style={{ width: 100 }} options={Array.from({ length: 5 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))} aria-label={s.year} data-testid="period-year" />
      {value.mode === 'quarter' && (
        <Select<1 | 2 | 3 | 4> value={value.quarter} onChange={(quarter) => onChange({ ...value, quarter })} style={{ width: 110 }} options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: s.quarters[q - 1] }))} aria-label={s.quarter} data-testid="period-quarter" />
      )}
    </Space>
  );
}
