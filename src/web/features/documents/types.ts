/** Shapes of the document, file and public verification APIs as the web app reads them. */

/** A form (01–05) or result document the system issued for a dossier. */
export type IssuedDocument = {
  id: string;
  kind: 'form' | 'result';
  /** receipt | supplement | refusal | apology | stop for forms; draft | final | rejection | replacement:<id> for results. */
  form: string;
  number: string | null;
  title: string;
  createdAt: string;
  fileId: string;
  sha256: string;
  signed: boolean;
  signerName: string | null;
  signedAt: string | null;
  verificationCode: string | null;
  verifyUrl: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  replacedBy: string | null;
};

export type UploadedFile = { id: string; sha256: string; size: number; mime: string; name: string; createdAt: string };

export type FileText = { status: 'pending' | 'done' | 'skipped' | 'failed' | null; text: string | null; confidence: number | null; idNumbers: string[] };

export type PublicDossier = {
  code: string;
  status: number;
  statusName: string;
  procedure: { code: string; name: string };
  agency: string | null;
  receivingAgency: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  late: boolean;
};

export type VerificationStatus = 'valid' | 'revoked' | 'replaced' | 'tampered' | 'unknown';

type SignatureInfo = { certificateSubject: string; certificateIssuer: string; signedAt: string | null; valid: boolean; problems: string[] };

export type Verification = {
  status: VerificationStatus;
  authentic: boolean;
  message: string;
  verificationCode?: string;
  document?: { title: string; issuedAt: string; sha256: string };
  dossier?: { code: string; procedure: { code: string; name: string }; applicantInitials: string };
  issuer?: { agencyCode: string; agencyName: string };
  signature?: (SignatureInfo & { signerName: string | null }) | null;
  /** Only for an uploaded file the system did not issue. */
  signatures?: SignatureInfo[];
  revocation?: { at: string; reason: string | null } | null;
  replacement?: { verificationCode: string; url: string } | null;
};
