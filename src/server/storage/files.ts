import type { Tx } from './database';

export type FileRow = { id: string; sha256: string; size: number; mime: string; name: string; kind: 'upload' | 'generated'; uploaderId: string | null; agencyId: string | null; createdAt: Date; citizenId?: string | null };
const cols = ['id', 'sha256', 'size', 'mime', 'name', 'kind', 'uploader_id as uploaderId', 'agency_id as agencyId', 'created_at as createdAt', 'citizen_id as citizenId'] as const;

export type TextStatus = 'pending' | 'done' | 'skipped' | 'failed';

export async function insertFile(tx: Tx, f: Omit<FileRow, 'id' | 'createdAt'> & { textStatus?: TextStatus | null }): Promise<FileRow> {
  return tx
    .insertInto('files')
    .values({ sha256: f.sha256, size: f.size, mime: f.mime, name: f.name, kind: f.kind, uploader_id: f.uploaderId, agency_id: f.agencyId, citizen_id: f.citizenId ?? null, created_at: new Date(), text_status: f.textStatus ?? null })
    .returning(cols)
    .executeTakeFirstOrThrow();
}

export async function findFile(tx: Tx, id: string): Promise<FileRow | undefined> {
  return tx.selectFrom('files').select(cols).where('id', '=', id).executeTakeFirst();
}

export type FileText = { status: TextStatus | null; text: string | null; confidence: number | null; idNumbers: string[] };

export async function findFileText(tx: Tx, id: string): Promise<FileText | undefined> {
  const r = await tx.selectFrom('files').select(['text_status', 'text', 'text_confidence', 'id_numbers']).where('id', '=', id).executeTakeFirst();
  return r && { status: r.text_status, text: r.text, confidence: r.text_confidence, idNumbers: r.id_numbers ?? [] };
}

/** Stores what OCR read (or why it did not), only while the file still waits for it. */
export async function saveFileText(tx: Tx, id: string, t: { status: TextStatus; text: string | null; folded: string | null; confidence: number | null; idNumbers: string[] }): Promise<boolean> {
  const r = await tx
    .updateTable('files')
    .set({ text_status: t.status, text: t.text, text_folded: t.folded, text_confidence: t.confidence, id_numbers: t.idNumbers })
    .where('id', '=', id)
    .where('text_status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
