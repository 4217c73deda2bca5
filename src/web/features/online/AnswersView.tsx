import { Card, Descriptions, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { addressText, visibleKeys, type AddressValue, type FormField, type FormValues, type LeafField } from '../../../domain/procedure';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

/** One answer as a person reads it: the option's label, the address in words, the date as dd/MM/yyyy. */
function leafText(f: LeafField, v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  switch (f.kind) {
    case 'select':
      return f.options.find((o) => o.value === v)?.label ?? String(v);
    case 'date':
      return formatDate(String(v));
    case 'address':
      return addressText(v as Partial<AddressValue>) || '—';
    case 'number':
    case 'text':
      return String(v);
  }
}

/** The answers to a procedure's fields (review step, dossier page): shown fields only, groups as numbered lists. */
export function AnswersView({ fields, values }: { fields: readonly FormField[]; values: FormValues }) {
  const shown = visibleKeys(fields, values);
  const items = fields
    .filter((f) => shown.has(f.key))
    .map((f) => {
      let children: ReactNode;
      if (f.kind === 'group') {
        const rows = Array.isArray(values[f.key]) ? (values[f.key] as FormValues[]) : [];
        children = rows.length ? (
          <List
            size="small"
            dataSource={rows}
            renderItem={(row, i) => (
              <List.Item>
                <Typography.Text>
                  {i + 1}. {f.fields.map((x) => `${x.label}: ${leafText(x, row[x.key])}`).join('; ')}
                </Typography.Text>
              </List.Item>
            )}
          />
        ) : (
          '—'
        );
      } else children = leafText(f, values[f.key]);
      return { key: f.key, label: f.label, children };
    });
  return <Descriptions bordered size="small" column={1} items={items} data-testid="answers" />;
}

/** The answers of an online submission on the officer's dossier page (nothing for a counter receipt). */
export function FormAnswersCard({ formData, fields }: { formData: Record<string, unknown> | null | undefined; fields: readonly FormField[] | undefined }) {
  const { t } = useI18n();
  if (!formData || !fields || fields.length === 0) return null;
  return (
    <Card size="small" title={t.online.mine.fields} style={{ marginBottom: 16 }} data-testid="form-answers">
      <AnswersView fields={fields} values={formData} />
    </Card>
  );
}
