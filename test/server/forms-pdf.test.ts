import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBook, buildForm, type BookRequest, type FormBase, type FormRequest, type FormSet } from '../../src/domain/forms';
import { renderPdf } from '../../src/server/documents/pdf';
import { bookToXlsx } from '../../src/server/documents/tracking-book-excel';

const run = promisify(execFile);
const AT = new Date('2026-11-22T08:30:00Z'); // 15:30 in Việt Nam
const LOOKUP = 'https://dichvucong.angiang.gov.vn/tra-cuu-ho-so?ma=000.00.17.H04-261122-0001';
const NAME = 'Nguyễn Thị Hồng Nhung';

const base = (set: FormSet): FormBase => ({
  set,
  code: '000.00.17.H04-261122-0001',
  lookupUrl: LOOKUP,
  agency: { name: 'Trung tâm Phục vụ hành chính công tỉnh An Giang', parentName: 'Ủy ban nhân dân tỉnh An Giang', place: 'An Giang', phone: '0296 3957 999', website: 'https://angiang.gov.vn' },
  issuedAt: AT,
  procedure: { code: '1.005129', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' },
  channel: 'direct',
  applicant: { name: NAME, idNumber: '089186001234', address: 'Số 12 Trần Hưng Đạo, phường Long Xuyên', phone: '0912345678', email: 'nhung@example.vn' },
  owner: { name: 'Trần Văn Đức', address: 'Ấp Hòa Long, xã Hòa Lạc' },
  officer: { name: 'Lê Minh Tuấn' },
  receivedAt: AT,
  dueAt: new Date('2026-12-04T08:30:00Z'),
  processingTime: '10 ngày làm việc',
  documents: Array.from({ length: 8 }, (_, i) => ({ name: `Giấy tờ thứ ${i + 1} theo quy định`, copies: '1 bản chính' })),
});

const REASON = 'Hồ sơ thiếu bản vẽ mặt bằng';
function requests(set: FormSet): FormRequest[] {
  const b = base(set);
  const all: FormRequest[] = [
    { ...b, kind: 'receipt' },
    { ...b, kind: 'supplement', reason: REASON, missing: ['Bản vẽ mặt bằng công trình'] },
    { ...b, kind: 'refusal', reason: REASON },
    { ...b, kind: 'apology', reason: REASON, originalDueAt: new Date('2026-12-04T08:30:00Z'), newDueAt: new Date('2026-12-11T08:30:00Z'), responsibleAgency: 'Sở Xây dựng' },
    { ...b, kind: 'stop', reason: REASON },
    {
      ...b,
      kind: 'control',
      handovers: [{ agency: 'Sở Xây dựng', step: 'Thẩm định', at: new Date('2026-11-23T02:00:00Z'), giver: 'Lê Minh Tuấn', receiver: 'Võ Thanh Sơn', result: 'Đạt', note: null }],
    },
  ];
  return set === '01/2018' ? all.filter((r) => r.kind !== 'stop') : all;
}

const bookRequest = (n: number): BookRequest => ({
  set: '03/2025',
  agency: base('03/2025').agency,
  from: '2026-11-01',
  to: '2026-11-30',
  issuedAt: new Date('2026-12-01T02:00:00Z'),
  rows: Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    code: `000.00.17.H04-261122-${String(i + 1).padStart(4, '0')}`,
    procedure: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    applicant: i % 2 ? NAME : 'Công ty TNHH Xây dựng Hưng Thịnh',
    receivedAt: AT,
    dueAt: new Date('2026-12-04T08:30:00Z'),
    transfer: i % 3 === 0 ? 'Sở Xây dựng' : null,
    returnedAt: i % 2 ? new Date('2026-12-03T09:00:00Z') : null,
    status: i % 2 ? 'Đã trả kết quả' : 'Đang giải quyết',
    note: null,
  })),
});

