/**
 * One sync record as our dossier sees it: applicant and owner, components with their digitisation
 * flags (766 group 4), the channel, the facts only the previous system knew (online payment, the
 * electronic result, VNeID), and the derived history. Pure: the server adds the agency, the
 * procedure version and the rows.
 */
import type { DocumentSource } from '../documents/digitisation';
import { parseSyncRecord, rawCodeOf, SYNC_CHANNELS, type ImportProblem, type SyncDossierRecord } from './record';
import { deriveTimeline, type ImportTimeline } from './timeline';

export type ImportedParty = {
  kind: 'individual' | 'organisation';
  name: string;
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  birthDate?: string | null;
};

export type ImportedDocument = { code: string | null; name: string; copies: string; digitised: boolean; source: DocumentSource };

/** What the national record says and our own tables would otherwise hold (payments, result documents, e-ID). */
export type SyncFacts = {
  /** DuocThanhToanTrucTuyen: 1 paid on DVCQG, 2 on the ministry/province portal, null not paid online. */
  onlinePayment: 1 | 2 | null;
  resultCode: string | null;
  resultUrl: string | null;
  /** HoSoCoThanhPhanSoHoa. */
  digitisedComponents: boolean | null;
  /** TaiKhoanDuocXacThucVoiVNeID. */
  vneid: boolean | null;
};

export type PreparedImport = {
  code: string;
  procedureCode: string;
  agencyCode: string;
  channel: (typeof SYNC_CHANNELS)[keyof typeof SYNC_CHANNELS];
  applicant: ImportedParty;
  owner: ImportedParty | null;
  documents: ImportedDocument[];
  facts: SyncFacts;
  timeline: ImportTimeline;
};

const TAX_CODE = /^\d{10}(-\d{3})?$/;
const kindOf = (loai: 1 | 2 | null | undefined, id: string): ImportedParty['kind'] => (loai === 2 || (loai == null && TAX_CODE.test(id)) ? 'organisation' : 'individual');

function partiesOf(r: SyncDossierRecord): { applicant: ImportedParty; owner: ImportedParty | null } | null {
  const p = r.ThongTinNguoiNop;
  const name = p?.TenNguoiNop ?? r.ChuHoSo;
  if (!name) return null;
  const idNumber = p?.SoDinhDanh ?? p?.SoDinhDanhChuHs ?? '';
  const applicant: ImportedParty = {
    kind: kindOf(r.LoaiDoiTuong, idNumber),
    name,
    idNumber,
    phone: p?.SoDienThoai ?? null,
    email: p?.Email ?? null,
    address: p?.DiaChiChiTiet ?? null,
    birthDate: p?.NgaySinh ?? null,
  };
  const ownerName = r.ChuHoSo;
  const ownerFields = p && (p.SoDinhDanhChuHs || p.SoDienThoaiChuHs || p.EmailChuHs || p.DiaChiChiTietChuHs);
  const owner: ImportedParty | null =
    ownerName && (ownerName !== name || ownerFields)
      ? {
          kind: kindOf(r.LoaiDoiTuong, p?.SoDinhDanhChuHs ?? ''),
          name: ownerName,
          idNumber: p?.SoDinhDanhChuHs ?? '',
          phone: p?.SoDienThoaiChuHs ?? null,
          email: p?.EmailChuHs ?? null,
          address: p?.DiaChiChiTietChuHs ?? null,
        }
      : null;
  return { applicant, owner };
}

/**
 * A component reused from digitised data (DuocSoHoa, 766 indicator 4.3) or taken from the citizen's
 * store on DVCQG (DuocLayTuKhoDMQG, 4.4) is digitised; otherwise it was paper as far as we know.
 */
export const documentsOf = (r: SyncDossierRecord): ImportedDocument[] =>
  (r.ThanhPhanHoSo ?? []).map((c) => ({
    code: c.MaThanhPhanHoSo ?? null,
    name: c.TenThanhPhanHoSo,
    copies: [c.SoLuong, c.LoaiBan].filter((x) => x != null && x !== '').join(' '),
    digitised: c.DuocLayTuKhoDMQG === true || c.DuocSoHoa === true,
    source: c.DuocLayTuKhoDMQG ? 'personal_store' : c.DuocSoHoa ? 'reused' : 'paper',
  }));

export const syncFactsOf = (r: SyncDossierRecord): SyncFacts => ({
  onlinePayment: r.DuocThanhToanTrucTuyen === 1 || r.DuocThanhToanTrucTuyen === 2 ? r.DuocThanhToanTrucTuyen : null,
  resultCode: r.MaKetQua ?? null,
  resultUrl: r.DuongDanTepTinKetQua ?? null,
  digitisedComponents: r.HoSoCoThanhPhanSoHoa ?? null,
  vneid: r.TaiKhoanDuocXacThucVoiVNeID ?? null,
});

export type PrepareResult = { ok: true; value: PreparedImport } | { ok: false; code: string | null; problems: ImportProblem[] };

/** Parses and checks one record (shape, dates, history, parties) at `now`: everything but our catalogue and agencies. */
export function prepareImport(raw: unknown, now: number): PrepareResult {
  const parsed = parseSyncRecord(raw);
  if (!parsed.ok) return { ok: false, code: rawCodeOf(raw), problems: parsed.problems };
  const r = parsed.record;
  const t = deriveTimeline(r, now);
  const parties = partiesOf(r);
  const problems = t.ok ? [] : [...t.problems];
  if (!parties) problems.push({ path: 'ThongTinNguoiNop.TenNguoiNop', message: 'Cần tên người nộp (ThongTinNguoiNop.TenNguoiNop) hoặc chủ hồ sơ (ChuHoSo)' });
  if (!t.ok || !parties) return { ok: false, code: r.MaHoSo, problems };
  return {
    ok: true,
    value: {
      code: r.MaHoSo,
      procedureCode: r.MaTTHC,
      agencyCode: r.MaDonViTiepNhan,
      channel: SYNC_CHANNELS[r.KenhThucHien ?? 1],
      applicant: parties.applicant,
      owner: parties.owner,
      documents: documentsOf(r),
      facts: syncFactsOf(r),
      timeline: t.timeline,
    },
  };
}
