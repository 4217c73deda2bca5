import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRecord, isCertainTime, recordsEqual, validateRecord, withRecordDefaults, type Problem } from '../../../src/domain/procedure';
import { KHAI_SINH, validRecord } from './support';

const clone = <T>(x: T): T => structuredClone(x);
/** The record with its channel fields writable as any JSON value, to break them on purpose. */
type Loose = { channels: Array<{ channel: string; processingTime: { unit: string; amount: number }; fees: Array<{ amount: number }> }> };
const without = (key: string) => {
  const r: Record<string, unknown> = clone(KHAI_SINH);
  delete r[key];
  return r;
};
const problemsOf = (input: unknown): Problem[] => {
  const v = validateRecord(input);
  if (v.ok) throw new Error('expected problems');
  return v.problems;
};

describe('validateRecord', () => {
  it('accepts a good record unchanged', () => {
    expect(validateRecord(KHAI_SINH)).toEqual({ ok: true, record: KHAI_SINH });
  });

  it.each([
    ['code', 'Thiếu mã thủ tục'],
    ['name', 'Thiếu tên thủ tục'],
    ['field', 'Thiếu lĩnh vực'],
    ['levels', 'Thiếu cấp thực hiện'],
    ['implementingAgency', 'Thiếu cơ quan thực hiện'],
    ['decisionRef', 'Thiếu số quyết định công bố'],
    ['channels', 'Thiếu cách thức thực hiện'],
    ['documents', 'Thiếu thành phần hồ sơ'],
    ['onlineLevel', 'Thiếu mức độ dịch vụ công trực tuyến'],
    ['legalBases', 'Thiếu căn cứ pháp lý'],
  ])('missing %s is reported at its path', (key, message) => {
    expect(problemsOf(without(key))).toEqual([{ path: key, message }]);
  });

  it('subjects, result and conditions may be omitted (empty)', () => {
    const v = validateRecord(without('conditions'));
    expect(v.ok && v.record.conditions).toBe('');
  });

  it('a record written before locationIndependent, forms and reuse existed validates with their defaults', () => {
    const old: Record<string, unknown> = { ...without('locationIndependent'), documents: KHAI_SINH.documents.map(({ name, copies, required }) => ({ name, copies, required })) };
    const v = validateRecord(old);
    expect(v.ok && v.record.locationIndependent).toBe(false);
    expect(v.ok && v.record.documents.map((d) => [d.forms, d.reuse])).toEqual([
      [[], null],
      [[], null],
    ]);
    // A template given by its name alone has no address.
    const named = validateRecord({ ...clone(KHAI_SINH), documents: [{ ...KHAI_SINH.documents[0], forms: [{ name: 'Mau NA20-BCA.docx' }] }] });
    expect(named.ok && named.record.documents[0]!.forms).toEqual([{ name: 'Mau NA20-BCA.docx', url: null }]);
  });

  it('withRecordDefaults fills only the later fields of a stored record, and keeps set values', () => {
    const stored = JSON.parse(JSON.stringify(without('locationIndependent'))) as { documents: Record<string, unknown>[] };
    delete stored.documents[1]!.forms;
    delete stored.documents[1]!.reuse;
    expect(withRecordDefaults(stored)).toEqual(KHAI_SINH);
    const set = { ...KHAI_SINH, locationIndependent: true, documents: [{ ...KHAI_SINH.documents[1]!, reuse: 'birth_certificate' as const }] };
    expect(withRecordDefaults(set)).toEqual(set);
  });

  it.each([
    ['locationIndependent', 'có', 'locationIndependent', 'Tính không phụ thuộc địa giới hành chính phải là true hoặc false'],
    ['reuse', 'passport', 'documents.0.reuse', 'Loại giấy tờ tái sử dụng không hợp lệ; giá trị cho phép: cccd, birth_certificate, marriage_status, residence, criminal_record, land_use_certificate, business_registration, prior_result'],
    ['forms', [{ name: 'Mau.docx', url: 'javascript:alert(1)' }], 'documents.0.forms.0.url', 'Đường dẫn tệp mẫu sai định dạng'],
    ['forms', [{ name: ' ', url: null }], 'documents.0.forms.0.name', 'Tên tệp mẫu đơn, tờ khai không được để trống'],
    ['forms', 'Mau.docx', 'documents.0.forms', 'Mẫu đơn, tờ khai phải là danh sách'],
  ])('%s = %j is reported at %s in Vietnamese', (key, value, path, message) => {
    const r = clone(KHAI_SINH) as unknown as Record<string, unknown> & { documents: Record<string, unknown>[] };
    if (key === 'locationIndependent') r[key] = value;
    else r.documents[0]![key] = value;
    expect(problemsOf(r)).toEqual([{ path, message }]);
  });

  it('names the code format', () => {
    expect(problemsOf({ ...KHAI_SINH, code: '1001193' })).toEqual([{ path: 'code', message: 'Mã thủ tục phải có dạng 1.001193' }]);
  });

  it.each([
    ['name', 42, 'name'],
    ['name', '   ', 'name'],
    ['levels', 'commune', 'levels'],
    ['levels', ['ward'], 'levels.0'],
    ['levels', [], 'levels'],
    ['channels', [], 'channels'],
    ['onlineLevel', 'level4', 'onlineLevel'],
    ['documents', [{ name: 'Tờ khai', copies: 1, required: true }], 'documents.0.copies'],
    ['documents', [{ name: 'Tờ khai', copies: '1 bản chính', required: 'có' }], 'documents.0.required'],
    ['legalBases', [''], 'legalBases.0'],
  ])('%s = %j is reported at %s', (key, value, path) => {
    const problems = problemsOf({ ...clone(KHAI_SINH), [key]: value });
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]!.message).not.toBe('');
  });

  it('reports problems deep inside channels with their paths', () => {
    const bad = clone(KHAI_SINH) as unknown as Loose;
    bad.channels[0]!.processingTime.unit = 'days';
    bad.channels[0]!.processingTime.amount = 1.5;
    bad.channels[1]!.fees[0]!.amount = -1000;
    bad.channels[1]!.channel = 'fax';
    expect(problemsOf(bad).map((p) => p.path).sort()).toEqual([
      'channels.0.processingTime.amount',
      'channels.0.processingTime.unit',
      'channels.1.channel',
      'channels.1.fees.0.amount',
    ]);
  });

  it('gives Vietnamese messages for wrong types and values', () => {
    const bad = clone(KHAI_SINH) as unknown as Loose;
    bad.channels[1]!.fees[0]!.amount = -1000;
    expect(problemsOf(bad)).toEqual([{ path: 'channels.1.fees.0.amount', message: 'Số tiền phí, lệ phí không được là số âm' }]);
    expect(problemsOf({ ...KHAI_SINH, name: 42 })).toEqual([{ path: 'name', message: 'Tên thủ tục phải là chuỗi ký tự' }]);
  });

  it('refuses a channel given twice', () => {
    const twice = { ...KHAI_SINH, channels: [KHAI_SINH.channels[0], KHAI_SINH.channels[0]] };
    expect(problemsOf(twice)).toEqual([{ path: 'channels.1.channel', message: 'Hình thức nộp "direct" bị lặp' }]);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 'x', 42, []]) expect(problemsOf(input).map((p) => p.path)).toEqual(['']);
  });

  it('strips unknown fields at every depth', () => {
    const extra = {
      ...clone(KHAI_SINH),
      _sourceUrl: 'https://dichvucong.gov.vn/…',
      channels: KHAI_SINH.channels.map((c) => ({ ...c, note: 'x', fees: c.fees.map((f) => ({ ...f, currency: 'VND' })) })),
    };
    expect(validateRecord(extra)).toEqual({ ok: true, record: KHAI_SINH });
  });
});

