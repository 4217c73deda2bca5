import type { BlobStore } from '../documents/blob-store';
import type { Ocr } from '../documents/ocr';
import { ensureDossierDocuments } from '../services/dossier-documents';
import { recogniseFile } from '../services/recognise-file';
import type { Store } from '../storage/database';
import type { JobHandlers } from './queue';

/**
 * Workers for documents: generate the forms and results an action issued (after its commit), and
 * read the text of uploaded scans. Both are idempotent, so a retried job does no harm.
 */
export function documentHandlers(deps: { store: Store; blobs: BlobStore; publicUrl: string; ocr: Ocr | null }): JobHandlers {
  return {
    'dossier.documents': async (p) => {
      await ensureDossierDocuments(deps.store, deps, String((p as { code: string }).code));
    },
    'file.recognise': async (p) => {
      await recogniseFile(deps.store, deps.blobs, deps.ocr, String((p as { fileId: string }).fileId));
    },
  };
}
