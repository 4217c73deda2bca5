/**
 * A past dossier as the national sync record describes it (DVCQG "đồng bộ hồ sơ", legal digest
 * §1.3), plus its status history `TienTrinh` (the `CapNhatTienTrinh` entries). The accepted shape is
 * documented in docs/dossier-import-format.md. Codes keep their national meaning: `KenhThucHien`
 * 1 in person, 2 online, 3 public postal (null counts as in person, digest §1.1); `TrangThaiHoSo`
 * 1–10 as in §1.3.
 */
import { z } from 'zod';
import { DOSSIER_CODE_PATTERN } from '../dossier/code';
import { STATUS_CODES, type StatusCode } from '../dossier/status';
import { PROCEDURE_CODE_PATTERN } from '../procedure/interchange';
import { parseSyncInstant, type DateOnly } from './dates';

/** Optional text, trimmed, empty as null (one transform per field: cheap at millions of records). */
const optText = (max: number) =>
  z.unknown().transform((v, ctx): string | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') {
      ctx.addIssue({ code: 'custom', message: typeof v === 'number' ? 'Phải là chuỗi ký tự (đặt trong dấu nháy)' : 'Phải là chuỗi ký tự' });
      return z.NEVER;
    }
    const t = v.trim();
    if (t.length > max) {
      ctx.addIssue({ code: 'custom', message: `Tối đa ${max} ký tự` });
      return z.NEVER;
    }
    return t === '' ? null : t;
  })
    .optional();

/** Required text matching `pattern` (after trimming and, for codes, upper-casing). */
const codeText = (pattern: RegExp, message: string, upper = false) =>
  z.unknown().transform((v, ctx): string => {
    const t = typeof v === 'string' ? (upper ? v.trim().toUpperCase() : v.trim()) : '';
    if (pattern.test(t)) return t;
    ctx.addIssue({ code: 'custom', message: v === undefined || v === null || t === '' ? `Thiếu trường bắt buộc: ${message}` : message });
    return z.NEVER;
  });

/** 0/1, true/false or "0"/"1" as the exports write them (a transform, not a union: a union's failed branches cost time at millions of records). */
const flag = z.unknown().transform((v, ctx) => {
  if (v === true || v === 1 || v === '1') return true;
  if (v === false || v === 0 || v === '0') return false;
  ctx.addIssue({ code: 'custom', message: 'Phải là 0 hoặc 1 (hoặc true/false)' });
  return z.NEVER;
});

/** A small integer code, as a number or a numeric string, among `allowed`. */
const codeOf = <T extends number>(allowed: readonly T[], what: string) =>
  z.unknown().transform((v, ctx): T => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
    if ((allowed as readonly number[]).includes(n)) return n as T;
    ctx.addIssue({ code: 'custom', message: v === undefined ? `Thiếu ${what.toLowerCase()}` : `${what} phải là một trong ${allowed.join(', ')}` });
    return z.NEVER;
  });

const instant = (dateOnly: DateOnly = 'start') =>
  z.string({ error: 'Phải là thời điểm dạng yyyyMMddHHmmss hoặc ISO-8601' }).transform((v, ctx) => {
    const ms = parseSyncInstant(v, dateOnly);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `Thời điểm "${v.slice(0, 40)}" không hợp lệ (cần yyyyMMddHHmmss, yyyyMMdd hoặc ISO-8601; không có múi giờ thì hiểu là giờ Việt Nam)` });
      return z.NEVER;
    }
    return ms;
  });

export const SYNC_CHANNELS = { 1: 'direct', 2: 'online', 3: 'postal' } as const;
export type SyncChannelCode = keyof typeof SYNC_CHANNELS;

export const ProgressEntry = z.object({
  TrangThai: codeOf(STATUS_CODES, 'Trạng thái'),
  ThoiDiem: instant(),
  NoiDungXuLy: optText(2000),
  PhongBanXuLy: optText(300),
  NguoiXuLy: optText(200),
});
export type ProgressEntry = z.infer<typeof ProgressEntry>;

export const SyncComponent = z.object({
  MaThanhPhanHoSo: optText(100),
  TenThanhPhanHoSo: codeText(/^[^]{1,1000}$/, 'Cần tên thành phần hồ sơ (tối đa 1000 ký tự)'),
  SoLuong: z.union([z.number().int().min(0).max(1000), z.string().trim().regex(/^\d{1,4}$/).transform(Number)]).nullish(),
  LoaiBan: optText(100),
  DuocSoHoa: flag.nullish(),
  DuocLayTuKhoDMQG: flag.nullish(),
});
export type SyncComponent = z.infer<typeof SyncComponent>;

