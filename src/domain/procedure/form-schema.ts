/**
 * The answers to a procedure's fields, validated by one Zod schema built from the definition: the
 * browser checks the form with it before the citizen moves on and the server checks the submission
 * with it, so both say the same thing in the same words. Hidden fields (their `visibleIf` not met)
 * are neither required nor kept; every problem names its field's path (`children.1.birthDate`).
 */
import { z } from 'zod';
import type { FormField, LeafField } from './form-fields';
import { communeOf, provinceOf } from './places';

export type AddressValue = { province: string; commune: string; street: string };
export type FormValues = Record<string, unknown>;

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const showDate = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

/** Nothing entered: absent, null, blank text, an empty list, or an address with nothing in it. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).every((x) => typeof x !== 'string' || x.trim() === '');
  return false;
}

/** The keys of the fields shown for these answers: a field is shown when the field its condition names is shown and holds the value. */
export function visibleKeys(fields: readonly FormField[], values: FormValues): Set<string> {
  const shown = new Set<string>();
  for (const f of fields) {
    const c = f.visibleIf;
    if (!c || (shown.has(c.field) && values[c.field] === c.equals)) shown.add(f.key);
  }
  return shown;
}

function leafSchema(f: LeafField): z.ZodType {
  const name = `"${f.label}"`;
  switch (f.kind) {
    case 'text':
      return z.string({ error: `${name} phải là chữ` }).trim().max(f.maxLength, `${name} dài tối đa ${f.maxLength} ký tự`);
    case 'number': {
      let s = z.number({ error: `${name} phải là số` });
      if (f.integer) s = s.int(`${name} phải là số nguyên`);
      if (f.min !== null) s = s.min(f.min, `${name} không được nhỏ hơn ${f.min}`);
      if (f.max !== null) s = s.max(f.max, `${name} không được lớn hơn ${f.max}`);
      return s;
    }
    case 'date': {
      let s = z
        .string({ error: `${name} phải là ngày` })
        .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} phải là ngày (dd/mm/yyyy)`)
        .refine(isRealDate, `${name} không phải một ngày có thật`);
      if (f.min !== null) s = s.refine((v) => v >= f.min!, `${name} không được trước ngày ${showDate(f.min)}`);
      if (f.max !== null) s = s.refine((v) => v <= f.max!, `${name} không được sau ngày ${showDate(f.max)}`);
      return s;
    }
    case 'select': {
      const values = f.options.map((o) => o.value);
      return z.string({ error: `Cần chọn ${name}` }).refine((v) => values.includes(v), `${name}: cần chọn một trong các lựa chọn (${f.options.map((o) => o.label).join('; ')})`);
    }
    case 'address':
      return z
        .object(
          {
            province: z.string({ error: 'Cần chọn tỉnh, thành phố' }).trim().min(1, 'Cần chọn tỉnh, thành phố'),
            commune: z.string({ error: 'Cần chọn xã, phường' }).trim().min(1, 'Cần chọn xã, phường'),
            street: z.string({ error: 'Số nhà, đường phải là chữ' }).trim().max(200, 'Số nhà, đường dài tối đa 200 ký tự').default(''),
          },
          { error: `${name} phải gồm tỉnh, xã và số nhà, đường` },
        )
        .superRefine((a, ctx) => {
          if (!provinceOf(a.province)) ctx.addIssue({ code: 'custom', path: ['province'], message: `Tỉnh, thành phố không có trong danh mục (${name})` });
          else if (!communeOf(a.province, a.commune)) ctx.addIssue({ code: 'custom', path: ['commune'], message: `Xã, phường không thuộc tỉnh, thành phố đã chọn (${name})` });
        });
  }
}

function fieldSchema(f: FormField): z.ZodType {
  if (f.kind !== 'group') return leafSchema(f);
  const min = Math.max(f.minItems, f.required ? 1 : 0);
  return z
    .array(formSchema(f.fields), { error: `"${f.label}" phải là danh sách` })
    .min(min, `"${f.label}" cần ít nhất ${min} mục`)
    .max(f.maxItems, `"${f.label}" có tối đa ${f.maxItems} mục`);
}

/**
 * The schema of the answers to `fields`: an object whose visible fields are checked (required ones
 * must not be blank) and whose hidden or unknown keys are dropped from the result.
 */
export function formSchema(fields: readonly FormField[]): z.ZodType<FormValues, unknown> {
  const schemas = new Map(fields.map((f) => [f.key, fieldSchema(f)]));
  return z.record(z.string(), z.unknown(), { error: 'Thông tin tờ khai phải là một đối tượng' }).transform((input, ctx) => {
    const out: FormValues = {};
    const shown = visibleKeys(fields, input);
    for (const f of fields) {
      if (!shown.has(f.key)) continue;
      const v = input[f.key];
      if (isBlank(v)) {
        if (f.required) ctx.addIssue({ code: 'custom', path: [f.key], message: f.kind === 'select' ? `Cần chọn "${f.label}"` : `Cần nhập "${f.label}"` });
        else if (f.kind === 'group' && f.minItems > 0) ctx.addIssue({ code: 'custom', path: [f.key], message: `"${f.label}" cần ít nhất ${f.minItems} mục` });
        continue;
      }
      const r = schemas.get(f.key)!.safeParse(v);
      if (r.success) out[f.key] = r.data;
      else for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: [f.key, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message });
    }
    return out;
  });
}

export type FormProblem = { path: string; message: string };

/** The problems of some answers as `{ path: 'children.0.name', message }`, [] when valid. */
export function formProblems(fields: readonly FormField[], values: unknown): FormProblem[] {
  const r = formSchema(fields).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
