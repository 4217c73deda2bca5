import { sql } from 'kysely';
import { withRecordDefaults, type ProcedureRecord } from '../../domain/procedure';
import type { Tx } from './database';

/**
 * A citizen's dossiers and data store. A dossier is theirs when they submitted it from their
 * account or when they are its applicant (same CCCD / tax code as the account), wherever it was
 * received.
 */
export type CitizenKey = { citizenId: string; idNumber: string };

export async function listCitizenDossiers(tx: Tx, k: CitizenKey) {
  const r = await sql<{
    code: string;
    status: number;
    channel: string;
    procedureCode: string;
    procedureName: string;
    agencyName: string;
    submittedAt: Date | null;
    receivedAt: Date | null;
    dueAt: Date | null;
    finishedAt: Date | null;
    returnedAt: Date | null;
    late: boolean;
  }>`
    SELECT d.code, d.status, d.channel, d.procedure_code AS "procedureCode", v.name AS "procedureName", a.name AS "agencyName",
      d.submitted_at AS "submittedAt", d.received_at AS "receivedAt", d.due_at AS "dueAt", d.finished_at AS "finishedAt",
      d.returned_at AS "returnedAt", d.late
    FROM dossiers d
    JOIN procedure_versions v ON v.id = d.procedure_version_id
    JOIN agencies a ON a.id = d.receiving_agency_id
    WHERE d.citizen_id = ${k.citizenId} OR d.applicant_id_number = ${k.idNumber}
    ORDER BY coalesce(d.submitted_at, d.received_at, d.created_at) DESC, d.id DESC
    LIMIT 200`.execute(tx);
  return r.rows;
}

export type StoreUpload = { fileId: string; fileName: string; mime: string; size: number; documentName: string; dossierCode: string; procedureName: string; acceptedAt: Date };
export type StoreResult = { id: string; fileId: string; title: string; verificationCode: string; issuedAt: Date; dossierCode: string; procedureName: string; agencyName: string };

/** Uploaded components of the citizen's dossiers that an agency received (accepted), newest first, each file once. */
export async function storeUploads(tx: Tx, k: CitizenKey): Promise<StoreUpload[]> {
  const r = await sql<StoreUpload>`
    SELECT * FROM (
      SELECT DISTINCT ON (f.id) f.id AS "fileId", f.name AS "fileName", f.mime, f.size::int AS size,
        coalesce(d.documents -> df.document_index ->> 'name', f.name) AS "documentName",
        d.code AS "dossierCode", v.name AS "procedureName", d.received_at AS "acceptedAt"
      FROM dossier_files df
      JOIN dossiers d ON d.id = df.dossier_id
      JOIN files f ON f.id = df.file_id
      JOIN procedure_versions v ON v.id = d.procedure_version_id
      WHERE (d.citizen_id = ${k.citizenId} OR d.applicant_id_number = ${k.idNumber})
        AND d.received_at IS NOT NULL AND d.status <> 3 AND f.kind = 'upload'
      ORDER BY f.id, d.received_at DESC
    ) u ORDER BY "acceptedAt" DESC LIMIT 500`.execute(tx);
  return r.rows;
}

/** Signed, unrevoked results issued on the citizen's dossiers (not refusals), newest first. */
export async function storeResults(tx: Tx, k: CitizenKey): Promise<StoreResult[]> {
  const r = await sql<StoreResult>`
    SELECT dd.id, dd.file_id AS "fileId", dd.title, dd.verification_code AS "verificationCode", dd.signed_at AS "issuedAt",
      d.code AS "dossierCode", v.name AS "procedureName", a.name AS "agencyName"
    FROM dossier_documents dd
    JOIN dossiers d ON d.id = dd.dossier_id
    JOIN procedure_versions v ON v.id = d.procedure_version_id
    JOIN agencies a ON a.id = d.handling_agency_id
    WHERE (d.citizen_id = ${k.citizenId} OR d.applicant_id_number = ${k.idNumber})
      AND dd.kind = 'result' AND dd.form <> 'rejection' AND dd.signed_at IS NOT NULL
      AND dd.revoked_at IS NULL AND dd.verification_code IS NOT NULL
    ORDER BY dd.signed_at DESC LIMIT 500`.execute(tx);
  return r.rows;
}

/** Appends components to a dossier's document list (the applicant's supplement), in the caller's transaction. */
export async function appendDossierComponents(tx: Tx, dossierId: string, documents: readonly Record<string, unknown>[]): Promise<number> {
  const r = await sql<{ n: number }>`
    UPDATE dossiers SET documents = documents || ${JSON.stringify(documents)}::jsonb WHERE id = ${dossierId}
    RETURNING jsonb_array_length(documents) - ${documents.length}::int AS n`.execute(tx);
  return r.rows[0]?.n ?? 0;
}

/** The procedure record of the version a dossier is pinned to (fees, documents, fields). */
export async function versionRecordOf(tx: Tx, versionId: string): Promise<ProcedureRecord | null> {
  const r = await tx.selectFrom('procedure_versions').select('record').where('id', '=', versionId).executeTakeFirst();
  return r ? withRecordDefaults(r.record) : null;
}

/** Whether a file is in the citizen's data store or one of their dossiers (a component, or a document issued other than a draft). */
export async function fileOfCitizen(tx: Tx, fileId: string, k: CitizenKey): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM dossier_files df JOIN dossiers d ON d.id = df.dossier_id
      WHERE df.file_id = ${fileId} AND (d.citizen_id = ${k.citizenId} OR d.applicant_id_number = ${k.idNumber})
      UNION ALL
      SELECT 1 FROM dossier_documents dd JOIN dossiers d ON d.id = dd.dossier_id
      WHERE dd.file_id = ${fileId} AND dd.form <> 'draft' AND (d.citizen_id = ${k.citizenId} OR d.applicant_id_number = ${k.idNumber})
    ) AS ok`.execute(tx);
  return r.rows[0]?.ok === true;
}