describe('canonicalRecord and recordsEqual', () => {
  it('orders levels and channels, sorts keys, keeps document order', () => {
    const r = { ...KHAI_SINH, levels: ['commune', 'province'] as const, channels: [...KHAI_SINH.channels].reverse() };
    const c = canonicalRecord({ ...r, levels: [...r.levels] });
    expect(c.levels).toEqual(['province', 'commune']);
    expect(c.channels.map((x) => x.channel)).toEqual(['direct', 'online']);
    expect(Object.keys(c)).toEqual([...Object.keys(c)].sort());
    expect(c.documents).toEqual(KHAI_SINH.documents);
    expect(recordsEqual(r as never, KHAI_SINH)).toBe(false);
    expect(recordsEqual({ ...KHAI_SINH, channels: [...KHAI_SINH.channels].reverse() }, KHAI_SINH)).toBe(true);
  });

  it('property: canonical form is idempotent and validates back to itself', () => {
    fc.assert(
      fc.property(validRecord, (r) => {
        const v = validateRecord(r);
        expect(v.ok).toBe(true);
        const c = canonicalRecord(r);
        expect(canonicalRecord(c)).toEqual(c);
        expect(JSON.stringify(canonicalRecord(c))).toBe(JSON.stringify(c));
        expect(validateRecord(c)).toEqual({ ok: true, record: c });
        expect(recordsEqual(r, c)).toBe(true);
        expect(validateRecord(JSON.parse(JSON.stringify(c)))).toEqual({ ok: true, record: c });
      }),
      { numRuns: 500 },
    );
  });

  it('property: any change of the name is seen by recordsEqual', () => {
    fc.assert(
      fc.property(validRecord, (r) => {
        expect(recordsEqual(r, { ...r, name: `${r.name}x` })).toBe(false);
      }),
    );
  });

  it('property: the location flag, a document\'s templates and its reusable kind are part of the content', () => {
    fc.assert(
      fc.property(validRecord, (r) => {
        expect(recordsEqual(r, { ...r, locationIndependent: !r.locationIndependent })).toBe(false);
        if (r.documents.length === 0) return;
        const [d, ...rest] = r.documents;
        expect(recordsEqual(r, { ...r, documents: [{ ...d!, forms: [...d!.forms, { name: 'Mau 01.docx', url: null }] }, ...rest] })).toBe(false);
        expect(recordsEqual(r, { ...r, documents: [{ ...d!, reuse: d!.reuse === 'cccd' ? null : 'cccd' }, ...rest] })).toBe(false);
      }),
    );
  });
});

describe('isCertainTime', () => {
  it.each([
    [{ amount: 5, unit: 'working_days', asWritten: '' }, true],
    [{ amount: null, unit: 'same_day', asWritten: '' }, true],
    [{ amount: 1, unit: null, asWritten: '' }, false],
    [{ amount: null, unit: 'months', asWritten: '' }, false],
  ] as const)('%j → %s', (t, certain) => expect(isCertainTime(t)).toBe(certain));
});
