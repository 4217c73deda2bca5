/**
 * QĐ 766 group 2, timeliness (20 points): digest §2.2 group 2 and the clock rules of §1.4.
 */
import type { Counts766 } from './counts';
import { checkInputs, makeResult, ratioIndicator, withReason, type IndicatorOptions, type IndicatorResult } from './result';

/**
 * 2.1 Dossiers handled early or on time (20): dossiers done or in progress on time in the period
 * / dossiers received and handled in the period; score = 20 × totalOnTime / totalReceived
 * [R766]. Per dossier: `classify766` (end of processing 9 > 10 > 8/3 > 7; supplement time is a
 * pause; more than one supplement request = late; unfinished dossiers are judged at the period
 * end) and `inTimelinessScope`. The digest has not observed the 0-denominator case → N/A.
 */
export function handledOnTime(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersHandledOnTime;
  const d = c.dossiersHandled;
  return checkInputs('2.1', { dossiersHandledOnTime: n, dossiersHandled: d }, options) ?? ratioIndicator('2.1', n!, d!, options);
}

/**
 * 2.2 Average processing time of a procedure (information, 0 points): Σ ThoiGianGiaiQuyet of
 * completed dossiers (status 9 or 10, started in the period) / their count, in the procedure's
 * unit. Shown only for a single procedure. `ratio` carries the average (not a share).
 */
export function averageProcessingTime(c: Counts766): IndicatorResult {
  const n = c.processingTimeTotal;
  const d = c.dossiersCompleted;
  const bad = checkInputs('2.2', { processingTimeTotal: n, dossiersCompleted: d });
  if (bad) return withReason(bad, `${bad.reason ?? ''} (chỉ tính khi phạm vi là một thủ tục)`);
  if (d === 0) return makeResult('2.2', null, n!, d, null, 0, true, 'Không có hồ sơ hoàn thành trong kỳ: không áp dụng (N/A)');
  return makeResult('2.2', null, n!, d!, n! / d!, 0, false, 'Chỉ tiêu thông tin (0 điểm); tỷ lệ là thời gian trung bình theo đơn vị tính của thủ tục');
}
