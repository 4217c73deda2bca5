/**
 * `Counts766`: the counts storage must deliver for one scope (agency, unit, commune, province)
 * and one period so that the QĐ 766 scorecard can be computed. This is the contract for the SQL:
 * each field is one aggregate, documented here with the indicators that use it.
 *
 * Conventions (ADR 0023):
 * - "in the period" = the instant falls in [from 00:00, to + 1 day 00:00) Asia/Ho_Chi_Minh;
 * - "received" = reception instant (NgayTiepNhan, status 2); dossiers never received (status 1
 *   only, or refused at reception, status 3) are not dossiers of the scope;
 * - procedure counts are counted per (procedure, handling unit) pair, so that a parent's count is
 *   the sum of its children's (pooling); storage that wants a parent's distinct procedures computes
 *   it at the parent's scope directly instead of pooling;
 * - every field is optional: a missing field means "our data cannot feed it", and the indicators
 *   that need it return `noData: true` with the reason. Zero is a value, not a missing field.
 */
import { z } from 'zod';
import type { OnlinePaymentCounts } from '../payments';
import type { IndicatorId } from './definitions';

export interface CountField {
  /** Indicators (or plan targets) that read this count. */
  readonly usedBy: readonly (IndicatorId | 'plan')[];
  /** Exactly what to count. */
  readonly definition: string;
  /** Non-negative integer (true for all but the processing-time sum). */
  readonly integer: boolean;
}

const f = (usedBy: readonly (IndicatorId | 'plan')[], definition: string, integer = true): CountField => ({ usedBy, definition, integer });

