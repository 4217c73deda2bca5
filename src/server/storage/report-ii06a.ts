/**
 * Data of the periodic report II.06a (TT 01/2020/TT-VPCP; legal digest §5.1; docs/adr/0027): the
 * dossiers handled by the agencies of a scope in a period [start, endExclusive), live and imported
 * alike (ADR 0022). `ii06aCounts` aggregates in SQL and mirrors `classifyII06a`
 * (src/domain/indicators/ii06a.ts) rule for rule; `ii06aFacts` returns the per-dossier facts the
 * domain function classifies, which the tests use to prove the two agree.
 */
import { sql } from 'kysely';
import type { Channel } from '../../domain/indicators/dossier-facts';
import type { Tx } from './database';

export type II06aQuery = {
  /** Handling agencies ("cơ quan trực tiếp giải quyết"); 'all' for every agency. */
  agencyIds: string[] | 'all';
  /** First instant of the period (local midnight of `from`). */
  start: Date;
  /** First instant after the period (local midnight after `to`). */
  endExclusive: Date;
  /** The overdue reference: min(endExclusive, now) for a running period. */
  overdueRef: Date;
};

export type II06aFactRow = { id: string; code: string; field: string; channel: Channel; receivedAt: Date; dueAt: Date | null; finishedAt: Date | null; agencyId: string };

export type II06aCountRow = {
  field: string;
  online: number;
  directOrPostal: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  withinDeadline: number;
  overdue: number;
};

const scopeOf = (ids: string[] | 'all') => (ids === 'all' ? sql`true` : ids.length ? sql`d.handling_agency_id IN (${sql.join(ids)})` : sql`false`);

/** In the report: received before the period end and not resolved before its start (classifyII06a). */
const inReport = (q: II06aQuery) =>
  sql`d.received_at IS NOT NULL AND d.received_at < ${q.endExclusive} AND (d.finished_at IS NULL OR d.finished_at >= ${q.start}) AND ${scopeOf(q.agencyIds)}`;

/** Per-dossier facts of the dossiers in the report (for checks, the late list and the tests). */
export async function ii06aFacts(tx: Tx, q: II06aQuery): Promise<II06aFactRow[]> {
  const r = await sql<II06aFactRow>`
    SELECT d.id, d.code, v.field, d.channel, d.received_at AS "receivedAt", d.due_at AS "dueAt", d.finished_at AS "finishedAt", d.handling_agency_id AS "agencyId"
    FROM dossiers d JOIN procedure_versions v ON v.id = d.procedure_version_id
    WHERE ${inReport(q)}
    ORDER BY d.received_at, d.code`.execute(tx);
  return r.rows;
}

/**
 * Counts per field (lĩnh vực) in one pass. Local days are read at Asia/Ho_Chi_Minh (UTC+7 since
 * 1975, the same as the domain's fixed offset). Resolved = finished before the period end:
 * early when finished on a day before the appointment day, on time on that day and not after the
 * appointment instant (or without an appointment), late otherwise; pending is overdue when the
 * appointment is before the overdue reference.
 */
export async function ii06aCounts(tx: Tx, q: II06aQuery): Promise<II06aCountRow[]> {
  const resolved = sql`d.finished_at IS NOT NULL AND d.finished_at < ${q.endExclusive}`;
  const endDay = sql`(d.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  const dueDay = sql`(d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  const early = sql`d.due_at IS NOT NULL AND ${endDay} < ${dueDay}`;
  const onTime = sql`(d.due_at IS NULL OR (${endDay} = ${dueDay} AND d.finished_at <= d.due_at))`;
  const overdue = sql`d.due_at IS NOT NULL AND d.due_at < ${q.overdueRef}`;
  const r = await sql<Record<keyof II06aCountRow, string>>`
    SELECT v.field,
      count(*) FILTER (WHERE d.received_at >= ${q.start} AND d.channel = 'online') AS online,
      count(*) FILTER (WHERE d.received_at >= ${q.start} AND d.channel <> 'online') AS "directOrPostal",
      count(*) FILTER (WHERE d.received_at < ${q.start}) AS "carriedOver",
      count(*) FILTER (WHERE ${resolved} AND ${early}) AS early,
      count(*) FILTER (WHERE ${resolved} AND NOT (${early}) AND ${onTime}) AS "onTime",
      count(*) FILTER (WHERE ${resolved} AND NOT (${early}) AND NOT ${onTime}) AS late,
      count(*) FILTER (WHERE NOT (${resolved}) AND NOT (${overdue})) AS "withinDeadline",
      count(*) FILTER (WHERE NOT (${resolved}) AND ${overdue}) AS overdue
    FROM dossiers d JOIN procedure_versions v ON v.id = d.procedure_version_id
    WHERE ${inReport(q)}
    GROUP BY v.field`.execute(tx);
  return r.rows.map((x) => ({
    field: x.field,
    online: Number(x.online),
    directOrPostal: Number(x.directOrPostal),
    carriedOver: Number(x.carriedOver),
    early: Number(x.early),
    onTime: Number(x.onTime),
    late: Number(x.late),
    withinDeadline: Number(x.withinDeadline),
    overdue: Number(x.overdue),
  }));
}

export type LateDossierRow = {
  code: string;
  field: string;
  procedureName: string;
  applicantName: string;
  agencyId: string;
  receivedAt: Date;
  dueAt: Date | null;
  finishedAt: Date | null;
  unitCode: string | null;
  stepKey: string | null;
  explanation: string | null;
  /** Reason of the latest apology letter (action `extend`, Form 04 of TT 03/2025), if any. */
  apologyReason: string | null;
  apologised: boolean;
};

/**
 * Dossiers of the report that are late (resolved after the appointment, or pending past it at the
 * overdue reference), with the lateness record (unit at fault, explanation) and the apology letter:
 * the `extend` action is the apology with a new appointment (NĐ 61/2018 art. 19; TT 03/2025 Form 04),
 * its payload carries the reason.
 */
export async function lateDossiers(tx: Tx, q: II06aQuery, limit: number): Promise<LateDossierRow[]> {
  const late = sql`d.due_at IS NOT NULL AND CASE WHEN d.finished_at IS NOT NULL AND d.finished_at < ${q.endExclusive}
      THEN d.finished_at > d.due_at ELSE d.due_at < ${q.overdueRef} END`;
  const r = await sql<LateDossierRow>`
    SELECT d.code, v.field, v.name AS "procedureName", d.applicant_name AS "applicantName", d.handling_agency_id AS "agencyId",
           d.received_at AS "receivedAt", d.due_at AS "dueAt", d.finished_at AS "finishedAt",
           l.unit_code AS "unitCode", l.step_key AS "stepKey", l.explanation, a.reason AS "apologyReason", (l.apology_action IS NOT NULL OR a.reason IS NOT NULL) AS apologised
    FROM dossiers d JOIN procedure_versions v ON v.id = d.procedure_version_id
    LEFT JOIN dossier_lateness l ON l.dossier_id = d.id
    LEFT JOIN LATERAL (SELECT coalesce(x.payload->>'reason', x.comment, '') AS reason FROM dossier_actions x
                       WHERE x.dossier_id = d.id AND x.action = 'extend' ORDER BY x.seq DESC LIMIT 1) a ON true
    WHERE ${inReport(q)} AND ${late}
    ORDER BY d.due_at, d.code
    LIMIT ${limit}`.execute(tx);
  return r.rows.map((x) => ({ ...x, apologised: Boolean(x.apologised) }));
}
