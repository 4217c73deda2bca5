import { safeFileName, sniff } from '../../domain/files';
import type { BlobStore } from '../documents/blob-store';
import { AppError, forbidden, notFound } from '../errors';
import { inTransaction } from '../storage/database';
import { findFile, findFileText, insertFile } from '../storage/files';
import { enqueue } from '../storage/outbox';
import { dossiersOfFile } from '../storage/dossier-files';
import { fileOfCitizen } from '../storage/citizen-dossiers';
import { agencyDirectory } from './agency-directory';
import { requireActor } from './authorize';
import { rolesOn } from './dossier-view';
import { auditActorId, type ServiceContext } from './context';

const megabytes = (v: string | undefined, fallback: number) => (v && Number(v) > 0 ? Number(v) : fallback) * 1024 * 1024;

/** Per-file and per-dossier limits (MOTCUA_MAX_FILE_MB, MOTCUA_MAX_DOSSIER_MB; defaults 20 MB and 100 MB). */
export const OCR_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/tiff', 'application/pdf'];

export const UPLOAD_LIMITS = {
  fileBytes: megabytes(process.env.MOTCUA_MAX_FILE_MB, 20),
  dossierBytes: megabytes(process.env.MOTCUA_MAX_DOSSIER_MB, 100),
};

const REFUSALS = {
  empty: ['VALIDATION', 'Tệp rỗng.'],
  unknown_type: ['UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận tệp PDF, JPEG, PNG, TIFF, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên).'],
  zip_bomb: ['UNSUPPORTED_MEDIA_TYPE', 'Tệp nén có kích thước giải nén bất thường; không được chấp nhận.'],
  bad_zip: ['UNSUPPORTED_MEDIA_TYPE', 'Tệp DOCX/XLSX bị hỏng.'],
} as const;

/**
 * Stores an uploaded document after checking its type by content; returns its metadata. An officer
 * uploads for their agency; a citizen logged in to the portal (and no officer) uploads for their own
 * applications, recorded as the file's citizen.
 */
export async function uploadFile(ctx: ServiceContext, blobs: BlobStore, name: string, data: Buffer) {
  const citizen = ctx.actor ? null : (ctx.citizen ?? null);
  const actor = citizen ? null : requireActor(ctx);
  const s = sniff(data);
  if (!s.ok) {
    const [code, detail] = REFUSALS[s.reason];
    throw new AppError(code, detail, { reason: s.reason });
  }
  const sha256 = await blobs.put(data);
  const agencyId = actor?.grants.find((g) => g.agencyId)?.agencyId ?? null;
  // Scans (images, PDFs) are read by OCR in the background, so their text becomes searchable.
  const recognisable = OCR_TYPES.includes(s.mime);
  return inTransaction(ctx.store, async (tx) => {
    const f = await insertFile(tx, { sha256, size: data.length, mime: s.mime, name: safeFileName(name), kind: 'upload', uploaderId: auditActorId(actor), agencyId, citizenId: citizen?.citizenId ?? null, textStatus: recognisable ? 'pending' : null });
    if (recognisable) await enqueue(tx, 'file.recognise', { fileId: f.id }, `file.recognise:${f.id}`);
    return f;
  });
}

/**
 * A file for download: its uploader (officer or citizen), an officer of the agency it was uploaded
 * in, or anyone who may see a dossier it belongs to (as a component, scan or generated document).
 */
export async function fileForDownload(ctx: ServiceContext, id: string) {
  if (!ctx.actor && ctx.citizen) {
    const f = await findFile(ctx.store, id);
    if (!f) throw notFound('tệp');
    if (f.citizenId === ctx.citizen.citizenId || (await fileOfCitizen(ctx.store, f.id, ctx.citizen))) return f;
    throw forbidden('Bạn không có quyền tải tệp này.');
  }
  const actor = requireActor(ctx);
  const f = await findFile(ctx.store, id);
  if (!f) throw notFound('tệp');
  const sameAgency = f.agencyId !== null && actor.grants.some((g) => g.agencyId === f.agencyId || g.agencyId === null);
  if (f.uploaderId === actor.userId || sameAgency) return f;
  const dir = await agencyDirectory(ctx.store);
  const dossiers = await dossiersOfFile(ctx.store, f.id);
  if (dossiers.some((d) => rolesOn(dir, actor, d).length > 0)) return f;
  throw forbidden('Bạn không có quyền tải tệp này.');
}

/** What OCR read in a scan the officer may see (status pending until the job has run). */
export async function fileText(ctx: ServiceContext, id: string) {
  const f = await fileForDownload(ctx, id);
  return (await findFileText(ctx.store, f.id))!;
}
