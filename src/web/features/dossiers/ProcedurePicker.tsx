import { Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { useProcedureSearch } from '../catalogue/queries';
import type { ProcedureSummary } from '../catalogue/types';

type Props = {
  /** The receiving agency: only procedures assigned to it are offered. */
  agency: string | undefined;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  autoFocus?: boolean;
};

/**
 * Keyboard-first procedure field: type a few words without accents, arrows to move, Enter to pick.
 * While the typed text has not been searched yet the old results are shown disabled, so a quick
 * Enter never picks a result of an earlier search.
 */
export function ProcedurePicker({ agency, value, onChange, id, autoFocus }: Props) {
  const { t } = useI18n();
  const c = t.dossier.counter;
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<ProcedureSummary | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    if (!value) setChosen(null);
  }, [value]);
  const result = useProcedureSearch({ q: q || undefined, agency, pageSize: 20 }, !!agency);
  const stale = q !== text.trim() || result.isPlaceholderData || result.isFetching;
  const items = result.data?.items ?? [];
  const options = [...(chosen && !items.some((p) => p.code === chosen.code) ? [chosen] : []), ...items].map((p) => ({
    value: p.code,
    label: `${p.code} · ${p.name}`,
    procedure: p,
    disabled: stale && p.code !== chosen?.code,
  }));

  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      size="large"
      data-testid="procedure-picker"
      placeholder={c.procedurePlaceholder}
      value={value}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text, autoClearSearchValue: false }}
      onChange={(code?: string) => {
        setChosen(items.find((p) => p.code === code) ?? (code ? chosen : null));
        setText('');
        onChange?.(code);
      }}
      options={options}
      loading={result.isFetching}
      notFoundContent={result.isFetching ? <Spin size="small" /> : c.noMatch}
      optionRender={(o) => (
        <div style={{ whiteSpace: 'normal', lineHeight: 1.35, paddingBlock: 2 }} data-testid="procedure-option">
          <Typography.Text strong>{o.data.procedure.code}</Typography.Text> · {o.data.procedure.name}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.procedure.field}
            </Typography.Text>
          </div>
        </div>
      )}
    />
  );
}
