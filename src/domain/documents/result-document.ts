/**
 * The result document of a dossier (giấy tờ kết quả) as a printable FormDocument: national header,
 * the deciding agency, the body filled from the procedure's template, the signer, and the public
 * verification code with its QR. A draft (at approval) says it has no legal value yet.
 */
import { MOTTO, NATION } from '../forms/build';
import { formatPlaceDate } from '../forms/format';
import type { FormAgency, FormBlock, FormDocument } from '../forms';
import { formatVerificationCode } from './verification-code';

export type ResultRequest = {
  stage: 'draft' | 'final' | 'rejection';
  code: string;
  agency: FormAgency;
  issuedAt: Date;
  title: string;
  body: string;
  /** Public verification (final and rejection documents). */
  verification: { code: string; url: string } | null;
  /** Lookup URL used for the QR of a draft. */
  lookupUrl: string;
  signer: { title: string; name: string };
};

const upper = (s: string) => s.toLocaleUpperCase('vi');

export function buildResult(req: ResultRequest): FormDocument {
  const paragraphs: FormBlock[] = req.body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text, align: 'justify', style: 'normal' }) as const);
  const blocks: FormBlock[] = [
    { type: 'field', label: 'Mã hồ sơ', value: req.code, strong: true },
    ...paragraphs,
  ];
  if (req.verification) {
    blocks.push({
      type: 'note',
      text: `Văn bản điện tử đã được ký số. Mã xác thực: ${formatVerificationCode(req.verification.code)}. Kiểm tra tính xác thực tại ${req.verification.url} hoặc quét mã QR.`,
    });
  } else if (req.stage === 'draft') {
    blocks.push({ type: 'note', text: 'Dự thảo chờ ký duyệt: chưa có giá trị pháp lý.' });
  }
  const title = req.stage === 'rejection' ? 'THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ' : upper(req.title);
  return {
    set: '03/2025',
    kind: 'result',
    number: '',
    formLabel: req.stage === 'draft' ? 'DỰ THẢO' : '',
    legalBasis: '',
    title,
    subtitle: req.stage === 'draft' ? '(Dự thảo)' : null,
    paper: 'A4',
    orientation: 'portrait',
    header: { agencyParent: req.agency.parentName ? upper(req.agency.parentName) : null, agency: upper(req.agency.name), nation: NATION, motto: MOTTO, documentNumber: null },
    placeDate: formatPlaceDate(req.agency.place, req.issuedAt),
    code: req.code,
    qr: req.verification?.url ?? req.lookupUrl,
    blocks,
    signatures: [{ title: upper(req.signer.title), note: req.stage === 'draft' ? '(Chưa ký)' : '(Đã ký số)', name: req.signer.name }],
    issuedAt: req.issuedAt,
    meta: { title, subject: `Kết quả giải quyết hồ sơ ${req.code}`, keywords: [req.code, ...(req.verification ? [req.verification.code] : [])] },
  };
}
