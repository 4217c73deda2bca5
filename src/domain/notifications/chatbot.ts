/**
 * Status lookup by chat (a Zalo Official Account or any bot platform, docs/chatbot.md): the citizen
 * types the dossier code and the 4 check digits (last digits of their phone or ID number); the reply
 * is one Vietnamese sentence built from the same public view as the lookup page.
 */
import { localDateOf } from '../calendar';
import { formatLocalFormDate } from '../forms';

const CODE = /\d{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z]\d{2}-\d{6}-\d{4}/i;

export type LookupRequest = { code: string | null; check: string | null };

/** "tra cuu 000.00.17.H04-261122-0001 5678" → the code (upper case) and the first other group of exactly 4 digits. */
export function parseLookupText(text: string): LookupRequest {
  const m = CODE.exec(text);
  const code = m ? m[0].toUpperCase() : null;
  const rest = m ? text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) : text;
  const check = /(?<!\d)\d{4}(?!\d)/.exec(rest)?.[0] ?? null;
  return { code, check };
}

/** What the public lookup shows (services/public-lookup.ts). */
export type PublicDossierView = {
  code: string;
  status: number;
  statusName: string;
  procedure: { name: string };
  agency: string | null;
  receivingAgency: string | null;
  dueAt: Date | null;
  returnedAt: Date | null;
  late: boolean;
};

const day = (d: Date) => formatLocalFormDate(localDateOf(d));

export const CHATBOT_HELP =
  'Để tra cứu hồ sơ, vui lòng gửi mã hồ sơ và 4 số cuối số điện thoại (hoặc số định danh) của người nộp, ví dụ: "tra cuu 000.00.17.H04-261122-0001 5678".';

export const notFoundReply = (code: string) =>
  `Không tìm thấy hồ sơ ${code} hoặc 4 số kiểm tra không khớp. Vui lòng kiểm tra lại mã hồ sơ trên giấy tiếp nhận và 4 số cuối số điện thoại hoặc số định danh của người nộp.`;

export const missingCheckReply = (code: string) =>
  `Vui lòng gửi kèm 4 số cuối số điện thoại hoặc số định danh của người nộp để tra cứu hồ sơ ${code}, ví dụ: "tra cuu ${code} 5678".`;

/** One sentence (two at most) on where the dossier is and what comes next. */
export function lookupReply(v: PublicDossierView): string {
  const head = `Hồ sơ ${v.code} (${v.procedure.name}): ${v.statusName.toLowerCase()}`;
  const due = v.dueAt ? ` Ngày hẹn trả kết quả: ${day(v.dueAt)}.` : '';
  const where = v.agency ? ` tại ${v.agency}` : '';
  switch (v.status) {
    case 1:
      return `${head}, đang chờ cơ quan tiếp nhận.`;
    case 2:
    case 4:
    case 6:
      return `${head}${where}.${due}${v.late ? ' Hồ sơ đã quá hạn; cơ quan giải quyết sẽ gửi thư xin lỗi và hẹn lại ngày trả kết quả.' : ''}`;
    case 5:
      return `${head}. Ông/Bà vui lòng bổ sung giấy tờ theo thông báo${v.receivingAgency ? ` tại ${v.receivingAgency}` : ''}.`;
    case 9:
      return `${head}. Mời Ông/Bà nhận kết quả${v.receivingAgency ? ` tại bộ phận một cửa của ${v.receivingAgency}` : ''}, mang theo giấy tiếp nhận và hẹn trả kết quả.`;
    case 10:
      return `${head}${v.returnedAt ? ` ngày ${day(v.returnedAt)}` : ''}. Cảm ơn Ông/Bà đã sử dụng dịch vụ.`;
    default:
      return `${head}.`;
  }
}
