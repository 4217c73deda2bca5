import { Select, Space } from 'antd';
import { periodOfChoice, type PeriodChoice } from '../evaluation/display';
import { PeriodPicker } from '../evaluation/PeriodPicker';
import { flatten, useAgencies } from '../agencies/queries';
import { useI18n } from '../../i18n';

/** Agency select (the whole tree, indented) and the quarter/year quick period picker. */
export function ScopePeriod({ scope, onScope, period, onPeriod }: { scope: string; onScope: (s: string) => void; period: PeriodChoice; onPeriod: (p: PeriodChoice) => void }) {
  const { t } = useI18n();
  const agencies = useAgencies();
  const options = flatten(agencies.data ?? []).map((a) => ({ value: a.code, label: `${'\u00a0'.repeat(a.depth * 3)}${a.name}` }));
  const p = periodOfChoice(period);
  return (
    <Space wrap>
      <Select value={scope || undefined} onChange={onScope} options={options} style={{ minWidth: 280, maxWidth: '100%' }} showSearch={{ optionFilterProp: 'label' }} aria-label={t.indicators.scope} placeholder={t.indicators.scope} data-testid="scope-select" />
      <PeriodPicker value={period} onChange={onPeriod} />
      <span>{`${p.from} → ${p.to}`}</span>
    </Space>
  );
}