export const SubmitterInfo = z.object({
  TenNguoiNop: optText(300),
  SoDinhDanh: optText(20),
  NgaySinh: optText(20),
  SoDienThoai: optText(20),
  Email: optText(200),
  MaTinh: optText(10),
  MaXa: optText(10),
  DiaChiChiTiet: optText(500),
  SoDinhDanhChuHs: optText(20),
  SoDienThoaiChuHs: optText(20),
  EmailChuHs: optText(200),
  DiaChiChiTietChuHs: optText(500),
});
export type SubmitterInfo = z.infer<typeof SubmitterInfo>;

export const SyncDossierRecord = z.object({
  MaHoSo: codeText(DOSSIER_CODE_PATTERN, 'Mã hồ sơ phải theo TT 01/2018 (mã cơ quan-YYMMDD-NNNN), ví dụ 000.00.17.H04-240312-0001', true),
  MaTTHC: codeText(PROCEDURE_CODE_PATTERN, 'Mã thủ tục phải có dạng 1.234567'),
  MaDonViTiepNhan: codeText(/^[0-9A-Za-z.]{1,32}$/, 'Mã đơn vị tiếp nhận (mã định danh QCVN 102, ví dụ 000.00.17.H04)', true),
  KenhThucHien: codeOf([1, 2, 3] as const, 'Kênh thực hiện').nullish(),
  NgayNop: instant().nullish(),
  NgayTiepNhan: instant().nullish(),
  /** A date without a time is an appointment for that whole day (its last second). */
  NgayHenTra: instant('end').nullish(),
  TrangThaiHoSo: codeOf(STATUS_CODES, 'Trạng thái hồ sơ'),
  ChuHoSo: optText(300),
  /** 1 individual, 2 organisation (optional; inferred from the identifier otherwise). */
  LoaiDoiTuong: codeOf([1, 2] as const, 'Loại đối tượng').nullish(),
  ThongTinNguoiNop: SubmitterInfo.nullish(),
  ThanhPhanHoSo: z.array(SyncComponent).max(200, 'Tối đa 200 thành phần hồ sơ').nullish(),
  MaKetQua: optText(200),
  DuongDanTepTinKetQua: optText(2000),
  /** 1 paid on DVCQG, 2 paid on the ministry/province payment portal (digest §1.3). */
  DuocThanhToanTrucTuyen: codeOf([0, 1, 2] as const, 'Thanh toán trực tuyến').nullish(),
  HoSoCoThanhPhanSoHoa: flag.nullish(),
  TaiKhoanDuocXacThucVoiVNeID: flag.nullish(),
  TienTrinh: z.array(ProgressEntry, { error: 'Cần tiến trình xử lý (TienTrinh) là một mảng' }).min(1, 'Cần ít nhất một mục tiến trình').max(500, 'Tối đa 500 mục tiến trình'),
});
export type SyncDossierRecord = z.infer<typeof SyncDossierRecord>;
export type Status = StatusCode;

export type ImportProblem = { path: string; message: string };

const TYPE_VI: Record<string, string> = { string: 'chuỗi ký tự', number: 'số', object: 'đối tượng', array: 'mảng', boolean: 'true/false' };

/** Vietnamese messages for the generic cases; the schema's own messages win where it has them. */
const viError = (iss: { code: string; input?: unknown; expected?: string }) => {
  if (iss.code === 'invalid_type') return iss.input === undefined ? 'Thiếu trường bắt buộc' : `Phải là ${TYPE_VI[iss.expected ?? ''] ?? iss.expected}`;
  return undefined;
};
const VI_LOCALE = z.locales.vi().localeError;

/** Parses one record: the typed record, or every problem with its path, in Vietnamese. */
export function parseSyncRecord(raw: unknown): { ok: true; record: SyncDossierRecord } | { ok: false; problems: ImportProblem[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problems: [{ path: '', message: 'Mỗi hồ sơ phải là một đối tượng JSON' }] };
  const r = SyncDossierRecord.safeParse(raw, { error: (iss) => viError(iss) ?? VI_LOCALE(iss) });
  if (r.success) return { ok: true, record: r.data };
  return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}

/** The record's MaHoSo as written, for error reports of records that did not parse. */
export const rawCodeOf = (raw: unknown): string | null =>
  raw && typeof raw === 'object' && typeof (raw as { MaHoSo?: unknown }).MaHoSo === 'string' ? (raw as { MaHoSo: string }).MaHoSo.slice(0, 64) : null;
