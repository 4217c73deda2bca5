/**
 * Inputs and output of the official one-stop forms (TT 01/2018/TT-VPCP and TT 03/2025/TT-VPCP,
 * Phụ lục I). The output, `FormDocument`, says WHAT a form prints, independent of layout: the
 * server renders it to PDF (src/server/documents/pdf), the web app could render it to HTML.
 */

/** The circular whose form set is used: TT 01/2018/TT-VPCP (6 forms) or TT 03/2025/TT-VPCP (7 forms). */
export type FormSet = '01/2018' | '03/2025';

export type FormKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'stop' | 'control' | 'book';

export type FormParty = { name: string; idNumber?: string | null; address?: string | null; phone?: string | null; email?: string | null };

export type FormAgency = {
  name: string;
  parentName: string | null;
  /** Place written before the date, e.g. 'An Giang' in "An Giang, ngày 22 tháng 11 năm 2026". */
  place: string;
  phone?: string | null;
  website?: string | null;
};

export type FormChannel = 'direct' | 'online' | 'postal';

export type FormBase = {
  set: FormSet;
  /** Dossier code, e.g. 000.00.17.H04-261122-0001. */
  code: string;
  /** Public tracking URL, encoded in the QR code. */
  lookupUrl: string;
  agency: FormAgency;
  issuedAt: Date;
  procedure: { code: string; name: string };
  channel: FormChannel;
  applicant: FormParty;
  owner: FormParty | null;
  /** The officer who issues (and signs) the form. */
  officer: { name: string };
  receivedAt: Date | null;
  dueAt: Date | null;
  /** Statutory processing time as published, e.g. '10 ngày làm việc'. */
  processingTime: string | null;
  documents: { name: string; copies: string }[];
};

export type FormHandover = { agency: string; step: string; at: Date; giver: string; receiver: string | null; result: string | null; note: string | null };

export type FormRequest = FormBase &
  (
    | { kind: 'receipt'; resultDelivery?: string | null }
    | { kind: 'supplement'; reason: string; missing: string[] }
    | { kind: 'refusal'; reason: string }
    | { kind: 'apology'; reason: string; originalDueAt: Date; newDueAt: Date; responsibleAgency: string; documentNumber?: string | null }
    | { kind: 'stop'; reason: string }
    | { kind: 'control'; handovers: FormHandover[] }
  );

export type BookRow = {
  no: number;
  code: string;
  procedure: string;
  applicant: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  transfer: string | null;
  returnedAt: Date | null;
  status: string;
  note: string | null;
};

export type BookRequest = {
  set: FormSet;
  agency: FormAgency;
  /** Local dates YYYY-MM-DD (Asia/Ho_Chi_Minh), inclusive. */
  from: string;
  to: string;
  issuedAt: Date;
  rows: BookRow[];
};

// ---- Output: a layout-independent form ---------------------------------------------------

export type FormAlign = 'left' | 'center' | 'right' | 'justify';

export type FormColumn = {
  readonly header: string;
  /** Relative share of the table width. */
  readonly width: number;
  readonly align: 'left' | 'center' | 'right';
};

export type FormBlock =
  /** A line in bold that opens a section, e.g. "1. Thành phần hồ sơ nộp gồm:". */
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string; readonly align: FormAlign; readonly style: 'normal' | 'bold' | 'italic' }
  /** "label: value" on one (wrapping) line; `strong` prints the value in bold. */
  | { readonly type: 'field'; readonly label: string; readonly value: string; readonly strong: boolean }
  /** A bordered table; the header row repeats on every page the table spans. */
  | { readonly type: 'table'; readonly columns: readonly FormColumn[]; readonly rows: readonly (readonly string[])[] }
  /** Small print: instructions, footnotes. */
  | { readonly type: 'note'; readonly text: string };

export type FormSignature = {
  /** Upper-case role, e.g. "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  readonly title: string;
  /** Instruction under the role, e.g. "(Ký và ghi rõ họ tên)". */
  readonly note: string;
  /** Printed name under the signature space, or null to leave it blank for handwriting. */
  readonly name: string | null;
};

export type FormDocument = {
  readonly set: FormSet;
  /** 'result': a result document built by domain/documents; 'payment_receipt': an e-receipt (domain/payments); 'periodic_report': form II.06a (domain/indicators). */
  readonly kind: FormKind | 'result' | 'payment_receipt' | 'periodic_report';
  /** Two-digit number within the set, e.g. '01'. */
  readonly number: string;
  /** "Mẫu số 01" and the circular that issued it. */
  readonly formLabel: string;
  readonly legalBasis: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly paper: 'A5' | 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly header: {
    readonly agencyParent: string | null;
    readonly agency: string;
    readonly nation: string;
    readonly motto: string;
    /** "Số: …" under the agency name (letters such as Form 04), or null. */
    readonly documentNumber: string | null;
  };
  /** "An Giang, ngày 22 tháng 11 năm 2026". */
  readonly placeDate: string;
  /** Dossier code printed as text, or null (the tracking book). */
  readonly code: string | null;
  /** Text encoded in the QR code (the public tracking URL), or null. */
  readonly qr: string | null;
  readonly blocks: readonly FormBlock[];
  readonly signatures: readonly FormSignature[];
  /** Issue instant: the PDF's creation date, so the same input renders the same bytes. */
  readonly issuedAt: Date;
  /** Document properties (PDF Title/Subject/Keywords). */
  readonly meta: { readonly title: string; readonly subject: string; readonly keywords: readonly string[] };
};
