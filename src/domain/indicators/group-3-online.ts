/**
 * QĐ 766 group 3, online services (22 points), split as the DVCQG API does (digest §2.1):
 * 3a online services (12) and 3b online payment (10). Definitions F766; live formulas R766:
 * - 3a: score = min(2, 2A/0.80) + 4B + min(6, 6C/0.50);
 * - 3b: score = 6A + min(2, 2.5B) + 2.5C, where 2.5 = 2 / 0.80. We cap each sub-indicator at its
 *   maximum (the project's display version, the same as `onlinePaymentIndicators().displayScore`
 *   in the payments module), so 3.5 scores min(2, 2.5C); the API's uncapped 2.5C can exceed 2
 *   (and the group 10) when C > 80 %. A zero denominator gives ratio 0 (digest, group 3b).
 */
import type { Counts766 } from './counts';
import { checkInputs, ratioIndicator, type IndicatorOptions, type IndicatorResult } from './result';

/**
 * 3.1 Procedures offered as online services, partial or full (2, target 80 %): procedures with a
 * partial or full online service / procedures in the scope's competence (a procedure with both
 * counts once, at the higher level). Denominator 0 → N/A.
 */
export function proceduresOnline(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresWithOnlineService;
  const d = c.proceduresInCompetence;
  return checkInputs('3.1', { proceduresWithOnlineService: n, proceduresInCompetence: d }, options) ?? ratioIndicator('3.1', n!, d!, options);
}

/**
 * 3.2 Online services that received dossiers (4, linear): services with ≥ 1 online dossier /
 * services of the procedures (status Published, Pending unpublish or Testing). Denominator 0 → N/A.
 */
export function onlineServicesUsed(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.onlineServicesWithDossiers;
  const d = c.onlineServices;
  return checkInputs('3.2', { onlineServicesWithDossiers: n, onlineServices: d }, options) ?? ratioIndicator('3.2', n!, d!, options);
}

/**
 * 3.3 Dossiers submitted online (6, target 50 %): dossiers received in the period through channel 2
 * (for paper-result procedures only those with an electronic result) / dossiers received (all
 * channels; channel 1 or null = direct, 3 = postal). The live formula C = channelOnlineSum /
 * channelTotalSum has no sync-ratio factor (F766 mentions one); we follow the live formula.
 * Denominator 0 → N/A.
 */
export function dossiersOnline(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersOnline;
  const d = c.dossiersReceived;
  return checkInputs('3.3', { dossiersOnline: n, dossiersReceived: d }, options) ?? ratioIndicator('3.3', n!, d!, options);
}

/**
 * 3.5 Procedures with financial obligations integrated for online payment on DVCQG (2, target 80 %):
 * procedures with ≥ 1 dossier carrying fee data in the period / procedures with fee data in the
 * national catalogue. Denominator 0 → ratio 0.
 */
export function feeProceduresIntegrated(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresWithFeeDossiers;
  const d = c.proceduresWithFees;
  return checkInputs('3.5', { proceduresWithFeeDossiers: n, proceduresWithFees: d }, options) ?? ratioIndicator('3.5', n!, d!, options);
}

/**
 * 3.5b Procedures with an online payment transaction (2, target 80 %): procedures with a successful
 * online payment / distinct fee-charging procedures with dossiers. Denominator 0 → ratio 0.
 */
export function feeProceduresPaidOnline(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresPaidOnline;
  const d = c.feeProceduresWithDossiers;
  return checkInputs('3.5b', { proceduresPaidOnline: n, feeProceduresWithDossiers: d }, options) ?? ratioIndicator('3.5b', n!, d!, options);
}

/**
 * 3.6 Dossiers paid online (6, linear): dossiers with DuocThanhToanTrucTuyen ∈ {1, 2} and
 * processing start in the period / dossiers of fee-charging procedures (without those whose every
 * fee item is 0). Denominator 0 → ratio 0.
 */
export function dossiersPaidOnline(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersPaidOnline;
  const d = c.feeDossiers;
  return checkInputs('3.6', { dossiersPaidOnline: n, feeDossiers: d }, options) ?? ratioIndicator('3.6', n!, d!, options);
}
