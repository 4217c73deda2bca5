/** The demo catalogue (src/server/demo/procedures/procedures.json) is valid interchange data. */
import { describe, expect, it } from 'vitest';
import { canonicalRecord, validateRecord } from '../../../src/domain/procedure';
import procedures from '../../../src/server/demo/procedures/procedures.json';

const records: unknown[] = procedures;
const codes = records.map((r) => (r as { code: string }).code);

describe('demo procedure catalogue', () => {
  it('has at least 30 records', () => {
    expect(records.length).toBeGreaterThanOrEqual(30);
  });

  it('every record passes validateRecord unchanged', () => {
    for (const r of records) {
      const v = validateRecord(r);
      expect(v.ok ? [] : v.problems, (r as { code: string }).code).toEqual([]);
      if (v.ok) expect(canonicalRecord(v.record)).toEqual(r);
    }
  });

  it('codes are unique', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('includes the required procedures (chứng thực 2.000843 and 2.000815, khai sinh 1.001193)', () => {
    expect(codes).toEqual(expect.arrayContaining(['2.000843', '2.000815', '1.001193']));
  });

  it('covers commune and province levels and the Justice, land and environment fields', () => {
    const all = records as Array<{ levels: string[]; field: string }>;
    expect(all.some((r) => r.levels.includes('commune'))).toBe(true);
    expect(all.some((r) => r.levels.includes('province'))).toBe(true);
    for (const field of ['Hộ tịch', 'Chứng thực', 'Lý lịch tư pháp', 'Đăng ký biện pháp bảo đảm', 'Đất đai', 'Môi trường']) {
      expect(all.some((r) => r.field === field), field).toBe(true);
    }
  });
});