let dir = '';
const file = (name: string) => path.join(dir, name);
const text = async (pdf: string) => (await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 })).stdout;
const info = async (pdf: string) => (await run('pdfinfo', [pdf])).stdout;
const pageSize = (out: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)?.slice(1, 3).map(Number);
const pages = (out: string) => Number(/Pages:\s+(\d+)/.exec(out)?.[1]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-forms-'));
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('slips as PDF', () => {
  for (const set of ['01/2018', '03/2025'] as const) {
    for (const req of requests(set)) {
      it(`${set} ${req.kind}: A5, Vietnamese text extractable with its diacritics`, async () => {
        const doc = buildForm(req);
        const pdf = file(`${set.replace('/', '-')}-${req.kind}.pdf`);
        await fs.writeFile(pdf, await renderPdf(doc));
        expect(pageSize(await info(pdf))).toEqual([419.53, 595.28]);
        const out = await text(pdf);
        expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(out).toContain('Độc lập - Tự do - Hạnh phúc');
        expect(out).toContain('An Giang, ngày 22 tháng 11 năm 2026');
        expect(out).toContain('000.00.17.H04-261122-0001');
        expect(out).toContain(NAME);
        expect(out).toContain(doc.title);
        if ('reason' in req) expect(out).toContain(REASON);
        if (req.kind === 'receipt') {
          expect(out).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
          expect(out).toContain('15 giờ 30 phút, ngày 22/11/2026');
          expect(out).toContain('Giấy tờ thứ 8 theo quy định');
        }
      });
    }
  }

  it('the QR code of the slip decodes to the tracking URL at 150 dpi', async () => {
    for (const req of [requests('01/2018')[0]!, requests('03/2025')[3]!]) {
      const pdf = file(`qr-${req.kind}.pdf`);
      await fs.writeFile(pdf, await renderPdf(buildForm(req)));
      const prefix = file(`qr-${req.kind}`);
      await run('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, prefix]);
      const png = PNG.sync.read(await fs.readFile(`${prefix}.png`));
      const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
      expect(code?.data).toBe(LOOKUP);
    }
  });

  it('same input gives the same bytes, whatever was rendered before; another issue time gives other bytes', async () => {
    const req = requests('03/2025')[0]!;
    const a = await renderPdf(buildForm(req));
    await renderPdf(buildForm(requests('03/2025')[4]!)); // other text in between: no state may leak
    const b = await renderPdf(buildForm(req));
    expect(a.equals(b)).toBe(true);
    const c = await renderPdf(buildForm({ ...req, issuedAt: new Date(AT.getTime() + 60_000) }));
    expect(a.equals(c)).toBe(false);
    // The PDF dates are the issue instant, not the time of rendering.
    const pdf = file('determinism.pdf');
    await fs.writeFile(pdf, a);
    const dates = (await run('pdfinfo', ['-isodates', pdf])).stdout;
    expect(dates).toMatch(/CreationDate:\s+2026-11-22T08:30:00(Z|\+00)/);
    expect(dates).toMatch(/ModDate:\s+2026-11-22T08:30:00(Z|\+00)/);
    // A classic cross-reference table (what @signpdf/placeholder-plain needs).
    expect(a.toString('latin1')).toMatch(/\nxref\n0 \d+\n0000000000 65535 f /);
  });
});

describe('tracking book', () => {
  const ROWS = 300;

  it('300 rows on A4 pages, the header row repeated on each page, every code present', async () => {
    const pdf = file('book.pdf');
    await fs.writeFile(pdf, await renderPdf(buildBook(bookRequest(ROWS))));
    const meta = await info(pdf);
    expect(pageSize(meta)).toEqual([841.89, 595.28]);
    const n = pages(meta);
    expect(n).toBeGreaterThan(1);
    const out = await text(pdf);
    const pageTexts = out.split('\f').filter((p) => p.trim() !== '');
    expect(pageTexts).toHaveLength(n);
    pageTexts.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain('Mã hồ sơ');
      expect(p, `page ${i + 1}`).toContain('Tên thủ tục hành chính');
      expect(p, `page ${i + 1}`).toContain(`Trang ${i + 1}/${n}`);
    });
    expect(pageTexts[0]).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(pageTexts[0]).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    for (let i = 1; i <= ROWS; i++) expect(out).toContain(`000.00.17.H04-261122-${String(i).padStart(4, '0')}`);
    expect(out).toContain('Công ty TNHH Xây'); // the name wraps in its column
  });

  it('exports to Excel: title rows, Vietnamese header, one row per dossier, UTC+7 dates', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bookToXlsx(bookRequest(ROWS))) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Sổ theo dõi hồ sơ');
    let headerRow = 0;
    ws.eachRow((row, i) => {
      if (headerRow === 0 && row.getCell(2).value === 'Mã hồ sơ') headerRow = i;
    });
    expect(headerRow).toBeGreaterThan(1);
    const header = ws.getRow(headerRow).values as unknown[];
    expect(header).toContain('Tên thủ tục hành chính');
    expect(header).toContain('Ngày, giờ nhận hồ sơ');
    const titles = Array.from({ length: headerRow - 1 }, (_, i) => String(ws.getCell(i + 1, 1).value ?? '')).join('\n');
    expect(titles).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(titles).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(ws.rowCount - headerRow).toBe(ROWS);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    const first = ws.getRow(headerRow + 1);
    expect(first.getCell(2).value).toBe('000.00.17.H04-261122-0001');
    expect(ws.getRow(headerRow + 2).getCell(4).value).toBe(NAME);
    const received = first.getCell(5);
    expect(received.value).toBeInstanceOf(Date);
    // Excel has no time zones: the cell holds the Việt Nam wall clock, 22/11/2026 15:30.
    expect((received.value as Date).toISOString()).toBe('2026-11-22T15:30:00.000Z');
    expect(received.numFmt).toBe('dd/mm/yyyy hh:mm');
  });
});
