/**
 * An online application (hồ sơ nộp trực tuyến) as the citizen prepares it: the receiving agency,
 * the answers to the procedure's fields and one slot per document of the procedure, filled by an
 * upload or by a document from the citizen's data store (Giấy tờ của tôi). Saved as a draft,
 * checked the same way in the browser and on submission.
 */
import { z } from 'zod';

/** A document from the citizen's data store: an accepted upload (file id) or an issued result (document id). */
export const StoreRef = z.object({ kind: z.enum(['upload', 'result']), id: z.uuid('Mã giấy tờ không hợp lệ') });
export type StoreRef = z.infer<typeof StoreRef>;

export const DocumentSlot = z.object({
  /** Position of the document in the procedure's document list. */
  index: z.number().int().min(0).max(199),
  fileId: z.uuid('Mã tệp không hợp lệ').nullish(),
  reuse: StoreRef.nullish(),
  /** What the citizen sees for the chosen file or store document (not trusted by the server). */
  label: z.string().max(500).nullish(),
});
export type DocumentSlot = z.infer<typeof DocumentSlot>;

export const ApplicationContent = z.object({
  agencyCode: z.string().max(32).nullable().default(null),
  values: z.record(z.string(), z.unknown()).default({}),
  documents: z.array(DocumentSlot).max(200).default([]),
});
export type ApplicationContent = z.infer<typeof ApplicationContent>;

export type SlotProblem = { path: string; message: string };

const filled = (s: DocumentSlot | undefined) => !!s && (!!s.fileId || !!s.reuse);

/** Problems by document position (`documents.<index>`): slots that name no document, carry both a file and a store document, or repeat; required documents left empty. */
export function slotProblems(documents: readonly { name: string; required: boolean }[], slots: readonly DocumentSlot[]): SlotProblem[] {
  const out: SlotProblem[] = [];
  const seen = new Set<number>();
  for (const s of slots) {
    const path = `documents.${s.index}`;
    if (s.index >= documents.length) out.push({ path, message: 'Thủ tục không có thành phần hồ sơ này' });
    if (seen.has(s.index)) out.push({ path, message: 'Thành phần hồ sơ bị lặp' });
    if (s.fileId && s.reuse) out.push({ path, message: 'Mỗi thành phần chỉ chọn tệp tải lên hoặc giấy tờ có sẵn, không chọn cả hai' });
    seen.add(s.index);
  }
  documents.forEach((d, i) => {
    if (d.required && !filled(slots.find((s) => s.index === i))) out.push({ path: `documents.${i}`, message: `Cần tải lên hoặc chọn từ Giấy tờ của tôi: ${d.name}` });
  });
  return out;
}
