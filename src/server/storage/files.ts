import type { Tx } from './database';

export type FileRow = { id: string; sha256: string; size: number; mime: string; name: string; kind: 'upload' | 'generated'; uploaderId: string | null; agencyId: string | null; createdAt: Date };
const cols = ['id', 'sha256', 'size', 'mime', 'name', 'kind', 'uploader_id as uploaderId', 'agency_id as agencyId', 'created_at as createdAt'] as const;

export async function insertFile(tx: Tx, f: Omit<FileRow, 'id' | 'createdAt'>): Promise<FileRow> {
  return tx
    .insertInto('files')
    .values({ sha256: f.sha256, size: f.size, mime: f.mime, name: f.name, kind: f.kind, uploader_id: f.uploaderId, agency_id: f.agencyId, created_at: new Date() })
    .returning(cols)
    .executeTakeFirstOrThrow();
}

export async function findFile(tx: Tx, id: string): Promise<FileRow | undefined> {
  return tx.selectFrom('files').select(cols).where('id', '=', id).executeTakeFirst();
}
