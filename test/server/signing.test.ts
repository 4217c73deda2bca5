import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoCa, issueSigningCertificate, loadP12, loadSigningKey, type DemoCa, type IssuedCertificate, type SigningKey } from '../../src/server/documents/signing/certificates';
import { signPdf, type SignatureMeta } from '../../src/server/documents/signing/sign-pdf';
import { verifyPdf } from '../../src/server/documents/signing/verify-pdf';

const execFileAsync = promisify(execFile);
const FONT = 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSerif.ttf';
const CA_NAME = 'Tổ chức chứng thực số Thử nghiệm motcua';
const SIGNER = 'Sở Tư pháp tỉnh Sóc Trăng';
const ORGANISATION = 'Ủy ban nhân dân tỉnh Sóc Trăng';
const PASSWORD = 'Mật-khẩu-thử-nghiệm';
const META: SignatureMeta = {
  reason: 'Phê duyệt kết quả giải quyết thủ tục hành chính',
  name: 'Nguyễn Thị Ánh Tuyết',
  location: 'Sóc Trăng, Việt Nam',
  contactInfo: 'vanthu@soctrang.gov.vn',
  signingTime: new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000), // whole seconds, within the certificate's validity
};

/** Runs a tool; a non-zero exit is a result, not an exception. */
async function tool(file: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { encoding: 'utf8' });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function makePdf(compress: boolean, formField = false): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', compress, info: { Title: 'Quyết định' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(FONT).fontSize(14).text(`QUYẾT ĐỊNH của ${SIGNER}`).moveDown().text('Về việc cấp Phiếu lý lịch tư pháp cho công dân Trần Văn Đức.');
    if (formField) doc.initForm().formText('ho_ten', 72, 200, 200, 20);
    doc.end();
  });
}

/** The /ByteRange arrays of a signed PDF, found independently of verifyPdf. */
const byteRanges = (pdf: Buffer): number[][] => [...pdf.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/g)].map((m) => m.slice(1, 5).map(Number));

/** The n-th signature of a signed PDF: CMS DER (without the zero padding) and the signed bytes. */
function extractSignature(pdf: Buffer, n: number): { cms: Buffer; signedBytes: Buffer } {
  const [a, b, c, d] = byteRanges(pdf)[n]!;
  const padded = Buffer.from(pdf.subarray(b! + 1, c! - 1).toString('latin1'), 'hex');
  const lengthOctets = padded[1]! & 0x80 ? padded[1]! & 0x7f : 0;
  const length = 2 + lengthOctets + (lengthOctets ? padded.readUIntBE(2, lengthOctets) : padded[1]!);
  return { cms: padded.subarray(0, length), signedBytes: Buffer.concat([pdf.subarray(a!, b!), pdf.subarray(c!, c! + d!)]) };
}

