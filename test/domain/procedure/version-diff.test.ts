import { describe, expect, it } from 'vitest';
import { diffRecords, type ProcedureRecord } from '../../../src/domain/procedure';
import { KHAI_SINH } from './support';

const edit = (f: (r: ProcedureRecord) => void): ProcedureRecord => {
  const r = structuredClone(KHAI_SINH);
  f(r);
  return r;
};

describe('diffRecords', () => {
  it('unchanged (even with channels reordered) → []', () => {
    expect(diffRecords(KHAI_SINH, structuredClone(KHAI_SINH))).toEqual([]);
    expect(diffRecords(KHAI_SINH, edit((r) => r.channels.reverse()))).toEqual([]);
  });

  it('a changed time on one channel', () => {
    const b = edit((r) => {
      r.channels[1]!.processingTime = { amount: 3, unit: 'working_days', asWritten: '03 ngày làm việc' };
    });
    expect(diffRecords(KHAI_SINH, b)).toEqual([
      {
        path: 'channels.online.processingTime',
        before: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' },
        after: { amount: 3, unit: 'working_days', asWritten: '03 ngày làm việc' },
      },
    ]);
  });

  it('an added and a removed document, matched by name', () => {
    const added = { name: 'Văn bản ủy quyền (nếu có)', copies: '1 bản sao', required: false };
    const b = edit((r) => {
      r.documents = [r.documents[0]!, added];
    });
    expect(diffRecords(KHAI_SINH, b)).toEqual([
      { path: 'documents[Giấy chứng sinh]', before: { name: 'Giấy chứng sinh', copies: '1 bản chính', required: true }, after: null },
      { path: 'documents[Văn bản ủy quyền (nếu có)]', before: null, after: added },
    ]);
  });

  it('document copies, a fee, a channel, levels, legal bases and a name', () => {
    const b = edit((r) => {
      r.name = 'Đăng ký khai sinh';
      r.levels = ['province', 'commune'];
      r.documents[0]!.copies = '2 bản chính';
      r.channels[0]!.fees[0]!.amount = 8_000;
      r.channels.push({ channel: 'postal', processingTime: { amount: 1, unit: 'working_days', asWritten: '1 ngày' }, fees: [] });
      r.legalBases = ['Luật Hộ tịch (60/2014/QH13)', 'Thông tư 04/2020/TT-BTP'];
    });
    expect(diffRecords(KHAI_SINH, b).map((c) => c.path)).toEqual([
      'name',
      'levels',
      'channels.direct.fees[Lệ phí]',
      'channels.postal',
      'documents[Tờ khai đăng ký khai sinh theo mẫu].copies',
      'legalBases',
      'legalBases',
    ]);
    const legal = diffRecords(KHAI_SINH, b).filter((c) => c.path === 'legalBases');
    expect(legal).toEqual([
      { path: 'legalBases', before: 'Nghị định 123/2015/NĐ-CP', after: null },
      { path: 'legalBases', before: null, after: 'Thông tư 04/2020/TT-BTP' },
    ]);
  });
});
