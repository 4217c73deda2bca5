/**
 * A small DER reader and writer for the few ASN.1 structures signatures need (certificates, CMS).
 * The reader returns byte offsets, never re-encoded values: certificate issuers, serial numbers and
 * signed attributes are compared and hashed exactly as they were written. (node-forge re-encodes
 * names it has parsed and double-encodes UTF8String values: forge issue 847; see docs/adr/0014.)
 * The reader is bounds-checked and throws `DerError` on malformed input; callers that read
 * untrusted bytes catch it.
 */

export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerError';
  }
}

/** One TLV: `tag` is the identifier octet (only low tag numbers occur in these structures). */
export interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
  /** [n] constructed, context-specific: 0xa0 + n. */
  CONTEXT: 0xa0,
} as const;

export const OID = {
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  province: '2.5.4.8',
  country: '2.5.4.6',
  email: '1.2.840.113549.1.9.1',
  subjectKeyIdentifier: '2.5.29.14',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

export function readTlv(buf: Buffer, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError('truncated TLV');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not supported');
  let length = buf[offset + 1]!;
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length encoding');
    if (contentStart + count > limit) throw new DerError('truncated length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError('content runs past its container');
  return { tag, start: offset, contentStart, end };
}

/** The TLVs directly inside a constructed TLV. */
export function children(buf: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const child = readTlv(buf, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

/** `children`, insisting on at least `min` of them. */
export function expectChildren(buf: Buffer, parent: Tlv, min: number, what: string): Tlv[] {
  const list = children(buf, parent);
  if (list.length < min) throw new DerError(`${what}: expected at least ${min} elements`);
  return list;
}

export function expectTag(node: Tlv | undefined, tag: number, what: string): Tlv {
  if (!node || node.tag !== tag) throw new DerError(`${what}: unexpected tag`);
  return node;
}

export const raw = (buf: Buffer, node: Tlv): Buffer => buf.subarray(node.start, node.end);
export const content = (buf: Buffer, node: Tlv): Buffer => buf.subarray(node.contentStart, node.end);

export function decodeOid(bytes: Buffer): string {
  if (bytes.length === 0) throw new DerError('empty OID');
  const first = bytes[0]!;
  const parts = [first < 80 ? Math.floor(first / 40) : 2, first < 80 ? first % 40 : first - 80];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    value = value * 128 + (bytes[i]! & 0x7f);
    if (!(bytes[i]! & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** The text of a directory string, whatever string type the issuer chose. */
export function decodeString(tag: number, bytes: Buffer): string {
  switch (tag) {
    case TAG.UTF8_STRING:
      return bytes.toString('utf8');
    case TAG.BMP_STRING:
      return Buffer.from(bytes).swap16().toString('utf16le');
    case TAG.UNIVERSAL_STRING: {
      let s = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) s += String.fromCodePoint(bytes.readUInt32BE(i));
      return s;
    }
    default:
      return bytes.toString('latin1');
  }
}

export function decodeTime(buf: Buffer, node: Tlv): Date | null {
  if (node.tag !== TAG.UTC_TIME && node.tag !== TAG.GENERALIZED_TIME) return null;
  const s = content(buf, node).toString('latin1');
  const yearDigits = node.tag === TAG.UTC_TIME ? 2 : 4;
  const m = new RegExp(`^(\\d{${yearDigits}})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?(?:\\.\\d+)?Z$`).exec(s);
  if (!m) return null;
  let year = Number(m[1]);
  if (yearDigits === 2) year += year < 50 ? 2000 : 1900;
  const date = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Attribute values of a Name (RDNSequence), first value per OID, decoded to JS strings. */
export function nameAttributes(buf: Buffer, name: Tlv): Map<string, string> {
  const out = new Map<string, string>();
  for (const rdn of children(buf, expectTag(name, TAG.SEQUENCE, 'Name'))) {
    for (const atv of children(buf, expectTag(rdn, TAG.SET, 'RDN'))) {
      const [type, value] = expectChildren(buf, atv, 2, 'AttributeTypeAndValue');
      const oid = decodeOid(content(buf, expectTag(type, TAG.OID, 'attribute type')));
      if (!out.has(oid)) out.set(oid, decodeString(value!.tag, content(buf, value!)));
    }
  }
  return out;
}

/** The parts of an X.509 certificate that signing and verification need, as exact byte ranges. */
export interface CertificateParts {
  der: Buffer;
  tbs: Tlv;
  serial: Tlv;
  issuer: Tlv;
  subject: Tlv;
  notBefore: Date | null;
  notAfter: Date | null;
  subjectPublicKeyInfo: Tlv;
  extensions: Map<string, Buffer>;
}

export function certificateParts(der: Buffer): CertificateParts {
  const cert = readTlv(der, 0);
  if (cert.tag !== TAG.SEQUENCE || cert.end !== der.length) throw new DerError('not a certificate');
  const [tbs] = expectChildren(der, cert, 3, 'Certificate');
  const fields = expectChildren(der, expectTag(tbs, TAG.SEQUENCE, 'TBSCertificate'), 6, 'TBSCertificate');
  const first = fields[0]!.tag === TAG.CONTEXT ? 1 : 0; // [0] EXPLICIT version is optional
  const [serial, , issuer, validity, subject, spki] = fields.slice(first);
  if (!spki) throw new DerError('TBSCertificate: missing fields');
  const [notBefore, notAfter] = expectChildren(der, expectTag(validity, TAG.SEQUENCE, 'Validity'), 2, 'Validity');
  const extensions = new Map<string, Buffer>();
  const extWrapper = fields.slice(first + 6).find((f) => f.tag === TAG.CONTEXT + 3);
  if (extWrapper) {
    const [list] = expectChildren(der, extWrapper, 1, 'extensions');
    for (const ext of children(der, expectTag(list, TAG.SEQUENCE, 'Extensions'))) {
      const parts = expectChildren(der, ext, 2, 'Extension');
      const value = parts[parts.length - 1]!;
      extensions.set(decodeOid(content(der, expectTag(parts[0], TAG.OID, 'extnID'))), content(der, expectTag(value, TAG.OCTET_STRING, 'extnValue')));
    }
  }
  return {
    der,
    tbs: tbs!,
    serial: expectTag(serial, TAG.INTEGER, 'serialNumber'),
    issuer: expectTag(issuer, TAG.SEQUENCE, 'issuer'),
    subject: expectTag(subject, TAG.SEQUENCE, 'subject'),
    notBefore: decodeTime(der, notBefore!),
    notAfter: decodeTime(der, notAfter!),
    subjectPublicKeyInfo: expectTag(spki, TAG.SEQUENCE, 'SubjectPublicKeyInfo'),
    extensions,
  };
}

// ── writer ──────────────────────────────────────────────────────────────────────────────────────

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

export const sequence = (...parts: Buffer[]): Buffer => tlv(TAG.SEQUENCE, ...parts);

/** A DER SET OF: elements sorted by their encodings (X.690 11.6). */
export const setOf = (...elements: Buffer[]): Buffer => tlv(TAG.SET, ...[...elements].sort(Buffer.compare));

export const octetString = (bytes: Buffer): Buffer => tlv(TAG.OCTET_STRING, bytes);
export const smallInteger = (n: number): Buffer => tlv(TAG.INTEGER, Buffer.from([n]));
export const nullValue = (): Buffer => Buffer.from([TAG.NULL, 0]);

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const bytes = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk = [part & 0x7f];
    for (let n = Math.floor(part / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift((n & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(bytes));
}

/** UTCTime for 1950–2049 (RFC 5652 11.3), GeneralizedTime otherwise; whole seconds, UTC. */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(TAG.UTC_TIME, Buffer.from(`${digits.slice(2)}Z`, 'latin1'));
  return tlv(TAG.GENERALIZED_TIME, Buffer.from(`${digits}Z`, 'latin1'));
}
