/**
 * Notices to the sender of a PAKN (e-mail and SMS without diacritics), pure: the caller supplies the
 * item's details and the follow-up link. The secret is part of the reception notice only (the stored
 * copy of that message is masked by the caller, like a one-time code).
 */
import type { Notice, NoticeAgency } from '../notifications';
import { fitSms } from '../notifications';

export type PaknNoticeContext = {
  code: string;
  title: string;
  senderName: string;
  agency: NoticeAgency;
  /** `${publicUrl}/phan-anh-kien-nghi/theo-doi?ma=${code}`. */
  followUrl: string;
};

export type PaknMilestone =
  | { milestone: 'received'; secret: string | null }
  | { milestone: 'not_accepted'; reason: string }
  | { milestone: 'refused'; reason: string }
  | { milestone: 'forwarded'; to: string; newCode: string | null }
  | { milestone: 'supplement_requested'; request: string }
  | { milestone: 'published'; publicly: boolean }
  | { milestone: 'merged'; originalCode: string };

type Parts = { subject: string; lines: string[]; sms: string };

function parts(ctx: PaknNoticeContext, m: PaknMilestone): Parts {
  const { code } = ctx;
  const follow = `Theo dõi kết quả xử lý: ${ctx.followUrl}`;
  switch (m.milestone) {
    case 'received':
      return {
        subject: `Phản ánh, kiến nghị ${code} đã được ghi nhận`,
        lines: [
          `${ctx.agency.name} đã nhận phản ánh, kiến nghị "${ctx.title}" của Ông/Bà.`,
          ...(m.secret ? [`Mã số: ${code}; mã bí mật để theo dõi: ${m.secret} (vui lòng giữ kín).`] : [`Mã số: ${code}.`]),
          follow,
        ],
        sms: fitSms(() => `PAKN ${code} da duoc ghi nhan${m.secret ? `, ma bi mat ${m.secret}` : ''}. Theo doi: ${ctx.followUrl}`, '', 2),
      };
    case 'not_accepted':
      return {
        subject: `Phản ánh, kiến nghị ${code} không được tiếp nhận`,
        lines: [`${ctx.agency.name} không tiếp nhận được phản ánh, kiến nghị "${ctx.title}".`, `Lý do: ${m.reason}`],
        sms: fitSms((r) => `PAKN ${code} khong duoc tiep nhan. Ly do: ${r}`, m.reason, 1),
      };
    case 'refused':
      return {
        subject: `Phản ánh, kiến nghị ${code} bị từ chối tiếp nhận`,
        lines: [`${ctx.agency.name} từ chối tiếp nhận phản ánh, kiến nghị "${ctx.title}".`, `Lý do: ${m.reason}`, follow],
        sms: fitSms((r) => `PAKN ${code} bi tu choi tiep nhan. Ly do: ${r}`, m.reason, 1),
      };
    case 'forwarded':
      return {
        subject: `Phản ánh, kiến nghị ${code} đã được chuyển cơ quan có thẩm quyền`,
        lines: [
          `Nội dung phản ánh, kiến nghị "${ctx.title}" không thuộc thẩm quyền của ${ctx.agency.name} và đã được chuyển đến ${m.to} để xem xét, xử lý theo quy định (Điều 14 Nghị định 20/2008/NĐ-CP).`,
          ...(m.newCode ? [`Mã số mới tại cơ quan tiếp nhận: ${m.newCode} (dùng cùng mã bí mật).`] : []),
          follow,
        ],
        sms: fitSms((to) => `PAKN ${code} da chuyen den ${to}${m.newCode ? `, ma moi ${m.newCode}` : ''}. Theo doi: ${ctx.followUrl}`, m.to),
      };
    case 'supplement_requested':
      return {
        subject: `Phản ánh, kiến nghị ${code}: đề nghị bổ sung thông tin`,
        lines: [`Để xử lý phản ánh, kiến nghị "${ctx.title}", ${ctx.agency.name} đề nghị Ông/Bà bổ sung:`, m.request, `Ông/Bà bổ sung trực tuyến bằng mã số và mã bí mật tại: ${ctx.followUrl}`],
        sms: fitSms((r) => `PAKN ${code} can bo sung: ${r}. Bo sung tai: ${ctx.followUrl}`, m.request),
      };
    case 'published':
      return {
        subject: `Phản ánh, kiến nghị ${code} đã có kết quả trả lời`,
        lines: [
          `${ctx.agency.name} đã trả lời phản ánh, kiến nghị "${ctx.title}" của Ông/Bà${m.publicly ? ' và công khai kết quả trên Cổng dịch vụ công' : ''}.`,
          `Xem nội dung trả lời và đánh giá mức độ hài lòng tại: ${ctx.followUrl}`,
        ],
        sms: fitSms(() => `PAKN ${code} da co ket qua tra loi. Xem va danh gia tai: ${ctx.followUrl}`, ''),
      };
    case 'merged':
      return {
        subject: `Phản ánh, kiến nghị ${code} được xử lý chung với ${m.originalCode}`,
        lines: [
          `Nội dung phản ánh, kiến nghị "${ctx.title}" trùng với phản ánh, kiến nghị ${m.originalCode} đang được xử lý; hai phản ánh được gộp và trả lời chung.`,
          `Ông/Bà sẽ nhận được thông báo khi có kết quả. ${follow}`,
        ],
        sms: fitSms(() => `PAKN ${code} trung noi dung, duoc xu ly chung voi ${m.originalCode}. Theo doi: ${ctx.followUrl}`, ''),
      };
  }
}

function letter(ctx: PaknNoticeContext, lines: readonly string[]): string {
  const reach = [ctx.agency.address ? `địa chỉ ${ctx.agency.address}` : null, ctx.agency.phone ? `điện thoại ${ctx.agency.phone}` : null].filter(Boolean).join(', ');
  return [
    `Kính gửi Ông/Bà ${ctx.senderName},`,
    '',
    ...lines,
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

export function paknNotice(ctx: PaknNoticeContext, m: PaknMilestone): Notice {
  const p = parts(ctx, m);
  return { template: `pakn.${m.milestone}`, subject: p.subject, text: letter(ctx, p.lines), sms: p.sms };
}
