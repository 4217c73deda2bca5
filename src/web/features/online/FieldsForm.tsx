import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { PROVINCES, provinceOf, visibleKeys, type AddressValue, type FormField, type FormValues, type LeafField } from '../../../domain/procedure';
import { useI18n } from '../../i18n';

/** Problems by path ("children.0.name" → message), from the same schema the server checks with. */
export type Errors = Record<string, string>;

type FieldProps<F> = { field: F; value: unknown; onChange: (v: unknown) => void; path: string; errors: Errors };

const idOf = (path: string) => `field-${path.replace(/\./g, '-')}`;

function AddressInput({ field, value, onChange, path, errors }: FieldProps<LeafField>) {
  const s = useI18n().t.online.apply;
  const v = (value ?? {}) as Partial<AddressValue>;
  const set = (patch: Partial<AddressValue>) => onChange({ province: v.province ?? '', commune: v.commune ?? '', street: v.street ?? '', ...patch });
  const communes = v.province ? (provinceOf(v.province)?.communes ?? []) : [];
  const err = (k: string) => errors[`${path}.${k}`];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={4}>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item style={{ marginBottom: 0, minWidth: 220 }} validateStatus={err('province') ? 'error' : undefined} help={err('province')}>
          <Select
            id={idOf(`${path}.province`)}
            aria-label={`${field.label}: ${s.province}`}
            placeholder={s.province}
            showSearch={{ optionFilterProp: 'label' }}
            value={v.province || undefined}
            onChange={(p: string) => set({ province: p, commune: '' })}
            options={PROVINCES.map((p) => ({ value: p.code, label: p.name }))}
            data-testid={`${path}-province`}
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0, minWidth: 220 }} validateStatus={err('commune') ? 'error' : undefined} help={err('commune')}>
          <Select
            id={idOf(`${path}.commune`)}
            aria-label={`${field.label}: ${s.commune}`}
            placeholder={s.commune}
            showSearch={{ optionFilterProp: 'label' }}
            value={v.commune || undefined}
            onChange={(c: string) => set({ commune: c })}
            options={communes.map((c) => ({ value: c.code, label: c.name }))}
            data-testid={`${path}-commune`}
          />
        </Form.Item>
      </Space>
      <Input aria-label={`${field.label}: ${s.street}`} placeholder={s.street} value={v.street ?? ''} maxLength={200} onChange={(e) => set({ street: e.target.value })} />
    </Space>
  );
}

function LeafInput({ field, value, onChange, path, errors }: FieldProps<LeafField>) {
  const id = idOf(path);
  switch (field.kind) {
    case 'text':
      return field.multiline ? (
        <Input.TextArea id={id} value={(value as string) ?? ''} maxLength={field.maxLength} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input id={id} value={(value as string) ?? ''} maxLength={field.maxLength} onChange={(e) => onChange(e.target.value)} />
      );
    case 'number':
      return <InputNumber id={id} value={typeof value === 'number' ? value : null} min={field.min ?? undefined} max={field.max ?? undefined} precision={field.integer ? 0 : undefined} onChange={(n) => onChange(n ?? undefined)} style={{ width: 200 }} />;
    case 'date':
      return <Input id={id} type="date" value={(value as string) ?? ''} min={field.min ?? undefined} max={field.max ?? undefined} onChange={(e) => onChange(e.target.value)} style={{ width: 200 }} />;
    case 'select':
      // Few options are tapped (radio buttons, good on a phone); many are searched.
      return field.options.length <= 5 ? (
        <Radio.Group id={id} value={value} onChange={(e) => onChange(e.target.value)} options={field.options.map((o) => ({ value: o.value, label: o.label }))} />
      ) : (
        <Select id={id} value={value ?? undefined} showSearch={{ optionFilterProp: 'label' }} onChange={onChange} options={field.options} style={{ minWidth: 260 }} />
      );
    case 'address':
      return <AddressInput field={field} value={value} onChange={onChange} path={path} errors={errors} />;
  }
}

function GroupInput({ field, value, onChange, path, errors }: FieldProps<Extract<FormField, { kind: 'group' }>>) {
  const { t, fmt } = useI18n();
  const s = t.online.apply;
  const items = Array.isArray(value) ? (value as FormValues[]) : [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid={`${path}-group`}>
      {items.map((item, i) => (
        <Card
          key={i}
          size="small"
          title={fmt(s.item, { n: String(i + 1) })}
          extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={s.removeItem} onClick={() => onChange(items.filter((_, j) => j !== i))} />}
        >
          <FieldList fields={field.fields} values={item} onChange={(next) => onChange(items.map((x, j) => (j === i ? next : x)))} errors={errors} prefix={`${path}.${i}.`} />
        </Card>
      ))}
      {items.length < field.maxItems && (
        <Button icon={<PlusOutlined />} onClick={() => onChange([...items, {}])} data-testid={`${path}-add`}>
          {s.addItem}
        </Button>
      )}
    </Space>
  );
}

/** The fields shown for the current answers (a field hidden by its condition disappears), each with its problem. */
export function FieldList({ fields, values, onChange, errors, prefix = '' }: { fields: readonly FormField[]; values: FormValues; onChange: (v: FormValues) => void; errors: Errors; prefix?: string }) {
  const s = useI18n().t.online.apply;
  const shown = visibleKeys(fields, values);
  return (
    <>
      {fields
        .filter((f) => shown.has(f.key))
        .map((f) => {
          const path = `${prefix}${f.key}`;
          const set = (v: unknown) => onChange({ ...values, [f.key]: v });
          const error = errors[path];
          return (
            <Form.Item
              key={f.key}
              label={f.label}
              htmlFor={f.kind === 'address' || f.kind === 'group' ? undefined : idOf(path)}
              required={f.required}
              validateStatus={error ? 'error' : undefined}
              help={error ?? (f.help || undefined)}
              tooltip={f.required ? undefined : s.optional}
              data-testid={`field-${path}`}
            >
              {f.kind === 'group' ? <GroupInput field={f} value={values[f.key]} onChange={set} path={path} errors={errors} /> : <LeafInput field={f} value={values[f.key]} onChange={set} path={path} errors={errors} />}
            </Form.Item>
          );
        })}
    </>
  );
}

/** The procedure's own fields as a vertical form; an empty definition says so. */
export function FieldsForm({ fields, values, onChange, errors }: { fields: readonly FormField[]; values: FormValues; onChange: (v: FormValues) => void; errors: Errors }) {
  const s = useI18n().t.online.apply;
  if (fields.length === 0) return <Typography.Paragraph type="secondary">{s.noFields}</Typography.Paragraph>;
  return (
    <Form layout="vertical" component="div" data-testid="procedure-fields">
      <FieldList fields={fields} values={values} onChange={onChange} errors={errors} />
    </Form>
  );
}
