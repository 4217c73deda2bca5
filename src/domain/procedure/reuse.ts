/**
 * Reusable documents: kinds of required documents that the agency can take from a national
 * database or the citizen's data store (kho quản lý dữ liệu điện tử của công dân) instead of asking
 * for paper again. A document item names its kind in `reuse`; `guessReuse` suggests it from the
 * document name when importing crawled data, and an officer confirms it in the editor.
 */
import { foldVietnamese } from './search-text';

export const REUSABLE_KINDS = [
  'cccd',
  'birth_certificate',
  'marriage_status',
  'residence',
  'criminal_record',
  'land_use_certificate',
  'business_registration',
  'prior_result',
] as const;
export type ReusableKind = (typeof REUSABLE_KINDS)[number];

/** Vietnamese labels, as shown to citizens ("Có thể tái sử dụng: Giấy khai sinh"). */
export const REUSABLE_LABELS: Readonly<Record<ReusableKind, string>> = {
  cccd: 'Thẻ căn cước, căn cước công dân',
  birth_certificate: 'Giấy khai sinh',
  marriage_status: 'Xác nhận tình trạng hôn nhân',
  residence: 'Xác nhận thông tin về cư trú',
  criminal_record: 'Phiếu lý lịch tư pháp',
  land_use_certificate: 'Giấy chứng nhận quyền sử dụng đất',
  business_registration: 'Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh',
  prior_result: 'Kết quả giải quyết thủ tục hành chính trước đó',
};

/** Where the data comes from, for officers. */
export const REUSABLE_SOURCES: Readonly<Record<ReusableKind, string>> = {
  cccd: 'Cơ sở dữ liệu quốc gia về dân cư',
  birth_certificate: 'Cơ sở dữ liệu hộ tịch điện tử',
  marriage_status: 'Cơ sở dữ liệu hộ tịch điện tử',
  residence: 'Cơ sở dữ liệu về cư trú',
  criminal_record: 'Cơ sở dữ liệu lý lịch tư pháp',
  land_use_certificate: 'Cơ sở dữ liệu quốc gia về đất đai',
  business_registration: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp, hộ kinh doanh',
  prior_result: 'Kho dữ liệu kết quả giải quyết thủ tục hành chính',
};

/**
 * Phrases (folded: lower case, no diacritics, đ → d) naming each kind. Checked in this order, so a
 * more specific kind wins when two match at the same place.
 */
const PHRASES: readonly (readonly [ReusableKind, RegExp])[] = [
  ['criminal_record', /\bly lich tu phap\b/u],
  ['birth_certificate', /\b(?:giay khai sinh|trich luc khai sinh|ban sao khai sinh)\b/u],
  ['marriage_status', /\btinh trang hon nhan\b/u],
  ['residence', /\b(?:xac nhan (?:thong tin )?(?:ve )?cu tru|thong tin (?:ve )?cu tru|chung minh (?:noi|cho o hop phap|thong tin) ?(?:ve )?cu tru|so ho khau)\b/u],
  ['land_use_certificate', /\bgiay chung nhan (?:[a-z ,]{0,60}? )?quyen su dung dat\b/u],
  ['business_registration', /\b(?:giay chung nhan dang ky (?:doanh nghiep|ho kinh doanh|kinh doanh|hop tac xa)|giay phep kinh doanh)\b/u],
  ['cccd', /\b(?:can cuoc|cccd|chung minh nhan dan|cmnd|so dinh danh ca nhan)\b/u],
  // Only when the name starts with it: "Bản gốc Giấy chứng nhận đã cấp", "Giấy phép … đã được cấp".
  ['prior_result', /^(?:ban (?:chinh|goc|sao) )?(?:giay phep|giay chung nhan|chung chi|quyet dinh|van bang)\b[^;.]{0,80}?\bda (?:duoc )?cap\b/u],
];

/** List markers before a name: "- ", "+", "a) ", "(ii) ", "4. ". */
const BULLETS = /^(?:[-+*•–.)!\s]|\(?[a-z\d]{1,4}[.)]\s*)*/u;

/**
 * Names of what the applicant writes for this procedure ("Tờ khai …", "Đơn …", "Văn bản đề nghị …",
 * "Sơ yếu lý lịch", photos) and notes ("Lưu ý: …"): never taken from a database, even when they
 * mention a reusable kind ("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp").
 */
const NOT_REUSABLE =
  /^(?:ban chinh |ban sao |ban goc |\d{1,2} )?(?:to khai|don|phieu (?:de nghi|yeu cau|thu nhan|thu thap|khai|dang ky|bao)|van ban (?:de nghi|yeu cau|dang ky|thoa thuan|uy quyen)|giay (?:de nghi|uy quyen)|bao cao|to trinh|ban khai|bieu mau|mau|so yeu ly lich|anh|bien ban|danh sach|du thao|luu y|ghi chu|nguoi tiep nhan)\b/u;

/** "ảnh … kiểu thẻ căn cước", "dán ảnh kiểu chứng minh nhân dân": the photo format, not the card. */
const PHOTO_STYLE = /\bkieu (?:the )?(?:can cuoc(?: cong dan)?|chung minh nhan dan)\b/gu;

/** The kind of reusable document a document name refers to, or null; accent- and case-insensitive. */
export function guessReuse(documentName: string): ReusableKind | null {
  const name = foldVietnamese(documentName).replace(BULLETS, '').replace(PHOTO_STYLE, '');
  if (NOT_REUSABLE.test(name)) return null;
  let best: { kind: ReusableKind; at: number } | null = null;
  for (const [kind, phrase] of PHRASES) {
    const at = name.search(phrase);
    if (at >= 0 && (best === null || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? null;
}
