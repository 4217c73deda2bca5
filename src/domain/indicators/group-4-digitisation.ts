/**
 * QĐ 766 group 4, digitisation (22 points): digest §2.2 group 4. Live rule (R766):
 * score = min(max, max × r / 100 %), except 4.3 (REUSED_DIGITIZED_DATA) = min(2, 2 × r / 80 %).
 * The per-dossier flags come from `digitisationOf` in src/domain/documents. The digest states no
 * 0-denominator rule for this group → N/A.
 */
import type { Counts766 } from './counts';
import { checkInputs, ratioIndicator, withReason, type IndicatorOptions, type IndicatorResult } from './result';

/**
 * 4.1 Dossiers with an electronic result (6, target 100 %): synced dossiers with a result-file link,
 * for procedures that return a paper result / all dossiers of such procedures.
 */
export function electronicResults(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersWithElectronicResult;
  const d = c.paperResultDossiers;
  return checkInputs('4.1', { dossiersWithElectronicResult: n, paperResultDossiers: d }, options) ?? ratioIndicator('4.1', n!, d!, options);
}

/**
 * 4.2 Dossiers digitised, components and result (4, target 100 % live; 80 % in the F766 text —
 * pass `{ target: 0.8 }` for that variant): dossiers with files attached to components and to the
 * result / dossiers in competence (received in the period).
 */
export function dossiersDigitised(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersFullyDigitised;
  const d = c.dossiersReceived;
  return checkInputs('4.2', { dossiersFullyDigitised: n, dossiersReceived: d }, options) ?? ratioIndicator('4.2', n!, d!, options);
}

/**
 * 4.3 Dossiers reusing digitised data (2, target 80 %, confirmed live): dossiers received in the
 * period with ≥ 1 component flagged reused (HoSoCoThanhPhanSoHoa = 1 or TaiLieuNop.DuocSoHoa = 1)
 * / dossiers received in the period.
 */
export function digitisedDataReused(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersReusingData;
  const d = c.dossiersReceived;
  return checkInputs('4.3', { dossiersReusingData: n, dossiersReceived: d }, options) ?? ratioIndicator('4.3', n!, d!, options);
}

/**
 * 4.4 Digitised dossiers linked to the citizen's store on DVCQG (4, target 100 %, not fully
 * confirmed): dossiers with ≥ 1 file from the personal store (DuocLayTuKhoDMQG = 1) or whose
 * electronic result was pushed to it / dossiers received.
 */
export function personalStoreLinked(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersFromPersonalStore;
  const d = c.dossiersReceived;
  return checkInputs('4.4', { dossiersFromPersonalStore: n, dossiersReceived: d }, options) ?? ratioIndicator('4.4', n!, d!, options);
}

/**
 * 4.5a Procedures using population-database data (2, target 100 %): procedures with ≥ 1 dossier
 * flagged TaiKhoanDuocXacThucVoiVNeID = 1 or taken from the store or the population database /
 * procedures whose subjects are individuals.
 */
export function populationDataProcedures(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.proceduresUsingPopulationData;
  const d = c.individualProcedures;
  return checkInputs('4.5a', { proceduresUsingPopulationData: n, individualProcedures: d }, options) ?? ratioIndicator('4.5a', n!, d!, options);
}

/** 4.5b Dossiers using population-database data (2, target 100 %): flagged dossiers / all dossiers. */
export function populationDataDossiers(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.dossiersUsingPopulationData;
  const d = c.dossiersReceived;
  return checkInputs('4.5b', { dossiersUsingPopulationData: n, dossiersReceived: d }, options) ?? ratioIndicator('4.5b', n!, d!, options);
}

/**
 * 4.6 (our id; API code ELECTRONIC_CERTIFIED_COPY) Electronic certified copies from originals
 * (2, target 100 %). The definition is UNCONFIRMED (digest §9.3): we score certified copies issued
 * electronically / certified-copy requests when storage supplies them, and N/A otherwise.
 */
export function electronicCertifiedCopies(c: Counts766, options?: IndicatorOptions): IndicatorResult {
  const n = c.electronicCertifiedCopies;
  const d = c.certifiedCopyRequests;
  const bad = checkInputs('4.6', { electronicCertifiedCopies: n, certifiedCopyRequests: d }, options);
  if (bad) return withReason(bad, `${bad.reason ?? ''}; định nghĩa chỉ số chưa được xác nhận`);
  return ratioIndicator('4.6', n!, d!, options);
}
