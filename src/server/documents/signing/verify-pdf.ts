/**
 * Checks the signatures of a PDF in pure Node: for each signature dictionary, that /ByteRange
 * leaves out exactly the /Contents hex string, that the digest of the signed ranges matches the
 * CMS messageDigest, and that the signer's signature over the signed attributes verifies with the
 * certificate the CMS names by issuer and serial number (compared byte for byte). Trust (a CA the
 * agency accepts), revocation and timestamps are not checked: docs/adr/0014-digital-signatures.md.
 * Hostile or broken input never throws: it yields `signed: false` or a signature with problems.
 */
import { createHash, verify, X509Certificate } from 'node:crypto';
import { certificateParts, children, content, decodeOid, decodeTime, expectChildren, expectTag, nameAttributes, OID, raw, readTlv, TAG, type CertificateParts, type Tlv } from './der';

export interface SignatureCheck {
  /** The signed byte ranges are unchanged (their digest matches the signed messageDigest). */
  intact: boolean;
  /** The signer's signature verifies with the signer's certificate and the content is intact. */
  signatureValid: boolean;
  /** The signature covers the whole file (it is the last revision). */
  coversWholeDocument: boolean;
  signer: { commonName: string; organisation: string | null };
  issuer: { commonName: string };
  signingTime: Date | null;
  reason: string | null;
  /** SHA-256 of the signer's certificate, lowercase hex; empty when it was not found. */
  certificateSha256: string;
  /** In Vietnamese, for people; empty when nothing is wrong. */
  problems: string[];
}

export interface PdfVerification {
  signed: boolean;
  signatures: SignatureCheck[];
}

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** RSA PKCS#1 v1.5 and ECDSA: node:crypto `verify(hash, …)` handles both from the key type. */
const SIGNATURE_ALGORITHMS = new Set([OID.rsaEncryption, '1.2.840.113549.1.1.5', OID.sha256WithRSAEncryption, '1.2.840.113549.1.1.12', '1.2.840.113549.1.1.13', '1.2.840.10045.2.1', '1.2.840.10045.4.3.2', '1.2.840.10045.4.3.3', '1.2.840.10045.4.3.4']);

interface SignatureField {
  byteRange: [number, number, number, number];
  /** The text of the object holding the signature dictionary (latin1), for /Reason and /M. */
  dictionary: string;
}

function findSignatureFields(text: string): SignatureField[] {
  const fields = new Map<string, SignatureField>();
  for (const m of text.matchAll(/\/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]/g)) {
    const key = m.slice(1, 5).join(' ');
    if (fields.has(key)) continue;
    const start = Math.max(text.lastIndexOf(' obj', m.index), 0);
    const endobj = text.indexOf('endobj', m.index);
    const dictionary = text.slice(start, endobj < 0 ? text.length : endobj);
    fields.set(key, { byteRange: m.slice(1, 5).map(Number) as SignatureField['byteRange'], dictionary });
  }
  return [...fields.values()];
}

/** A PDF string object (literal or hex) starting at `at` (after whitespace), as bytes. */
function readPdfString(text: string, at: number): Buffer | null {
  let i = at;
  while (/\s/.test(text[i] ?? '')) i++;
  if (text[i] === '<') {
    const end = text.indexOf('>', i);
    if (end < 0) return null;
    const hex = text.slice(i + 1, end).replace(/\s/g, '');
    return /^[0-9A-Fa-f]*$/.test(hex) ? Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') : null;
  }
  if (text[i] !== '(') return null;
  const out: number[] = [];
  const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let depth = 1, j = i + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (ch === '\\') {
      const next = text[++j] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(j, j + 3))?.[0];
      if (octal) {
        out.push(parseInt(octal, 8) & 0xff);
        j += octal.length - 1;
      } else if (next === '\r' || next === '\n') {
        if (next === '\r' && text[j + 1] === '\n') j++;
      } else out.push(ESCAPES[next] ?? next.charCodeAt(0));
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return Buffer.from(out);
    out.push(ch.charCodeAt(0));
  }
  return null;
}

/** A PDF text string: UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else PDFDocEncoding (≈ Latin-1). */
function decodePdfText(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length & ~1)).swap16().toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

function dictionaryEntry(dictionary: string, key: string): Buffer | null {
  const m = new RegExp(`/${key}(?=[\\s(<])`).exec(dictionary);
  return m ? readPdfString(dictionary, m.index + key.length + 1) : null;
}

