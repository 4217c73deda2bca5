/**
 * Form template files (mẫu đơn, tờ khai) in a crawled document row. The portal's table has a
 * column "Mẫu đơn, tờ khai" between the document name and the count; flattened, the file names
 * are glued after the name and to each other: "…(NA20).Mau NA20-BCA.docx",
 * "…Nghị định số 23/2026/NĐ-CPMau38.docxMau40.docx". The crawl kept the names, not the links.
 *
 * Where the name ends is not marked, so the split is read from the characters: the last file ends
 * the cell; one file ends where its extension meets the next file's first letter; a file name
 * cannot hold / \ : * ? " < > | and is at most MAX_FILE_NAME long. The first file starts at the
 * leftmost boundary (a separator glued to a word, a capital or digits glued to a word or to a
 * legal code, a glued "mẫu") after which the rest reads as file names. When there is none, the
 * name is kept whole and the row is flagged.
 */

/** Extensions of the template files seen on the portal (docx, doc and pdf in the crawl). */
const EXTENSIONS = ['docx', 'doc', 'pdf', 'xlsx', 'xls', 'odt', 'ods', 'rtf', 'zip', 'rar'] as const;
const EXT = EXTENSIONS.join('|');

/** The cell ends with a file name. */
const ENDS_WITH_FILE = new RegExp(`\\.(?:${EXT})$`, 'iu');

/** The end of one file name glued to the start of the next ("Mus04.docxMus05.docx"; not ".doc" of ".docx"). */
const GLUED_FILES = new RegExp(`\\.(?:${EXT})(?=[\\p{L}\\p{N}])(?<!\\.(?:doc|xls)(?=[xX]))`, 'giu');

/** Characters a file name cannot hold (Windows), plus ";" and quotes, which only the name column has. */
const NOT_IN_FILE_NAME = /[/\\:*?"<>|;“”]/u;

/** The longest file name in the crawl has 135 characters; the name column runs far longer. */
const MAX_FILE_NAME = 160;

const isFileName = (s: string) => s.length <= MAX_FILE_NAME && ENDS_WITH_FILE.test(s) && !NOT_IN_FILE_NAME.test(s) && /^[\p{L}\p{N}]/u.test(s);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** A separator glued to the next word: ".M", ";1", ")3", ",P" (not "1.004289", "14.4" or "1,2,3"). */
function afterSeparator(s: string, i: number): boolean {
  const prev = s[i - 1]!;
  if (!'.,;:)'.includes(prev) || !LETTER_OR_DIGIT.test(s[i]!)) return false;
  return !(prev !== ')' && DIGIT.test(s[i]!) && DIGIT.test(s[i - 2] ?? ''));
}

/** A word of lower-case letters (two at least, or one after a capital: "Bộ") ends at `i`; not "VNeID". */
function afterLowerWord(s: string, i: number): boolean {
  const [a, b] = [s[i - 2] ?? '', s[i - 1] ?? ''];
  return LOWER.test(b) && (LOWER.test(a) || (UPPER.test(a) && !LETTER_OR_DIGIT.test(s[i - 3] ?? '')));
}

/**
 * A legal or form code ends at `i`: "NĐ-CP", "TT-BNNMT", "01/TAIN" (two capitals at least after the
 * dash or slash, so not the "T" of "QĐ-TTg"), "QĐ-TTg" itself, or a capitalised acronym ("TTHC").
 */
const afterCode = (s: string, i: number) => /(?:[-–/]\p{Lu}{2,}|[-–]TTg|(?:^|[\s(])\p{Lu}{3,})$/u.test(s.slice(Math.max(0, i - 12), i));

/**
 * A capital glued to the word before: "Bộ Công anMẫu", "BộMau02", "chínhTTHC1"; or a capitalised
 * word glued to a legal code ("NĐ-CPMau15", "TT-BNNMTMẫu"), a numeral ("nhóm IVMau") or a year ("2020Mẫu").
 */
function atCapital(s: string, i: number): boolean {
  if (!UPPER.test(s[i]!)) return false;
  if (afterLowerWord(s, i)) return true;
  if (!LOWER.test(s[i + 1] ?? '')) return false;
  return afterCode(s, i) || /(?:(?:^|[\s(])\p{Lu}{2}|\p{N}{2})$/u.test(s.slice(Math.max(0, i - 3), i));
}

/** Digits glued to a word or a legal code: "theo mẫu1.000312.docx", "pháp luật103-Mẫu", "TT-BTC01-LP.docx" (not "4x6cm", "NA20"). */
const atDigits = (s: string, i: number) => DIGIT.test(s[i]!) && ((LOWER.test(s[i - 1] ?? '') && LOWER.test(s[i - 2] ?? '')) || afterCode(s, i));

/** "hạnmau so 20.doc": "mau"/"mẫu" and a number glued to a word; "NĐ-CPmẫu đơn", "NĐ-CPphụ lục VI": a form word glued to a code. */
const atMau = (s: string, i: number) =>
  /\p{L}/u.test(s[i - 1] ?? '') && (/^m(?:ẫ|a)u[\s_]?(?:số|so|\d)/u.test(s.slice(i, i + 8)) || (afterCode(s, i) && /^(?:mẫu|mau|phụ lục|phu luc|đơn|don)/u.test(s.slice(i, i + 8))));

/** "theo mẫuvăn bản đề nghị.docx": a word glued to "theo mẫu" or "theo quy định", which end the name column. */
const afterTheoMau = (s: string, i: number) => LOWER.test(s[i]!) && /theo (?:mẫu(?: quy định)?|quy định)$/iu.test(s.slice(Math.max(0, i - 20), i));

const BOUNDARIES = [afterSeparator, atCapital, atDigits, atMau, afterTheoMau] as const;

/** Where the first template file of the cell starts: the leftmost boundary after which the rest is file names; -1 if none. */
function fileStart(s: string): number {
  for (let i = 1; i < s.length; i++) if (BOUNDARIES.some((rule) => rule(s, i)) && isFileName(s.slice(i))) return i;
  return -1;
}

export interface SplitForms {
  /** The document name without the file names (not trimmed). */
  readonly name: string;
  /** File names in the order written. */
  readonly forms: string[];
  /** The cell ends with a file name that could not be told apart from the document name. */
  readonly unsplit: boolean;
}

/** Splits the template file names off the end of a flattened document cell. */
export function splitFormFiles(cell: string): SplitForms {
  const text = cell.trimEnd();
  if (!ENDS_WITH_FILE.test(text)) return { name: cell, forms: [], unsplit: false };
  const cuts = [0, ...[...text.matchAll(GLUED_FILES)].map((m) => m.index + m[0].length), text.length];
  const pieces = cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
  // Whole files from the end; the first piece that is not one holds the name and the first file.
  let k = pieces.length - 1;
  while (k > 0 && isFileName(pieces[k]!)) k--;
  const head = pieces.slice(0, k + 1).join('');
  const tail = pieces.slice(k + 1);
  const start = fileStart(head);
  if (start < 0) return tail.length > 0 ? { name: head, forms: tail, unsplit: true } : { name: cell, forms: [], unsplit: true };
  return { name: head.slice(0, start), forms: [head.slice(start), ...tail], unsplit: false };
}