describe('PDF signatures with Vietnamese certificate names', () => {
  let dir: string;
  let ca: DemoCa;
  let issued: IssuedCertificate;
  let key: SigningKey;
  let unsigned: Buffer;
  let signed: Buffer;
  const file = (name: string) => path.join(dir, name);

  /** `openssl cms -verify` of the n-th signature; extra arguments e.g. to locate the signer outside the CMS. */
  async function opensslVerify(pdf: Buffer, n: number, extra: string[] = []) {
    const { cms, signedBytes } = extractSignature(pdf, n);
    await fs.writeFile(file('sig.der'), cms);
    await fs.writeFile(file('signed-bytes.bin'), signedBytes);
    return tool('openssl', ['cms', '-verify', '-inform', 'DER', '-binary', '-in', file('sig.der'), '-content', file('signed-bytes.bin'), '-CAfile', file('ca.pem'), '-purpose', 'any', '-out', '/dev/null', ...extra]);
  }

  async function pdfsig(pdf: Buffer) {
    await fs.writeFile(file('check.pdf'), pdf);
    return tool('pdfsig', [file('check.pdf')]);
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-sign-'));
    ca = createDemoCa({ name: CA_NAME, validDays: 3650 });
    issued = issueSigningCertificate(ca, { commonName: SIGNER, organisation: ORGANISATION, province: 'Sóc Trăng', email: 'stp@soctrang.gov.vn', validDays: 730 }, PASSWORD);
    key = loadSigningKey(issued.p12, PASSWORD);
    await fs.writeFile(file('ca.pem'), ca.certificatePem);
    await fs.writeFile(file('leaf.pem'), issued.certificatePem);
    unsigned = await makePdf(true);
    signed = await signPdf(unsigned, { p12: issued.p12, password: PASSWORD }, META);
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes the names as UTF-8 in the certificates, chains to the CA, and reads them back from the PKCS#12', async () => {
    const names = await tool('openssl', ['x509', '-in', file('leaf.pem'), '-noout', '-subject', '-issuer', '-nameopt', 'utf8,sep_comma_plus']);
    expect(names.out).toContain(`CN=${SIGNER}`);
    expect(names.out).toContain(`O=${ORGANISATION}`);
    expect(names.out).toContain(`issuer=C=VN,CN=${CA_NAME}`);
    const chain = await tool('openssl', ['verify', '-CAfile', file('ca.pem'), file('leaf.pem')]);
    expect(chain.out).toContain(': OK');
    const loaded = loadP12(issued.p12, PASSWORD);
    expect(loaded.subject).toEqual({ commonName: SIGNER, organisation: ORGANISATION });
    expect(loaded.certificatePem).toBe(issued.certificatePem);
    expect(loaded.chainPem).toEqual([ca.certificatePem]);
    expect(loaded.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(loaded.notAfter.getTime() - loaded.notBefore.getTime()).toBeGreaterThan(729 * 86_400_000);
  });

  it('(a) verifyPdf: intact and valid, with the names, reason and time exactly as signed', () => {
    const result = verifyPdf(signed);
    expect(result.signed).toBe(true);
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0]).toEqual({
      intact: true,
      signatureValid: true,
      coversWholeDocument: true,
      signer: { commonName: SIGNER, organisation: ORGANISATION },
      issuer: { commonName: CA_NAME },
      signingTime: META.signingTime,
      reason: META.reason,
      certificateSha256: issued.fingerprintSha256,
      problems: [],
    });
    // The signature dictionary's text strings are UTF-16BE with a byte order mark, not mojibake.
    const tail = signed.subarray(unsigned.length).toString('latin1');
    expect(tail).toMatch(/\/Reason <FEFF0050006800EA/);
    expect(tail).toContain(`/Name <FEFF${Buffer.from(META.name, 'utf16le').swap16().toString('hex').toUpperCase()}>`);
    expect(tail).not.toMatch(/\((?:Ã¾Ã¿|þÿ)/);
  });

  it('(b) pdfsig (poppler + NSS) reports the signature valid and shows the signer with diacritics', async () => {
    const report = await pdfsig(signed);
    expect(report.out).toContain('Signature Validation: Signature is Valid.');
    expect(report.out).toContain(`Signer Certificate Common Name: ${SIGNER}`);
    expect(report.out).toContain('Total document signed');
    const text = await tool('pdftotext', [file('check.pdf'), '-']);
    expect(text.out).toContain(`QUYẾT ĐỊNH của ${SIGNER}`);
  });

  it('(c) openssl cms -verify succeeds, locating the signer by issuer and serial number', async () => {
    const embedded = await opensslVerify(signed, 0);
    expect(embedded.out).toContain('Verification successful');
    // Without the certificates in the CMS: the signer must be found from the issued certificate by issuer + serial.
    const external = await opensslVerify(signed, 0, ['-nointern', '-certfile', file('leaf.pem')]);
    expect(external.out).toContain('Verification successful');
  });

  it('control: node-forge PKCS#7 (forge issue 847) re-encodes the issuer, and both verifiers catch it', async () => {
    const placeholder = plainAddPlaceholder({ pdfBuffer: unsigned, reason: 'x', contactInfo: '', name: 'x', location: 'x' });
    const forgeSigned = await new SignPdf().sign(placeholder, new P12Signer(issued.p12, { passphrase: PASSWORD }));
    const openssl = await opensslVerify(forgeSigned, 0);
    expect(openssl.out).not.toContain('Verification successful');
    expect(openssl.out).toContain('signer certificate not found');
    const [check] = verifyPdf(forgeSigned).signatures;
    expect(check!.signatureValid).toBe(false);
    expect(check!.problems.join(' ')).toContain('Không tìm thấy chứng thư số của người ký');
  });

  it('(d) one changed byte in the signed range breaks verifyPdf, pdfsig and openssl', async () => {
    const tampered = Buffer.from(signed);
    const at = tampered.indexOf('595.28'); // the page width in /MediaBox, inside the first signed range
    expect(at).toBeGreaterThan(0);
    tampered[at] = '6'.charCodeAt(0);
    const [check] = verifyPdf(tampered).signatures;
    expect(check).toMatchObject({ intact: false, signatureValid: false, signer: { commonName: SIGNER } });
    expect(check!.problems.join(' ')).toContain('mã băm không khớp');
    const report = await pdfsig(tampered);
    expect(report.out).toContain('Signature Validation:');
    expect(report.out).not.toContain('Signature is Valid');
    const openssl = await opensslVerify(tampered, 0);
    expect(openssl.out).not.toContain('Verification successful');
  });

  it('flags bytes appended after the last signature', () => {
    const [check] = verifyPdf(Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< >>\nendobj\n')])).signatures;
    expect(check).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: false });
    expect(check!.problems).toEqual(['Tệp đã bị thêm nội dung sau chữ ký cuối cùng.']);
  });

  it('(e) a wrong PKCS#12 password is BAD_CERTIFICATE_PASSWORD; a broken file is BAD_CERTIFICATE', async () => {
    expect(() => loadP12(issued.p12, 'sai mật khẩu')).toThrow(expect.objectContaining({ code: 'BAD_CERTIFICATE_PASSWORD', name: 'SigningError' }));
    await expect(signPdf(unsigned, { p12: issued.p12, password: 'sai' }, META)).rejects.toMatchObject({ code: 'BAD_CERTIFICATE_PASSWORD' });
    expect(() => loadSigningKey(Buffer.from('not a pkcs12'), PASSWORD)).toThrow(expect.objectContaining({ code: 'BAD_CERTIFICATE' }));
  });

  it('refuses to sign outside the certificate validity, non-PDF input, and form fields it would drop', async () => {
    const late = new Date(key.notAfter.getTime() + 86_400_000);
    await expect(signPdf(unsigned, key, { ...META, signingTime: late })).rejects.toMatchObject({ code: 'CERTIFICATE_NOT_VALID' });
    await expect(signPdf(Buffer.from('hello'), key, META)).rejects.toMatchObject({ code: 'UNSUPPORTED_PDF' });
    await expect(signPdf(await makePdf(true, true), key, META)).rejects.toMatchObject({ code: 'UNSUPPORTED_PDF' });
  });

  it('(f) signing a signed PDF adds a second signature; the first no longer covers the whole document', async () => {
    const second = issueSigningCertificate(ca, { commonName: 'Ủy ban nhân dân tỉnh Sóc Trăng', organisation: 'Văn phòng UBND tỉnh', province: 'Sóc Trăng', validDays: 30 }, PASSWORD);
    const twice = await signPdf(signed, loadSigningKey(second.p12, PASSWORD), { reason: 'Đóng dấu phát hành', name: 'Văn thư', location: 'Sóc Trăng' });
    expect(twice.subarray(0, signed.length).equals(signed)).toBe(true);
    const result = verifyPdf(twice);
    expect(result.signatures).toHaveLength(2);
    const [first, last] = result.signatures;
    expect(first).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: false, signer: { commonName: SIGNER }, problems: [] });
    expect(last).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: true, reason: 'Đóng dấu phát hành', signer: { commonName: 'Ủy ban nhân dân tỉnh Sóc Trăng', organisation: 'Văn phòng UBND tỉnh' }, problems: [] });
    const report = await pdfsig(twice);
    expect(report.out.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(report.out).toContain('Not total document signed');
    expect((await opensslVerify(twice, 0)).out).toContain('Verification successful');
    expect((await opensslVerify(twice, 1)).out).toContain('Verification successful');
  });

  it('signs pdfkit output without compression too, keeping the document /ID', async () => {
    const plain = await makePdf(false);
    const result = await signPdf(plain, key, { reason: 'Ký thử', name: SIGNER, location: 'Sóc Trăng' });
    expect(verifyPdf(result).signatures[0]).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: true, reason: 'Ký thử' });
    const ids = [...result.toString('latin1').matchAll(/\/ID \[(<[0-9a-f]+> <[0-9a-f]+>)\]/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect((await pdfsig(result)).out).toContain('Signature is Valid.');
  });

  it('(g) garbage, empty and unsigned input: signed:false, never a throw', () => {
    for (const input of [Buffer.alloc(0), Buffer.from('hello'), Buffer.from('%PDF-1.7\n/ByteRange [0 10 20 5]'), unsigned]) {
      const result = verifyPdf(input);
      expect(result.signed && result.signatures.every((s) => s.signatureValid)).toBe(false);
    }
    expect(verifyPdf(unsigned)).toEqual({ signed: false, signatures: [] });
    const [, b, c] = byteRanges(signed)[0]!;
    const blanked = Buffer.from(signed).fill('0', b! + 1, c! - 1);
    expect(verifyPdf(blanked).signatures).toMatchObject([{ intact: false, signatureValid: false, problems: ['Không đọc được dữ liệu chữ ký (CMS/PKCS#7).'] }]);
    expect(verifyPdf(Buffer.alloc(0))).toEqual({ signed: false, signatures: [] });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(verifyPdf(Buffer.from(bytes)).signed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('any change inside the signed ranges, or a truncation, is never reported valid (property)', () => {
    const [check] = verifyPdf(signed).signatures;
    expect(check!.signatureValid).toBe(true);
    const { signedBytes } = extractSignature(signed, 0);
    const [, b, c] = byteRanges(signed)[0]!;
    fc.assert(
      fc.property(fc.nat({ max: signedBytes.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.nat({ max: signed.length }), (offset, xor, cut) => {
        const mutated = Buffer.from(signed);
        mutated[offset < b! ? offset : offset - b! + c!]! ^= xor;
        expect(verifyPdf(mutated).signatures.some((s) => s.signatureValid)).toBe(false);
        const truncated = verifyPdf(signed.subarray(0, cut));
        if (cut < signed.length) expect(truncated.signatures.some((s) => s.signatureValid && s.coversWholeDocument)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
