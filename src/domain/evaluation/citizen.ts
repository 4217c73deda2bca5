/**
 * Indicators 3, 4 and 7 (TT 01/2018 art. 13.3, 13.4, 13.7) from the applicant's rating of the dossier
 * (domain/feedback/rating.ts) and, for 7, from a substantiated complaint about the officials' behaviour
 * (PAKN linked to the dossier). Without a rating these indicators have no data and are excluded.
 *
 * The rating form counts the unavoidable contact: "times you had to come or contact the agency" and
 * "bodies you had to deal with" start at 1 (the submission, the one-stop desk). The indicators count
 * what came on top of it (ADR 0021):
 *  - 3: contacts needed to complete the dossier = contacts − 1: 0 → 2, 1 → 1, more → 0;
 *  - 4: bodies other than the one-stop desk = bodies − 1: 0 → 2, 1 (e.g. a body that legally runs a
 *    field check) → 1, more → 0.
 */
import type { RatingTime } from '../feedback';
import { mark, type Mark, type Points } from './indicators';

export type RatingFacts = { time: RatingTime; contacts: number; bodies: number; attitude: number };

const byExtra = (extra: number): Points => (extra <= 0 ? 2 : extra === 1 ? 1 : 0);

const NO_RATING = 'Người nộp hồ sơ chưa đánh giá.';

export function contactsMark(r: RatingFacts | null): Mark {
  if (!r) return mark(null, NO_RATING);
  const extra = Math.max(0, r.contacts - 1);
  const said = extra === 0 ? 'không phải đi lại, liên hệ thêm lần nào để hoàn thiện hồ sơ' : `phải đi lại, liên hệ thêm ${extra} lần ngoài lần nộp hồ sơ`;
  return mark(byExtra(extra), `Người nộp cho biết ${said}.`);
}

export function bodiesMark(r: RatingFacts | null): Mark {
  if (!r) return mark(null, NO_RATING);
  const extra = Math.max(0, r.bodies - 1);
  const said = extra === 0 ? 'chỉ liên hệ Bộ phận Một cửa' : `phải liên hệ thêm ${extra} cơ quan, đơn vị ngoài Bộ phận Một cửa`;
  return mark(byExtra(extra), `Người nộp cho biết ${said}.`);
}

/**
 * Indicator 7: 0 when a substantiated complaint about the officials' behaviour exists (unfounded
 * ones are ignored) or when the applicant rated the attitude "dissatisfied" (1–2 of 5: the rating is
 * an evaluation channel of NĐ 61 art. 29, satisfaction the yardstick of art. 27); otherwise 2 when
 * the applicant says the result came early, 1 when on time or late (lateness already costs points
 * under indicator 1; the law gives 0 here only for a complaint).
 */
export function attitudeMark(r: RatingFacts | null, substantiatedComplaint: boolean): Mark {
  if (substantiatedComplaint) return mark(0, 'Có phản ánh, kiến nghị về hành vi của cán bộ được xác minh là đúng.');
  if (!r) return mark(null, NO_RATING);
  if (r.attitude <= 2) return mark(0, `Người nộp không hài lòng về thái độ phục vụ (mức ${r.attitude}/5).`);
  if (r.time === 'early') return mark(2, `Người nộp đánh giá nhận kết quả sớm hơn hẹn, hài lòng về thái độ (mức ${r.attitude}/5), không có phản ánh đúng.`);
  const when = r.time === 'on_time' ? 'đúng hẹn' : 'trễ hẹn';
  return mark(1, `Người nộp đánh giá nhận kết quả ${when}, thái độ mức ${r.attitude}/5, không có phản ánh đúng.`);
}
