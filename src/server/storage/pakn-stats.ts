import { sql } from 'kysely';
import type { Tx } from './database';

/**
 * PAKN figures used by the evaluation of dossier handling (TT 01/2018 art. 13, indicators 7 and 8).
 * Shared contract with the evaluation feature: keep the signatures stable.
 */
export interface PaknTimeliness {
  total: number;
  onTime: number;
  prolonged: number;
}

/**
 * Per agency id: PAKN items received in [from, to) that the agency handled; onTime = answered/finished
 * within its deadline; prolonged = deadline extended or still open past it.
 *
 * "Handled" excludes items never taken up by the agency: not accepted (NĐ 20/2008 art. 7 not met) and
 * duplicates merged into another item (the original is counted). Items forwarded to the competent
 * body count as handled: forwarding is the agency's handling (art. 14), judged against its 5-day limit.
 * "Still open past it" is judged now (an evaluation of a past quarter still sees an item dragging on).
 * Agencies without items are absent from the map.
 */
export async function paknTimelinessByAgency(tx: Tx, agencyIds: readonly string[], from: Date, to: Date): Promise<Map<string, PaknTimeliness>> {
  const out = new Map<string, PaknTimeliness>();
  if (agencyIds.length === 0) return out;
  const rows = await tx
    .selectFrom('pakn_items')
    .select([
      'agency_id as agencyId',
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) FILTER (WHERE finished_on_time AND NOT extended)::int`.as('onTime'),
      sql<number>`count(*) FILTER (WHERE extended OR (finished_at IS NULL AND due_at IS NOT NULL AND due_at < now()))::int`.as('prolonged'),
    ])
    .where('agency_id', 'in', [...agencyIds])
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .where('status', 'not in', ['not_accepted', 'merged'])
    .groupBy('agency_id')
    .execute();
  for (const r of rows) out.set(r.agencyId, { total: r.total, onTime: r.onTime, prolonged: r.prolonged });
  return out;
}

/**
 * Of the given dossier ids, those with a PAKN about officials' behaviour linked to the dossier and found
 * substantiated (TT 01/2018 art. 13 indicator 7: "a valid complaint exists"; unfounded or slanderous
 * complaints are ignored, so only `substantiated = true` counts), stated in an answer a leader approved.
 */
export async function substantiatedComplaintDossiers(tx: Tx, dossierIds: readonly string[]): Promise<Set<string>> {
  if (dossierIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('pakn_items')
    .select('dossier_id as dossierId')
    .distinct()
    .where('dossier_id', 'in', [...dossierIds])
    .where('category', '=', 'behaviour')
    .where('substantiated', '=', true)
    // The finding counts once a leader approved the answer that states it (a draft may still change).
    .where('processed_at', 'is not', null)
    .where('status', '!=', 'merged')
    .execute();
  return new Set(rows.flatMap((r) => (r.dossierId === null ? [] : [r.dossierId])));
}
