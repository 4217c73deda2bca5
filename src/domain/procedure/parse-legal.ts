/**
 * "Căn cứ pháp lý" (Tên văn bản pháp lý | Mã văn bản) and "Kết quả xử lý", flattened by the crawl.
 * A legal-basis row is a name followed directly by its document code ("…năm 201102/2011/QH13").
 */
import { flag, NO_INFO, squash, type ParseFlag } from './parse-text';

export const LEGAL_TABLE_HEADER = 'Tên văn bản pháp lýMã văn bản';

/** Document types and issuers that end a code (Quy chuẩn trình bày văn bản: "số/năm/LOẠI-CQ"). */
const TYPES = ['TTLT', 'TTr', 'NĐ', 'TT', 'QĐ', 'NQ', 'CT', 'PL', 'SL', 'L'];
const ISSUERS = [
  'UBTVQH\\d{2}', 'QH\\d{2}', 'TTg', 'CP', 'VPCP', 'BTC', 'BTP', 'BCA', 'BXD', 'BNNMT', 'BTNMT', 'BNNPTNT', 'BGTVT', 'BCT',
  'BYT', 'BLĐTBXH', 'BTTTT', 'BKHCN', 'BKHĐT', 'BNV', 'BQP', 'BNG', 'BVHTTDL', 'BGDĐT', 'NHNN', 'UBND', 'HĐND',
  'TANDTC', 'VKSNDTC', 'UBTƯMTTQVN', 'KTNN', 'CTN', 'TCHQ', 'BDTTG', 'UBDT',
];
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const SUFFIX = `(?:(?:${byLength(TYPES)})-)?(?:${byLength(ISSUERS)})(?:-(?:${byLength(ISSUERS)}))*`;

/**
 * A code in the code column: number/year/type-issuer (05/2012/NĐ-CP, 02/2011/QH13, 1025/QĐ-TTg).
 * The column is glued to the next row's name, so the code is followed by a letter or the end;
 * a code followed by a space, digit or punctuation is part of a name.
 */
const CODE = new RegExp(`(\\d+(?:\\.\\d+)?)\\/((?:19|20)\\d{2})\\/(${SUFFIX})(?=\\p{L}|$)`, 'gu');

interface CodeMatch {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly number: string;
  /** The name ends with this very code, so the split is certain. */
  readonly repeated: boolean;
}

/**
 * A name that ends with its own code ending in digits ("Luật 51/2019/QH14" + "51/2019/QH14")
 * reads "…QH1451/2019/QH14"; the split is certain when moving leading digits of the number back
 * to the name makes the name end with exactly the remaining code.
 */
function repeatedCode(body: string, m: Omit<CodeMatch, 'number' | 'repeated'>, number: string): CodeMatch {
  for (let k = 1; k < number.length; k++) {
    const code = m.code.slice(k);
    if (body.slice(0, m.start + k).endsWith(code)) return { start: m.start + k, end: m.end, code, number: number.slice(k), repeated: true };
  }
  return { ...m, number, repeated: false };
}

function item(name: string, code: string): string {
  const n = squash(name);
  if (n === '') return code;
  return n.includes(code) ? n : `${n} (${code})`;
}

/** Splits the legal-basis table into items "Name (code)"; unclear text is kept whole and flagged. */
export function parseLegalBases(raw: string): { legalBases: string[]; flags: ParseFlag[] } {
  const text = squash(raw);
  if (text === '' || text === NO_INFO) return { legalBases: [], flags: [flag('legal_bases_missing')] };
  const at = text.indexOf(LEGAL_TABLE_HEADER);
  if (at === -1) return { legalBases: [text], flags: [flag('legal_bases_unparsed')] };
  const body = text.slice(at + LEGAL_TABLE_HEADER.length);
  const items: string[] = [];
  const flags: ParseFlag[] = [];
  let from = 0;
  for (const raw of body.matchAll(CODE)) {
    const m = repeatedCode(body, { start: raw.index, end: raw.index + raw[0].length, code: raw[0] }, raw[1]!);
    const name = body.slice(from, m.start);
    if (!m.repeated && (/\d$/u.test(name) || m.number.length > 4)) {
      // "Luật Khiếu nại năm 2011" + "02/2011/QH13" reads "201102/2011/QH13": where the name's
      // digits end and the number begins is not certain, so the row is kept as written.
      items.push(squash(body.slice(from, m.end)));
      flags.push(flag('legal_basis_ambiguous', items.length - 1));
    } else items.push(item(name, m.code));
    from = m.end;
  }
  const tail = squash(body.slice(from));
  if (tail !== '') {
    items.push(tail);
    flags.push(flag('legal_basis_unparsed', items.length - 1));
  }
  if (items.length === 0) return { legalBases: [], flags: [flag('legal_bases_missing')] };
  return { legalBases: items, flags };
}

/** "Kết quả xử lý": result names separated by their result codes ("…Mã: KQ.G01.000064…"). */
export function parseResult(raw: string): string {
  const text = squash(raw).replace(/Từ khóa.*$/u, '');
  const names = text
    .split(/Mã: ?[^\s]*?(?:KQ[.\-\dA-Z]*\d|\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-KQ\d+)/u)
    .map((s) => s.replace(/^[-+*\s]+/u, '').trim())
    .filter((s) => s !== '' && s !== NO_INFO);
  return names.join('; ');
}
