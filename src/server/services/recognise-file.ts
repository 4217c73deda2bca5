import { idNumbersIn } from '../../domain/files';
import { foldVietnamese } from '../../domain/procedure';
import type { BlobStore } from '../documents/blob-store';
import type { Ocr } from '../documents/ocr';
import { inTransaction, type Store } from '../storage/database';
import { findFile, saveFileText } from '../storage/files';

/** Text longer than this is cut (a scan of a whole book helps nobody's search). */
const MAX_TEXT = 200_000;

/**
 * The OCR job: reads a pending scan, stores its text (folded for search) and the citizen ID numbers
 * found in it. Without OCR data on the machine the file is marked skipped, never left pending.
 */
export async function recogniseFile(store: Store, blobs: BlobStore, ocr: Ocr | null, fileId: string): Promise<'done' | 'skipped' | 'failed' | 'not_pending'> {
  const f = await findFile(store, fileId);
  if (!f) return 'not_pending';
  const save = (status: 'done' | 'skipped' | 'failed', text: string | null, confidence: number | null) =>
    inTransaction(store, (tx) =>
      saveFileText(tx, fileId, { status, text, folded: text ? foldVietnamese(text) : null, confidence, idNumbers: text ? idNumbersIn(text).map((x) => x.value) : [] }),
    );
  if (!ocr) return (await save('skipped', null, null)) ? 'skipped' : 'not_pending';
  try {
    const r = await ocr.recognise(await blobs.read(f.sha256), f.mime);
    const text = r.text.slice(0, MAX_TEXT);
    return (await save('done', text, r.confidence)) ? 'done' : 'not_pending';
  } catch {
    return (await save('failed', null, null)) ? 'failed' : 'not_pending';
  }
}
