import type { Tx } from './database';

export type LinkedFile = { fileId: string; documentIndex: number; name: string; mime: string; size: number; textStatus: string | null; idNumbers: string[] | null };

export async function linkDossierFiles(tx: Tx, dossierId: string, links: { fileId: string; documentIndex: number }[], by: string | null, at: Date): Promise<void> {
  if (links.length === 0) return;
  await tx
    .insertInto('dossier_files')
    .values(links.map((l) => ({ dossier_id: dossierId, file_id: l.fileId, document_index: l.documentIndex, added_by: by, added_at: at })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function filesOfDossier(tx: Tx, dossierId: string): Promise<LinkedFile[]> {
  return tx
    .selectFrom('dossier_files as df')
    .innerJoin('files as f', 'f.id', 'df.file_id')
    .select(['df.file_id as fileId', 'df.document_index as documentIndex', 'f.name', 'f.mime', 'f.size', 'f.text_status as textStatus', 'f.id_numbers as idNumbers'])
    .where('df.dossier_id', '=', dossierId)
    .orderBy('df.document_index')
    .orderBy('df.added_at')
    .execute();
}

/** The dossiers a file belongs to (as a component or as a generated document): downloads follow their access rules. */
export async function dossiersOfFile(tx: Tx, fileId: string): Promise<{ handlingAgencyId: string; receivingAgencyId: string; code: string }[]> {
  const viaComponents = tx
    .selectFrom('dossier_files as df')
    .innerJoin('dossiers as d', 'd.id', 'df.dossier_id')
    .select(['d.handling_agency_id as handlingAgencyId', 'd.receiving_agency_id as receivingAgencyId', 'd.code'])
    .where('df.file_id', '=', fileId);
  const viaDocuments = tx
    .selectFrom('dossier_documents as dd')
    .innerJoin('dossiers as d', 'd.id', 'dd.dossier_id')
    .select(['d.handling_agency_id as handlingAgencyId', 'd.receiving_agency_id as receivingAgencyId', 'd.code'])
    .where('dd.file_id', '=', fileId);
  return viaComponents.union(viaDocuments).execute();
}

/** Size and owner of the files a receipt names (to check existence, access and the per-dossier limit). */
export async function filesByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.selectFrom('files').select(['id', 'size', 'uploader_id as uploaderId', 'agency_id as agencyId', 'kind', 'citizen_id as citizenId']).where('id', 'in', ids).execute();
}
