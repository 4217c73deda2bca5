import { createHash, randomBytes } from 'node:crypto';
import { buildResult, defaultResultTemplate, fillTemplate, formIssuedBy, resultIssuedBy, verificationCodeFrom, type ResultValues } from '../../domain/documents';
import { buildForm, formName, formNumber, type FormSet } from '../../domain/forms';
import { formatFormDate } from '../../domain/forms/format';
import { RULE_SETS } from '../../domain/rules';
import type { BlobStore } from '../documents/blob-store';
import { renderPdf } from '../documents/pdf';
import { signPdf } from '../documents/signing/sign-pdf';
import { inTransaction, type Store } from '../storage/database';
import { findDocumentFor, insertDossierDocument, listDossierDocuments, lockDocument, procedureOfVersion } from '../storage/dossier-documents';
import { findDossier, listActions, type DossierRow } from '../storage/dossiers';
import { insertFile } from '../storage/files';
import { findResultTemplate } from '../storage/result-templates';
import { agencyDirectory } from './agency-directory';
import { formAgency, formBase, formRequestFor } from './form-input';
import { lookupToken } from './lookup-token';
import { signingKeyFor } from './signing-keys';

/** What document generation needs besides the database: where bytes go and the public address for QR codes. */
export type DocumentsDeps = { blobs: BlobStore; publicUrl: string };

export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];
export type Directory = Awaited<ReturnType<typeof agencyDirectory>>;

export const formSetOf = (d: Pick<DossierRow, 'ruleSet'>): FormSet => RULE_SETS.find((r) => r.id === d.ruleSet)?.forms ?? '03/2025';

/** The title a leader signs under: the chair of a people's committee, otherwise the director. */
const signerTitle = (agencyName: string) => (/^(Ủy ban nhân dân|UBND)/i.test(agencyName) ? 'Chủ tịch' : 'Giám đốc');

type Generated = { pdf: Buffer; title: string; number: string | null; agencyId: string; verificationCode?: string; signer?: { name: string; userId: string | null; certificateSha256: string } };

/** Renders (and signs, where the agency holds a key) the document one action issued, or null. */
async function render(store: Store, deps: DocumentsDeps, d: DossierRow, a: ActionRow, dir: Directory, history: readonly ActionRow[]): Promise<{ kind: 'form' | 'result'; form: string; make: () => Promise<Generated> } | null> {
  const set = formSetOf(d);
  const formKind = formIssuedBy(a.action, set, a.statusAfter);
  const stage = resultIssuedBy(a.action);
  if (!formKind && !stage) return null;
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  if (formKind) {
    const agencyId = ['receipt', 'supplement', 'refusal'].includes(formKind) ? d.receivingAgencyId : d.handlingAgencyId;
    return {
      kind: 'form',
      form: formKind,
      make: async () => {
        const base = formBase(d, dir, set, procedure, a, deps.publicUrl, agencyId, await lookupToken(store, d.code));
        const pdf = await renderPdf(buildForm(formRequestFor(formKind, base, a)));
        const key = await signingKeyFor(store, agencyId);
        if (!key) return { pdf, title: formName(set, formKind), number: formNumber(set, formKind), agencyId };
        const signed = await signPdf(pdf, key.key, { reason: `Phát hành ${formName(set, formKind)}`, name: a.actorName, location: base.agency.place, signingTime: new Date() });
        return { pdf: signed, title: formName(set, formKind), number: formNumber(set, formKind), agencyId, signer: { name: a.actorName, userId: a.actorId, certificateSha256: key.certificateSha256 } };
      },
    };
  }
  if (!stage) return null;
  return { kind: 'result', form: stage, make: () => makeResult(store, deps, d, dir, a, history, stage) };
}

