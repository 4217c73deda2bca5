import { DOCUMENT_SOURCES, type DocumentSource } from '../../domain/documents';
import { AppError, invalid } from '../errors';
import type { Tx } from '../storage/database';
import { filesByIds } from '../storage/dossier-files';
import type { Actor } from './context';
import { UPLOAD_LIMITS } from './upload-file';

export type ReceiptDocument = { name: string; copies?: string | undefined; digitised: boolean; fileId?: string | null | undefined; source?: DocumentSource | undefined };

const DIGITAL_SOURCES: readonly DocumentSource[] = ['reused', 'personal_store', 'national'];
export { DOCUMENT_SOURCES };

/**
 * Checks the files a receipt attaches to its documents: each exists, was uploaded by this officer or
 * within their agency, and together they stay under the per-dossier limit; a document marked
 * digitised must carry its scan (or come from a digital source). Returns the links to record.
 */
export async function checkReceiptFiles(tx: Tx, actor: Actor, documents: readonly ReceiptDocument[]): Promise<{ fileId: string; documentIndex: number }[]> {
  const errors: { name: string; reason: string }[] = [];
  documents.forEach((d, i) => {
    if (d.digitised && !d.fileId && !(d.source && DIGITAL_SOURCES.includes(d.source))) {
      errors.push({ name: `documents.${i}.digitised`, reason: 'giấy tờ đánh dấu đã số hóa phải kèm bản quét (fileId) hoặc lấy từ nguồn dữ liệu số' });
    }
  });
  if (errors.length) throw invalid(`Thành phần hồ sơ chưa hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  const links = documents.flatMap((d, i) => (d.fileId ? [{ fileId: d.fileId, documentIndex: i }] : []));
  if (links.length === 0) return links;
  const ids = [...new Set(links.map((l) => l.fileId))];
  const files = new Map((await filesByIds(tx, ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)))).map((f) => [f.id, f]));
  const agencies = new Set(actor.grants.map((g) => g.agencyId));
  links.forEach((l) => {
    const f = files.get(l.fileId);
    if (!f || f.kind !== 'upload') errors.push({ name: `documents.${l.documentIndex}.fileId`, reason: 'không tìm thấy tệp đã tải lên' });
    else if (f.uploaderId !== actor.userId && !(f.agencyId && agencies.has(f.agencyId)) && !agencies.has(null)) errors.push({ name: `documents.${l.documentIndex}.fileId`, reason: 'tệp không thuộc cơ quan của bạn' });
  });
  if (errors.length) throw invalid(`Tệp đính kèm không hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  const total = ids.reduce((sum, id) => sum + Number(files.get(id)!.size), 0);
  if (total > UPLOAD_LIMITS.dossierBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tổng dung lượng tệp của hồ sơ (${(total / 2 ** 20).toFixed(1)} MB) vượt quá giới hạn ${UPLOAD_LIMITS.dossierBytes / 2 ** 20} MB.`, { total, limit: UPLOAD_LIMITS.dossierBytes });
  }
  return links;
}