/** D:YYYYMMDDHHmmSS with an optional Z or ±HH'mm' offset. */
function parsePdfDate(value: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  const offset = m[7] && m[7] !== 'Z' ? (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].replace(/'/g, '').slice(3, 5))) : 0;
  const date = new Date(utc - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface SignerInfo {
  signerCount: number;
  /** The content is inside the CMS (adbe.pkcs7.sha1, document timestamps), not the PDF bytes. */
  embeddedContent: boolean;
  certificates: Buffer[];
  issuerAndSerial: { issuer: Buffer; serial: Buffer } | null;
  subjectKeyId: Buffer | null;
  digestOid: string;
  signedAttributes: Buffer | null;
  attributes: Map<string, Tlv>;
  signatureOid: string;
  signature: Buffer;
}

const oidOf = (cms: Buffer, node: Tlv | undefined, what: string): string => decodeOid(content(cms, expectTag(node, TAG.OID, what)));
const algorithmOid = (cms: Buffer, node: Tlv | undefined, what: string): string => oidOf(cms, children(cms, expectTag(node, TAG.SEQUENCE, what))[0], what);

/** ContentInfo → SignedData → the first SignerInfo, as exact byte slices of `cms`. */
function parseSignedData(cms: Buffer): SignerInfo {
  const [type, wrapped] = expectChildren(cms, expectTag(readTlv(cms, 0), TAG.SEQUENCE, 'ContentInfo'), 2, 'ContentInfo');
  if (oidOf(cms, type, 'contentType') !== OID.signedData) throw new Error('not a SignedData');
  const [signedData] = expectChildren(cms, expectTag(wrapped, TAG.CONTEXT, 'content'), 1, 'content');
  const fields = expectChildren(cms, expectTag(signedData, TAG.SEQUENCE, 'SignedData'), 4, 'SignedData');
  const encapsulated = expectChildren(cms, expectTag(fields[2], TAG.SEQUENCE, 'EncapsulatedContentInfo'), 1, 'EncapsulatedContentInfo');
  const certificateSet = fields.find((f) => f.tag === TAG.CONTEXT);
  const certificates = certificateSet ? children(cms, certificateSet).filter((c) => c.tag === TAG.SEQUENCE).map((c) => raw(cms, c)) : [];
  const signerInfos = children(cms, expectTag(fields[fields.length - 1], TAG.SET, 'signerInfos'));
  const si = expectChildren(cms, expectTag(signerInfos[0], TAG.SEQUENCE, 'SignerInfo'), 5, 'SignerInfo');
  const sid = si[1]!;
  const issuerAndSerial = sid.tag === TAG.SEQUENCE ? expectChildren(cms, sid, 2, 'IssuerAndSerialNumber') : null;
  const hasSignedAttributes = si[3]!.tag === TAG.CONTEXT;
  const attributes = new Map<string, Tlv>();
  if (hasSignedAttributes) {
    for (const attribute of children(cms, si[3]!)) {
      const [attrType, values] = expectChildren(cms, attribute, 2, 'Attribute');
      const first = children(cms, expectTag(values, TAG.SET, 'attrValues'))[0];
      if (first) attributes.set(oidOf(cms, attrType, 'attrType'), first);
    }
  }
  const rest = si.slice(hasSignedAttributes ? 4 : 3);
  return {
    signerCount: signerInfos.length,
    embeddedContent: encapsulated.length > 1,
    certificates,
    issuerAndSerial: issuerAndSerial ? { issuer: raw(cms, issuerAndSerial[0]!), serial: raw(cms, expectTag(issuerAndSerial[1], TAG.INTEGER, 'serialNumber')) } : null,
    subjectKeyId: sid.tag === 0x80 ? content(cms, sid) : null,
    digestOid: algorithmOid(cms, si[2], 'digestAlgorithm'),
    signedAttributes: hasSignedAttributes ? raw(cms, si[3]!) : null,
    attributes,
    signatureOid: algorithmOid(cms, rest[0], 'signatureAlgorithm'),
    signature: content(cms, expectTag(rest[1], TAG.OCTET_STRING, 'signature')),
  };
}

function findSignerCertificate(info: SignerInfo): CertificateParts | null {
  for (const der of info.certificates) {
    try {
      const parts = certificateParts(der);
      if (info.issuerAndSerial && raw(der, parts.issuer).equals(info.issuerAndSerial.issuer) && raw(der, parts.serial).equals(info.issuerAndSerial.serial)) return parts;
      const ski = parts.extensions.get(OID.subjectKeyIdentifier);
      if (info.subjectKeyId && ski && content(ski, readTlv(ski, 0)).equals(info.subjectKeyId)) return parts;
    } catch {
      /* an unreadable extra certificate: not the signer's */
    }
  }
  return null;
}

/** The ESS signingCertificateV2 attribute, when present, must name the signer's certificate. */
function signingCertificateMatches(cms: Buffer, attribute: Tlv, certificate: Buffer): boolean {
  const [certs] = expectChildren(cms, expectTag(attribute, TAG.SEQUENCE, 'SigningCertificateV2'), 1, 'SigningCertificateV2');
  const [first] = expectChildren(cms, expectTag(certs, TAG.SEQUENCE, 'certs'), 1, 'certs');
  const id = expectChildren(cms, expectTag(first, TAG.SEQUENCE, 'ESSCertIDv2'), 1, 'ESSCertIDv2');
  const hashName = id[0]!.tag === TAG.SEQUENCE ? HASHES[algorithmOid(cms, id[0], 'hashAlgorithm')] : 'sha256';
  const certHash = id[0]!.tag === TAG.SEQUENCE ? id[1] : id[0];
  return !!hashName && content(cms, expectTag(certHash, TAG.OCTET_STRING, 'certHash')).equals(createHash(hashName).update(certificate).digest());
}

function issuerVerifies(signer: CertificateParts, certificates: Buffer[]): boolean | null {
  const issuerName = raw(signer.der, signer.issuer);
  for (const der of certificates) {
    if (der.equals(signer.der) && !issuerName.equals(raw(der, signer.subject))) continue;
    try {
      if (raw(der, certificateParts(der).subject).equals(issuerName)) return new X509Certificate(signer.der).verify(new X509Certificate(der).publicKey);
    } catch {
      /* keep looking */
    }
  }
  return null;
}

function checkSignature(pdf: Buffer, text: string, field: SignatureField, isLast: boolean): SignatureCheck {
  const problems: string[] = [];
  const reason = dictionaryEntry(field.dictionary, 'Reason');
  const pdfTime = dictionaryEntry(field.dictionary, 'M');
  const result: SignatureCheck = {
    intact: false,
    signatureValid: false,
    coversWholeDocument: false,
    signer: { commonName: '', organisation: null },
    issuer: { commonName: '' },
    signingTime: pdfTime ? parsePdfDate(pdfTime.toString('latin1')) : null,
    reason: reason ? decodePdfText(reason) : null,
    certificateSha256: '',
    problems,
  };
  const [a, b, c, d] = field.byteRange;
  if (a !== 0 || b <= 0 || c < b + 2 || c + d > pdf.length) {
    problems.push('Vùng ký (/ByteRange) không hợp lệ hoặc vượt quá kích thước tệp.');
    return result;
  }
  result.coversWholeDocument = c + d === pdf.length;
  if (isLast && !result.coversWholeDocument) problems.push('Tệp đã bị thêm nội dung sau chữ ký cuối cùng.');
  const gap = text.slice(b, c);
  if (!/^<[0-9A-Fa-f\s]*>$/.test(gap) || !/\/Contents\s*$/.test(text.slice(Math.max(0, b - 40), b))) {
    problems.push('Vùng ký không loại trừ đúng và chỉ đúng giá trị /Contents của chữ ký.');
    return result;
  }
  const cms = Buffer.from(gap.slice(1, -1).replace(/\s/g, ''), 'hex');
  let info: SignerInfo;
  try {
    info = parseSignedData(cms);
  } catch {
    problems.push('Không đọc được dữ liệu chữ ký (CMS/PKCS#7).');
    return result;
  }
  if (info.embeddedContent) {
    problems.push('Kiểu chữ ký có nội dung nằm trong CMS (adbe.pkcs7.sha1 hoặc dấu thời gian) không được hỗ trợ.');
    return result;
  }
  if (info.signerCount > 1) problems.push('Chữ ký có nhiều người ký; chỉ người ký đầu tiên được kiểm tra.');
  const hashName = HASHES[info.digestOid];
  if (!hashName) {
    problems.push('Thuật toán băm của chữ ký không được hỗ trợ.');
    return result;
  }
  const digest = createHash(hashName).update(pdf.subarray(0, b)).update(pdf.subarray(c, c + d)).digest();
  const attr = (type: string) => info.attributes.get(type);
  if (info.signedAttributes) {
    const messageDigest = attr(OID.messageDigest);
    result.intact = !!messageDigest && messageDigest.tag === TAG.OCTET_STRING && content(cms, messageDigest).equals(digest);
    if (!messageDigest) problems.push('Chữ ký thiếu thuộc tính messageDigest.');
    else if (!result.intact) problems.push('Nội dung tài liệu đã bị thay đổi sau khi ký (mã băm không khớp).');
    const contentType = attr(OID.contentType);
    if (!contentType || contentType.tag !== TAG.OID || decodeOid(content(cms, contentType)) !== OID.data) problems.push('Thuộc tính contentType của chữ ký không hợp lệ.');
    const signingTime = attr(OID.signingTime);
    if (signingTime) result.signingTime = decodeTime(cms, signingTime) ?? result.signingTime;
  }
  const certificate = findSignerCertificate(info);
  if (!certificate) {
    problems.push('Không tìm thấy chứng thư số của người ký trong chữ ký (tên tổ chức cấp và số hiệu không khớp).');
    return result;
  }
  const der = certificate.der;
  const subject = nameAttributes(der, certificate.subject);
  result.signer = { commonName: subject.get(OID.commonName) ?? '', organisation: subject.get(OID.organisation) ?? null };
  result.issuer = { commonName: nameAttributes(der, certificate.issuer).get(OID.commonName) ?? '' };
  result.certificateSha256 = createHash('sha256').update(der).digest('hex');
  let verified = false;
  if (!SIGNATURE_ALGORITHMS.has(info.signatureOid)) problems.push('Thuật toán chữ ký không được hỗ trợ.');
  else {
    // Signed attributes are signed as a SET OF (tag 0x31), not as the [0] IMPLICIT they are stored as.
    const signedData = info.signedAttributes ? Buffer.concat([Buffer.from([TAG.SET]), info.signedAttributes.subarray(1)]) : Buffer.concat([pdf.subarray(0, b), pdf.subarray(c, c + d)]);
    try {
      verified = verify(hashName, signedData, new X509Certificate(der).publicKey, info.signature);
    } catch {
      verified = false;
    }
    if (!verified) problems.push('Chữ ký số không khớp với chứng thư số của người ký.');
  }
  if (!info.signedAttributes) result.intact = verified;
  result.signatureValid = verified && result.intact;
  const essCertificate = attr(OID.signingCertificateV2);
  try {
    if (essCertificate && !signingCertificateMatches(cms, essCertificate, der)) problems.push('Thuộc tính signingCertificateV2 không khớp với chứng thư số của người ký.');
  } catch {
    problems.push('Thuộc tính signingCertificateV2 không đọc được.');
  }
  const when = result.signingTime ?? new Date();
  if ((certificate.notBefore && when < certificate.notBefore) || (certificate.notAfter && when > certificate.notAfter)) problems.push('Chứng thư số không có hiệu lực tại thời điểm ký.');
  if (issuerVerifies(certificate, info.certificates) === false) problems.push('Chứng thư số của người ký không được ký bởi chứng thư tổ chức cấp đi kèm.');
  return result;
}

/** Every signature of `pdf`, checked. Never throws. */
export function verifyPdf(pdf: Buffer): PdfVerification {
  try {
    if (!Buffer.isBuffer(pdf)) return { signed: false, signatures: [] };
    const header = pdf.indexOf('%PDF-', 0, 'latin1');
    if (header < 0 || header > 1024) return { signed: false, signatures: [] };
    const text = pdf.toString('latin1');
    const fields = findSignatureFields(text);
    const lastEnd = Math.max(...fields.map((f) => f.byteRange[2] + f.byteRange[3]));
    const signatures = fields.map((field) => {
      try {
        return checkSignature(pdf, text, field, field.byteRange[2] + field.byteRange[3] === lastEnd);
      } catch {
        return { intact: false, signatureValid: false, coversWholeDocument: false, signer: { commonName: '', organisation: null }, issuer: { commonName: '' }, signingTime: null, reason: null, certificateSha256: '', problems: ['Không kiểm tra được chữ ký này.'] };
      }
    });
    return { signed: signatures.length > 0, signatures };
  } catch {
    return { signed: false, signatures: [] };
  }
}
