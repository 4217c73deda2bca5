import { safeFileName, sniff } from '../../domain/files';
import type { BlobStore } from '../documents/blob-store';
import { AppError, forbidden, notFound } from '../errors';
import { inTransaction } from '../storage/database';
import { findFile, insertFile } from '../storage/files';
import { requireActor } from './authorize';
import { auditActorId, type ServiceContext } from './context';

export const UPLOAD_LIMITS = { fileBytes: 20 * 1024 * 1024 };

const REFUSALS = {
  empty: ['VALIDATION', 'Tệp rỗng.'],
  unknown_type: ['UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận tệp PDF, JPEG, PNG, TIFF, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên).'],
  zip_bomb: ['UNSUPPORTED_MEDIA_TYPE', 'Tệp nén có kích thước giải nén bất thường; không được chấp nhận.'],
  bad_zip: ['UNSUPPORTED_MEDIA_TYPE', 'Tệp DOCX/XLSX bị hỏng.'],
} as const;

/** Stores an uploaded document after checking its type by content; returns its metadata. */
export async function uploadFile(ctx: ServiceContext, blobs: BlobStore, name: string, data: Buffer) {
  const actor = requireActor(ctx);
  const s = sniff(data);
  if (!s.ok) {
    const [code, detail] = REFUSALS[s.reason];
    throw new AppError(code, detail, { reason: s.reason });
  }
  const sha256 = await blobs.put(data);
  const agencyId = actor.grants.find((g) => g.agencyId)?.agencyId ?? null;
  return inTransaction(ctx.store, (tx) =>
    insertFile(tx, { sha256, size: data.length, mime: s.mime, name: safeFileName(name), kind: 'upload', uploaderId: auditActorId(actor), agencyId }),
  );
}

/** A file for download: its uploader, or an officer of the same agency (dossier rules come with dossier documents). */
export async function fileForDownload(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const f = await findFile(ctx.store, id);
  if (!f) throw notFound('tệp');
  const sameAgency = f.agencyId !== null && actor.grants.some((g) => g.agencyId === f.agencyId || g.agencyId === null);
  if (f.uploaderId !== actor.userId && !sameAgency) throw forbidden('Bạn không có quyền tải tệp này.');
  return f;
}
