import { buildReceipt, receiptNumber, RECEIPT_TITLE, type ObligationLine } from '../../domain/payments';
import { renderPdf } from '../documents/pdf';
import { signPdf } from '../documents/signing/sign-pdf';
import { notFound } from '../errors';
import { inTransaction, type Store } from '../storage/database';
import { findDossierDocument, insertDossierDocument, lockDocument, procedureOfVersion } from '../storage/dossier-documents';
import { findDossier } from '../storage/dossiers';
import { insertFile } from '../storage/files';
import { findObligation } from '../storage/obligations';
import { findPayment, findReceipt, receiptDocumentsOf, setReceiptDocument } from '../storage/payments';
import { findUserById } from '../storage/users';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import type { DocumentsDeps } from './dossier-documents';
import { formAgency } from './form-input';
import { lookupToken } from './lookup-token';
import { applicantObligation, officerDossier } from './payment-access';
import { signingKeyFor } from './signing-keys';

/** The form name of e-receipts among a dossier's documents (kind 'form'). */
export const RECEIPT_FORM = 'receipt_payment';

/**
 * Makes the signed e-receipt PDF of a paid payment once and lists it on the dossier (a
 * dossier_documents row, kind 'form', form 'receipt_payment'); run by the outbox job after an online
 * payment and at once after a counter payment. Serialised per dossier by an advisory lock.
 */
export async function ensureReceiptDocument(store: Store, deps: DocumentsDeps, paymentId: string): Promise<string | null> {
  const receipt = await findReceipt(store, paymentId);
  if (!receipt) return null;
  if (receipt.documentId) return receipt.documentId;
  const p = (await findPayment(store, paymentId))!;
  const o = (await findObligation(store, p.obligationId))!;
  const d = (await findDossier(store, o.dossierCode))!;
  const dir = await agencyDirectory(store);
  const agency = formAgency(dir, receipt.agencyId);
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  const collector = p.recordedBy ? ((await findUserById(store, p.recordedBy))?.fullName ?? null) : null;
  const applicant = (d.applicant ?? {}) as { name?: string; idNumber?: string; address?: string | null };
  const number = receiptNumber(receipt.number);
  return inTransaction(store, async (tx) => {
    await lockDocument(tx, `receipt:${d.id}`);
    const again = await findReceipt(tx, paymentId);
    if (again?.documentId) return again.documentId;
    const doc = buildReceipt({
      agency,
      series: receipt.series,
      number: receipt.number,
      issuedAt: receipt.issuedAt,
      paidAt: p.paidAt ?? receipt.issuedAt,
      code: d.code,
      lookupUrl: `${deps.publicUrl}/tra-cuu/${d.code}?t=${await lookupToken(store, d.code)}`,
      procedureName: procedure.name,
      payer: { name: applicant.name ?? '', idNumber: applicant.idNumber ?? null, address: applicant.address ?? null },
      lines: o.lines as ObligationLine[],
      total: p.amount,
      method: p.method,
      reference: p.providerTxnNo ?? p.reference,
      bankCode: p.bankCode,
      collector,
      exemption: o.exemption as { label: string; legalBasis: string; evidence: string } | null,
      surplus: p.surplus,
    });
    let pdf = await renderPdf(doc);
    const key = await signingKeyFor(store, receipt.agencyId);
    if (key) pdf = await signPdf(pdf, key.key, { reason: `Phát hành biên lai điện tử ${receipt.series} số ${number}`, name: collector ?? agency.name, location: agency.place, signingTime: new Date() });
    const sha256 = await deps.blobs.put(pdf);
    const file = await insertFile(tx, { sha256, size: pdf.length, mime: 'application/pdf', name: `bien-lai-${receipt.series}-${number}.pdf`, kind: 'generated', uploaderId: null, agencyId: receipt.agencyId });
    const { row } = await insertDossierDocument(tx, {
      dossierId: d.id,
      kind: 'form',
      form: RECEIPT_FORM,
      number: `${receipt.series} ${number}`,
      title: `${RECEIPT_TITLE.charAt(0)}${RECEIPT_TITLE.slice(1).toLocaleLowerCase('vi')} ${receipt.series} số ${number}`,
      actionSeq: (await receiptDocumentsOf(tx, d.id)) + 1,
      fileId: file.id,
      sha256,
      signedAt: key ? new Date() : null,
      signerName: key ? (collector ?? agency.name) : null,
      signerId: p.recordedBy,
      certificateSha256: key?.certificateSha256 ?? null,
    });
    await setReceiptDocument(tx, paymentId, row.id);
    return row.id;
  });
}

/** The receipt PDF for an officer who may see the dossier, the applicant, or the holder of the lookup token. */
export async function receiptPdf(ctx: ServiceContext, deps: DocumentsDeps, paymentId: string, token: string | undefined): Promise<{ pdf: Buffer; name: string }> {
  const p = /^[0-9a-f-]{36}$/i.test(paymentId) ? await findPayment(ctx.store, paymentId) : undefined;
  if (!p) throw notFound('biên lai');
  const o = await findObligation(ctx.store, p.obligationId);
  if (!o) throw notFound('biên lai');
  if (ctx.actor) await officerDossier(ctx, o.dossierCode);
  else await applicantObligation(ctx, o.id, token);
  const id = await ensureReceiptDocument(ctx.store, deps, p.id);
  const doc = id ? await findDossierDocument(ctx.store, id) : undefined;
  if (!doc) throw notFound('biên lai (khoản thu chưa được thanh toán)');
  return { pdf: await deps.blobs.read(doc.sha256), name: `bien-lai-${(doc.number ?? '').replace(/\s+/g, '-')}.pdf` };
}
