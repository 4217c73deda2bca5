import { describe, expect, it } from 'vitest';
import { parseChannels, parseDocuments, parseDvcqgRecord, parseLegalBases, validateRecord } from '../../../src/domain/procedure';
import {
  ABTC_CHANNELS,
  BAN_SAO_SO_GOC,
  FORM_FILE_DOCUMENTS,
  FREE_CONFLICT_CHANNELS,
  GIAY_THONG_HANH_CHANNELS,
  KHAI_SINH_DOCUMENTS,
  KHIEU_NAI,
  KIEM_DINH_CHANNELS,
  NO_UNIT_CHANNELS,
  USD_CHANNELS,
  UY_QUYEN_DOCUMENTS,
  XANG_DAU_CHANNELS,
} from './fixtures';

const free = { label: 'Phí, lệ phí', amount: 0, asWritten: 'Miễn phí' };
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('parseDvcqgRecord on whole crawled records', () => {
  it('2.000908 cấp bản sao từ sổ gốc: every field, "Cơ quan khác" flagged, record valid', () => {
    const { record, flags } = parseDvcqgRecord(BAN_SAO_SO_GOC);
    const oneDay = { amount: 1, unit: 'working_days', asWritten: '1 Ngày làm việc' };
    expect(record).toEqual({
      code: '2.000908',
      name: 'Thủ tục cấp bản sao từ sổ gốc',
      field: 'Chứng thực',
      levels: ['central', 'province', 'commune'],
      implementingAgency: 'Cơ quan, tổ chức đang quản lý sổ gốc',
      decisionRef: '858/QĐ-BTP',
      channels: [
        { channel: 'online', processingTime: oneDay, fees: [free] },
        { channel: 'postal', processingTime: oneDay, fees: [free] },
        { channel: 'direct', processingTime: oneDay, fees: [free] },
      ],
      documents: [
        { name: 'Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước', copies: '1 bản chính', required: true, forms: [], reuse: 'cccd' },
        {
          name: 'Bản chính hoặc bản sao có chứng thực giấy tờ chứng minh quan hệ với người được cấp bản chính',
          copies: '1 bản chính',
          required: true,
          forms: [],
          reuse: null,
        },
      ],
      onlineLevel: null,
      locationIndependent: false,
      formFields: [],
      legalBases: [
        'Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch (23/2015/NĐ-CP)',
        'Thông tư 01/2020/TT-BTP',
      ],
      subjects: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam',
      result: 'Bản sao được cấp từ sổ gốc',
      conditions: 'Cơ quan, tổ chức căn cứ vào sổ gốc để cấp bản sao; nội dung bản sao phải đúng theo sổ gốc.',
    });
    expect(flags).toEqual(['level_other']);
    expect(validateRecord(record).ok).toBe(true);
  });

  it('1.000178 khiếu nại: unknown fees kept as written, a law name glued to its code kept whole', () => {
    const { record, flags } = parseDvcqgRecord(KHIEU_NAI);
    const noFee = { label: 'Phí, lệ phí', amount: null, asWritten: 'Không có thông tin' };
    const sixty = { amount: 60, unit: 'working_days', asWritten: '60 Ngày làm việc' };
    expect(record.levels).toEqual(['central']);
    expect(record.channels).toEqual([
      { channel: 'postal', processingTime: sixty, fees: [noFee] },
      { channel: 'direct', processingTime: sixty, fees: [noFee] },
    ]);
    expect(record.documents.map((d) => [d.name, d.required])).toEqual([
      ['Tài liệu, chứng cứ do các bên cung cấp', true],
      ['Biên bản tổ chức đối thoại (nếu có)', false],
      ['Đơn khiếu nại hoặc bản ghi nội dung khiếu nại', true],
    ]);
    expect(record.legalBases).toEqual([
      'Hướng dẫn xử lý khiếu nại, kiến nghị, phản ánh; giải quyết khiếu nại và quản lý công tác giải quyết khiếu nại trong công an nhân dân (68/2013/TT-BCA)',
      'Luật Khiếu nại năm 201102/2011/QH13',
      'Nghị định 05/2012/NĐ-CP',
    ]);
    expect(record.result).toBe('Quyết định giải quyết khiếu nại lần 1, lần 2');
    expect(sorted(flags)).toEqual(['fee_missing:direct', 'fee_missing:postal', 'legal_basis_ambiguous:1']);
  });

  it('reports missing and mistyped source fields instead of throwing', () => {
    const { record, flags } = parseDvcqgRecord({ ma_thu_tuc: 1001193, ten_thu_tuc: 'Đăng ký khai sinh' });
    expect(record.code).toBe('');
    expect(record.name).toBe('Đăng ký khai sinh');
    expect(record.channels).toEqual([]);
    expect(flags).toContain('field_missing:ma_thu_tuc');
    expect(flags).toContain('field_missing:cach_thuc_thuc_hien');
    expect(flags).toContain('code_invalid');
    expect(flags).toContain('channels_unparsed');
    expect(parseDvcqgRecord('không phải đối tượng').flags).toContain('input_not_object');
  });
});

