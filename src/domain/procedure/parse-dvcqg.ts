/**
 * One crawled national-portal record (shared/data/procedures-dvcqg.jsonl.gz: ma_thu_tuc,
 * ten_thu_tuc, cach_thuc_thuc_hien, …) → an interchange record plus flags for everything that
 * was not certain. Total: any input (missing fields, wrong types, not an object) gives a result.
 * The record is not validated here; run validateRecord on it.
 */
import { PROCEDURE_CODE_PATTERN, type ProcedureLevel, type ProcedureRecord } from './interchange';
import { parseChannels } from './parse-channels';
import { parseDocuments } from './parse-documents';
import { parseLegalBases, parseResult } from './parse-legal';
import { asText, flag, NO_INFO, squash, type ParseFlag } from './parse-text';
import { foldVietnamese } from './search-text';

/** The crawled fields this parser reads (all strings in the crawl; anything else is treated as absent). */
export const DVCQG_FIELDS = [
  'ma_thu_tuc',
  'ten_thu_tuc',
  'so_quyet_dinh',
  'cap_thuc_hien',
  'linh_vuc',
  'doi_tuong_thuc_hien',
  'co_quan_thuc_hien',
  'cach_thuc_thuc_hien',
  'thanh_phan_ho_so',
  'can_cu_phap_ly',
  'yeu_cau_dieu_kien',
  'ket_qua_xu_ly',
] as const;
export type DvcqgField = (typeof DVCQG_FIELDS)[number];
/** Read when present, never flagged when absent. */
export const DVCQG_OPTIONAL_FIELDS = ['trinh_tu_thuc_hien'] as const;
export type DvcqgRecord = Partial<Record<DvcqgField | (typeof DVCQG_OPTIONAL_FIELDS)[number], unknown>>;

export interface ParsedProcedure {
  readonly record: ProcedureRecord;
  readonly flags: ParseFlag[];
}

/** "Cấp thực hiện" words; "Cơ quan khác" (another body) is not a government level. */
const LEVEL_WORDS: Readonly<Record<string, ProcedureLevel>> = {
  'cấp bộ': 'central',
  'cấp trung ương': 'central',
  'cấp tỉnh': 'province',
  'cấp huyện': 'district',
  'cấp xã': 'commune',
};

export function parseLevels(raw: string): { levels: ProcedureLevel[]; flags: ParseFlag[] } {
  const levels: ProcedureLevel[] = [];
  const flags: ParseFlag[] = [];
  const parts = raw
    .split(/[,;]/u)
    .map((p) => squash(p))
    .filter((p) => p !== '');
  for (const part of parts) {
    const level = LEVEL_WORDS[part.toLowerCase()];
    if (level) {
      if (!levels.includes(level)) levels.push(level);
    } else if (part.toLowerCase() === 'cơ quan khác') flags.push(flag('level_other'));
    else flags.push(flag('level_unknown', part));
  }
  if (parts.length === 0) flags.push(flag('levels_missing'));
  return { levels, flags };
}

/**
 * The portal's wording for reception regardless of the applicant's address (NĐ 118/2025), in the
 * steps or the channels: "…Công an cấp xã trong cả nước không phụ thuộc vào nơi cư trú".
 */
const LOCATION_INDEPENDENT = /\bkhong phu thuoc (?:vao )?(?:noi cu tru|dia gioi hanh chinh)\b/u;

/** Whether the published steps or channels say the procedure is received regardless of address. */
export const parseLocationIndependent = (...texts: string[]): boolean => texts.some((t) => LOCATION_INDEPENDENT.test(foldVietnamese(t)));

/** The portal's "Không có thông tin" means the cell is empty. */
const orEmpty = (s: string) => (s === NO_INFO ? '' : s);

export function parseDvcqgRecord(input: unknown): ParsedProcedure {
  const src: DvcqgRecord = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as DvcqgRecord) : {};
  const flags: ParseFlag[] = [];
  if (src !== input) flags.push(flag('input_not_object'));
  const field = (key: DvcqgField): string => {
    const value = src[key];
    if (typeof value !== 'string') flags.push(flag('field_missing', key));
    return asText(value);
  };
  const code = squash(field('ma_thu_tuc'));
  const levels = parseLevels(field('cap_thuc_hien'));
  const channelsText = field('cach_thuc_thuc_hien');
  const channels = parseChannels(channelsText);
  const documents = parseDocuments(field('thanh_phan_ho_so'));
  const legal = parseLegalBases(field('can_cu_phap_ly'));
  const record: ProcedureRecord = {
    code,
    name: squash(field('ten_thu_tuc')),
    field: squash(field('linh_vuc')),
    levels: levels.levels,
    implementingAgency: squash(field('co_quan_thuc_hien')),
    decisionRef: squash(field('so_quyet_dinh')),
    channels: channels.channels,
    documents: documents.documents,
    onlineLevel: null,
    locationIndependent: parseLocationIndependent(channelsText, asText(src.trinh_tu_thuc_hien)),
    legalBases: legal.legalBases,
    subjects: orEmpty(squash(field('doi_tuong_thuc_hien'))),
    result: parseResult(field('ket_qua_xu_ly')),
    conditions: orEmpty(field('yeu_cau_dieu_kien').trim()),
    formFields: [],
  };
  if (!PROCEDURE_CODE_PATTERN.test(code)) flags.push(flag('code_invalid'));
  flags.push(...levels.flags, ...channels.flags, ...documents.flags, ...legal.flags);
  return { record, flags };
}
