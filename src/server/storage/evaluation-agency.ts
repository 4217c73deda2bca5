import { sql } from 'kysely';
import type { Tx } from './database';

/**
 * Per-agency figures behind indicators 5, 6 and 9 of TT 01/2018 art. 13 (indicator 8 comes from
 * pakn-stats.ts). Which of our data feeds each is written down in docs/adr/0021-evaluation.md.
 */
export type CatalogueFigures = { eligible: number; offered: number; fullyAtDesk: number };

/**
 * Procedures assigned to each agency (current published version): how many, how many offered online
 * (full or partial level, and the assignment lists the online channel), and how many have an approved
 * internal process whose every step belongs to the unit of its first (reception) step — handled
 * entirely at the one-stop desk.
 */
export async function catalogueFigures(tx: Tx, agencyIds: readonly string[]): Promise<Map<string, CatalogueFigures>> {
  if (agencyIds.length === 0) return new Map();
  const r = await sql<{ agencyId: string; eligible: number; offered: number; fullyAtDesk: number }>`
    WITH assigned AS (
      SELECT a.agency_id, a.channels, v.online_level, pr.steps
      FROM procedure_assignments a
      JOIN procedures p ON p.id = a.procedure_id
      JOIN LATERAL (
        SELECT online_level FROM procedure_versions v
        WHERE v.procedure_id = p.id AND v.status = 'published' AND v.effective_to IS NULL
        ORDER BY v.version_no DESC LIMIT 1
      ) v ON true
      LEFT JOIN LATERAL (
        SELECT steps FROM processes
        WHERE procedure_code = p.code AND agency_id = a.agency_id AND status = 'approved'
        ORDER BY effective_from DESC, version_no DESC LIMIT 1
      ) pr ON true
      WHERE a.agency_id IN (${sql.join(agencyIds)})
    ), judged AS (
      SELECT agency_id, channels, online_level,
             steps IS NOT NULL AND steps -> 0 ->> 'unitCode' IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(steps) st WHERE (st ->> 'unitCode') IS DISTINCT FROM (steps -> 0 ->> 'unitCode')) AS at_desk
      FROM assigned
    )
    SELECT agency_id AS "agencyId", count(*)::int AS eligible,
           count(*) FILTER (WHERE online_level IN ('full', 'partial') AND 'online' = ANY (channels))::int AS offered,
           count(*) FILTER (WHERE at_desk)::int AS "fullyAtDesk"
    FROM judged GROUP BY agency_id`.execute(tx);
  return new Map(r.rows.map(({ agencyId, ...f }) => [agencyId, f]));
}

export type DossierFigures = { dossiers: number; online: number; lateOnline: number; offDeskProcedures: number };

/**
 * Dossiers received by each agency in [start, end): how many, how many online, how many of those
 * late (finished after the due time, or open past it at `now`), and how many procedures had a
 * dossier received or returned by someone other than the one-stop desk (a reception officer).
 */
export async function dossierFigures(tx: Tx, agencyIds: readonly string[], start: Date, end: Date, now: Date): Promise<Map<string, DossierFigures>> {
  if (agencyIds.length === 0) return new Map();
  const r = await sql<{ agencyId: string } & DossierFigures>`
    SELECT d.receiving_agency_id AS "agencyId", count(*)::int AS dossiers,
           count(*) FILTER (WHERE d.channel = 'online')::int AS online,
           count(*) FILTER (WHERE d.channel = 'online' AND d.due_at IS NOT NULL AND (
             d.late OR d.finished_at > d.due_at OR (d.finished_at IS NULL AND d.status IN (2, 4, 5, 6) AND d.due_at < ${now})))::int AS "lateOnline",
           count(DISTINCT d.procedure_code) FILTER (WHERE EXISTS (
             SELECT 1 FROM dossier_actions a WHERE a.dossier_id = d.id
               AND (a.action IN ('receive', 'return_result') OR (a.action = 'create' AND d.channel <> 'online'))
               AND a.actor_role IS DISTINCT FROM 'reception'))::int AS "offDeskProcedures"
    FROM dossiers d
    WHERE d.receiving_agency_id IN (${sql.join(agencyIds)}) AND d.received_at >= ${start} AND d.received_at < ${end}
    GROUP BY d.receiving_agency_id`.execute(tx);
  return new Map(r.rows.map(({ agencyId, ...f }) => [agencyId, f]));
}

export type DutyFigures = { postedDue: number; postedOnTime: number; electronicDue: number; electronicOnTime: number };

/**
 * Publication duties of published decisions touching a procedure assigned to the agency, due within
 * [from, to] and either done or already past due on `today`: by group, how many and how many done by
 * their due date (Vietnamese date of `done_at`). "Posted": publish the list, approve the internal
 * process; "electronic": publicise on the national database, update the e-process.
 */
export async function dutyFigures(tx: Tx, agencyIds: readonly string[], from: string, to: string, today: string): Promise<Map<string, DutyFigures>> {
  if (agencyIds.length === 0) return new Map();
  const r = await sql<{ agencyId: string } & DutyFigures>`
    WITH duties AS (
      SELECT DISTINCT pa.agency_id, du.id, du.kind IN ('publish_list', 'approve_internal_process') AS posted,
             du.done_at IS NOT NULL AND (du.done_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= du.due_date AS on_time
      FROM publication_duties du
      JOIN publication_decisions pd ON pd.id = du.decision_id AND pd.status = 'published'
      JOIN decision_items di ON di.decision_id = du.decision_id
      JOIN procedures p ON p.code = di.procedure_code
      JOIN procedure_assignments pa ON pa.procedure_id = p.id
      WHERE pa.agency_id IN (${sql.join(agencyIds)}) AND du.due_date >= ${from}::date AND du.due_date <= ${to}::date
        AND (du.done_at IS NOT NULL OR du.due_date < ${today}::date)
    )
    SELECT agency_id AS "agencyId",
           count(*) FILTER (WHERE posted)::int AS "postedDue", count(*) FILTER (WHERE posted AND on_time)::int AS "postedOnTime",
           count(*) FILTER (WHERE NOT posted)::int AS "electronicDue", count(*) FILTER (WHERE NOT posted AND on_time)::int AS "electronicOnTime"
    FROM duties GROUP BY agency_id`.execute(tx);
  return new Map(r.rows.map(({ agencyId, ...f }) => [agencyId, f]));
}
