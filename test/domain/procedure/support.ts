/** A valid interchange record (Thủ tục đăng ký khai sinh) and fast-check generators of valid records. */
import fc from 'fast-check';
import { CHANNELS, ONLINE_LEVELS, PROCEDURE_LEVELS, REUSABLE_KINDS, type ProcedureRecord } from '../../../src/domain/procedure';
import { DUE_UNITS } from '../../../src/domain/calendar';

export const KHAI_SINH: ProcedureRecord = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  field: 'Hộ tịch',
  levels: ['commune'],
  implementingAgency: 'Ủy ban nhân dân cấp xã',
  decisionRef: '163/QĐ-BTP',
  channels: [
    {
      channel: 'direct',
      processingTime: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' },
      fees: [{ label: 'Lệ phí', amount: 0, asWritten: 'Miễn lệ phí' }],
    },
    {
      channel: 'online',
      processingTime: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' },
      fees: [{ label: 'Lệ phí', amount: 0, asWritten: 'Miễn lệ phí' }],
    },
  ],
  documents: [
    { name: 'Tờ khai đăng ký khai sinh theo mẫu', copies: '1 bản chính', required: true, forms: [{ name: 'Mau to khai dang ky khai sinh.docx', url: null }], reuse: null },
    { name: 'Giấy chứng sinh', copies: '1 bản chính', required: true, forms: [], reuse: null },
  ],
  onlineLevel: 'full',
  locationIndependent: false,
  legalBases: ['Luật Hộ tịch (60/2014/QH13)', 'Nghị định 123/2015/NĐ-CP'],
  subjects: 'Công dân Việt Nam',
  result: 'Giấy khai sinh',
  conditions: '',
  formFields: [],
};

const text = fc.string({ maxLength: 12 });
const nonEmpty = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '');
const amount = fc.option(fc.nat({ max: 10_000_000 }), { nil: null });

const fee = fc.record({ label: nonEmpty, amount, asWritten: text });
const form = fc.record({ name: nonEmpty, url: fc.option(fc.webUrl({ validSchemes: ['https', 'http'] }), { nil: null }) });
const channelOf = (channel: (typeof CHANNELS)[number]) =>
  fc.record({
    channel: fc.constant(channel),
    processingTime: fc.record({ amount, unit: fc.option(fc.constantFrom(...DUE_UNITS), { nil: null }), asWritten: text }),
    fees: fc.array(fee, { maxLength: 3 }),
  });

/** Valid records: unique channels and levels in random order, trimmed non-empty names. */
export const validRecord: fc.Arbitrary<ProcedureRecord> = fc.record({
  code: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 999_999 })).map(([a, b]) => `${a}.${String(b).padStart(6, '0')}`),
  name: nonEmpty,
  field: nonEmpty,
  levels: fc.shuffledSubarray([...PROCEDURE_LEVELS], { minLength: 1 }),
  implementingAgency: nonEmpty,
  decisionRef: nonEmpty,
  channels: fc
    .shuffledSubarray([...CHANNELS], { minLength: 1 })
    .chain((keys) => fc.tuple(...keys.map(channelOf))),
  documents: fc.array(fc.record({ name: nonEmpty, copies: text, required: fc.boolean(), forms: fc.array(form, { maxLength: 3 }), reuse: fc.option(fc.constantFrom(...REUSABLE_KINDS), { nil: null }) }), {
    maxLength: 4,
  }),
  onlineLevel: fc.option(fc.constantFrom(...ONLINE_LEVELS), { nil: null }),
  locationIndependent: fc.boolean(),
  legalBases: fc.array(nonEmpty, { maxLength: 3 }),
  subjects: text,
  result: text,
  conditions: text,
  formFields: fc.constant([]),
});
