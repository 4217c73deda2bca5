/** The crawled-record parser is total: random objects and strings never make it throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DVCQG_FIELDS, flagCode, PARSE_FLAGS, parseDvcqgRecord, parseFee, parseProcessingTime, validateRecord } from '../../../src/domain/procedure';

/** Fragments of the flattened tables, so random strings reach the parser's inner paths. */
const FRAGMENTS = [
  'Hình thức nộpThời gianPhí, lệ phíMô tả',
  'Trực tiếp',
  'Trực tuyến',
  'Dịch vụ bưu chính',
  '5',
  '1.5',
  '140,000',
  ' Ngày làm việc',
  ' Ngày',
  ' Giờ',
  'Tháng',
  'Trong ngày',
  'Miễn phí',
  'Không có thông tin',
  ' Việt Nam Đồng',
  'VNĐ',
  ' USD',
  '(',
  ')',
  '50.000đ',
  'Lệ phí : ',
  'Tên giấy tờMẫu đơn, tờ khaiSố lượng',
  '1 bản chính',
  ',1 bản sao',
  'Tên văn bản pháp lýMã văn bản',
  '05/2012/NĐ-CP',
  '2011',
  'Cấp tỉnh, ',
  'Cấp xã',
  'Cơ quan khác',
  'Mã: KQ.G01.000064',
  'Mẫu số 01',
  'Mau NA20-BCA',
  '.docx',
  '.doc',
  '.pdf',
  'NĐ-CP',
  ';',
  'không phụ thuộc vào nơi cư trú',
];
const tableText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((xs) => xs.join(''));
const crawled = fc.dictionary(fc.constantFrom(...DVCQG_FIELDS), fc.oneof(tableText, fc.anything()));

describe('parseDvcqgRecord is total', () => {
  it('never throws on anything, and what it returns is well-typed', () => {
    fc.assert(
      fc.property(fc.oneof(crawled, fc.anything()), (input) => {
        const { record, flags } = parseDvcqgRecord(input);
        expect(flags.every((f) => typeof f === 'string')).toBe(true);
        for (const c of record.channels) {
          const a = c.processingTime.amount;
          expect(a === null || (Number.isInteger(a) && a >= 0)).toBe(true);
          expect(typeof c.processingTime.asWritten).toBe('string');
          for (const f of c.fees) expect(f.amount === null || (Number.isInteger(f.amount) && f.amount >= 0)).toBe(true);
        }
        for (const d of record.documents) {
          for (const f of d.forms) expect(f.name !== '' && f.url === null).toBe(true);
          expect(d.reuse === null || typeof d.reuse === 'string').toBe(true);
        }
        expect(typeof record.locationIndependent).toBe('boolean');
        expect(() => validateRecord(record)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('each channel appears at most once, whatever the text', () => {
    fc.assert(
      fc.property(tableText, (text) => {
        const { record } = parseDvcqgRecord({ cach_thuc_thuc_hien: text });
        const keys = record.channels.map((c) => c.channel);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('single cells', () => {
  it.each([
    ['5 Ngày làm việc', { amount: 5, unit: 'working_days' }, []],
    ['15 Ngày', { amount: 15, unit: 'calendar_days' }, []],
    ['8 Giờ', { amount: 8, unit: 'working_hours' }, []],
    ['24 Giờ', { amount: 24, unit: null }, ['time_hours_ambiguous']],
    ['3 Tháng', { amount: 3, unit: 'months' }, []],
    ['Trong ngày', { amount: 0, unit: 'same_day' }, []],
    ['1', { amount: 1, unit: null }, ['time_unit_missing']],
    ['1.5 Ngày làm việc', { amount: null, unit: 'working_days' }, ['time_amount_not_integer']],
    ['2 Năm', { amount: 2, unit: null }, ['time_unit_unsupported']],
    ['Không có thông tin', { amount: null, unit: null }, ['time_missing']],
    ['Theo thỏa thuận', { amount: null, unit: null }, ['time_unparsed']],
  ])('time %s', (text, expected, flags) => {
    const parsed = parseProcessingTime(text);
    expect(parsed.time).toEqual({ ...expected, asWritten: text });
    expect(parsed.flags).toEqual(flags);
  });

  it.each([
    ['Miễn phí', 'Phí, lệ phí', 0, []],
    ['Lệ phí : 8.000 Đồng', 'Lệ phí', 8_000, []],
    ['Phí : 200.000 Đồng', 'Phí', 200_000, []],
    ['1,200,000 Việt Nam Đồng(1.200.000đ/thẻ ABTC.)', 'Phí, lệ phí', 1_200_000, []],
    ['300,000 VNĐ(Phí thẩm định hồ sơ)', 'Phí', 300_000, []],
    ['10 USD(/lần)', 'Phí, lệ phí', null, ['fee_foreign_currency']],
    ['40 Việt Nam Đồng(40.000đ/giấy thông hành)', 'Phí, lệ phí', null, ['fee_amount_conflict']],
    ['100 VNĐ', 'Phí, lệ phí', null, ['fee_amount_suspicious']],
    ['Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định)', 'Phí, lệ phí', null, ['fee_free_conflict']],
    ['Không có thông tin', 'Phí, lệ phí', null, ['fee_missing']],
    ['1,5 VNĐ', 'Phí, lệ phí', null, ['fee_unparsed']],
    ['Theo quy định', 'Phí, lệ phí', null, ['fee_unparsed']],
  ])('fee %s', (text, label, amount, flags) => {
    expect(parseFee(text)).toEqual({ fee: { label, amount, asWritten: text }, flags });
  });
});

describe('PARSE_FLAGS', () => {
  it('explains every flag code the parser emits on random tables', () => {
    fc.assert(
      fc.property(crawled, (input) => {
        for (const f of parseDvcqgRecord(input).flags) expect(Object.keys(PARSE_FLAGS)).toContain(flagCode(f));
      }),
      { numRuns: 1_000 },
    );
  });
});
