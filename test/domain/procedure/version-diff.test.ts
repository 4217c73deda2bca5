import { describe, expect, it } from 'vitest';
import { changeLabel, diffRecords, type ProcedureRecord } from '../../../src/domain/procedure';
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

  it('changed online form fields are one change, labelled for the history', () => {
    const field = { key: 'purpose', label: 'Mục đích', kind: 'text' as const, required: true, help: '', visibleIf: null, maxLength: 200, multiline: false };
    const b = edit((r) => {
      r.formFields = [field];
    });
    expect(diffRecords(KHAI_SINH, b)).toEqual([{ path: 'formFields', before: [], after: [field] }]);
    expect(changeLabel('formFields')).toBe('Thông tin tờ khai trực tuyến');
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
    const added = { name: 'Văn bản ủy quyền (nếu có)', copies: '1 bản sao', required: false, forms: [], reuse: null };
    const b = edit((r) => {
      r.documents = [r.documents[0]!, added];
    });
    expect(diffRecords(KHAI_SINH, b)).toEqual([
      { path: 'documents[Giấy chứng sinh]', before: { name: 'Giấy chứng sinh', copies: '1 bản chính', required: true, forms: [], reuse: null }, after: null },
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

  it('the location-independent flag, a document\'s templates and its reusable kind', () => {
    const b = edit((r) => {
      r.locationIndependent = true;
      r.documents[0]!.forms = [{ name: 'Mau TP-HT-01.docx', url: 'https://dichvucong.gov.vn/mau/TP-HT-01.docx' }];
      r.documents[1]!.reuse = 'birth_certificate';
    });
    const changes = diffRecords(KHAI_SINH, b);
    expect(changes).toEqual([
      { path: 'locationIndependent', before: false, after: true },
      {
        path: 'documents[Tờ khai đăng ký khai sinh theo mẫu].forms',
        before: [{ name: 'Mau to khai dang ky khai sinh.docx', url: null }],
        after: [{ name: 'Mau TP-HT-01.docx', url: 'https://dichvucong.gov.vn/mau/TP-HT-01.docx' }],
      },
      { path: 'documents[Giấy chứng sinh].reuse', before: null, after: 'birth_certificate' },
    ]);
    expect(changes.map((c) => changeLabel(c.path))).toEqual([
      'Không phụ thuộc địa giới hành chính',
      'Thành phần hồ sơ «Tờ khai đăng ký khai sinh theo mẫu»: mẫu đơn, tờ khai',
      'Thành phần hồ sơ «Giấy chứng sinh»: loại giấy tờ tái sử dụng',
    ]);
  });
});

describe('changeLabel', () => {
  it.each([
    ['name', 'Tên thủ tục'],
    ['onlineLevel', 'Mức độ dịch vụ công trực tuyến'],
    ['levels', 'Cấp thực hiện'],
    ['legalBases', 'Căn cứ pháp lý'],
    ['channels.postal', 'Hình thức nộp «Dịch vụ bưu chính»'],
    ['channels.online.processingTime', 'Hình thức nộp «Trực tuyến»: thời hạn giải quyết'],
    ['channels.direct.fees[Lệ phí]', 'Hình thức nộp «Trực tiếp»: phí, lệ phí «Lệ phí»'],
    ['documents[Giấy chứng sinh]', 'Thành phần hồ sơ «Giấy chứng sinh»'],
    ['documents[Tờ khai [mẫu 01]].copies', 'Thành phần hồ sơ «Tờ khai [mẫu 01]»: số lượng'],
    ['documents[Giấy chứng sinh#2].required', 'Thành phần hồ sơ «Giấy chứng sinh#2»: bắt buộc'],
    ['somethingElse', 'somethingElse'],
    ['channels.fax', 'channels.fax'],
    ['constructor', 'constructor'],
    ['documents[Tờ khai].constructor', 'documents[Tờ khai].constructor'],
  ])('%s → %s', (path, label) => expect(changeLabel(path)).toBe(label));

  it('every path diffRecords makes for the example gets a Vietnamese label', () => {
    const b = edit((r) => {
      r.name = 'Đăng ký khai sinh';
      r.levels = ['province', 'commune'];
      r.documents[0]!.copies = '2 bản chính';
      r.channels[0]!.fees[0]!.amount = 8_000;
      r.channels[1]!.processingTime.amount = 1;
      r.channels.push({ channel: 'postal', processingTime: { amount: 1, unit: 'working_days', asWritten: '1 ngày' }, fees: [] });
      r.legalBases = ['Luật Hộ tịch (60/2014/QH13)'];
    });
    for (const c of diffRecords(KHAI_SINH, b)) expect(changeLabel(c.path), c.path).not.toBe(c.path);
  });
});
