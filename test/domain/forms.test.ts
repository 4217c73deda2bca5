import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBook, buildForm, formNumber, type BookRequest, type FormBase, type FormDocument, type FormKind, type FormRequest, type FormSet } from '../../src/domain/forms';

// 15:30 in Hà Nội (UTC+7) on 22/11/2026.
const AT = new Date('2026-11-22T08:30:00Z');

function base(overrides: Partial<FormBase> = {}): FormBase {
  return {
    set: '01/2018',
    code: '000.00.17.H04-261122-0001',
    lookupUrl: 'https://dichvucong.angiang.gov.vn/tra-cuu?ma=000.00.17.H04-261122-0001',
    agency: { name: 'Trung tâm Phục vụ hành chính công tỉnh An Giang', parentName: 'Ủy ban nhân dân tỉnh An Giang', place: 'An Giang', phone: '0296 3957 999', website: null },
    issuedAt: AT,
    procedure: { code: '1.005129', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' },
    channel: 'direct',
    applicant: { name: 'Nguyễn Thị Hồng Nhung', idNumber: '089186001234', address: 'Phường Long Xuyên, tỉnh An Giang', phone: '0912345678', email: null },
    owner: null,
    officer: { name: 'Lê Minh Tuấn' },
    receivedAt: AT,
    dueAt: new Date('2026-12-04T09:45:00Z'),
    processingTime: '10 ngày làm việc',
    documents: [
      { name: 'Đơn đề nghị cấp giấy phép xây dựng', copies: '1 bản chính' },
      { name: 'Bản vẽ thiết kế xây dựng', copies: '2 bản chính' },
    ],
    ...overrides,
  };
}

const handover = { agency: 'Phòng Kinh tế, Hạ tầng và Đô thị', step: 'Thẩm định hồ sơ', at: new Date('2026-11-23T02:05:00Z'), giver: 'Lê Minh Tuấn', receiver: 'Võ Thanh Sơn', result: 'Đạt', note: null };

/** One request of each slip kind for a set (stop only where the set has it). */
function requests(set: FormSet, b: FormBase = base({ set })): FormRequest[] {
  const all: FormRequest[] = [
    { ...b, kind: 'receipt' },
    { ...b, kind: 'supplement', reason: 'Bản vẽ chưa có chữ ký của chủ nhiệm thiết kế', missing: ['Bản vẽ mặt bằng công trình', 'Giấy chứng nhận quyền sử dụng đất'] },
    { ...b, kind: 'refusal', reason: 'Thủ tục không thuộc thẩm quyền giải quyết' },
    { ...b, kind: 'apology', reason: 'Cần xác minh thực địa', originalDueAt: new Date('2026-12-04T09:45:00Z'), newDueAt: new Date('2026-12-11T01:00:00Z'), responsibleAgency: 'Sở Xây dựng tỉnh An Giang', documentNumber: '12/TB-TTPVHCC' },
    { ...b, kind: 'stop', reason: 'Người nộp hồ sơ đề nghị dừng giải quyết' },
    { ...b, kind: 'control', handovers: [handover] },
  ];
  return set === '01/2018' ? all.filter((r) => r.kind !== 'stop') : all;
}

/** Every piece of text the document prints, walked independently of the renderer. */
function textOf(doc: FormDocument): string {
  const out = [doc.formLabel, doc.legalBasis, doc.title, doc.subtitle ?? '', doc.placeDate, doc.code ?? '', doc.header.agencyParent ?? '', doc.header.agency, doc.header.nation, doc.header.motto, doc.header.documentNumber ?? ''];
  for (const b of doc.blocks) {
    if (b.type === 'field') out.push(`${b.label}: ${b.value}`);
    else if (b.type === 'table') out.push(...b.columns.map((c) => c.header), ...b.rows.flat());
    else out.push(b.text);
  }
  for (const s of doc.signatures) out.push(s.title, s.note, s.name ?? '');
  return out.join('\n');
}

describe('form numbers', () => {
  it('follows TT 01/2018 (6 forms, no stop notice) and TT 03/2025 (7 forms)', () => {
    const expected: Record<FormSet, Record<FormKind, string | null>> = {
      '01/2018': { receipt: '01', supplement: '02', refusal: '03', apology: '04', stop: null, control: '05', book: '06' },
      '03/2025': { receipt: '01', supplement: '02', refusal: '03', apology: '04', stop: '05', control: '06', book: '07' },
    };
    for (const set of ['01/2018', '03/2025'] as const) {
      for (const kind of Object.keys(expected[set]) as FormKind[]) expect(formNumber(set, kind), `${set} ${kind}`).toBe(expected[set][kind]);
    }
  });

  it('refuses the stop notice in the 01/2018 set with a Vietnamese message', () => {
    expect(() => buildForm({ ...base(), kind: 'stop', reason: 'x' })).toThrow(/Thông báo dừng giải quyết hồ sơ.*không có.*01\/2018/);
    const doc = buildForm({ ...base({ set: '03/2025' }), kind: 'stop', reason: 'x' });
    expect(doc.number).toBe('05');
    expect(doc.title).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });

  it('numbers the control sheet 05 in 01/2018 and 06 in 03/2025', () => {
    expect(buildForm({ ...base(), kind: 'control', handovers: [] }).formLabel).toBe('Mẫu số 05');
    expect(buildForm({ ...base({ set: '03/2025' }), kind: 'control', handovers: [] }).formLabel).toBe('Mẫu số 06');
  });
});

describe('every slip', () => {
  for (const set of ['01/2018', '03/2025'] as const) {
    for (const req of requests(set)) {
      it(`${set} ${req.kind}: headers, place and date, code and QR, A5 portrait`, () => {
        const doc = buildForm(req);
        const text = textOf(doc);
        expect(doc.header.nation).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(doc.header.motto).toBe('Độc lập - Tự do - Hạnh phúc');
        expect(doc.header.agency).toBe('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH AN GIANG');
        expect(doc.header.agencyParent).toBe('ỦY BAN NHÂN DÂN TỈNH AN GIANG');
        expect(doc.placeDate).toBe('An Giang, ngày 22 tháng 11 năm 2026');
        expect(doc.code).toBe('000.00.17.H04-261122-0001');
        expect(doc.qr).toBe(req.lookupUrl);
        expect([doc.paper, doc.orientation]).toEqual(['A5', 'portrait']);
        expect(doc.issuedAt).toBe(AT);
        expect(text).toContain('Nguyễn Thị Hồng Nhung');
        if ('reason' in req) expect(text).toContain(req.reason);
      });
    }
  }
});

describe('content of each kind', () => {
  const [receipt, supplement, refusal, apology, control] = requests('01/2018').map(buildForm);
  const [, , , apology25, stop25] = requests('03/2025').map(buildForm);

  it('receipt: documents, reception and appointment times in UTC+7, both signatures', () => {
    const text = textOf(receipt!);
    expect(receipt!.title).toBe('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('15 giờ 30 phút, ngày 22/11/2026');
    expect(text).toContain('16 giờ 45 phút, ngày 04/12/2026');
    expect(text).toContain('10 ngày làm việc');
    expect(text).toContain('Bản vẽ thiết kế xây dựng');
    expect(text).toContain('2 bản chính');
    expect(receipt!.signatures.map((s) => s.name)).toEqual(['Nguyễn Thị Hồng Nhung', 'Lê Minh Tuấn']);
  });

  it('prints the wall clock of Asia/Ho_Chi_Minh across midnight and pads the legal date', () => {
    const late = buildForm({ ...base({ receivedAt: new Date('2026-11-22T17:05:00Z'), issuedAt: new Date('2026-02-04T20:00:00Z') }), kind: 'receipt' });
    expect(textOf(late)).toContain('00 giờ 05 phút, ngày 23/11/2026');
    expect(late.placeDate).toBe('An Giang, ngày 05 tháng 02 năm 2026');
  });

  it('receipt without a reception time is refused', () => {
    expect(() => buildForm({ ...base({ receivedAt: null }), kind: 'receipt' })).toThrow(/chưa có thời gian tiếp nhận/);
  });

  it('supplement: reason and each missing item', () => {
    const text = textOf(supplement!);
    expect(supplement!.title).toBe('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Bản vẽ mặt bằng công trình');
    expect(text).toContain('Giấy chứng nhận quyền sử dụng đất');
    expect(text).toContain('Lý do: Bản vẽ chưa có chữ ký của chủ nhiệm thiết kế');
  });

  it('refusal: the reason and the applicant and officer signatures', () => {
    expect(refusal!.title).toBe('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(textOf(refusal!)).toContain('Thủ tục không thuộc thẩm quyền giải quyết');
    expect(refusal!.signatures).toHaveLength(2);
  });

  it('apology: number, original and new dates, lead agency; the 03/2025 letter asks for the extension', () => {
    expect(apology!.title).toBe('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(apology25!.title).toBe('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    for (const doc of [apology!, apology25!]) {
      const text = textOf(doc);
      expect(doc.header.documentNumber).toBe('Số: 12/TB-TTPVHCC');
      expect(text).toContain('Kính gửi: Nguyễn Thị Hồng Nhung');
      expect(text).toContain('16 giờ 45 phút, ngày 04/12/2026');
      expect(text).toContain('08 giờ 00 phút, ngày 11/12/2026');
      expect(text).toContain('Sở Xây dựng tỉnh An Giang');
      expect(text).toContain('000.00.17.H04-261122-0001');
    }
    expect(textOf(apology25!)).toContain('đề nghị gia hạn');
    expect(textOf(apology!)).not.toContain('đề nghị gia hạn');
  });

  it('apology: a new date not after the old one is refused', () => {
    const req = requests('03/2025')[3]!;
    if (req.kind !== 'apology') throw new Error('fixture');
    expect(() => buildForm({ ...req, newDueAt: req.originalDueAt })).toThrow(/phải sau thời hạn đã hẹn/);
  });

  it('stop (03/2025): reason and code', () => {
    const text = textOf(stop25!);
    expect(text).toContain('Lý do dừng giải quyết: Người nộp hồ sơ đề nghị dừng giải quyết');
    expect(text).toContain('dừng giải quyết hồ sơ mã số 000.00.17.H04-261122-0001');
  });

  it('control sheet: one row per hand-over with its time in UTC+7', () => {
    const table = control!.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toHaveLength(1);
    const text = textOf(control!);
    expect(text).toContain('09 giờ 05 phút, ngày 23/11/2026');
    expect(text).toContain('Võ Thanh Sơn');
    expect(text).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
  });
});

describe('tracking book', () => {
  const req = (set: FormSet, n: number): BookRequest => ({
    set,
    agency: base().agency,
    from: '2026-11-01',
    to: '2026-11-30',
    issuedAt: new Date('2026-12-01T02:00:00Z'),
    rows: Array.from({ length: n }, (_, i) => ({ no: i + 1, code: `CODE-${i + 1}`, procedure: 'Cấp giấy phép', applicant: 'Đặng Văn Ơn', receivedAt: AT, dueAt: null, transfer: null, returnedAt: null, status: 'Đang giải quyết', note: null })),
  });

  it('is A4, numbered 06 then 07, one table row per dossier, the period as subtitle', () => {
    const a = buildBook(req('01/2018', 3));
    const b = buildBook(req('03/2025', 3));
    expect([a.number, b.number]).toEqual(['06', '07']);
    expect(a.paper).toBe('A4');
    expect(a.title).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(a.subtitle).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(a.placeDate).toBe('An Giang, ngày 01 tháng 12 năm 2026');
    const table = a.blocks.find((x) => x.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[1])).toEqual(['CODE-1', 'CODE-2', 'CODE-3']);
    expect(textOf(a)).toContain('22/11/2026 15:30');
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => buildBook({ ...req('03/2025', 0), from: '2026-12-01', to: '2026-11-30' })).toThrow(/sau ngày kết thúc/);
  });
});

describe('property: user text is printed verbatim', () => {
  const letters = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
  const alphabet = [...letters, ...letters.toUpperCase(), ' ', ' ', '-', ',', '.', '(', ')', '0', '7'];
  const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 60 }).map((cs) => cs.join(''));

  it('any Vietnamese name and reason appear unchanged in every form of both sets', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom<FormSet>('01/2018', '03/2025'), (name, reason, set) => {
        const b = base({ set, applicant: { name }, owner: { name: `${name} (chủ)`, address: reason } });
        for (const r of requests(set, b)) {
          const req = 'reason' in r ? { ...r, reason } : r;
          const doc = textOf(buildForm(req));
          expect(doc).toContain(name);
          if ('reason' in req) expect(doc).toContain(reason);
        }
      }),
      { numRuns: 300 },
    );
  });
});
