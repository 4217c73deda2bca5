import { runIfMain } from './main';
/**
 * Benchmark: signing a one-page result PDF (pdfkit, DejaVu, Vietnamese text) with a key opened once
 * (`loadSigningKey`), i.e. placeholder + SHA-256 + CMS + RSA-2048, against the bare node:crypto
 * RSA-SHA256 signature of the same PDF bytes, measured in the same run. Prints one JSON object;
 * `run()` is exported for a bench runner.
 *   node --import tsx bench/signing.bench.ts [--quick]
 */
import { sign } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { createDemoCa, issueSigningCertificate, loadSigningKey } from '../src/server/documents/signing/certificates';
import { signPdf, type SignatureMeta } from '../src/server/documents/signing/sign-pdf';
import { verifyPdf } from '../src/server/documents/signing/verify-pdf';

export interface SigningBenchResult {
  name: 'documents.sign.pdf';
  medianMs: number;
  p95Ms: number;
  n: number;
  baseline: { name: 'node.crypto.rsa_sha256_sign'; medianMs: number };
  ratio: number;
  budget: { maxMedianMs: number };
}

function resultPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf').fontSize(13);
    doc.text('ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG — SỞ TƯ PHÁP', { align: 'center' }).moveDown();
    doc.text('QUYẾT ĐỊNH về việc cấp Phiếu lý lịch tư pháp số 1234/2026/LLTP cho công dân Trần Văn Đức.').moveDown();
    doc.text('Điều 1. Cấp Phiếu lý lịch tư pháp số 1 cho ông Trần Văn Đức, sinh ngày 12/03/1990.');
    doc.end();
  });
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timeEach(n: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((x, y) => x - y);
}

export async function run(opts: { quick: boolean } = { quick: false }): Promise<SigningBenchResult> {
  const ca = createDemoCa({ name: 'Tổ chức chứng thực số Thử nghiệm motcua', validDays: 365 });
  const issued = issueSigningCertificate(ca, { commonName: 'Sở Tư pháp tỉnh Sóc Trăng', organisation: 'Ủy ban nhân dân tỉnh Sóc Trăng', province: 'Sóc Trăng', validDays: 365 }, 'bench');
  const key = loadSigningKey(issued.p12, 'bench');
  const pdf = await resultPdf();
  const meta: SignatureMeta = { reason: 'Phê duyệt kết quả giải quyết thủ tục hành chính', name: 'Sở Tư pháp tỉnh Sóc Trăng', location: 'Sóc Trăng' };
  // Sanity: what is measured is a signature that verifies.
  const check = verifyPdf(await signPdf(pdf, key, meta)).signatures[0];
  if (!check?.intact || !check.signatureValid) throw new Error(`benchmark signature does not verify: ${JSON.stringify(check)}`);
  const n = opts.quick ? 30 : 200;
  const signing = () => signPdf(pdf, key, meta);
  const bare = () => sign('sha256', pdf, key.privateKey);
  await timeEach(opts.quick ? 5 : 20, signing); // warm-up
  await timeEach(opts.quick ? 5 : 20, bare);
  const times = await timeEach(n, signing);
  const baseline = await timeEach(n, bare);
  const medianMs = percentile(times, 50);
  const baselineMs = percentile(baseline, 50);
  return {
    name: 'documents.sign.pdf',
    medianMs: round(medianMs),
    p95Ms: round(percentile(times, 95)),
    n,
    baseline: { name: 'node.crypto.rsa_sha256_sign', medianMs: round(baselineMs) },
    ratio: Math.round((medianMs / baselineMs) * 100) / 100,
    budget: { maxMedianMs: 100 },
  };
}

runIfMain(import.meta.url, run);
