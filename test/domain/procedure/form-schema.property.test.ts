import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FormField, formFieldProblems, formProblems, formSchema, PROVINCES, validateRecord, type LeafField } from '../../../src/domain/procedure';
import { KHAI_SINH } from './support';

const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);
const label = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== '');
const DAY_MS = 86_400_000;
const FIRST_DAY = '1950-01-01';
const LAST_DAY = '2080-12-31';
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;
/** A day between two ISO dates, generated inside the bounds (a filter over the whole range could take minutes when the bounds are one day apart). */
const dayBetween = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const day = dayBetween(FIRST_DAY, LAST_DAY);
const bounds = <T extends number | string>(x: fc.Arbitrary<T>) => fc.tuple(fc.option(x, { nil: null }), fc.option(x, { nil: null })).map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b]) as [T | null, T | null]);

/** Leaf field definitions of every kind, as an agency would write them (defaults filled by the schema). */
const kindOf: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ kind: fc.constant('text'), maxLength: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('number'), integer: fc.boolean(), b: bounds(fc.integer({ min: -1000, max: 1000 })) }).map(({ b, ...r }) => ({ ...r, min: b[0], max: b[1] })),
  fc.record({ kind: fc.constant('date'), b: bounds(day) }).map(({ b, ...r }) => ({ ...r, min: b[0], max: b[1] })),
  fc.record({ kind: fc.constant('select'), options: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 5 }).map((vs) => vs.map((value) => ({ value, label: `Lựa chọn ${value}` }))) }),
  fc.record({ kind: fc.constant('address') }),
);
const leaves = fc.uniqueArray(fc.record({ key, label, required: fc.boolean() }), { minLength: 1, maxLength: 6, selector: (f) => f.key }).chain((base) =>
  fc.tuple(...base.map((b) => kindOf.map((k) => ({ ...b, ...k })))),
);
/** A definition: leaves, sometimes a repeatable group of leaves, some fields shown only for a value of an earlier select. */
const definition: fc.Arbitrary<FormField[]> = fc
  .tuple(leaves, fc.option(fc.tuple(leaves, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2, max: 4 }), fc.boolean()), { nil: null }), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([fields, group, picks]) => {
    const all: Record<string, unknown>[] = [...fields];
    if (group && !fields.some((f) => f.key === 'grp')) all.push({ key: 'grp', label: 'Nhóm', kind: 'group', fields: group[0], minItems: group[1], maxItems: group[2], required: group[3] });
    all.forEach((f, i) => {
      const earlier = all.slice(0, i).filter((x) => x.kind === 'select') as { key: string; options: { value: string }[] }[];
      const pick = picks[i];
      if (pick !== undefined && earlier.length > 0 && pick % 2 === 0) {
        const target = earlier[pick % earlier.length]!;
        f.visibleIf = { field: target.key, equals: target.options[pick % target.options.length]!.value };
      }
    });
    return z.array(FormField).parse(all);
  });

function leafValue(f: LeafField): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'text':
      return fc.string({ minLength: 1, maxLength: f.maxLength }).filter((s) => s.trim() !== '');
    case 'number': {
      const min = f.min ?? -1e6;
      const max = f.max ?? 1e6;
      return f.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'date':
      return dayBetween(f.min ?? FIRST_DAY, f.max ?? LAST_DAY);
    case 'select':
      return fc.constantFrom(...f.options.map((o) => o.value));
    case 'address':
      return fc.constantFrom(...PROVINCES).chain((p) => fc.record({ province: fc.constant(p.code), commune: fc.constantFrom(...p.communes.map((c) => c.code)), street: fc.string({ maxLength: 30 }) }));
  }
}

/** Answers that satisfy every field (required or not), the hidden ones included. */
function valuesFor(fields: readonly FormField[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      fields.map((f) => [
        f.key,
        f.kind === 'group' ? fc.array(valuesFor(f.fields), { minLength: Math.max(f.minItems, f.required ? 1 : 0, 1), maxLength: f.maxItems }) : leafValue(f),
      ]),
    ),
  );
}

/** A wrong answer for a field and the path its problem must name. */
function wrong(f: FormField, valid: unknown): [unknown, (string | number)[]][] {
  const at = (...rest: (string | number)[]) => [f.key, ...rest];
  switch (f.kind) {
    case 'text':
      return [['x'.repeat(f.maxLength + 1), at()], [42, at()]];
    case 'number':
      return [['12', at()], ...(f.integer ? [[1.5, at()] as [unknown, (string | number)[]]] : []), ...(f.max !== null ? [[f.max + 1, at()] as [unknown, (string | number)[]]] : [])];
    case 'date':
      return [['2023-02-30', at()], ['hôm qua', at()]];
    case 'select':
      return [['__none__', at()]];
    case 'address':
      return [[{ province: 'an-giang', commune: 'ba-dinh' }, at('commune')], [{ province: 'nowhere', commune: 'x' }, at('province')]];
    case 'group': {
      const items = valid as Record<string, unknown>[];
      const sub = f.fields[0]!;
      return [
        [Array.from({ length: f.maxItems + 1 }, () => items[0]), at()],
        [[{ ...items[0], [sub.key]: sub.kind === 'text' ? 7 : 'sai' }], at(0, sub.key)],
      ];
    }
  }
}

