/**
 * QĐ 766 group 5, satisfaction (18 points): digest §2.2 group 5 (F766 §5, R766). Feedback
 * deadlines (5.2) are the DVCQG operational ones of digest §4.3. The satisfaction group uses
 * calendar periods (1st to last day; `CALENDAR_PERIODS` in periods.ts), digest §2.3.
 */
import type { Counts766 } from './counts';
import { checkInputs, ratioIndicator, type IndicatorOptions, type IndicatorResult } from './result';

/**
 * 5.1 Feedback by category (information, 0 points): feedback about regulations or procedures
 * (numerator) out of all feedback (regulations + staff behaviour; denominator).
 */
export function feedbackByCategory(c: Counts766): IndicatorResult {
  const reg = c.feedbackRegulation;
  const staff = c.feedbackStaff;
  return checkInputs('5.1', { feedbackRegulation: reg, feedbackStaff: staff }) ?? ratioIndicator('5.1', reg!, reg! + staff!, undefined, 'Chỉ tiêu thông tin (0 điểm): tỷ lệ phản ánh về quy định hành chính');
}

/**
 * 5.2 Feedback handled on time (6): on-time / received-and-handled in the period;
 * score = 6 × r; 6 when there is no feedback.
 */
export function feedbackOnTime(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.feedbackHandledOnTime;
  const d = c.feedbackHandled;
  return checkInputs('5.2', { feedbackHandledOnTime: n, feedbackHandled: d }, options) ?? ratioIndicator('5.2', n!, d!, options);
}

/** total − deductions, never below 0 (an item can fall under several deductions). */
function remaining(total: number, deductions: readonly number[]): { value: number; clamped: boolean } {
  const raw = deductions.reduce((acc, x) => acc - x, total);
  return { value: Math.max(0, raw), clamped: raw < 0 };
}

/**
 * 5.3 Satisfaction with feedback handling (6): (total feedback − items rated unsatisfied
 * (dislikes > likes) − re-complaints − late items) / total feedback, by first-reception date in
 * the period; score = 6 × r; 6 when there is no feedback. The numerator is clamped at 0.
 */
export function feedbackSatisfaction(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const total = c.feedbackReceived;
  const unsatisfied = c.feedbackUnsatisfied;
  const again = c.feedbackRecomplaints;
  const late = c.feedbackLate;
  const bad = checkInputs('5.3', { feedbackReceived: total, feedbackUnsatisfied: unsatisfied, feedbackRecomplaints: again, feedbackLate: late }, options);
  if (bad) return bad;
  for (const x of [unsatisfied!, again!, late!]) if (x > total!) return ratioIndicator('5.3', x, total!, options);
  const n = remaining(total!, [unsatisfied!, again!, late!]);
  return ratioIndicator('5.3', n.value, total!, options, n.clamped ? 'Số bị trừ vượt tổng số phản ánh: tử số tính là 0' : undefined);
}

/**
 * 5.4 Satisfaction with dossier handling (6, target 90 %): r = 100 % − (late-dossier % + % of
 * dossiers with feedback or a dislike), over the dossiers whose processing ended in the period;
 * score = min(6, 6 × r / 90 %); 0 when the denominator is 0. The numerator is clamped at 0.
 */
export function dossierSatisfaction(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const ended = c.dossiersEnded;
  const late = c.dossiersEndedLate;
  const complained = c.dossiersWithComplaint;
  const bad = checkInputs('5.4', { dossiersEnded: ended, dossiersEndedLate: late, dossiersWithComplaint: complained }, options);
  if (bad) return bad;
  for (const x of [late!, complained!]) if (x > ended!) return ratioIndicator('5.4', x, ended!, options);
  const n = remaining(ended!, [late!, complained!]);
  return ratioIndicator('5.4', n.value, ended!, options, n.clamped ? 'Số hồ sơ trễ hạn và có phản ánh vượt tổng số: tử số tính là 0' : undefined);
}
