import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdProblem } from '../../src/domain/dossier/identity';
import { idNumbersIn } from '../../src/domain/files';

const values = (text: string) => idNumbersIn(text).map((r) => r.value);

/** A valid CCCD as identity.ts defines it: province 001–096, century/sex digit, year, 6 digits. */
const cccd = fc
  .tuple(fc.integer({ min: 1, max: 96 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([province, century, year, serial]) => `${String(province).padStart(3, '0')}${century}${String(year).padStart(2, '0')}${String(serial).padStart(6, '0')}`);

/** How a scan or OCR may print it: plain, in groups of four, or dotted in threes. */
const printed = (value: string, style: number) =>
  style === 0 ? value : style === 1 ? value.replace(/(\d{4})(?=\d)/g, '$1 ') : value.replace(/(\d{3})(?=\d)/g, '$1.');

const WORDS = ['Cộng', 'hòa', 'xã', 'hội', 'chủ', 'nghĩa', 'Việt', 'Nam', 'Độc', 'lập', 'Tự', 'do', 'Hạnh', 'phúc', 'Họ', 'và', 'tên', 'NGUYỄN', 'THỊ', 'HỒNG', 'NHUNG', 'Quê', 'quán', 'Long', 'Xuyên', 'An', 'Giang', 'Ngày', 'sinh', 'Giới', 'tính', 'Nữ', 'Quốc', 'tịch', 'Nơi', 'thường', 'trú', 'ấp', 'Hòa', 'Lợi', 'đơn', 'đề', 'nghị', 'ông', 'bà', 'lô', 'ĐT:', '12/05/2020', '2024', '0912 345 678', '7', '(', ')', ',', '.', ':', '—', '\n'];
const noise = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((ws) => ws.join(' '));

describe('citizen ID numbers in OCR text', () => {
  it('finds the number after a bilingual card label, grouped or not', () => {
    expect(idNumbersIn('CĂN CƯỚC CÔNG DÂN\nSố / No.: 0892 0000 1234\nHọ và tên / Full name: NGUYỄN THỊ HỒNG NHUNG')).toEqual([
      { value: '089200001234', kind: 'cccd' },
    ]);
    expect(values('Số định danh cá nhân: 089.200.001.234')).toEqual(['089200001234']);
    expect(values('Số CCCD:089200001234, cấp ngày 12/05/2021')).toEqual(['089200001234']);
  });

  it('reads O as 0 and I/l as 1 inside a number, never inside a word', () => {
    expect(values('Số / No.: O892OOOOl234')).toEqual(['089200001234']);
    expect(values('No.: 0892 O00O I234')).toEqual(['089200001234']);
    // Letters glued to a word, or in a group without a single real digit, are not read as digits.
    expect(values('Họ tên: Lol001300000001')).toEqual([]);
    expect(values('Số: lo 1300000001')).toEqual([]);
    expect(values('Số: IO 1300000001')).toEqual([]);
    expect(values('Số: x089200001234')).toEqual([]);
  });

  it('rejects 12-digit numbers that fail cccdProblem and numbers of the wrong length', () => {
    for (const bad of ['000123456789', '097200001234', '999200001234']) {
      expect(cccdProblem(bad)).not.toBeNull();
      expect(values(`Số: ${bad}`)).toEqual([]);
    }
    expect(values('Số: 08920000123')).toEqual([]); // 11 digits
    expect(values('Số: 0892000012345')).toEqual([]); // 13 digits
    expect(values('Số tài khoản 12345678901234, điện thoại 0912 345 678')).toEqual([]);
  });

  it('offers labelled numbers first, then the others in reading order, each once', () => {
    const text = 'Người làm chứng 001300000001 và 079185000002.\nSố định danh:\n089200001234\nNo. 001300000001';
    expect(values(text)).toEqual(['089200001234', '001300000001', '079185000002']);
  });

  it('does not let stray digits before a number hide it', () => {
    expect(values('năm 2021 0010 0892 0000 1234')).toContain('089200001234');
  });

  it('finds any valid CCCD embedded in Vietnamese noise', () => {
    fc.assert(
      fc.property(cccd, fc.integer({ min: 0, max: 2 }), noise, noise, (value, style, before, after) => {
        expect(cccdProblem(value)).toBeNull();
        expect(values(`${before} ${printed(value, style)} ${after}`)).toContain(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('never offers a number that fails cccdProblem', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .OoIl\nSố:'.split('')), maxLength: 80 }), (text) => {
        for (const { value } of idNumbersIn(text)) expect(cccdProblem(value)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
