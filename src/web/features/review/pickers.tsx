import { Select } from 'antd';
import { flatten, useAgencies } from '../agencies/queries';
import { useCatalogueExport } from '../catalogue/queries';

type PickerProps = { value?: string; onChange?: (v: string) => void; testId?: string; placeholder?: string };

/** A procedure of the catalogue in force, searched by code or name. */
export function ProcedurePicker({ value, onChange, testId, placeholder }: PickerProps) {
  const catalogue = useCatalogueExport(false);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={catalogue.isPending}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      data-testid={testId}
      options={(catalogue.data ?? []).map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` }))}
    />
  );
}

/** An agency of the tree, indented by depth. */
export function AgencyPicker({ value, onChange, testId, placeholder }: PickerProps) {
  const agencies = useAgencies();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={agencies.isPending}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      data-testid={testId}
      options={flatten(agencies.data ?? []).map((a) => ({ value: a.code, label: `${'\u00a0'.repeat(a.depth * 2)}${a.name}` }))}
    />
  );
}

/** Years around now for the year filter. */
export const yearOptions = (now = new Date().getFullYear()) => [now + 1, now, now - 1, now - 2].map((y) => ({ value: y, label: String(y) }));
