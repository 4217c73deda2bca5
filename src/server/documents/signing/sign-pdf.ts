/**
 * Signs a PDF with an invisible signature field: @signpdf/placeholder-plain appends the signature
 * dictionary as an incremental update (so signing a signed PDF adds a second signature), @signpdf
 * fills /ByteRange and /Contents, and the CMS is built here (`CmsSigner`) rather than by
 * node-forge's PKCS#7, whose IssuerAndSerialNumber re-encodes the issuer name and breaks it for
 * Vietnamese CA names (forge issue 847). See docs/adr/0014-digital-signatures.md.
 */
import { createHash, randomBytes, sign } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { DEFAULT_SIGNATURE_LENGTH, Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import { loadSigningKey, SigningError, type SigningKey } from './certificates';
import { certificateParts, nullValue, octetString, OID, oid, raw, sequence, setOf, smallInteger, TAG, time, tlv } from './der';

export interface SignatureMeta {
  reason: string;
  /** Shown by PDF readers as the signer's name (the certificate's name is authoritative). */
  name: string;
  location: string;
  contactInfo?: string;
  /** Defaults to now; whole seconds are kept. */
  signingTime?: Date;
}

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

/**
 * A detached CMS SignedData (RFC 5652) over `content`: SHA-256, signed attributes contentType,
 * signingTime, messageDigest and ESS signingCertificateV2 (RFC 5035), the signer identified by its
 * certificate's issuer Name and serial number copied byte for byte from the certificate.
 */
function detachedCms(key: SigningKey, content: Buffer, signingTime: Date): Buffer {
  const der = key.certificate;
  const cert = certificateParts(der);
  const issuer = raw(der, cert.issuer);
  const serial = raw(der, cert.serial);
  const sha256Algorithm = sequence(oid(OID.sha256));
  const attribute = (type: string, value: Buffer) => sequence(oid(type), setOf(value));
  const essCertIdV2 = sequence(octetString(sha256(der)), sequence(sequence(tlv(TAG.CONTEXT + 4, issuer)), serial));
  const signedAttributes = setOf(
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.signingTime, time(signingTime)),
    attribute(OID.messageDigest, octetString(sha256(content))),
    attribute(OID.signingCertificateV2, sequence(sequence(essCertIdV2))),
  );
  // The signature is over the DER of the SET OF attributes; the SignerInfo carries it as [0] IMPLICIT.
  const signature = sign('sha256', signedAttributes, key.privateKey);
  const signatureAlgorithm = key.privateKey.asymmetricKeyType === 'ec' ? sequence(oid(ECDSA_WITH_SHA256)) : sequence(oid(OID.rsaEncryption), nullValue());
  const signerInfo = sequence(
    smallInteger(1),
    sequence(issuer, serial),
    sha256Algorithm,
    Buffer.concat([Buffer.from([TAG.CONTEXT]), signedAttributes.subarray(1)]),
    signatureAlgorithm,
    octetString(signature),
  );
  const certificates = [der, ...key.chain].sort(Buffer.compare);
  const signedData = sequence(smallInteger(1), setOf(sha256Algorithm), sequence(oid(OID.data)), tlv(TAG.CONTEXT, ...certificates), setOf(signerInfo));
  return sequence(oid(OID.signedData), tlv(TAG.CONTEXT, signedData));
}

/** The @signpdf Signer: one instance per signature, holding an already opened key. */
class CmsSigner extends Signer {
  constructor(private readonly key: SigningKey) {
    super();
  }

  override async sign(signedBytes: Buffer, signingTime?: Date): Promise<Buffer> {
    return detachedCms(this.key, signedBytes, signingTime ?? new Date());
  }
}

