import { runIfMain } from './main';
/**
 * Benchmark: build + render Form 01 (receipt and appointment, 8 documents) to PDF, against a
 * bare A5 pdfkit page with one line of text in the same embedded font, in the same run.
 * The ratio is the cost of the form's content over pdfkit's fixed cost (font subsetting, stream).
 *   node --import tsx bench/form-slip.bench.ts [--quick]
 */
import PDFDocument from 'pdfkit';
import { buildForm, type FormRequest } from '../src/domain/forms';
import { FONT, fontBuffers, renderPdf } from '../src/server/documents/pdf';

export interface FormSlipBenchResult {
  name: 'documents.form01.pdf';
  medianMs: number;
  p95Ms: number;
  n: number;
  baseline: { name: 'pdfkit.blank_a5_text'; medianMs: number };
  ratio: number;
  budget: { maxMedianMs: number };
}

const AT = new Date('2026-11-22T08:30:00Z');

const REQUEST: FormRequest = {
  kind: 'receipt',
  set: '03/2025',
  code: '000.00.17.H04-261122-0001',
  lookupUrl: 'https://dichvucong.angiang.gov.vn/tra-cuu-ho-so?ma=000.00.17.H04-261122-0001',
  agency: { name: 'Trung tâm Phục vụ hành chính công tỉnh An Giang', parentName: 'Ủy ban nhân dân tỉnh An Giang', place: 'An Giang', phone: '0296 3957 999', website: null },
  issuedAt: AT,
  procedure: { code: '1.005129', name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' },
  channel: 'direct',
  applicant: { name: 'Nguyễn Thị Hồng Nhung', idNumber: '089186001234', address: 'Số 12 Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang', phone: '0912345678', email: null },
  owner: null,
  officer: { name: 'Lê Minh Tuấn' },
  receivedAt: AT,
  dueAt: new Date('2026-12-04T08:30:00Z'),
  processingTime: '10 ngày làm việc',
  documents: Array.from({ length: 8 }, (_, i) => ({ name: `Giấy tờ thứ ${i + 1}: bản vẽ, đơn đề nghị hoặc giấy chứng nhận theo quy định`, copies: '1 bản chính' })),
};

async function slip(): Promise<number> {
  return (await renderPdf(buildForm(REQUEST))).length;
}

/** A5, one line in DejaVu Serif, same buffers: what any pdfkit document costs at least. */
function blank(): Promise<number> {
  const pdf = new PDFDocument({ size: 'A5', info: { CreationDate: AT, ModDate: AT } });
  pdf.registerFont(FONT.regular, fontBuffers().regular);
  const chunks: Buffer[] = [];
  const done = new Promise<number>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks).length));
    pdf.on('error', reject);
  });
  pdf.font(FONT.regular).fontSize(10).text('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  pdf.end();
  return done;
}

async function timings(fn: () => Promise<number>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    if ((await fn()) === 0) throw new Error('empty PDF');
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (x: number) => Math.round(x * 100) / 100;

export async function run(opts: { quick: boolean } = { quick: false }): Promise<FormSlipBenchResult> {
  const n = opts.quick ? 40 : 300;
  await timings(slip, opts.quick ? 5 : 20); // warm-up: JIT, font buffers
  await timings(blank, opts.quick ? 5 : 20);
  // Interleave the two so that machine noise hits both alike.
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    a.push(...(await timings(slip, n / 4)));
    b.push(...(await timings(blank, n / 4)));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const medianMs = pct(a, 50);
  const baseline = pct(b, 50);
  return {
    name: 'documents.form01.pdf',
    medianMs: round(medianMs),
    p95Ms: round(pct(a, 95)),
    n,
    baseline: { name: 'pdfkit.blank_a5_text', medianMs: round(baseline) },
    ratio: round(medianMs / baseline),
    budget: { maxMedianMs: 50 },
  };
}

runIfMain(import.meta.url, run);