describe('parseChannels on real flattened tables', () => {
  it('same channel twice with different times: no certain time, one fee, flagged', () => {
    const { channels, flags } = parseChannels(ABTC_CHANNELS);
    expect(channels).toEqual([
      {
        channel: 'direct',
        processingTime: { amount: null, unit: null, asWritten: '21 Ngày; 5 Ngày làm việc' },
        fees: [{ label: 'Phí, lệ phí', amount: 1_000_000, asWritten: '1,000,000 Việt Nam Đồng(1.000.000đ/thẻ ABTC.)' }],
      },
      {
        channel: 'postal',
        processingTime: { amount: 5, unit: 'working_days', asWritten: '5 Ngày làm việc' },
        fees: [{ label: 'Phí, lệ phí', amount: null, asWritten: 'Không có thông tin' }],
      },
    ]);
    expect(sorted(flags)).toEqual(['channel_duplicate:direct', 'fee_missing:postal']);
  });

  it('a note naming another amount makes the fee uncertain', () => {
    const { channels, flags } = parseChannels(GIAY_THONG_HANH_CHANNELS);
    expect(channels.map((c) => [c.channel, c.fees[0]!.amount])).toEqual([
      ['online', 50_000],
      ['direct', null],
    ]);
    expect(channels[1]!.fees[0]!.asWritten).toMatch(/^50,000 Việt Nam Đồng\(25\.000\.000đ\/giấy thông hành/u);
    expect(flags).toEqual(['fee_amount_conflict:direct']);
  });

  it('unit-less time glued to a fee: the only well-formed split is used, the unit stays unknown', () => {
    const { channels, flags } = parseChannels(KIEM_DINH_CHANNELS);
    expect(channels).toHaveLength(2);
    expect(channels[0]).toEqual({
      channel: 'online',
      processingTime: { amount: 1, unit: null, asWritten: '1' },
      fees: [{ label: 'Phí, lệ phí', amount: 40_000, asWritten: '40,000 Việt Nam Đồng(- Xe ô tô từ 10 chỗ trở lên)' }],
    });
    expect(sorted(flags)).toEqual(['time_unit_missing:direct', 'time_unit_missing:online']);
  });

  it('"120 VNĐ" (1 + 20 or 12 + 0): neither time nor fee is guessed', () => {
    const { channels, flags } = parseChannels(XANG_DAU_CHANNELS);
    expect(channels[0]).toEqual({
      channel: 'online',
      processingTime: { amount: null, unit: null, asWritten: '120' },
      fees: [{ label: 'Phí, lệ phí', amount: null, asWritten: '120 VNĐ(20.000 vnđ /tờ khai)' }],
    });
    expect(sorted(flags)).toEqual(['time_fee_ambiguous:direct', 'time_fee_ambiguous:online']);
  });

  it('a lost unit keeps the amount with unit null; a free fee is 0', () => {
    expect(parseChannels(NO_UNIT_CHANNELS)).toEqual({
      channels: [{ channel: 'direct', processingTime: { amount: 1, unit: null, asWritten: '1' }, fees: [free] }],
      flags: ['time_unit_missing:direct'],
    });
  });

  it('foreign currency: amount null, text kept, rows still split ("10 USDDịch vụ…")', () => {
    const { channels, flags } = parseChannels(USD_CHANNELS);
    expect(channels.map((c) => c.channel)).toEqual(['online', 'postal', 'direct']);
    for (const c of channels) {
      expect(c.processingTime).toEqual({ amount: 5, unit: 'working_days', asWritten: '5 Ngày làm việc' });
      expect(c.fees).toEqual([{ label: 'Phí, lệ phí', amount: null, asWritten: '10 USD' }]);
    }
    expect(sorted(flags)).toEqual(['fee_foreign_currency:direct', 'fee_foreign_currency:online', 'fee_foreign_currency:postal']);
  });

  it('"Miễn phí" whose note applies a fee schedule is not certainly free', () => {
    const { channels, flags } = parseChannels(FREE_CONFLICT_CHANNELS);
    expect(channels[0]!.fees).toEqual([
      {
        label: 'Phí, lệ phí',
        amount: null,
        asWritten: 'Miễn phí(Áp dụng mức thu theo mức phí quy định tại Thông tư số 48/2022/TT-BTC ngày 03/8/2022 của Bộ Tài chính.)',
      },
    ]);
    expect(flags).toEqual(['fee_free_conflict:direct']);
  });

  it('"Lệ phí : 8.000 Đồng" and "Trong ngày" as the portal detail page writes them', () => {
    const { channels, flags } = parseChannels('Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếpTrong ngàyLệ phí : 8.000 Đồng(8.000 đồng/bản)');
    expect(channels).toEqual([
      {
        channel: 'direct',
        processingTime: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' },
        fees: [{ label: 'Lệ phí', amount: 8_000, asWritten: 'Lệ phí : 8.000 Đồng(8.000 đồng/bản)' }],
      },
    ]);
    expect(flags).toEqual([]);
  });
});

describe('parseDocuments', () => {
  it('splits sections and entries; "N bản chính,N bản sao" kept as copies', () => {
    const { documents, flags } = parseDocuments(KHAI_SINH_DOCUMENTS);
    expect(documents).toEqual([
      {
        name: 'Bản chính Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh',
        copies: '1 bản chính',
        required: true,
        forms: [],
        reuse: null,
      },
      { name: 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', copies: '1 bản chính, 1 bản sao', required: true, forms: [], reuse: null },
      { name: 'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử còn giá trị sử dụng.', copies: '1 bản chính', required: true, forms: [], reuse: 'cccd' },
    ]);
    expect(flags).toEqual([]);
  });

  it('documents of a "Trường hợp …" section are not always required', () => {
    const { documents } = parseDocuments(UY_QUYEN_DOCUMENTS);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.required).toBe(false);
    expect(documents[0]!.name).toMatch(/^Trường hợp ủy quyền cho đơn vị cung cấp dịch vụ bưu chính/u);
  });

  it('splits a glued form file name off the document name into its forms', () => {
    expect(parseDocuments(FORM_FILE_DOCUMENTS)).toEqual({
      documents: [{ name: 'Văn bản đề nghị hủy tài khoản điện tử (NA20).', copies: '1 bản chính', required: true, forms: [{ name: 'Mau NA20-BCA.docx', url: null }], reuse: null }],
      flags: [],
    });
  });

  it('text without the table becomes one document with the raw text, flagged', () => {
    const raw = 'Hồ sơ gồm đơn đề nghị và bản sao giấy tờ tùy thân';
    expect(parseDocuments(raw)).toEqual({ documents: [{ name: raw, copies: '', required: true, forms: [], reuse: null }], flags: ['documents_unparsed'] });
    expect(parseDocuments('--')).toEqual({ documents: [], flags: ['documents_missing'] });
  });
});

describe('parseLegalBases', () => {
  it('"Không có thông tin" gives no items and a flag; text without the header is kept whole', () => {
    expect(parseLegalBases('Không có thông tin')).toEqual({ legalBases: [], flags: ['legal_bases_missing'] });
    expect(parseLegalBases('Luật Hộ tịch năm 2014')).toEqual({ legalBases: ['Luật Hộ tịch năm 2014'], flags: ['legal_bases_unparsed'] });
  });

  it('a name that repeats its own code ending in digits splits for certain', () => {
    const { legalBases, flags } = parseLegalBases('Tên văn bản pháp lýMã văn bảnLuật 51/2019/QH1451/2019/QH14Quy định mẫu giấy tờ04/2015/TT-BCA');
    expect(legalBases).toEqual(['Luật 51/2019/QH14', 'Quy định mẫu giấy tờ (04/2015/TT-BCA)']);
    expect(flags).toEqual([]);
  });
});
