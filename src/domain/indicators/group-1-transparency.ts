/**
 * QĐ 766 group 1, transparency (18 points): digest §2.2 group 1. Definitions from F766, maxima from
 * M766/G766, live score = max × r for each (R766). No targets.
 */
import type { Counts766 } from './counts';
import { checkInputs, ratioIndicator, withReason, type IndicatorOptions, type IndicatorResult } from './result';

/**
 * 1.1 Procedures published on time (6): procedures whose publication decision (QĐCB) came at least
 * 20 working days (ministry) or 5 (province) before the legal basis took effect / procedures
 * published in the period; late once in the period = late for the whole period.
 * Per procedure: `publicationOnTime` (publication.ts). Denominator 0 → N/A.
 */
export function publishedOnTime(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresPublishedOnTime;
  const d = c.proceduresPublished;
  return checkInputs('1.1', { proceduresPublishedOnTime: n, proceduresPublished: d }, options) ?? ratioIndicator('1.1', n!, d!, options);
}

/**
 * 1.2 Procedures updated and published on the national database on time (4): publication click
 * date ≤ QĐCB date + 10 working days (ministry) or + 5 (province) / procedures published in the
 * period plus procedures due; own level only. Per procedure: `updateOnTime`. Denominator 0 → N/A.
 */
export function updatedOnTime(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresUpdatedOnTime;
  const d = c.proceduresDueForUpdate;
  return checkInputs('1.2', { proceduresUpdatedOnTime: n, proceduresDueForUpdate: d }, options) ?? ratioIndicator('1.2', n!, d!, options);
}

/**
 * 1.3 Procedures published with all required parts (2): procedures having name, sequence, method,
 * components and quantity, time limit, subjects and agency (NĐ 63/2010 art. 8.2) / published
 * procedures, counted as of now. Denominator 0 → N/A.
 */
export function publicContentComplete(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresPublicComplete;
  const d = c.proceduresPublic;
  return checkInputs('1.3', { proceduresPublicComplete: n, proceduresPublic: d }, options) ?? ratioIndicator('1.3', n!, d!, options);
}

export interface DossierSyncOptions extends IndicatorOptions {
  /**
   * The period's share of a year (month 1/12, quarter 1/4, year 1; `yearFraction()` in periods.ts),
   * for the fallback denominator. Without it the fallback is not applied.
   */
  readonly yearFraction?: number;
}

/**
 * 1.4 Dossiers synced to DVCQG (6): synced dossiers received in the period / max(dossiers in the
 * national reporting system, dossiers on DVCQG). Our system is the reporting system, so its count
 * is `dossiersReceived`; `dossiersOnNationalPortal` is used when storage has it. If both are 0 the
 * denominator is last year's count × the period's share of a year (÷ 12 month, ÷ 4 quarter, × 1
 * year); no data last year → 0 points (digest §2.2 1.4).
 */
export function dossiersSynced(c: Counts766, options?: DossierSyncOptions): IndicatorResult {
  const n = c.dossiersSynced;
  const received = c.dossiersReceived;
  const missing = checkInputs('1.4', { dossiersSynced: n, dossiersReceived: received }, options);
  if (missing) return missing;
  const portal = c.dossiersOnNationalPortal;
  const den = Math.max(received!, portal ?? 0);
  if (den > 0) {
    const note = portal === undefined ? 'Mẫu số chỉ gồm hồ sơ của hệ thống (chưa có số hồ sơ trên Cổng DVCQG)' : undefined;
    return ratioIndicator('1.4', n!, den, options, note);
  }
  const lastYear = c.dossiersReceivedLastYear;
  const fraction = options?.yearFraction;
  if (lastYear !== undefined && fraction !== undefined && lastYear * fraction > 0) {
    return ratioIndicator('1.4', n!, lastYear * fraction, options, 'Không có hồ sơ trong kỳ: mẫu số là số hồ sơ năm trước quy theo kỳ');
  }
  const r = ratioIndicator('1.4', n!, 0, options);
  return r.noData ? r : withReason(r, 'Không có hồ sơ trong kỳ và không có số liệu năm trước: 0 điểm');
}
