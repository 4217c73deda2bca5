/**
 * Requirements of a PAKN (NĐ 20/2008/NĐ-CP art. 7): in Vietnamese, with clear content, and the
 * sender's name, address and telephone number. Failing them, the item is "not accepted" (không tiếp
 * nhận, art. 9.1(d)) with the reason. The language cannot be checked by machine beyond "written
 * words": an officer records a letter in another language as not accepted with that reason.
 */
export type PaknSender = { name?: string | null | undefined; address?: string | null | undefined; phone?: string | null | undefined };
export type PaknRequirementInput = { sender: PaknSender; content?: string | null | undefined };

export type Art7Field = 'content' | 'sender.name' | 'sender.address' | 'sender.phone';
export type Art7Problem = { name: Art7Field; reason: string };

export const CONTENT_MIN_CHARS = 20;

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const words = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}{2,}/u.test(w)).length;

/**
 * A Vietnamese telephone number, with 0 or +84 / 84 in front: a mobile number (03, 05, 07, 08, 09 and
 * 8 more digits: 10 in all) or a landline with its area code (02x and 9 more digits since the 2017
 * renumbering, e.g. 0296 3852 555: 11 in all); spaces, dots, dashes and brackets are ignored.
 * Hotlines such as 1022 or 1900… are the agency's, not a sender's.
 */
export function normalisePhone(raw: string): string | null {
  const s = raw.replace(/[\s.\-()]/g, '');
  const m = /^(?:\+?84|0)([35789]\d{8}|2\d{9})$/.exec(s);
  return m ? `0${m[1]}` : null;
}

export function art7Problems(input: PaknRequirementInput): Art7Problem[] {
  const out: Art7Problem[] = [];
  const content = (input.content ?? '').trim();
  if (content.length < CONTENT_MIN_CHARS || words(content) < 3) {
    out.push({ name: 'content', reason: `Nội dung phản ánh, kiến nghị chưa rõ ràng (cần ít nhất ${CONTENT_MIN_CHARS} ký tự, bằng tiếng Việt)` });
  }
  const name = (input.sender.name ?? '').trim();
  if (letters(name) < 2) out.push({ name: 'sender.name', reason: 'Thiếu họ và tên người phản ánh, kiến nghị' });
  const address = (input.sender.address ?? '').trim();
  if (address.length < 5 || letters(address) < 3) out.push({ name: 'sender.address', reason: 'Thiếu địa chỉ liên hệ của người phản ánh, kiến nghị' });
  const phone = (input.sender.phone ?? '').trim();
  if (!phone) out.push({ name: 'sender.phone', reason: 'Thiếu số điện thoại của người phản ánh, kiến nghị' });
  else if (!normalisePhone(phone)) out.push({ name: 'sender.phone', reason: 'Số điện thoại không đúng (di động 10 chữ số, cố định 11 chữ số kèm mã vùng)' });
  return out;
}

/** The "not accepted" reason recorded for an item failing art. 7. */
export const art7Reason = (problems: readonly Art7Problem[]): string =>
  `Không đáp ứng yêu cầu tại Điều 7 Nghị định 20/2008/NĐ-CP: ${problems.map((p) => p.reason.charAt(0).toLowerCase() + p.reason.slice(1)).join('; ')}.`;
