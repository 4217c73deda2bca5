/**
 * `Counts766` of a scope (an agency and all below it) and a period, from our data (ADR 0026).
 * SQL aggregates for the received-dossier, feedback and payment counts; the timeliness counts
 * (2.1, 5.4, early) classify each candidate dossier with the pure `classify766`, so the supplement
 * pause and "more than one supplement = late" have a single implementation. Fields our data cannot
 * feed stay undefined and their indicators report noData with the reason.
 */
import { hasCatalogueFee, FeeSchedule } from '../../domain/payments';
import type { StatusCode } from '../../domain/dossier';
import { classify766, inTimelinessScope, periodBounds, resolvedTiming, type Classification766, type Counts766 } from '../../domain/indicators';
import { withRecordDefaults } from '../../domain/procedure';
import type { Store } from '../storage/database';
import { dossiersWithFeedback, receivedCounts, timelinessRows, type Scope, type TimelinessRow } from '../storage/indicators-766';
import { feedbackCounts } from '../storage/indicators-766-feedback';
import { assignedProcedures, onlinePaymentCounts } from '../storage/payment-reports';

export type Period = { readonly from: string; readonly to: string };

export function scopeOfPeriod(agencyIds: readonly string[], p: Period): Scope & { lastInstant: number } {
  const b = periodBounds(p);
  return { agencyIds, start: new Date(b.start), endExclusive: new Date(b.endExclusive), lastInstant: b.lastInstant };
}

export interface ClassifiedDossier {
  readonly row: TimelinessRow;
  /** In the 2.1 denominator. */
  readonly handled: boolean;
  readonly onTime: boolean;
  /** End of processing in the period (5.4 denominator). */
  readonly ended: boolean;
  readonly early: boolean;
  readonly supplementRequests: number;
}

/**
 * A dossier without an appointment and without a maximum time cannot be late (as II.06a: "no
 * appointment = on time"); `scoring766OnTime` refuses it, so we decide it here.
 */
function classify(row: TimelinessRow, lastInstant: number): Classification766 | null {
  const history = row.statuses.map((status, i) => ({ status: status as StatusCode, at: row.ats[i]! }));
  if (row.dueAt === null) return null;
  return classify766({ receivedAt: row.receivedAt!, dueAt: row.dueAt, history }, lastInstant);
}

export async function classifiedDossiers(store: Store, scope: Scope & { lastInstant: number }): Promise<ClassifiedDossier[]> {
  const rows = await timelinessRows(store, scope);
  const period = { start: scope.start.getTime(), endExclusive: scope.endExclusive.getTime() };
  return rows.map((row) => {
    const c = classify(row, scope.lastInstant);
    const end = c?.end ?? null;
    const handled = inTimelinessScope(row.receivedAt, end, period);
    const ended = end !== null && end.at >= period.start && end.at < period.endExclusive;
    return {
      row,
      handled,
      onTime: c === null ? true : c.onTime,
      ended,
      early: ended && resolvedTiming(end.at, row.dueAt) === 'early',
      supplementRequests: c?.supplementRequests ?? 0,
    };
  });
}

async function paymentCounts(store: Store, agencyIds: readonly string[], p: Period) {
  const ids = [...agencyIds];
  const counts = await onlinePaymentCounts(store, { agencyIds: ids, from: p.from, to: p.to });
  const procedures = await assignedProcedures(store, ids);
  // Same rule as the payments report (services/payment-reports.ts): a configured schedule wins over the catalogue.
  const withFees = new Set(
    procedures
      .filter((x) => {
        const configured = x.schedule ? FeeSchedule.safeParse(x.schedule) : null;
        return configured?.success ? configured.data.items.some((i) => i.amount > 0) : hasCatalogueFee(withRecordDefaults(x.record));
      })
      .map((x) => x.code),
  );
  return {
    proceduresWithFees: withFees.size,
    proceduresWithFeeDossiers: counts.feeProcedures.filter((c) => withFees.has(c)).length,
    proceduresPaidOnline: counts.onlineProcedures.length,
    feeProceduresWithDossiers: counts.feeProcedures.length,
    dossiersPaidOnline: counts.dossiersPaidOnline,
    feeDossiers: counts.feeDossiers,
  };
}

/** Every Counts766 field our data can feed, pooled over the scope's agencies. */
export async function counts766(store: Store, agencyIds: readonly string[], p: Period): Promise<{ counts: Counts766; dossiers: ClassifiedDossier[] }> {
  const scope = scopeOfPeriod(agencyIds, p);
  const [received, feedback, payments, dossiers] = [await receivedCounts(store, scope), await feedbackCounts(store, scope), await paymentCounts(store, agencyIds, p), await classifiedDossiers(store, scope)];
  const ended = dossiers.filter((d) => d.ended);
  const complaints = await dossiersWithFeedback(
    store,
    ended.filter((d) => d.onTime).map((d) => d.row.id),
  );
  const counts: Counts766 = {
    ...received,
    ...feedback,
    ...payments,
    dossiersHandled: dossiers.filter((d) => d.handled).length,
    dossiersHandledOnTime: dossiers.filter((d) => d.handled && d.onTime).length,
    dossiersEnded: ended.length,
    dossiersEndedLate: ended.filter((d) => !d.onTime).length,
    dossiersEndedEarly: ended.filter((d) => d.early).length,
    dossiersWithComplaint: complaints.size,
  };
  return { counts, dossiers };
}
