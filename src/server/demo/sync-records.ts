/**
 * National sync records of a previous one-stop system (docs/dossier-import-format.md) at the demo
 * agencies, for the demo data and the import benchmark: mostly returned on time, some after a
 * supplement, online ones, refusals, withdrawals, stops and, unless `closedOnly`, some still open.
 * Reproducible from a seed.
 */
import fs from 'node:fs';

export type Assignment = { procedure: string; agency: string };

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Cường', 'Thu Dung', 'Hữu Giang', 'Ngọc Hà', 'Đức Hải', 'Thanh Lan'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** [weight, statuses after reception (day offsets are drawn), online] */
const PATHS: [number, number[], boolean][] = [
  [62, [4, 9, 10], false],
  [8, [4, 5, 4, 9, 10], false],
  [10, [4, 9, 10], true],
  [4, [3], true],
  [3, [4, 7], false],
  [2, [4, 8], false],
  [6, [4], false],
  [2, [4, 5], false],
  [3, [4, 9], false],
];

/** yyyyMMddHHmmss of an instant in UTC+7. */
const stamp = (ms: number) => new Date(ms + 7 * HOUR).toISOString().replace(/[-:T]/g, '').slice(0, 14);

export type SyncRecordOptions = { now: number; seed?: number; closedOnly?: boolean; from?: number; days?: number };

export function* syncRecords(n: number, assignments: Assignment[], o: SyncRecordOptions): Generator<Record<string, unknown>> {
  const now = o.now;
  let s = o.seed ?? 766;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const seq = new Map<string, number>();
  const start = o.from ?? Date.UTC(2023, 0, 2, 1, 0);
  const days = o.days ?? 1000;
  const paths = o.closedOnly ? PATHS.filter((p) => ![4, 5, 9].includes(p[1][p[1].length - 1]!)) : PATHS;
  const total = paths.reduce((a, p) => a + p[0], 0);
  for (let i = 0; i < n; i++) {
    const a = pick(assignments);
    let w = rnd() * total;
    const [, after, online] = paths.find((p) => (w -= p[0]) < 0) ?? paths[0]!;
    // Closed ones spread over 2023–2025, open ones received in the last weeks; at office hours.
    const open = [4, 5, 9].includes(after[after.length - 1]!);
    const base = open ? Math.floor((now - 30 * DAY) / DAY) * DAY + Math.floor(rnd() * 15) * DAY : start + Math.floor(rnd() * days) * DAY;
    const received = base + HOUR + Math.floor(rnd() * 9 * 60) * 60_000;
    const ymd = stamp(received).slice(2, 8);
    const key = `${a.agency}|${ymd}`;
    const k = (seq.get(key) ?? 0) + 1;
    if (k > 9999) continue;
    seq.set(key, k);
    const history: { TrangThai: number; ThoiDiem: string; PhongBanXuLy?: string; NoiDungXuLy?: string }[] = [];
    if (online) history.push({ TrangThai: 1, ThoiDiem: stamp(received - 3 * HOUR) });
    history.push({ TrangThai: 2, ThoiDiem: stamp(received), NoiDungXuLy: 'Tiếp nhận hồ sơ' });
    let t = received;
    for (const st of after) {
      t += Math.floor((0.2 + rnd() * 2) * DAY);
      history.push(st === 4 ? { TrangThai: 4, ThoiDiem: stamp(t), PhongBanXuLy: 'Phòng chuyên môn' } : { TrangThai: st, ThoiDiem: stamp(t) });
    }
    if (after[0] === 3) history.splice(history.length - 2, 1);
    const name = `${pick(FAMILY)} ${pick(GIVEN)}`;
    const last = history[history.length - 1]!.TrangThai;
    yield {
      MaHoSo: `${a.agency}-${ymd}-${String(k).padStart(4, '0')}`,
      MaTTHC: a.procedure,
      MaDonViTiepNhan: a.agency,
      KenhThucHien: online ? 2 : rnd() < 0.05 ? 3 : 1,
      NgayNop: history[0]!.ThoiDiem,
      NgayTiepNhan: last === 3 ? null : stamp(received),
      // One in ten had a short appointment and was returned late.
      NgayHenTra: stamp(received + (rnd() < 0.1 ? 2 : 10) * DAY),
      TrangThaiHoSo: last,
      ChuHoSo: name,
      ThongTinNguoiNop: { TenNguoiNop: name, SoDinhDanh: `0891${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`, SoDienThoai: `09${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}` },
      ThanhPhanHoSo: [
        { TenThanhPhanHoSo: 'Tờ khai theo mẫu', SoLuong: 1, LoaiBan: 'bản chính', DuocSoHoa: rnd() < 0.4 ? 1 : 0, DuocLayTuKhoDMQG: 0 },
        { TenThanhPhanHoSo: 'Bản sao giấy tờ tùy thân', SoLuong: 1, LoaiBan: 'bản sao', DuocSoHoa: 0, DuocLayTuKhoDMQG: rnd() < 0.2 ? 1 : 0 },
      ],
      MaKetQua: last >= 9 ? `KQ-${ymd}-${k}` : null,
      DuongDanTepTinKetQua: last >= 9 && rnd() < 0.6 ? `https://dvc.example.vn/kq/${ymd}/${k}.pdf` : null,
      DuocThanhToanTrucTuyen: online && rnd() < 0.5 ? 1 : 0,
      HoSoCoThanhPhanSoHoa: rnd() < 0.4 ? 1 : 0,
      TaiKhoanDuocXacThucVoiVNeID: online ? 1 : 0,
      TienTrinh: history,
    };
  }
}

/** Writes `n` records as JSON lines; returns how many were written. */
export async function writeSyncRecords(file: string, n: number, assignments: Assignment[]): Promise<number> {
  const out = fs.createWriteStream(file);
  let count = 0;
  let buf = '';
  for (const r of syncRecords(n, assignments, { now: Date.now() })) {
    buf += `${JSON.stringify(r)}\n`;
    count++;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((res) => out.once('finish', () => res()));
  return count;
}