export const COUNT_FIELDS = {
  // Group 1: transparency (digest §2.2 group 1).
  proceduresPublished: f(['1.1'], 'Procedures in publication decisions (QĐCB) published in the period; each procedure once.'),
  proceduresPublishedOnTime: f(['1.1'], 'Of proceduresPublished, those whose every decision in the period was on time (publicationOnTime); late once = late for the period.'),
  proceduresDueForUpdate: f(['1.2'], 'Procedures published in the period plus procedures due (QĐCB date ≤ period end + 10 WD ministry / 5 WD province); own level only, no child units.'),
  proceduresUpdatedOnTime: f(['1.2'], 'Of proceduresDueForUpdate, those published on the national database on time (updateOnTime).'),
  proceduresPublic: f(['1.3'], 'Procedures currently published (as of now, not per period).'),
  proceduresPublicComplete: f(['1.3'], 'Of proceduresPublic, those with all seven parts of NĐ 63/2010 art. 8.2 (name, sequence, method, components and quantity, time limit, subjects, agency).'),
  dossiersSynced: f(['1.4'], 'Dossiers received in the period that were synced to DVCQG (one-way sync counts).'),
  dossiersOnNationalPortal: f(['1.4'], 'Dossiers of the scope received in the period as DVCQG counts them (optional modifier: without it, 1.4 uses dossiersReceived alone).'),
  dossiersReceivedLastYear: f(['1.4'], 'Dossiers received in the previous calendar year (fallback denominator of 1.4 when the period has none).'),

  // Shared dossier universe.
  dossiersReceived: f(['1.4', '3.3', '4.2', '4.3', '4.4', '4.5b', 'plan'], 'Dossiers received in the period, all channels (KenhThucHien 1, 2, 3 or null).'),

  // Group 2: timeliness (digest §2.2 group 2, §1.4).
  dossiersHandled: f(['2.1', 'plan'], 'Dossiers handled in the period: received before the period end and whose end of processing is not before the period start (inTimelinessScope).'),
  dossiersHandledOnTime: f(['2.1', 'plan'], 'Of dossiersHandled, those on time by the DVCQG rule evaluated at the period end (classify766: supplement pause, > 1 supplement = late, unfinished = period end).'),
  processingTimeTotal: f(['2.2'], 'Σ processing time (ThoiGianGiaiQuyet, in the procedure\'s unit) of dossiers completed (status 9 or 10) that started in the period. Only meaningful for one procedure.', false),
  dossiersCompleted: f(['2.2'], 'Dossiers completed (status 9 or 10) that started in the period.'),
  dossiersEnded: f(['5.4', 'plan'], 'Dossiers whose end of processing (endOfProcessing) falls in the period.'),
  dossiersEndedLate: f(['5.4'], 'Of dossiersEnded, those late by the DVCQG rule (classify766).'),
  dossiersEndedEarly: f(['plan'], 'Of dossiersEnded, those ended on a day before the appointment date (classifyII06a early).'),
  dossiersWithComplaint: f(['5.4'], 'Of dossiersEnded, those with a feedback item (PAKN) or a "dislike" rating, and not late (late ones are already deducted).'),

  // Group 3a: online services (digest §2.2 group 3a).
  proceduresInCompetence: f(['3.1', 'plan'], 'Procedures in the scope\'s competence (province plus communes, or ministry with its branches).'),
  proceduresWithOnlineService: f(['3.1', 'plan'], 'Of proceduresInCompetence, those with a partial or full online service on DVCQG (counted once, at the higher level).'),
  onlineServices: f(['3.2'], 'Online services of the scope\'s procedures with status Published, Pending unpublish or Testing.'),
  onlineServicesWithDossiers: f(['3.2'], 'Of onlineServices, those that received ≥ 1 online dossier in the period.'),
  dossiersOnline: f(['3.3', 'plan'], 'Dossiers received in the period through channel 2 (online); for procedures whose result is a paper document, only those with an electronic result (MaKetQua and a file link).'),
  dossiersPostal: f(['plan'], 'Dossiers received in the period through channel 3 (public postal service).'),

  // Group 3b: online payment (digest §2.2 group 3b); same names as payments' OnlinePaymentCounts.
  proceduresWithFeeDossiers: f(['3.5'], 'Procedures with ≥ 1 dossier in the period carrying fee data (fee ≠ 0).'),
  proceduresWithFees: f(['3.5'], 'Procedures whose national catalogue entry has fee data (current value).'),
  proceduresPaidOnline: f(['3.5b'], 'Procedures with ≥ 1 successful online payment in the period.'),
  feeProceduresWithDossiers: f(['3.5b'], 'Distinct fee-charging procedures with dossiers in the period.'),
  dossiersPaidOnline: f(['3.6', 'plan'], 'Dossiers (processing started in the period) paid online (DuocThanhToanTrucTuyen 1 or 2).'),
  feeDossiers: f(['3.6', 'plan'], 'Dossiers of fee-charging procedures in the period, without those whose every fee item is 0.'),

  // Group 4: digitisation (digest §2.2 group 4).
  paperResultDossiers: f(['4.1'], 'Dossiers received in the period of procedures that return a paper result.'),
  dossiersWithElectronicResult: f(['4.1'], 'Of paperResultDossiers, those with an electronic result file (DuongDanTepTinKetQua).'),
  dossiersFullyDigitised: f(['4.2', 'plan'], 'Of dossiersReceived, those with files attached to every component and to the result.'),
  dossiersReusingData: f(['4.3', 'plan'], 'Of dossiersReceived, those with ≥ 1 component reusing digitised data (HoSoCoThanhPhanSoHoa = 1 or TaiLieuNop.DuocSoHoa = 1).'),
  dossiersFromPersonalStore: f(['4.4'], 'Of dossiersReceived, those with ≥ 1 file from the personal data store (DuocLayTuKhoDMQG = 1) or whose electronic result was pushed to it.'),
  individualProcedures: f(['4.5a'], 'Procedures whose subjects are individuals (citizens, overseas Vietnamese, foreigners).'),
  proceduresUsingPopulationData: f(['4.5a'], 'Of individualProcedures, those with ≥ 1 dossier in the period using population data (VNeID-verified account, personal store or population database).'),
  dossiersUsingPopulationData: f(['4.5b'], 'Of dossiersReceived, those using population data (TaiKhoanDuocXacThucVoiVNeID = 1, the store or the population database).'),
  certifiedCopyRequests: f(['4.6'], 'Requests for electronic certified copies from originals in the period (definition UNCONFIRMED).'),
  electronicCertifiedCopies: f(['4.6'], 'Of certifiedCopyRequests, those issued as electronic certified copies (definition UNCONFIRMED).'),

  // Group 5: satisfaction (digest §2.2 group 5, §4.3 deadlines).
  feedbackRegulation: f(['5.1'], 'Feedback items (PAKN) received in the period about regulations or procedures.'),
  feedbackStaff: f(['5.1'], 'Feedback items received in the period about the behaviour of staff.'),
  feedbackHandled: f(['5.2'], 'Feedback items received and handled in the period.'),
  feedbackHandledOnTime: f(['5.2'], 'Of feedbackHandled, those handled within the §4.3 deadlines (2/5/15/2 WD; src/domain/pakn paknClock / withinDue).'),
  feedbackReceived: f(['5.3'], 'Feedback items by first-reception date in the period.'),
  feedbackUnsatisfied: f(['5.3'], 'Of feedbackReceived, items rated unsatisfied (dislikes > likes).'),
  feedbackRecomplaints: f(['5.3'], 'Of feedbackReceived, items complained about again.'),
  feedbackLate: f(['5.3'], 'Of feedbackReceived, items handled late (an item in several deductions is deducted once per deduction, as DVCQG does).'),
} as const satisfies Record<string, CountField>;

