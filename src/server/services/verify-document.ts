import { createHash } from 'node:crypto';
import { formatVerificationCode, initialsOf, normaliseVerificationCode } from '../../domain/documents';
import { BlobNotFoundError, type BlobStore } from '../documents/blob-store';
import { verifyPdf, type PdfVerification } from '../documents/signing/verify-pdf';
import { invalid, notFound } from '../errors';
import type { Store } from '../storage/database';
import { findBySha256, findByVerificationCode, type VerifiableDocument } from '../storage/dossier-documents';

export type VerificationStatus = 'valid' | 'revoked' | 'replaced' | 'tampered' | 'unknown';

const STATUS_VI: Record<VerificationStatus, string> = {
  valid: 'Văn bản xác thực: đúng là văn bản do cơ quan phát hành, chữ ký số hợp lệ và nội dung không bị thay đổi.',
  revoked: 'Văn bản đã bị thu hồi; không còn giá trị.',
  replaced: 'Văn bản đã được thay thế bằng văn bản khác; chỉ văn bản thay thế có giá trị.',
  tampered: 'Văn bản KHÔNG xác thực: nội dung hoặc chữ ký số không khớp với văn bản đã phát hành.',
  unknown: 'Không tìm thấy văn bản này trong hệ thống.',
};

function statusOf(doc: VerifiableDocument, hashMatches: boolean, pdf: PdfVerification): VerificationStatus {
  if (!hashMatches || !pdf.signed || !pdf.signatures.every((s) => s.intact && s.signatureValid)) return 'tampered';
  if (doc.replacedBy) return 'replaced';
  if (doc.revokedAt) return 'revoked';
  return 'valid';
}

/** What anyone may learn about an issued document: no personal data beyond the applicant's initials. */
function answer(doc: VerifiableDocument, bytes: Buffer, publicUrl: string) {
  const actual = createHash('sha256').update(bytes).digest('hex');
  const pdf = verifyPdf(bytes);
  const status = statusOf(doc, actual === doc.sha256, pdf);
  const signature = pdf.signatures.at(-1);
  return {
    status,
    authentic: status === 'valid',
    message: STATUS_VI[status],
    verificationCode: formatVerificationCode(doc.verificationCode!),
    document: { title: doc.title, issuedAt: doc.createdAt, sha256: doc.sha256 },
    dossier: { code: doc.dossierCode, procedure: { code: doc.procedureCode, name: doc.procedureName }, applicantInitials: initialsOf(doc.applicantName) },
    issuer: { agencyCode: doc.agencyCode, agencyName: doc.agencyName },
    signature: signature
      ? { signerName: doc.signerName, certificateSubject: signature.signer.commonName, certificateIssuer: signature.issuer.commonName, signedAt: signature.signingTime, valid: signature.intact && signature.signatureValid, problems: signature.problems }
      : null,
    revocation: doc.revokedAt ? { at: doc.revokedAt, reason: doc.revokedReason } : null,
    replacement: doc.replacementCode ? { verificationCode: formatVerificationCode(doc.replacementCode), url: `${publicUrl}/xac-thuc/${doc.replacementCode}` } : null,
  };
}

export async function verifyByCode(store: Store, blobs: BlobStore, publicUrl: string, input: string) {
  const code = normaliseVerificationCode(input);
  if (!code) throw invalid('Mã xác thực gồm 12 ký tự (dạng XXXX-XXXX-XXXX).', { errors: [{ name: 'code', reason: 'không đúng dạng' }] });
  const doc = await findByVerificationCode(store, code);
  if (!doc) throw notFound(`văn bản có mã xác thực ${formatVerificationCode(code)}`);
  let bytes: Buffer;
  try {
    bytes = await blobs.read(doc.sha256);
  } catch (err) {
    // Stored bytes missing or altered: the record exists but the copy cannot be vouched for.
    if (err instanceof BlobNotFoundError || (err as Error).name === 'BlobIntegrityError') bytes = Buffer.alloc(0);
    else throw err;
  }
  return answer(doc, bytes, publicUrl);
}

/** Checks an uploaded PDF: is it exactly a document this system issued, and is its signature valid? */
export async function verifyUpload(store: Store, publicUrl: string, bytes: Buffer) {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const doc = await findBySha256(store, sha);
  if (doc) return answer(doc, bytes, publicUrl);
  const pdf = verifyPdf(bytes);
  return {
    status: 'unknown' as const,
    authentic: false,
    message: pdf.signed
      ? 'Tệp có chữ ký số nhưng không trùng với văn bản nào do hệ thống phát hành (có thể đã bị chỉnh sửa hoặc do nơi khác phát hành).'
      : STATUS_VI.unknown,
    signatures: pdf.signatures.map((s) => ({ certificateSubject: s.signer.commonName, certificateIssuer: s.issuer.commonName, signedAt: s.signingTime, valid: s.intact && s.signatureValid, problems: s.problems })),
  };
}
