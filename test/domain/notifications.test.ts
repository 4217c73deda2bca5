import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_CODES } from '../../src/domain/dossier';
import {
  CHATBOT_HELP,
  MILESTONES,
  dossierNotice,
  fitSms,
  gsm7Length,
  lookupReply,
  maskEmail,
  maskPhone,
  milestoneOf,
  normaliseEmail,
  normaliseVietnamMobile,
  notFoundReply,
  otpNotice,
  OTP_PURPOSES,
  parseLookupText,
  recipientOf,
  smsSegments,
  toSmsText,
  type DossierNoticeContext,
  type Milestone,
  type MilestoneDetails,
} from '../../src/domain/notifications';

const CODE = '000.00.17.H04-261122-0001';
const ctx: DossierNoticeContext = {
  code: CODE,
  procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  applicantName: 'Nguyễn Thị Lan',
  agency: { name: 'Sở Tư pháp tỉnh An Giang', address: 'Số 15 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang', phone: '0296 3852 555' },
  dueDate: '2026-12-07',
  lookupUrl: `https://motcua.angiang.gov.vn/tra-cuu/${CODE}?t=AbCdEfGhIjKlMnOpQrStUv`,
  ratingUrl: `https://motcua.angiang.gov.vn/danh-gia/${CODE}?t=AbCdEfGhIjKlMnOpQrStUv`,
};