/** Renders the result document (draft, final or rejection) as of an action, signing it unless a draft. */
export async function makeResult(store: Store, deps: DocumentsDeps, d: DossierRow, dir: Directory, a: Pick<ActionRow, 'at' | 'actorName' | 'actorId' | 'comment'>, history: readonly ActionRow[], stage: 'draft' | 'final' | 'rejection'): Promise<Generated> {
  const procedure = await procedureOfVersion(store, d.procedureVersionId);
  const agencyId = d.handlingAgencyId;
  const agency = formAgency(dir, agencyId);
  const template = (await findResultTemplate(store, d.procedureCode)) ?? defaultResultTemplate(procedure.result);
  const approval = [...history].reverse().find((x) => x.action === 'approve');
  const applicant = (d.applicant ?? {}) as { name?: string; idNumber?: string; address?: string };
  const owner = (d.owner ?? null) as { name?: string } | null;
  const values: ResultValues = {
    'ho_so.ma': d.code,
    'thu_tuc.ma': d.procedureCode,
    'thu_tuc.ten': procedure.name,
    'nguoi_nop.ho_ten': applicant.name ?? '',
    'nguoi_nop.so_dinh_danh': applicant.idNumber ?? '',
    'nguoi_nop.dia_chi': applicant.address ?? '',
    'chu_ho_so.ho_ten': owner?.name ?? applicant.name ?? '',
    ngay_tiep_nhan: d.receivedAt ? formatFormDate(d.receivedAt) : '',
    ngay_quyet_dinh: formatFormDate(a.at),
    'co_quan.ten': agency.name,
    'ket_qua.ten': procedure.result ?? '',
    y_kien_duyet: approval?.comment ?? '',
  };
  const body = stage === 'rejection' ? `Hồ sơ số ${d.code} về thủ tục "${procedure.name}" của ${values['chu_ho_so.ho_ten']} không được giải quyết.\nLý do: ${a.comment ?? ''}` : fillTemplate(template.body, values);
  const verificationCode = stage === 'draft' ? undefined : verificationCodeFrom(randomBytes(8));
  const doc = buildResult({
    stage,
    code: d.code,
    agency,
    issuedAt: a.at,
    title: fillTemplate(template.title, values),
    body,
    verification: verificationCode ? { code: verificationCode, url: `${deps.publicUrl}/xac-thuc/${verificationCode}` } : null,
    lookupUrl: `${deps.publicUrl}/tra-cuu/${d.code}?t=${await lookupToken(store, d.code)}`,
    signer: { title: signerTitle(agency.name), name: a.actorName },
  });
  const pdf = await renderPdf(doc);
  if (stage === 'draft') return { pdf, title: doc.title, number: null, agencyId };
  const key = await signingKeyFor(store, agencyId);
  if (!key) throw new Error(`agency ${agencyId} has no signing key`);
  const reason = stage === 'rejection' ? 'Từ chối giải quyết hồ sơ' : 'Phê duyệt kết quả giải quyết thủ tục hành chính';
  const signed = await signPdf(pdf, key.key, { reason, name: a.actorName, location: agency.place, signingTime: new Date() });
  return { pdf: signed, title: doc.title, number: null, agencyId, verificationCode, signer: { name: a.actorName, userId: a.actorId, certificateSha256: key.certificateSha256 } };
}

/** Stores one generated document unless it exists; the advisory lock keeps two instances from making it twice. */
export async function ensureOne(store: Store, deps: DocumentsDeps, d: DossierRow, kind: 'form' | 'result', form: string, seq: number, make: () => Promise<Generated>): Promise<boolean> {
  if (await findDocumentFor(store, d.id, kind, form, seq)) return false;
  return inTransaction(store, async (tx) => {
    await lockDocument(tx, `${d.id}:${kind}:${form}:${seq}`);
    if (await findDocumentFor(tx, d.id, kind, form, seq)) return false;
    const g = await make();
    const sha256 = await deps.blobs.put(g.pdf);
    const file = await insertFile(tx, { sha256, size: g.pdf.length, mime: 'application/pdf', name: `${g.number ? `mau-${g.number}` : kind}-${d.code}.pdf`, kind: 'generated', uploaderId: null, agencyId: g.agencyId });
    const { created } = await insertDossierDocument(tx, {
      dossierId: d.id,
      kind,
      form,
      number: g.number,
      title: g.title,
      actionSeq: seq,
      fileId: file.id,
      sha256,
      verificationCode: g.verificationCode ?? null,
      signedAt: g.signer ? new Date() : null,
      signerName: g.signer?.name ?? null,
      signerId: g.signer?.userId ?? null,
      certificateSha256: g.signer?.certificateSha256 ?? null,
    });
    return created;
  });
}

/**
 * Makes every document the dossier's actions have issued and not yet got: forms 01–05 and the result
 * (draft at approval, signed at the signing step, a signed refusal on rejection). Run by the outbox
 * job after each such action and before listing, so printing never waits for the queue.
 */
export async function ensureDossierDocuments(store: Store, deps: DocumentsDeps, code: string): Promise<number> {
  const d = await findDossier(store, code);
  if (!d) return 0;
  const history = await listActions(store, d.id);
  const dir = await agencyDirectory(store);
  let made = 0;
  for (const a of history) {
    const job = await render(store, deps, d, a, dir, history.filter((x) => x.seq <= a.seq));
    if (job && (await ensureOne(store, deps, d, job.kind, job.form, a.seq, job.make))) made++;
  }
  return made;
}

export async function documentsOfDossier(store: Store, deps: DocumentsDeps, d: DossierRow) {
  await ensureDossierDocuments(store, deps, d.code);
  const rows = await listDossierDocuments(store, d.id);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    form: r.form,
    number: r.number,
    title: r.title,
    createdAt: r.createdAt,
    fileId: r.fileId,
    sha256: r.sha256,
    signed: r.signedAt !== null,
    signerName: r.signerName,
    signedAt: r.signedAt,
    verificationCode: r.verificationCode,
    verifyUrl: r.verificationCode ? `${deps.publicUrl}/xac-thuc/${r.verificationCode}` : null,
    revokedAt: r.revokedAt,
    revokedReason: r.revokedReason,
    replacedBy: r.replacedBy,
  }));
}

export const sha256Of = (b: Buffer) => createHash('sha256').update(b).digest('hex');
