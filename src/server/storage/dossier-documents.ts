import { sql } from 'kysely';
import type { Tx } from './database';

export type DossierDocumentRow = {
  id: string;
  dossierId: string;
  kind: 'form' | 'result';
  form: string;
  number: string | null;
  title: string;
  actionSeq: number;
  fileId: string;
  sha256: string;
  verificationCode: string | null;
  signedAt: Date | null;
  signerName: string | null;
  certificateSha256: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  replacedBy: string | null;
  createdAt: Date;
};

const cols = [
  'id',
  'dossier_id as dossierId',
  'kind',
  'form',
  'number',
  'title',
  'action_seq as actionSeq',
  'file_id as fileId',
  'sha256',
  'verification_code as verificationCode',
  'signed_at as signedAt',
  'signer_name as signerName',
  'certificate_sha256 as certificateSha256',
  'revoked_at as revokedAt',
  'revoked_reason as revokedReason',
  'replaced_by as replacedBy',
  'created_at as createdAt',
] as const;

export type NewDossierDocument = {
  dossierId: string;
  kind: 'form' | 'result';
  form: string;
  number: string | null;
  title: string;
  actionSeq: number;
  fileId: string;
  sha256: string;
  verificationCode?: string | null;
  signedAt?: Date | null;
  signerName?: string | null;
  signerId?: string | null;
  certificateSha256?: string | null;
};

/** Records a generated document once per (dossier, kind, form, action); returns the row that holds it. */
export async function insertDossierDocument(tx: Tx, d: NewDossierDocument): Promise<{ row: DossierDocumentRow; created: boolean }> {
  const inserted = await tx
    .insertInto('dossier_documents')
    .values({
      dossier_id: d.dossierId,
      kind: d.kind,
      form: d.form,
      number: d.number,
      title: d.title,
      action_seq: d.actionSeq,
      file_id: d.fileId,
      sha256: d.sha256,
      verification_code: d.verificationCode ?? null,
      signed_at: d.signedAt ?? null,
      signer_name: d.signerName ?? null,
      signer_id: d.signerId ?? null,
      certificate_sha256: d.certificateSha256 ?? null,
    })
    .onConflict((oc) => oc.columns(['dossier_id', 'kind', 'form', 'action_seq']).doNothing())
    .returning(cols)
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await findDocumentFor(tx, d.dossierId, d.kind, d.form, d.actionSeq);
  return { row: existing!, created: false };
}

export async function findDocumentFor(tx: Tx, dossierId: string, kind: string, form: string, actionSeq: number) {
  return tx
    .selectFrom('dossier_documents')
    .select(cols)
    .where('dossier_id', '=', dossierId)
    .where('kind', '=', kind as 'form')
    .where('form', '=', form)
    .where('action_seq', '=', actionSeq)
    .executeTakeFirst();
}

export async function listDossierDocuments(tx: Tx, dossierId: string): Promise<DossierDocumentRow[]> {
  return tx.selectFrom('dossier_documents').select(cols).where('dossier_id', '=', dossierId).orderBy('created_at').orderBy('id').execute();
}

export async function findDossierDocument(tx: Tx, id: string): Promise<DossierDocumentRow | undefined> {
  return tx.selectFrom('dossier_documents').select(cols).where('id', '=', id).executeTakeFirst();
}

export type VerifiableDocument = DossierDocumentRow & {
  dossierCode: string;
  applicantName: string;
  procedureCode: string;
  agencyName: string;
  agencyCode: string;
  procedureName: string;
  replacementCode: string | null;
};

function verifiable(tx: Tx) {
  return tx
    .selectFrom('dossier_documents as dd')
    .innerJoin('dossiers as d', 'd.id', 'dd.dossier_id')
    .innerJoin('agencies as a', 'a.id', 'd.handling_agency_id')
    .innerJoin('procedure_versions as v', 'v.id', 'd.procedure_version_id')
    .leftJoin('dossier_documents as r', 'r.id', 'dd.replaced_by')
    .select(cols.map((c) => `dd.${c}` as const))
    .select(['d.code as dossierCode', 'd.applicant_name as applicantName', 'd.procedure_code as procedureCode', 'a.name as agencyName', 'a.code as agencyCode', 'v.name as procedureName', 'r.verification_code as replacementCode']);
}

export async function findByVerificationCode(tx: Tx, code: string): Promise<VerifiableDocument | undefined> {
  return verifiable(tx).where('dd.verification_code', '=', code).executeTakeFirst();
}

/** Issued documents whose stored bytes have this SHA-256 (uploads checked on the verification page). */
export async function findBySha256(tx: Tx, sha256: string): Promise<VerifiableDocument | undefined> {
  return verifiable(tx).where('dd.sha256', '=', sha256).where('dd.verification_code', 'is not', null).orderBy('dd.created_at', 'desc').executeTakeFirst();
}

export async function revokeDocument(tx: Tx, id: string, by: string | null, reason: string, replacedBy: string | null, at: Date): Promise<boolean> {
  const r = await tx
    .updateTable('dossier_documents')
    .set({ revoked_at: at, revoked_reason: reason, revoked_by: by, replaced_by: replacedBy })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Whether the dossier holds a signed, valid electronic result (766 indicator 4.1). */
export async function hasElectronicResult(tx: Tx, dossierId: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`
    SELECT EXISTS (SELECT 1 FROM dossier_documents WHERE dossier_id = ${dossierId} AND kind = 'result'
                   AND signed_at IS NOT NULL AND revoked_at IS NULL) AS ok`.execute(tx);
  return r.rows[0]?.ok === true;
}

/** Name and result of the procedure version a dossier is pinned to. */
export async function procedureOfVersion(tx: Tx, versionId: string): Promise<{ name: string; result: string | null }> {
  const r = await sql<{ name: string; result: string | null }>`
    SELECT name, record ->> 'result' AS result FROM procedure_versions WHERE id = ${versionId}`.execute(tx);
  return r.rows[0] ?? { name: '', result: null };
}

/** Serialises generation of one document across instances (held until the caller's commit). */
export async function lockDocument(tx: Tx, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(tx);
}
