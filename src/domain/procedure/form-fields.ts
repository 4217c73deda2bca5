/**
 * Procedure-specific fields of the online application (tờ khai điện tử), defined as data on the
 * procedure version (`record.formFields`): text, number, date, select, address (province/commune
 * from `places`) and repeatable groups of these, each optionally shown only when an earlier field
 * of the same level has a given value (`visibleIf`). `formSchema` (form-schema.ts) turns a
 * definition into the one Zod schema the server and the browser both validate answers with.
 */
import { z } from 'zod';

export const FIELD_KINDS = ['text', 'number', 'date', 'select', 'address', 'group'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A field's key: the name its answer is stored under (camelCase ASCII). */
export const FIELD_KEY_PATTERN = /^[a-z][A-Za-z0-9_]{0,39}$/;

const key = z.string().regex(FIELD_KEY_PATTERN, 'Mã trường phải bắt đầu bằng chữ thường, chỉ gồm chữ không dấu, số hoặc "_" (tối đa 40 ký tự)');
const label = z.string().trim().min(1, 'Cần tên trường').max(200);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** Shown only when the earlier field `field` (same level) holds `equals`. */
export const VisibleIf = z.object({ field: key, equals: z.union([z.string(), z.number(), z.boolean()]) });
export type VisibleIf = z.infer<typeof VisibleIf>;

const common = {
  key,
  label,
  required: z.boolean().default(false),
  /** A hint under the field; "" when none. */
  help: z.string().max(500).default(''),
  visibleIf: VisibleIf.nullable().default(null),
};

export const TextField = z.object({ ...common, kind: z.literal('text'), maxLength: z.number().int().min(1).max(5000).default(200), multiline: z.boolean().default(false) });
export const NumberField = z.object({ ...common, kind: z.literal('number'), min: z.number().nullable().default(null), max: z.number().nullable().default(null), integer: z.boolean().default(true) });
export const DateField = z.object({ ...common, kind: z.literal('date'), min: localDate.nullable().default(null), max: localDate.nullable().default(null) });
export const SelectOption = z.object({ value: z.string().min(1).max(64), label: z.string().trim().min(1).max(200) });
export const SelectField = z.object({ ...common, kind: z.literal('select'), options: z.array(SelectOption).min(1, 'Cần ít nhất một lựa chọn').max(100) });
export const AddressField = z.object({ ...common, kind: z.literal('address') });

export const LeafField = z.discriminatedUnion('kind', [TextField, NumberField, DateField, SelectField, AddressField]);
export type LeafField = z.infer<typeof LeafField>;

/** A repeatable group (e.g. family members): a list of items, each answering the same leaf fields. */
export const GroupField = z.object({
  ...common,
  kind: z.literal('group'),
  fields: z.array(LeafField).min(1, 'Nhóm cần ít nhất một trường').max(30),
  minItems: z.number().int().min(0).max(50).default(0),
  maxItems: z.number().int().min(1).max(50).default(10),
});

export const FormField = z.discriminatedUnion('kind', [TextField, NumberField, DateField, SelectField, AddressField, GroupField]);
export type FormField = z.infer<typeof FormField>;
export type FormFieldInput = z.input<typeof FormField>;
export type GroupField = z.infer<typeof GroupField>;

export type FieldProblem = { path: (string | number)[]; message: string };

/** The JavaScript type a `visibleIf.equals` must have for the field it names. */
function equalsProblem(target: FormField, equals: VisibleIf['equals']): string | null {
  switch (target.kind) {
    case 'select':
      return typeof equals === 'string' && target.options.some((o) => o.value === equals) ? null : `phải là một giá trị lựa chọn của trường "${target.key}"`;
    case 'number':
      return typeof equals === 'number' ? null : 'phải là một số';
    case 'text':
    case 'date':
      return typeof equals === 'string' ? null : 'phải là chuỗi ký tự';
    case 'address':
    case 'group':
      return 'không dùng được trường địa chỉ hoặc nhóm làm điều kiện';
  }
}

/**
 * Cross-checks a definition the schema alone cannot: unique keys per level, conditions naming an
 * earlier field of the same level with a value of its type (so visibility never cycles), unique
 * option values, and bounds in order. Paths are relative to the list.
 */
export function formFieldProblems(fields: readonly FormField[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Map<string, FormField>();
  fields.forEach((f, i) => {
    if (seen.has(f.key)) out.push({ path: [i, 'key'], message: `Mã trường "${f.key}" bị lặp` });
    if (f.visibleIf) {
      const target = seen.get(f.visibleIf.field);
      if (!target) out.push({ path: [i, 'visibleIf', 'field'], message: `Điều kiện hiển thị phải dựa vào một trường đứng trước cùng cấp ("${f.visibleIf.field}" không có)` });
      else {
        const p = equalsProblem(target, f.visibleIf.equals);
        if (p) out.push({ path: [i, 'visibleIf', 'equals'], message: `Giá trị điều kiện hiển thị ${p}` });
      }
    }
    if (!seen.has(f.key)) seen.set(f.key, f);
    switch (f.kind) {
      case 'select': {
        const values = new Set<string>();
        f.options.forEach((o, j) => {
          if (values.has(o.value)) out.push({ path: [i, 'options', j, 'value'], message: `Giá trị lựa chọn "${o.value}" bị lặp` });
          values.add(o.value);
        });
        break;
      }
      case 'number':
      case 'date':
        if (f.min !== null && f.max !== null && f.min > f.max) out.push({ path: [i, 'max'], message: 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất' });
        break;
      case 'group':
        if (f.minItems > f.maxItems) out.push({ path: [i, 'maxItems'], message: 'Số mục tối đa phải không nhỏ hơn số mục tối thiểu' });
        for (const p of formFieldProblems(f.fields)) out.push({ path: [i, 'fields', ...p.path], message: p.message });
        break;
      case 'text':
      case 'address':
        break;
    }
  });
  return out;
}
