/** The payload of each PAKN action (Zod schema = type = doc); Vietnamese messages. */
import { z } from 'zod';
import type { PaknAction } from './machine';
import { PAKN_CATEGORIES, PAKN_RATINGS } from './status';

const reason = z.string().trim().min(5, 'Cần nêu lý do (ít nhất 5 ký tự)').max(4000);
const note = z.string().trim().max(2000).optional();

export const PAKN_CODE_PATTERN = /^PA\d{6}-[0-9A-HJKMNP-TV-Z]{4}$/;

export const PAKN_PAYLOADS = {
  acknowledge: z.object({ note }),
  refuse: z.object({ reason }),
  classify: z.object({
    category: z.enum(PAKN_CATEGORIES, { error: 'Cần chọn loại: behaviour, regulation hoặc proposal' }),
    /** Within the agency's competence (NĐ 20/2008 art. 14); false → it must be forwarded. */
    withinCompetence: z.boolean({ error: 'Cần xác định có thuộc thẩm quyền hay không' }),
    procedureCode: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục có dạng 1.001234').nullish(),
    dossierCode: z.string().trim().min(3).max(40).nullish(),
    note,
  }),
  forward: z.object({
    /** The competent body, as named in the forwarding letter. */
    to: z.string().trim().min(3, 'Cần ghi tên cơ quan có thẩm quyền').max(300),
    /** When the competent body also uses this system, the item is handed over to it. */
    agencyId: z.uuid('Mã cơ quan không hợp lệ').nullish(),
    reason,
  }),
  merge: z.object({ originalCode: z.string().regex(PAKN_CODE_PATTERN, 'Mã phản ánh, kiến nghị không đúng định dạng'), note }),
  request_supplement: z.object({ request: reason }),
  supplement: z.object({ text: z.string().trim().min(5, 'Cần nhập nội dung bổ sung').max(8000) }),
  draft_answer: z.object({
    answer: z.string().trim().min(20, 'Nội dung trả lời cần ít nhất 20 ký tự').max(20_000),
    /** For a complaint about behaviour: whether it was found to have grounds (TT 01/2018 art. 13 indicator 7). */
    substantiated: z.boolean().nullish(),
  }),
  return_draft: z.object({ reason }),
  approve: z.object({ note }),
  publish: z.object({
    /** Published on the portal (NĐ 20/2008 art. 19); false: answered to the sender only (e.g. personal data). */
    publicly: z.boolean().default(true),
    note,
  }),
  extend: z.object({ days: z.number().int().min(1, 'Gia hạn ít nhất 1 ngày làm việc').max(30), reason }),
  rate: z.object({ rating: z.enum(PAKN_RATINGS, { error: 'Cần chọn hài lòng hoặc không hài lòng' }), comment: z.string().trim().max(2000).optional() }),
} as const satisfies Record<PaknAction, z.ZodType>;

export type PaknPayload<A extends PaknAction> = z.infer<(typeof PAKN_PAYLOADS)[A]>;
