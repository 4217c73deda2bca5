/**
 * Signing certificates: a demo CA, agency certificates issued by it as PKCS#12, and loading a
 * PKCS#12 for signing. Vietnamese names (diacritics) are written as UTF8String with their exact
 * UTF-8 bytes, and a certificate's issuer is copied byte for byte from the CA certificate's subject,
 * never re-encoded from node-forge attributes (forge issue 847; docs/adr/0014-digital-signatures.md).
 * RSA keys come from node:crypto (forge's pure-JS key generation takes seconds); node-forge only
 * lays out the TBSCertificate and reads/writes PKCS#12, which node:crypto cannot.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { certificateParts, children, content, nameAttributes, nullValue, OID, oid, raw, readTlv, sequence, TAG, tlv } from './der';

export type SigningErrorCode = 'BAD_CERTIFICATE_PASSWORD' | 'BAD_CERTIFICATE' | 'CERTIFICATE_NOT_VALID' | 'UNSUPPORTED_PDF';

/** A refused signing operation; `code` is stable for machines, the message is Vietnamese. */
export class SigningError extends Error {
  constructor(
    readonly code: SigningErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SigningError';
  }
}

export interface DemoCa {
  name: string;
  certificatePem: string;
  privateKeyPem: string;
}

export interface SigningSubject {
  commonName: string;
  organisation: string;
  province: string;
  email?: string;
  validDays: number;
}

export interface IssuedCertificate {
  p12: Buffer;
  certificatePem: string;
  /** SHA-256 of the certificate DER, lowercase hex without separators. */
  fingerprintSha256: string;
}

export interface CertificateSubject {
  commonName: string;
  organisation: string | null;
}

export interface LoadedP12 {
  privateKeyPem: string;
  certificatePem: string;
  /** The other certificates in the file (issuing CAs), PEM. */
  chainPem: string[];
  subject: CertificateSubject;
  notBefore: Date;
  notAfter: Date;
}

/** A PKCS#12 opened once and reused for many signatures (opening one costs tens of milliseconds). */
export interface SigningKey {
  privateKey: KeyObject;
  certificate: Buffer;
  chain: Buffer[];
  subject: CertificateSubject;
  notBefore: Date;
  notAfter: Date;
}