/** A PDF text string: UTF-16BE with a byte order mark, written as a hex string. */
function pdfText(text: string): string {
  return `<${Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

type TextFields = { reason: string; name: string; location: string; contactInfo: string };

/**
 * placeholder-plain writes non-ASCII strings as UTF-16 code units re-encoded as UTF-8 (mojibake).
 * So it is given unique ASCII markers at least as long as the final strings, and each `(marker)`
 * is overwritten in place by the UTF-16BE hex string padded with spaces: no offset moves.
 */
function withMarkers(fields: TextFields): { markers: TextFields; fill(pdf: Buffer): void } {
  const nonce = randomBytes(6).toString('hex');
  const entries = (Object.keys(fields) as (keyof TextFields)[]).map((field) => {
    const token = pdfText(fields[field]);
    const marker = `motcua${field}${nonce}`.padEnd(token.length - 2, 'x');
    return { field, marker, token };
  });
  return {
    markers: Object.fromEntries(entries.map((e) => [e.field, e.marker])) as TextFields,
    fill(pdf) {
      for (const { marker, token } of entries) {
        const literal = `(${marker})`;
        const at = pdf.indexOf(literal, 0, 'latin1');
        if (at < 0 || pdf.indexOf(literal, at + 1, 'latin1') >= 0) throw new SigningError('UNSUPPORTED_PDF', 'Không chèn được thông tin chữ ký vào tệp PDF.');
        pdf.write(token.padEnd(literal.length, ' '), at, 'latin1');
      }
    },
  };
}

/** placeholder-plain drops the document /ID from the trailer it appends; carry it over. */
function keepDocumentId(original: Buffer, updated: Buffer): Buffer {
  const previous = original.subarray(original.lastIndexOf('trailer')).toString('latin1');
  const id = /\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/.exec(previous)?.[0];
  const opening = 'trailer\n<<\n';
  const at = updated.lastIndexOf(opening);
  if (!id || at < original.length) return updated;
  const insertAt = at + opening.length;
  return Buffer.concat([updated.subarray(0, insertAt), Buffer.from(`${id}\n`, 'latin1'), updated.subarray(insertAt)]);
}

/**
 * placeholder-plain keeps the fields of an existing AcroForm only when it is an indirect object
 * written with `/Type /AcroForm` (as its own signature forms are); otherwise it would silently drop
 * them (pdfkit's `initForm()` forms, for instance). Such PDFs are refused rather than damaged.
 */
function refuseUnpreservableForm(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  const last = [...text.matchAll(/\/AcroForm\s*(<<|(\d+)\s+(\d+)\s+R)/g)].at(-1);
  if (!last) return;
  const header = last[1] === '<<' ? undefined : [...text.matchAll(new RegExp(`(?:^|[\\r\\n])${last[2]}\\s+${last[3]}\\s+obj`, 'g'))].at(-1);
  const at = header ? header.index : -1;
  const form = at < 0 ? '' : text.slice(at, text.indexOf('endobj', at));
  if (at < 0 || (!form.includes('/Type /AcroForm') && /\/Fields\s*\[\s*\d/.test(form))) {
    throw new SigningError('UNSUPPORTED_PDF', 'Tệp PDF có biểu mẫu tương tác (AcroForm) không giữ được khi ký; hãy xuất tệp không có trường biểu mẫu.');
  }
}

function addPlaceholder(pdf: Buffer, meta: SignatureMeta, signingTime: Date, signatureLength: number): Buffer {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new SigningError('UNSUPPORTED_PDF', 'Tệp không phải là PDF.');
  refuseUnpreservableForm(pdf);
  const text = withMarkers({ reason: meta.reason, name: meta.name, location: meta.location, contactInfo: meta.contactInfo ?? '' });
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, ...text.markers, signingTime, signatureLength, subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED, appName: 'motcua' });
  } catch (error) {
    // placeholder-plain reads classic xref tables only (PDF 1.5 cross-reference streams are refused).
    const message = error instanceof Error ? error.message : String(error);
    throw new SigningError('UNSUPPORTED_PDF', `Không thêm được chữ ký vào tệp PDF này (${message}).`);
  }
  text.fill(withPlaceholder);
  return keepDocumentId(pdf, withPlaceholder);
}

/**
 * Signs `pdf` as an incremental update and returns the signed file. `key` is either a PKCS#12 with
 * its password (opened for this one signature) or a key from `loadSigningKey`, reused.
 */
export async function signPdf(pdf: Buffer, key: { p12: Buffer; password: string } | SigningKey, meta: SignatureMeta): Promise<Buffer> {
  const signingKey = 'p12' in key ? loadSigningKey(key.p12, key.password) : key;
  const signingTime = new Date(Math.floor((meta.signingTime ?? new Date()).getTime() / 1000) * 1000);
  if (signingTime < signingKey.notBefore || signingTime > signingKey.notAfter) {
    throw new SigningError('CERTIFICATE_NOT_VALID', 'Chứng thư số không có hiệu lực tại thời điểm ký.');
  }
  const certificatesLength = [signingKey.certificate, ...signingKey.chain].reduce((n, c) => n + c.length, 0);
  const signatureLength = Math.max(DEFAULT_SIGNATURE_LENGTH, certificatesLength + 2048);
  const prepared = addPlaceholder(pdf, meta, signingTime, signatureLength);
  return new SignPdf().sign(prepared, new CmsSigner(signingKey), signingTime);
}
