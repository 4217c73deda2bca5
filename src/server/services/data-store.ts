import type { StoreRef } from '../../domain/dossier';
import { storeResults, storeUploads, type CitizenKey, type StoreResult, type StoreUpload } from '../storage/citizen-dossiers';
import type { Tx } from '../storage/database';
import { requireCitizen } from './citizen-session';
import type { ServiceContext } from './context';

/**
 * "Giấy tờ của tôi" (kho dữ liệu điện tử của công dân): the documents a citizen gave that an agency
 * accepted (components of their received dossiers) and the signed results issued to them. Each can
 * fill a document slot of a new application without uploading it again; the dossier then records the
 * component as taken from the citizen's data store (766 indicators 4.3/4.4).
 */
export async function myDocuments(ctx: ServiceContext) {
  const c = requireCitizen(ctx);
  const [uploads, results] = await Promise.all([storeUploads(ctx.store, c), storeResults(ctx.store, c)]);
  return {
    uploads: uploads.map((u) => ({ kind: 'upload' as const, id: u.fileId, fileId: u.fileId, title: u.documentName, fileName: u.fileName, mime: u.mime, size: u.size, dossierCode: u.dossierCode, procedureName: u.procedureName, at: u.acceptedAt })),
    results: results.map((r) => ({ kind: 'result' as const, id: r.id, fileId: r.fileId, title: r.title, verificationCode: r.verificationCode, dossierCode: r.dossierCode, procedureName: r.procedureName, agencyName: r.agencyName, at: r.issuedAt })),
  };
}

export type StoreItem = { fileId: string; title: string; dossierCode: string; kind: StoreRef['kind']; id: string };

/** The citizen's data store by reference, to resolve the slots of an application in one read. */
export async function storeIndex(tx: Tx, k: CitizenKey): Promise<(ref: StoreRef) => StoreItem | undefined> {
  const [uploads, results] = await Promise.all([storeUploads(tx, k), storeResults(tx, k)]);
  const byUpload = new Map<string, StoreUpload>(uploads.map((u) => [u.fileId, u]));
  const byResult = new Map<string, StoreResult>(results.map((r) => [r.id, r]));
  return (ref) => {
    if (ref.kind === 'upload') {
      const u = byUpload.get(ref.id);
      return u && { kind: 'upload', id: u.fileId, fileId: u.fileId, title: u.documentName, dossierCode: u.dossierCode };
    }
    const r = byResult.get(ref.id);
    return r && { kind: 'result', id: r.id, fileId: r.fileId, title: r.title, dossierCode: r.dossierCode };
  };
}
