/**
 * Notices to applicants in Vietnamese: an e-mail (subject and plain-text body) and an SMS (no
 * diacritics, GSM 7-bit; at most 2 segments when a link is included, 1 otherwise). Pure: the caller
 * supplies the dossier's details and the links.
 */
import type { LocalDate } from '../calendar';
import { formatLocalFormDate } from '../forms';
import type { Milestone } from './milestones';
import { fitSms } from './sms-text';

export type NoticeAgency = { name: string; address: string | null; phone: string | null };

export type DossierNoticeContext = {
  code: string;
  procedureName: string;
  applicantName: string;
  /** The agency that received the dossier: where results are collected and questions answered. */
  agency: NoticeAgency;
  dueDate: LocalDate | null;
  /** `${publicUrl}/tra-cuu/${code}?t=${token}`. */
  lookupUrl: string;
  /** `${publicUrl}/danh-gia/${code}?t=${token}`. */
  ratingUrl: string;
};

export type MilestoneDetails =
  | { milestone: 'submitted' }
  | { milestone: 'received' }
  | { milestone: 'supplement_requested'; reason: string; documents: readonly string[] }
  | { milestone: 'supplement_received' }
  | { milestone: 'refused'; reason: string }
  | { milestone: 'result_ready'; electronic: boolean }
  | { milestone: 'returned' }
  | { milestone: 'apology'; reason: string | null; newDueDate: LocalDate }
  | { milestone: 'stopped'; reason: string }
  | { milestone: 'withdrawn'; reason: string | null };

export type Notice = { template: string; subject: string; text: string; sms: string };

const date = (d: LocalDate | null) => (d ? formatLocalFormDate(d) : 'theo giấy tiếp nhận');
const contact = (a: NoticeAgency) => [a.address ? `địa chỉ ${a.address}` : null, a.phone ? `điện thoại ${a.phone}` : null].filter(Boolean).join(', ');

function letter(ctx: DossierNoticeContext, lines: readonly string[]): string {
  const reach = contact(ctx.agency);
  return [
    `Kính gửi Ông/Bà ${ctx.applicantName},`,
    '',
    ...lines,
    '',
    `Mã hồ sơ: ${ctx.code}`,
    `Thủ tục: ${ctx.procedureName}`,
    '',
    `Mọi thắc mắc xin liên hệ ${ctx.agency.name}${reach ? ` (${reach})` : ''}.`,
    '',
    'Trân trọng,',
    ctx.agency.name,
    '',
    '--',
    'Thư được gửi tự động từ Hệ thống thông tin một cửa điện tử; vui lòng không trả lời thư này.',
  ].join('\n');
}

type Parts = { subject: string; lines: string[]; sms: string };

