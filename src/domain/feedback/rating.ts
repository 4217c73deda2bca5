/**
 * The applicant's rating of how their dossier was handled (TT 01/2018/TT-VPCP art. 13, the
 * citizen-side indicators): time compared with the statutory time, how many times they had to
 * come or contact the agency, how many bodies they dealt with, and the officers' attitude.
 * One rating per dossier, given after the result was returned and editable for 7 days; stored for
 * the evaluation reports and the 766 satisfaction indicators.
 */
import { z } from 'zod';

export const RATING_TIMES = ['early', 'on_time', 'late'] as const;
export type RatingTime = (typeof RATING_TIMES)[number];

export const RATING_TIMES_VI: Record<RatingTime, string> = {
  early: 'Sớm hơn hẹn',
  on_time: 'Đúng hẹn',
  late: 'Trễ hẹn',
};

/** The 5 levels of attitude, 1 (very poor) to 5 (very good). */
export const ATTITUDE_VI = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'] as const;

/** Ways a rating reaches the system. */
export const RATING_CHANNELS = ['portal', 'link', 'counter'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

export const RATING_EDIT_DAYS = 7;

const count = (what: string) => z.number({ error: `${what} phải là số` }).int(`${what} phải là số nguyên`).min(1, `${what} ít nhất là 1`).max(50, `${what} tối đa là 50`);

export const RatingInput = z.object({
  time: z.enum(RATING_TIMES, { error: 'Cần chọn thời gian giải quyết so với hẹn (early, on_time, late)' }),
  /** Times the applicant came to or contacted the agency for this dossier. */
  contacts: count('Số lần đi lại, liên hệ'),
  /** Bodies (agencies, units) the applicant had to deal with. */
  bodies: count('Số cơ quan, đơn vị phải liên hệ'),
  attitude: z.number({ error: 'Cần chọn mức hài lòng về thái độ' }).int().min(1, 'Mức hài lòng từ 1 đến 5').max(5, 'Mức hài lòng từ 1 đến 5'),
  comment: z.string().trim().max(2000, 'Ý kiến tối đa 2000 ký tự').optional(),
});
export type RatingInput = z.infer<typeof RatingInput>;

/** Until when a rating made at `createdAt` may be changed. */
export const editableUntil = (createdAt: Date): Date => new Date(createdAt.getTime() + RATING_EDIT_DAYS * 86_400_000);

/** Whether a rating made at `createdAt` may still be changed at `now`. */
export const ratingEditable = (createdAt: Date, now: Date): boolean => now.getTime() < editableUntil(createdAt).getTime();