const EXAMPLES: Record<Milestone, MilestoneDetails> = {
  submitted: { milestone: 'submitted' },
  received: { milestone: 'received' },
  supplement_requested: { milestone: 'supplement_requested', reason: 'Tờ khai thiếu chữ ký của người yêu cầu', documents: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (có chữ ký)', 'Bản sao CCCD'] },
  supplement_received: { milestone: 'supplement_received' },
  refused: { milestone: 'refused', reason: 'Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp' },
  result_ready: { milestone: 'result_ready', electronic: true },
  returned: { milestone: 'returned' },
  apology: { milestone: 'apology', reason: 'Cần xác minh thêm tại Công an tỉnh', newDueDate: '2026-12-14' },
  stopped: { milestone: 'stopped', reason: 'Người yêu cầu không bổ sung hồ sơ đúng hạn' },
  withdrawn: { milestone: 'withdrawn', reason: null },
};

const ASCII = /^[\x20-\x7e]*$/;

describe('toSmsText', () => {
  it.each([
    ['Nguyễn Thị Lan', 'Nguyen Thi Lan'],
    ['ĐĂNG KÝ KHAI SINH – Ủy ban', 'DANG KY KHAI SINH - Uy ban'],
    ['Phiếu lý lịch tư pháp số 1', 'Phieu ly lich tu phap so 1'],
    ['“Hẹn trả”  kết quả…\nngày 07/12/2026', '"Hen tra" ket qua... ngay 07/12/2026'],
    ['Lệ phí 200.000 ₫', 'Le phi 200.000 d'],
  ])('%s → %s', (input, expected) => {
    expect(toSmsText(input)).toBe(expected);
  });

  const vietnamese = fc.string({ unit: fc.constantFrom(...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđbcdghklmnpqrstvx0123456789 .,-/:()ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÊỀẾỂỄỆÔỒỐỔỖỘƠỜỚỞỠỢƯỪỨỬỮỰ'.split('')), maxLength: 200 });

  it('is ASCII only for Vietnamese text, keeps every digit and the case of each letter', () => {
    fc.assert(
      fc.property(vietnamese, (s) => {
        const out = toSmsText(s);
        expect(out).toMatch(ASCII);
        expect(out.replace(/\D/g, '')).toBe(s.replace(/\D/g, ''));
        const letters = (x: string) => [...x].filter((c) => /\p{L}/u.test(c));
        expect(letters(out).map((c) => c === c.toUpperCase())).toEqual(letters(s).map((c) => c === c.toUpperCase()));
        expect(gsm7Length(out)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps dossier codes and links intact inside Vietnamese text', () => {
    const code = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9999 })).map(([a, n]) => `${String(a).padStart(3, '0')}.00.17.H04-261122-${String(n).padStart(4, '0')}`);
    fc.assert(
      fc.property(vietnamese, code, vietnamese, (before, c, after) => {
        const link = `https://x.vn/tra-cuu/${c}?t=Ab_-9`;
        const out = toSmsText(`${before} ${c} ${after} ${link}`);
        expect(out).toContain(c);
        expect(out).toContain(link);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any text into the GSM alphabet', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        expect(toSmsText(s)).toMatch(ASCII);
      }),
    );
  });
});

describe('SMS segments', () => {
  it('counts GSM 7-bit by 160/153 septets and UCS-2 by 70/67 units', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
    expect(smsSegments('{'.repeat(80))).toBe(1); // extension characters take two septets
    expect(smsSegments('{'.repeat(81))).toBe(2);
    expect(smsSegments('ư'.repeat(70))).toBe(1);
    expect(smsSegments('ư'.repeat(71))).toBe(2);
  });

  it('fitSms shortens the variable part so the message stays within its segments', () => {
    const long = 'Thủ tục rất dài '.repeat(40);
    const out = fitSms((p) => `Ho so ${CODE} (${p}) da duoc tiep nhan. Tra cuu: ${ctx.lookupUrl}`, long);
    expect(smsSegments(out)).toBeLessThanOrEqual(2);
    expect(out).toContain(CODE);
    expect(out).toContain(ctx.lookupUrl);
    expect(out).toContain('...');
    expect(fitSms((p) => `Ngan ${p}`, 'gọn')).toBe('Ngan gon');
  });
});

describe('milestones', () => {
  it('maps every status, and nothing else', () => {
    expect(STATUS_CODES.map((s) => [s, milestoneOf(s)])).toEqual([
      [1, null],
      [2, 'received'],
      [3, 'refused'],
      [4, null],
      [5, 'supplement_requested'],
      [6, null],
      [7, 'withdrawn'],
      [8, 'stopped'],
      [9, 'result_ready'],
      [10, 'returned'],
    ]);
    for (const s of [0, 11, -1, 2.5, 99]) expect(milestoneOf(s)).toBeNull();
    expect(milestoneOf(2, 'supplement_received')).toBe('supplement_received');
    expect(milestoneOf(4, 'supplement_received')).toBe('supplement_received');
    expect(milestoneOf(4, 'extend')).toBe('apology');
    expect(milestoneOf(2, 'receive')).toBe('received');
  });
});

describe('dossier notices', () => {
  it.each(MILESTONES)('%s: Vietnamese e-mail with the code, and a short SMS without diacritics', (m) => {
    const n = dossierNotice(ctx, EXAMPLES[m]);
    expect(n.template).toBe(`dossier.${m}`);
    expect(n.subject).toContain(CODE);
    expect(n.text).toContain('Kính gửi Ông/Bà Nguyễn Thị Lan');
    expect(n.text).toContain(`Mã hồ sơ: ${CODE}`);
    expect(n.text).toContain(ctx.procedureName);
    expect(n.text).toContain('Sở Tư pháp tỉnh An Giang');
    expect(n.sms).toMatch(ASCII);
    expect(n.sms).toContain(CODE);
    expect(smsSegments(n.sms)).toBeLessThanOrEqual(2);
    const hasLink = !['refused', 'stopped', 'withdrawn'].includes(m);
    if (!hasLink) expect(smsSegments(n.sms)).toBe(1);
    if (hasLink) expect(n.sms).toContain(m === 'returned' ? ctx.ratingUrl : ctx.lookupUrl);
  });

  it('says what each milestone needs', () => {
    const text = (m: Milestone) => dossierNotice(ctx, EXAMPLES[m]).text;
    expect(text('received')).toContain('Ngày hẹn trả kết quả: 07/12/2026');
    expect(text('received')).toContain(ctx.lookupUrl);
    expect(text('supplement_requested')).toContain('Lý do: Tờ khai thiếu chữ ký của người yêu cầu');
    expect(text('supplement_requested')).toContain('1. Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (có chữ ký)');
    expect(text('supplement_requested')).toContain('2. Bản sao CCCD');
    expect(text('refused')).toContain('Lý do: Thủ tục không thuộc thẩm quyền');
    expect(text('result_ready')).toContain('Số 15 Lê Triệu Kiết');
    expect(text('result_ready')).toContain('giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    expect(text('returned')).toContain(ctx.ratingUrl);
    expect(text('apology')).toContain('Ngày hẹn trả kết quả mới: 14/12/2026');
    expect(text('apology')).toContain('xin lỗi');
    expect(text('stopped')).toContain('Lý do: Người yêu cầu không bổ sung');
    expect(text('withdrawn')).not.toContain('Ghi chú');
    expect(dossierNotice(ctx, { milestone: 'received' }).sms).toContain('hen tra ket qua 07/12/2026');
    expect(dossierNotice({ ...ctx, dueDate: null }, { milestone: 'received' }).text).toContain('Ngày hẹn trả kết quả: theo giấy tiếp nhận');
  });

  it('keeps a notice with a very long reason within two segments', () => {
    const n = dossierNotice(ctx, { milestone: 'supplement_requested', reason: 'Thiếu giấy tờ '.repeat(50), documents: ['Giấy khai sinh'.repeat(10)] });
    expect(smsSegments(n.sms)).toBeLessThanOrEqual(2);
    expect(n.sms).toContain(ctx.lookupUrl);
    const far = dossierNotice({ ...ctx, agency: { ...ctx.agency, name: 'Bộ phận tiếp nhận và trả kết quả '.repeat(12) } }, { milestone: 'result_ready', electronic: false });
    expect(smsSegments(far.sms)).toBeLessThanOrEqual(2);
    expect(far.sms).toContain(ctx.lookupUrl);
  });
});

describe('one-time codes', () => {
  it.each(OTP_PURPOSES)('%s: the code in the e-mail and in a one-segment SMS', (purpose) => {
    const n = otpNotice({ code: '482913', purpose, expiresMinutes: 10 });
    expect(n.template).toBe(`otp.${purpose}`);
    expect(n.subject).not.toContain('482913');
    expect(n.text).toContain('482913');
    expect(n.text).toContain('10 phút');
    expect(n.sms).toContain('482913');
    expect(n.sms).toMatch(ASCII);
    expect(smsSegments(n.sms)).toBe(1);
  });
});

describe('recipients', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['091.234.5678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0084912345678', '+84912345678'],
    ['0356789012', '+84356789012'],
    ['0867000111', '+84867000111'],
  ])('mobile %s → %s', (input, expected) => expect(normaliseVietnamMobile(input)).toBe(expected));

  it.each(['02963852555', '0296 3852 555', '091234567', '09123456789', '+14155550100', '0112345678', 'abc', ''])('not a Vietnamese mobile: %s', (input) => {
    expect(normaliseVietnamMobile(input)).toBeNull();
  });

  it('validates and masks e-mail addresses and phones', () => {
    expect(normaliseEmail(' lan@example.vn ')).toBe('lan@example.vn');
    for (const bad of ['lan', 'lan@', '@example.vn', 'lan@example', 'l an@example.vn', 'lan..x@example.vn', 'lan@exa_mple.vn']) expect(normaliseEmail(bad)).toBeNull();
    expect(maskEmail('lan@example.vn')).toBe('l**@example.vn');
    expect(maskEmail('nguyen.thi.lan@example.vn')).toBe('n*************@example.vn');
    expect(maskPhone('+84912345678')).toBe('+84912***678');
    expect(recipientOf('sms', '0912345678')).toEqual({ ok: true, to: '+84912345678', masked: '+84912***678' });
    expect(recipientOf('sms', '02963852555')).toMatchObject({ ok: false });
    expect(recipientOf('email', 'x@y')).toMatchObject({ ok: false, reason: 'Địa chỉ thư điện tử không hợp lệ' });
  });
});

describe('chat-bot lookup', () => {
  it('finds the code and the 4 check digits in a message', () => {
    expect(parseLookupText(`tra cuu ${CODE} 5678`)).toEqual({ code: CODE, check: '5678' });
    expect(parseLookupText(`5678 ${CODE.toLowerCase()}`)).toEqual({ code: CODE, check: '5678' });
    expect(parseLookupText(`Tra cứu hồ sơ ${CODE}, số kiểm tra: 5678.`)).toEqual({ code: CODE, check: '5678' });
    expect(parseLookupText(`tra cuu ${CODE}`)).toEqual({ code: CODE, check: null });
    expect(parseLookupText(`tra cuu ${CODE} 567`)).toEqual({ code: CODE, check: null });
    expect(parseLookupText('xin chào 5678')).toEqual({ code: null, check: '5678' });
  });

  it('answers with the status in one Vietnamese sentence', () => {
    const view = { code: CODE, status: 4, statusName: 'Đang xử lý', procedure: { name: 'Cấp Phiếu lý lịch tư pháp' }, agency: 'Sở Tư pháp', receivingAgency: 'Sở Tư pháp', dueAt: new Date('2026-12-07T10:00:00Z'), returnedAt: null, late: false };
    expect(lookupReply(view)).toBe(`Hồ sơ ${CODE} (Cấp Phiếu lý lịch tư pháp): đang xử lý tại Sở Tư pháp. Ngày hẹn trả kết quả: 07/12/2026.`);
    expect(lookupReply({ ...view, late: true })).toContain('quá hạn');
    expect(lookupReply({ ...view, status: 9, statusName: 'Đã xử lý xong' })).toContain('Mời Ông/Bà nhận kết quả tại bộ phận một cửa của Sở Tư pháp');
    expect(lookupReply({ ...view, status: 10, statusName: 'Đã trả kết quả', returnedAt: new Date('2026-12-05T03:00:00Z') })).toContain('ngày 05/12/2026');
    expect(notFoundReply(CODE)).toContain('Không tìm thấy hồ sơ');
    expect(CHATBOT_HELP).toContain('4 số cuối');
  });
});