function parts(ctx: DossierNoticeContext, m: MilestoneDetails): Parts {
  const { code } = ctx;
  const proc = ctx.procedureName;
  const track = `Tra cứu tiến độ giải quyết: ${ctx.lookupUrl}`;
  switch (m.milestone) {
    case 'submitted':
      return {
        subject: `Hồ sơ ${code} đã được nộp trực tuyến`,
        lines: [
          `Hồ sơ của Ông/Bà đã được gửi đến ${ctx.agency.name}.`,
          'Cán bộ sẽ kiểm tra và tiếp nhận hồ sơ; ngày hẹn trả kết quả được tính từ khi hồ sơ được tiếp nhận và sẽ được thông báo cho Ông/Bà.',
          track,
        ],
        sms: fitSms((p) => `Ho so ${code} (${p}) da duoc nop truc tuyen, cho can bo tiep nhan. Tra cuu: ${ctx.lookupUrl}`, proc),
      };
    case 'received':
      return {
        subject: `Hồ sơ ${code} đã được tiếp nhận`,
        lines: [`${ctx.agency.name} đã tiếp nhận hồ sơ của Ông/Bà.`, `Ngày hẹn trả kết quả: ${date(ctx.dueDate)}.`, track],
        sms: fitSms((p) => `Ho so ${code} (${p}) da duoc tiep nhan, hen tra ket qua ${date(ctx.dueDate)}. Tra cuu: ${ctx.lookupUrl}`, proc),
      };
    case 'supplement_requested':
      return {
        subject: `Hồ sơ ${code}: cần bổ sung giấy tờ`,
        lines: [
          `Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện trước khi tiếp tục giải quyết.`,
          `Lý do: ${m.reason}`,
          'Giấy tờ cần bổ sung:',
          ...m.documents.map((d, i) => `  ${i + 1}. ${d}`),
          `Ông/Bà vui lòng nộp bổ sung tại ${ctx.agency.name} hoặc trên Cổng dịch vụ công. Thời hạn giải quyết được tính lại từ khi nhận đủ hồ sơ bổ sung.`,
          track,
        ],
        sms: fitSms((r) => `Ho so ${code} can bo sung: ${r}. Chi tiet: ${ctx.lookupUrl}`, `${m.documents.join('; ')} (${m.reason})`),
      };
    case 'supplement_received':
      return {
        subject: `Hồ sơ ${code}: đã nhận giấy tờ bổ sung`,
        lines: [`${ctx.agency.name} đã nhận giấy tờ bổ sung và tiếp tục giải quyết hồ sơ.`, `Ngày hẹn trả kết quả: ${date(ctx.dueDate)}.`, track],
        sms: fitSms(() => `Ho so ${code} da nhan giay to bo sung, hen tra ket qua ${date(ctx.dueDate)}. Tra cuu: ${ctx.lookupUrl}`, ''),
      };
    case 'refused':
      return {
        subject: `Hồ sơ ${code} không được tiếp nhận`,
        lines: [`${ctx.agency.name} rất tiếc không tiếp nhận được hồ sơ của Ông/Bà.`, `Lý do: ${m.reason}`],
        sms: fitSms((r) => `Ho so ${code} khong duoc tiep nhan. Ly do: ${r}`, m.reason, 1),
      };
    case 'result_ready':
      return {
        subject: `Hồ sơ ${code} đã có kết quả`,
        lines: [
          'Hồ sơ của Ông/Bà đã được giải quyết xong.',
          `Mời Ông/Bà nhận kết quả tại bộ phận một cửa của ${ctx.agency.name}${ctx.agency.address ? `, ${ctx.agency.address}` : ''}, trong giờ hành chính; khi đến vui lòng mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả, giấy tờ tùy thân (hoặc giấy ủy quyền nếu nhận thay).`,
          ...(m.electronic ? [`Bản điện tử của kết quả (có chữ ký số) có thể tải về tại: ${ctx.lookupUrl}`] : [track]),
        ],
        sms: fitSms((a) => `Ho so ${code} da co ket qua. Moi nhan tai mot cua ${a}, mang giay hen tra. Tra cuu: ${ctx.lookupUrl}`, ctx.agency.name),
      };
    case 'returned':
      return {
        subject: `Hồ sơ ${code} đã trả kết quả: mời Ông/Bà đánh giá`,
        lines: [
          `${ctx.agency.name} đã trả kết quả giải quyết hồ sơ. Cảm ơn Ông/Bà đã sử dụng dịch vụ.`,
          'Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn. Mời Ông/Bà đánh giá việc giải quyết hồ sơ (thời gian, số lần đi lại, thái độ của cán bộ) tại:',
          ctx.ratingUrl,
        ],
        sms: fitSms(() => `Ho so ${code} da tra ket qua. Cam on Ong/Ba! Moi danh gia tai: ${ctx.ratingUrl}`, ''),
      };
    case 'apology':
      return {
        subject: `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}`,
        lines: [
          `${ctx.agency.name} thành thật xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết đúng hạn.`,
          ...(m.reason ? [`Lý do: ${m.reason}`] : []),
          `Ngày hẹn trả kết quả mới: ${date(m.newDueDate)}.`,
          track,
        ],
        sms: fitSms((r) => `Xin loi Ong/Ba: ho so ${code} cham giai quyet${r ? ` (${r})` : ''}, hen tra lai ngay ${date(m.newDueDate)}. Tra cuu: ${ctx.lookupUrl}`, m.reason ?? ''),
      };
    case 'stopped':
      return {
        subject: `Hồ sơ ${code} bị dừng giải quyết`,
        lines: [`${ctx.agency.name} thông báo dừng giải quyết hồ sơ của Ông/Bà.`, `Lý do: ${m.reason}`],
        sms: fitSms((r) => `Ho so ${code} bi dung giai quyet. Ly do: ${r}`, m.reason, 1),
      };
    case 'withdrawn':
      return {
        subject: `Hồ sơ ${code} đã được rút theo yêu cầu`,
        lines: [`Theo đề nghị của Ông/Bà, hồ sơ đã được rút và dừng giải quyết.`, ...(m.reason ? [`Ghi chú: ${m.reason}`] : [])],
        sms: fitSms(() => `Ho so ${code} da duoc rut theo de nghi cua Ong/Ba.`, '', 1),
      };
  }
}

/** The e-mail and SMS for one milestone of a dossier. */
export function dossierNotice(ctx: DossierNoticeContext, m: MilestoneDetails): Notice {
  const p = parts(ctx, m);
  return { template: `dossier.${m.milestone satisfies Milestone}`, subject: p.subject, text: letter(ctx, p.lines), sms: p.sms };
}

export const OTP_PURPOSES = ['signup', 'recovery', 'activation', 'contact'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

const PURPOSE_VI: Record<OtpPurpose, string> = {
  signup: 'đăng ký tài khoản dịch vụ công',
  recovery: 'khôi phục mật khẩu tài khoản dịch vụ công',
  activation: 'kích hoạt tài khoản dịch vụ công được tạo tại bộ phận một cửa',
  contact: 'xác nhận thông tin liên lạc mới của tài khoản dịch vụ công',
};

/** A one-time code for sign-up, password recovery, activation of an account made at the counter, or a new phone/e-mail. */
export function otpNotice(p: { code: string; purpose: OtpPurpose; expiresMinutes: number }): Notice {
  const what = PURPOSE_VI[p.purpose];
  return {
    template: `otp.${p.purpose}`,
    subject: `Mã xác thực để ${what}`,
    text: [
      'Kính gửi Ông/Bà,',
      '',
      `Mã xác thực để ${what} là: ${p.code}`,
      `Mã có hiệu lực trong ${p.expiresMinutes} phút và chỉ dùng được một lần.`,
      '',
      'Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ. Nếu Ông/Bà không yêu cầu mã, vui lòng bỏ qua thư này.',
      '',
      '--',
      'Thư được gửi tự động từ Hệ thống thông tin một cửa điện tử; vui lòng không trả lời thư này.',
    ].join('\n'),
    sms: fitSms(() => `Ma xac thuc ${p.code} de ${what}, hieu luc ${p.expiresMinutes} phut. KHONG cung cap ma cho bat ky ai.`, '', 1),
  };
}
