/** What a sender or an officer submits to open a PAKN (Zod schema = type = doc). */
import { z } from 'zod';
import { PAKN_CODE_PATTERN } from './payloads';
import { PAKN_CATEGORIES } from './status';

const optional = (max: number) => z.string().trim().max(max).nullish();

export const PaknSenderInput = z.object({
  name: optional(200),
  address: optional(500),
  phone: optional(30),
  email: optional(254),
});

export const PaknSubmission = z.object({
  /** The agency the feedback is addressed to. */
  agencyId: z.uuid('Cần chọn cơ quan nhận phản ánh, kiến nghị'),
  title: z.string().trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự').max(300, 'Tiêu đề tối đa 300 ký tự'),
  content: z.string().trim().max(8000, 'Nội dung tối đa 8000 ký tự'),
  sender: PaknSenderInput,
  /** The sender's own reading of the content; the officer classifies. */
  category: z.enum(PAKN_CATEGORIES).nullish(),
  procedureCode: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục có dạng 1.001234').nullish(),
  /** The dossier the feedback is about (e.g. a complaint about how it was handled). */
  dossierCode: z.string().trim().min(3).max(40).nullish(),
  /** A re-complaint (phản ánh lại) about an earlier item: its code and secret. */
  previous: z.object({ code: z.string().regex(PAKN_CODE_PATTERN, 'Mã phản ánh, kiến nghị không đúng định dạng'), secret: z.string().trim().min(8).max(12) }).nullish(),
});
export type PaknSubmission = z.infer<typeof PaknSubmission>;

export const PAKN_DESK_CHANNELS = ['counter', 'post', 'phone', 'email'] as const;

export const PaknDeskEntry = PaknSubmission.omit({ previous: true }).extend({
  channel: z.enum(PAKN_DESK_CHANNELS, { error: 'Cần chọn hình thức tiếp nhận: counter, post, phone hoặc email' }),
  /** When the letter, call or e-mail arrived (default: now); not in the future. */
  receivedAt: z.iso.datetime({ offset: true, error: 'Thời điểm tiếp nhận có dạng ISO 8601' }).nullish(),
  /** A re-complaint: the earlier item's code (the officer has the letter in hand). */
  previousCode: z.string().regex(PAKN_CODE_PATTERN, 'Mã phản ánh, kiến nghị không đúng định dạng').nullish(),
  /** Record as "not accepted" for a reason the machine cannot see (not in Vietnamese, illegible, …). */
  notAcceptedReason: z.string().trim().min(5, 'Cần nêu lý do không tiếp nhận').max(2000).nullish(),
});
export type PaknDeskEntry = z.infer<typeof PaknDeskEntry>;