export type CountKey = keyof typeof COUNT_FIELDS;
export const COUNT_KEYS = Object.keys(COUNT_FIELDS) as CountKey[];

/** The counts of one scope and period. A missing field = not available from our data. */
export type Counts766 = { readonly [K in CountKey]?: number };

/** Group 3b reuses the payments module's names (the compiler checks it through the Pick). */
const PAYMENT_KEYS = ['proceduresWithFeeDossiers', 'proceduresWithFees', 'proceduresPaidOnline', 'feeProceduresWithDossiers', 'dossiersPaidOnline', 'feeDossiers'] as const satisfies readonly (keyof OnlinePaymentCounts & CountKey)[];

/** The payments module's OnlinePaymentCounts from a Counts766, or null when a field is missing. */
export function onlinePaymentCountsOf(c: Counts766): OnlinePaymentCounts | null {
  const out: Partial<Record<keyof OnlinePaymentCounts, number>> = {};
  for (const k of PAYMENT_KEYS) {
    const v = c[k];
    if (v === undefined) return null;
    out[k] = v;
  }
  return out as OnlinePaymentCounts;
}

/** numerator ≤ denominator pairs checked by the schema (the indicators also check them). */
export const COUNT_PAIRS: readonly (readonly [CountKey, CountKey])[] = [
  ['proceduresPublishedOnTime', 'proceduresPublished'],
  ['proceduresUpdatedOnTime', 'proceduresDueForUpdate'],
  ['proceduresPublicComplete', 'proceduresPublic'],
  ['dossiersHandledOnTime', 'dossiersHandled'],
  ['dossiersEndedLate', 'dossiersEnded'],
  ['dossiersEndedEarly', 'dossiersEnded'],
  ['dossiersWithComplaint', 'dossiersEnded'],
  ['proceduresWithOnlineService', 'proceduresInCompetence'],
  ['onlineServicesWithDossiers', 'onlineServices'],
  ['dossiersOnline', 'dossiersReceived'],
  ['dossiersPostal', 'dossiersReceived'],
  ['proceduresWithFeeDossiers', 'proceduresWithFees'],
  ['proceduresPaidOnline', 'feeProceduresWithDossiers'],
  ['dossiersPaidOnline', 'feeDossiers'],
  ['dossiersWithElectronicResult', 'paperResultDossiers'],
  ['dossiersFullyDigitised', 'dossiersReceived'],
  ['dossiersReusingData', 'dossiersReceived'],
  ['dossiersFromPersonalStore', 'dossiersReceived'],
  ['proceduresUsingPopulationData', 'individualProcedures'],
  ['dossiersUsingPopulationData', 'dossiersReceived'],
  ['electronicCertifiedCopies', 'certifiedCopyRequests'],
  ['feedbackHandledOnTime', 'feedbackHandled'],
  ['feedbackUnsatisfied', 'feedbackReceived'],
  ['feedbackRecomplaints', 'feedbackReceived'],
  ['feedbackLate', 'feedbackReceived'],
];

const shape = Object.fromEntries(
  COUNT_KEYS.map((k) => {
    const base = z.number({ error: `${k} phải là số` }).nonnegative({ error: `${k} không được âm` });
    const field = COUNT_FIELDS[k].integer ? base.int({ error: `${k} phải là số nguyên` }) : base.finite();
    return [k, field.optional().describe(COUNT_FIELDS[k].definition)];
  }),
) as Record<CountKey, z.ZodOptional<z.ZodNumber>>;

/** Zod schema of Counts766 (API/CLI input): non-negative numbers, each numerator ≤ its denominator. */
export const Counts766Schema = z.strictObject(shape).superRefine((c, ctx) => {
  for (const [n, d] of COUNT_PAIRS) {
    const nv = c[n];
    const dv = c[d];
    if (nv !== undefined && dv !== undefined && nv > dv) {
      ctx.addIssue({ code: 'custom', path: [n], message: `${n} (${nv}) không được lớn hơn ${d} (${dv})` });
    }
  }
});

/**
 * Pools the counts of child scopes into their parent's (digest §2.3: a parent's score comes from
 * pooled numerators and denominators, never from averaging children's scores). Each field is the
 * sum over the children; a field missing in any child is missing in the parent (a partial sum
 * would be a wrong number). Associative and order-independent; no children → no data.
 */
export function poolCounts(children: readonly Counts766[]): Counts766 {
  const out: { [K in CountKey]?: number } = {};
  if (children.length === 0) return out;
  for (const k of COUNT_KEYS) {
    let sum = 0;
    let complete = true;
    for (const c of children) {
      const v = c[k];
      if (v === undefined) {
        complete = false;
        break;
      }
      sum += v;
    }
    if (complete) out[k] = sum;
  }
  return out;
}