describe('formSchema: one Zod schema from a procedure’s field definition', () => {
  it('accepts valid answers to any definition and keeps exactly the shown, answered fields', () => {
    fc.assert(
      fc.property(definition.chain((d) => fc.tuple(fc.constant(d), valuesFor(d))), ([fields, values]) => {
        const r = formSchema(fields).safeParse({ ...values, unknownKey: 'bỏ qua' });
        expect(r.success ? [] : r.error.issues, JSON.stringify({ fields, values })).toEqual([]);
        const shown = new Set<string>();
        for (const f of fields) if (!f.visibleIf || (shown.has(f.visibleIf.field) && values[f.visibleIf.field] === f.visibleIf.equals)) shown.add(f.key);
        expect(Object.keys(r.data!).sort()).toEqual([...shown].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('refuses each kind of wrong answer, and a blank required one, naming the field’s path', () => {
    const plain = definition.map((fields) => fields.map((f) => ({ ...f, visibleIf: null })));
    fc.assert(
      fc.property(plain.chain((d) => fc.tuple(fc.constant(d), valuesFor(d), fc.nat())), ([fields, values, n]) => {
        const f = fields[n % fields.length]!;
        for (const [bad, path] of wrong(f, values[f.key])) {
          const problems = formProblems(fields, { ...values, [f.key]: bad });
          expect(problems.map((p) => p.path), JSON.stringify({ f, bad })).toContain(path.join('.'));
          expect(problems.every((p) => p.path.startsWith(f.key))).toBe(true);
        }
        if (f.required) expect(formProblems(fields, { ...values, [f.key]: f.kind === 'group' ? [] : '' })).toEqual([{ path: f.key, message: expect.stringContaining(f.label) }]);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores a hidden field, even a wrong answer to it, and requires it once shown', () => {
    const fields = z.array(FormField).parse([
      { key: 'purpose', label: 'Mục đích', kind: 'select', required: true, options: [{ value: 'work', label: 'Xin việc' }, { value: 'other', label: 'Khác' }] },
      { key: 'other', label: 'Mục đích khác', kind: 'text', required: true, visibleIf: { field: 'purpose', equals: 'other' } },
    ]);
    expect(formSchema(fields).parse({ purpose: 'work', other: 12 })).toEqual({ purpose: 'work' });
    expect(formProblems(fields, { purpose: 'other' })).toEqual([{ path: 'other', message: 'Cần nhập "Mục đích khác"' }]);
    expect(formProblems(fields, null)).toEqual([{ path: '', message: 'Thông tin tờ khai phải là một đối tượng' }]);
  });
});

describe('form field definitions in the interchange record', () => {
  it('defaults to no fields, and an old record without them still validates', () => {
    const { formFields: _none, ...old } = KHAI_SINH;
    const v = validateRecord(old);
    expect(v.ok && v.record.formFields).toEqual([]);
  });

  it('reports repeated keys, conditions on later or unknown fields, values of the wrong type and bounds out of order', () => {
    const fields = z.array(FormField).parse([
      { key: 'a', label: 'A', kind: 'select', options: [{ value: 'x', label: 'X' }, { value: 'x', label: 'Y' }] },
      { key: 'a', label: 'A lặp', kind: 'text' },
      { key: 'b', label: 'B', kind: 'text', visibleIf: { field: 'c', equals: 'x' } },
      { key: 'c', label: 'C', kind: 'number', min: 5, max: 1, visibleIf: { field: 'a', equals: 'z' } },
      { key: 'g', label: 'G', kind: 'group', minItems: 3, maxItems: 2, fields: [{ key: 'n', label: 'N', kind: 'text' }, { key: 'n', label: 'N2', kind: 'text' }] },
    ]);
    expect(formFieldProblems(fields).map((p) => p.path.join('.'))).toEqual(['0.options.1.value', '1.key', '2.visibleIf.field', '3.visibleIf.equals', '3.max', '4.maxItems', '4.fields.1.key']);
    const v = validateRecord({ ...KHAI_SINH, formFields: fields });
    expect(v.ok ? [] : v.problems.map((p) => p.path)).toContain('formFields.1.key');
  });
});
