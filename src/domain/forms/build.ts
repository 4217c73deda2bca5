/**
 * `buildForm`: the content of one official slip or letter for a dossier. Every form carries the
 * national header, the agency header, the place and date, the dossier code and the tracking QR.
 */
import { circularOf, formName, paperOf, requireFormNumber } from './catalogue';
import { formatPlaceDate } from './format';
import { apologyBody, stopBody } from './letters';
import { controlBody, receiptBody, refusalBody, supplementBody, type Body } from './slips';
import type { FormAgency, FormDocument, FormKind, FormRequest, FormSet } from './types';

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/** The parts shared by every form of a set: numbers, header, place and date. */
export function frame(set: FormSet, kind: FormKind, agency: FormAgency, issuedAt: Date, documentNumber: string | null) {
  const number = requireFormNumber(set, kind);
  const name = formName(set, kind);
  return {
    set,
    kind,
    number,
    formLabel: `Mẫu số ${number}`,
    legalBasis: `Ban hành kèm theo ${circularOf(set)}`,
    title: upper(name),
    paper: paperOf(kind),
    header: {
      agencyParent: agency.parentName ? upper(agency.parentName) : null,
      agency: upper(agency.name),
      nation: NATION,
      motto: MOTTO,
      documentNumber,
    },
    placeDate: formatPlaceDate(agency.place, issuedAt),
    issuedAt,
    name,
  };
}

function bodyOf(req: FormRequest): Body {
  switch (req.kind) {
    case 'receipt':
      return receiptBody(req, req.resultDelivery ?? null);
    case 'supplement':
      return supplementBody(req, req.reason, req.missing);
    case 'refusal':
      return refusalBody(req, req.reason);
    case 'apology':
      return apologyBody(req, req.set, req);
    case 'stop':
      return stopBody(req, req.reason);
    case 'control':
      return controlBody(req, req.handovers);
  }
}

/** Builds the form; throws FormError when the set has no such form or the input is inconsistent. */
export function buildForm(req: FormRequest): FormDocument {
  const letter = req.kind === 'apology' || req.kind === 'stop';
  const documentNumber = letter ? `Số: ${(req.kind === 'apology' ? req.documentNumber : null) ?? '………/………'}` : null;
  const { name, ...f } = frame(req.set, req.kind, req.agency, req.issuedAt, documentNumber);
  const body = bodyOf(req);
  return {
    ...f,
    subtitle: null,
    orientation: 'portrait',
    code: req.code,
    qr: req.lookupUrl,
    blocks: body.blocks,
    signatures: body.signatures,
    meta: {
      title: `${f.formLabel}: ${name}`,
      subject: `${name}, mã hồ sơ ${req.code}`,
      keywords: [req.code, req.procedure.code, circularOf(req.set)],
    },
  };
}
