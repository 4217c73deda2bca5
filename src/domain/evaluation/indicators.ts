/**
 * The 9 indicators of the evaluation of dossier handling (TT 01/2018/TT-VPCP art. 13; NĐ 61/2018
 * art. 27–32). Each is scored 0, 1 or 2 points; an indicator without data is not scored at all
 * (`points: null`) and is excluded from the totals (art. 14–15).
 */
export const INDICATOR_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Scored per dossier, and the ones an official is evaluated on (art. 15: maximum 10 points). */
export const OFFICIAL_INDICATORS = [1, 2, 3, 4, 7] as const;
export type OfficialIndicatorId = (typeof OFFICIAL_INDICATORS)[number];

/** Scored per unit or agency from its catalogue, publication duties, PAKN and online figures. */
export const AGENCY_INDICATORS = [5, 6, 8, 9] as const;
export type AgencyIndicatorId = (typeof AGENCY_INDICATORS)[number];

export type Points = 0 | 1 | 2;

/** One indicator's result with the reason in Vietnamese; `points` null means "no data" (excluded). */
export type Mark = { points: Points | null; reason: string };

export const mark = (points: Points | null, reason: string): Mark => ({ points, reason });

/** Short names as the tables of TT 01/2018 art. 13 head them. */
export const INDICATOR_NAMES_VI: Record<IndicatorId, string> = {
  1: 'Tổng thời gian giải quyết so với quy định',
  2: 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết',
  3: 'Số lần phải liên hệ để hoàn thiện hồ sơ',
  4: 'Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ',
  5: 'Thực hiện tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa',
  6: 'Công khai thủ tục hành chính',
  7: 'Thái độ của cán bộ, công chức, viên chức',
  8: 'Tiếp nhận, xử lý phản ánh, kiến nghị',
  9: 'Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến',
};

/** A local date `YYYY-MM-DD` as officials write it, `dd/mm/yyyy`. */
export const viDate = (d: string): string => d.split('-').reverse().join('/');

/** A share as a percentage with one decimal (Vietnamese decimal comma), e.g. `33,3%`. */
export const viPercent = (part: number, whole: number): string => `${(Math.round((part * 1000) / whole) / 10).toString().replace('.', ',')}%`;