const DAY_MS = 86_400_000;
const CLOCK_SKEW_MS = 10 * 60_000;
/** id-kp-documentSigning (RFC 9336). */
const DOCUMENT_SIGNING_OID = '1.3.6.1.5.5.7.3.36';
// @types/node-forge types `valueTagClass` as asn1.Class, but forge reads a universal tag number.
const UTF8 = forge.asn1.Type.UTF8 as number as forge.asn1.Class;
const IA5 = forge.asn1.Type.IA5STRING as number as forge.asn1.Class;
const getTBSCertificate = (forge.pki as unknown as { getTBSCertificate(cert: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate;

const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const derToPem = (der: Buffer): string => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
const fromBinary = (s: string): Buffer => Buffer.from(s, 'binary');

type NameInput = { commonName: string; organisation?: string; province?: string; email?: string };

/** forge attributes whose values are JS strings: forge UTF-8-encodes them once (x509.js _dnToAsn1). */
function nameAttrs(n: NameInput): forge.pki.CertificateField[] {
  const attrs: forge.pki.CertificateField[] = [{ shortName: 'C', value: 'VN' }];
  if (n.province) attrs.push({ shortName: 'ST', value: n.province, valueTagClass: UTF8 });
  if (n.organisation) attrs.push({ shortName: 'O', value: n.organisation, valueTagClass: UTF8 });
  attrs.push({ shortName: 'CN', value: n.commonName, valueTagClass: UTF8 });
  if (n.email) attrs.push({ name: 'emailAddress', value: n.email, valueTagClass: IA5 });
  return attrs;
}

function newRsaKey(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** Replaces the issuer Name of a DER TBSCertificate with `issuer` (exact bytes). */
function withIssuer(tbs: Buffer, issuer: Buffer): Buffer {
  const fields = children(tbs, readTlv(tbs, 0));
  const at = fields[0]!.tag === TAG.CONTEXT ? 3 : 2;
  return sequence(...fields.map((f, i) => (i === at ? issuer : raw(tbs, f))));
}

function buildCertificate(opts: { subject: NameInput; publicKeyPem: string; issuer: Buffer | null; issuerKeyPem: string; validDays: number; extensions: object[] }): Buffer {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(opts.publicKeyPem);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, no leading zero octet
  cert.serialNumber = serial.toString('hex');
  const now = Date.now();
  cert.validity.notBefore = new Date(now - CLOCK_SKEW_MS);
  cert.validity.notAfter = new Date(now + opts.validDays * DAY_MS);
  const attrs = nameAttrs(opts.subject);
  cert.setSubject(attrs);
  cert.setIssuer(attrs); // replaced below by the CA's subject bytes (unless self-signed)
  cert.setExtensions(opts.extensions);
  cert.siginfo.algorithmOid = forge.pki.oids.sha256WithRSAEncryption!;
  const forgeTbs = fromBinary(forge.asn1.toDer(getTBSCertificate(cert)).getBytes());
  const tbs = opts.issuer ? withIssuer(forgeTbs, opts.issuer) : forgeTbs;
  const signature = sign('sha256', tbs, opts.issuerKeyPem);
  return sequence(tbs, sequence(oid(OID.sha256WithRSAEncryption), nullValue()), tlv(TAG.BIT_STRING, Buffer.from([0]), signature));
}

/** A self-signed demo certification authority (for tests, demos and agencies without a real CA). */
export function createDemoCa({ name, validDays }: { name: string; validDays: number }): DemoCa {
  const { privateKeyPem, publicKeyPem } = newRsaKey();
  const der = buildCertificate({
    subject: { commonName: name },
    publicKeyPem,
    issuer: null,
    issuerKeyPem: privateKeyPem,
    validDays,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  return { name, certificatePem: derToPem(der), privateKeyPem };
}

/** The CA's key identifier: its subjectKeyIdentifier extension, else SHA-1 of its public key bits. */
function keyIdentifier(caDer: Buffer): Buffer {
  const parts = certificateParts(caDer);
  const ski = parts.extensions.get(OID.subjectKeyIdentifier);
  if (ski) return content(ski, readTlv(ski, 0));
  const bits = children(caDer, parts.subjectPublicKeyInfo)[1]!;
  return createHash('sha1').update(content(caDer, bits).subarray(1)).digest();
}

/** A signing certificate for an agency, issued by `ca`, with its key, as a password-protected PKCS#12. */
export function issueSigningCertificate(ca: DemoCa, subject: SigningSubject, password: string): IssuedCertificate {
  const caDer = new X509Certificate(ca.certificatePem).raw;
  const caParts = certificateParts(caDer);
  const { privateKeyPem, publicKeyPem } = newRsaKey();
  const der = buildCertificate({
    subject,
    publicKeyPem,
    issuer: raw(caDer, caParts.subject),
    issuerKeyPem: ca.privateKeyPem,
    validDays: subject.validDays,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'extKeyUsage', emailProtection: true, [DOCUMENT_SIGNING_OID]: true },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: keyIdentifier(caDer).toString('binary') },
      ...(subject.email ? [{ name: 'subjectAltName', altNames: [{ type: 1, value: subject.email }] }] : []),
    ],
  });
  const toForge = (d: Buffer) => forge.pki.certificateFromAsn1(forge.asn1.fromDer(d.toString('binary')));
  const pfx = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(privateKeyPem), [toForge(der), toForge(caDer)], password, { algorithm: 'aes256' });
  return { p12: fromBinary(forge.asn1.toDer(pfx).getBytes()), certificatePem: derToPem(der), fingerprintSha256: sha256Hex(der) };
}

function openP12(p12: Buffer, password: string): forge.pkcs12.Pkcs12Pfx {
  try {
    return forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw new SigningError('BAD_CERTIFICATE_PASSWORD', 'Mật khẩu của tệp chứng thư số (PKCS#12) không đúng.');
    throw new SigningError('BAD_CERTIFICATE', `Không đọc được tệp chứng thư số (PKCS#12): ${message}`);
  }
}

const spkiOf = (key: KeyObject): Buffer => (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });

/** Opens a PKCS#12: the private key, the certificate that matches it, and the other certificates. */
export function loadSigningKey(p12: Buffer, password: string): SigningKey {
  const pfx = openP12(p12, password);
  const keyBags = [...(pfx.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []), ...(pfx.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? [])];
  const keyBag = keyBags[0];
  if (!keyBag) throw new SigningError('BAD_CERTIFICATE', 'Tệp chứng thư số không chứa khóa bí mật.');
  const keyInfo = keyBag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key)) : keyBag.asn1;
  const privateKey = createPrivateKey({ key: fromBinary(forge.asn1.toDer(keyInfo).getBytes()), format: 'der', type: 'pkcs8' });
  const certs = (pfx.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((bag) => {
    const asn = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    return asn ? [fromBinary(forge.asn1.toDer(asn).getBytes())] : [];
  });
  const publicKey = spkiOf(privateKey);
  const certificate = certs.find((der) => {
    try {
      return spkiOf(new X509Certificate(der).publicKey).equals(publicKey);
    } catch {
      return false; // an unreadable extra certificate is not the signer's
    }
  });
  if (!certificate) throw new SigningError('BAD_CERTIFICATE', 'Tệp chứng thư số không chứa chứng thư khớp với khóa bí mật.');
  const parts = certificateParts(certificate);
  if (!parts.notBefore || !parts.notAfter) throw new SigningError('BAD_CERTIFICATE', 'Chứng thư số có thời hạn không đọc được.');
  const names = nameAttributes(certificate, parts.subject);
  return {
    privateKey,
    certificate,
    chain: certs.filter((der) => der !== certificate),
    subject: { commonName: names.get(OID.commonName) ?? '', organisation: names.get(OID.organisation) ?? null },
    notBefore: parts.notBefore,
    notAfter: parts.notAfter,
  };
}

/** `loadSigningKey`, as PEM text: for storing, displaying or handing to other tools. */
export function loadP12(p12: Buffer, password: string): LoadedP12 {
  const key = loadSigningKey(p12, password);
  return {
    privateKeyPem: key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: derToPem(key.certificate),
    chainPem: key.chain.map(derToPem),
    subject: key.subject,
    notBefore: key.notBefore,
    notAfter: key.notAfter,
  };
}
