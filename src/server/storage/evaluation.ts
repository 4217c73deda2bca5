import { sql } from 'kysely';
import type { Tx } from './database';

/**
 * What the evaluation of dossier handling reads about each dossier (TT 01/2018 art. 13–14,
 * docs/adr/0021-evaluation.md): its due times, the steps with their shares and who closed each,
 * the officers who acted on it and the applicant's rating. One round trip per report.
 */
export type StepFactRow = {
  name: string;
  kind: string | null;
  agencyId: string | null;
  unitCode: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  closedBy: string | null;
};

export type DossierFactRow = {
  id: string;
  code: string;
  receivingAgencyId: string;
  status: number;
  dueAt: Date | null;
  originalDueAt: Date | null;
  finishedAt: Date | null;
  /** The due time recorded by the first extension (the apology), if the dossier was extended. */
  extendedFrom: string | null;
  extended: boolean;
  rating: { time: 'early' | 'on_time' | 'late'; contacts: number; bodies: number; attitude: number } | null;
  steps: StepFactRow[];
  /** Officers (user ids) who recorded any action on the dossier. */
  actors: string[];
};

export type FactsQuery =
  | { dossierId: string }
  | {
      /** Dossiers that took part at these agencies (received there or a step there); 'all' for every agency. */
      agencyIds: readonly string[] | 'all';
      /** Finished (status 9, then 10) within [start, end). */
      start: Date;
      end: Date;
      /** Only dossiers this officer acted on. */
      actorId?: string | undefined;
    };

function filterOf(q: FactsQuery) {
  if ('dossierId' in q) return sql`d.id = ${q.dossierId}`;
  const agencies =
    q.agencyIds === 'all'
      ? sql`true`
      : q.agencyIds.length === 0
        ? sql`false`
        : sql`(d.receiving_agency_id IN (${sql.join(q.agencyIds)}) OR EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id AND s.agency_id IN (${sql.join(q.agencyIds)})))`;
  const actor = q.actorId ? sql`EXISTS (SELECT 1 FROM dossier_actions a WHERE a.dossier_id = d.id AND a.actor_id = ${q.actorId})` : sql`true`;
  // The partial index dossiers_finished_idx (migration 20261122004100) serves the period.
  return sql`d.status IN (9, 10) AND d.finished_at >= ${q.start} AND d.finished_at < ${q.end} AND ${agencies} AND ${actor}`;
}

type Raw = Omit<DossierFactRow, 'rating' | 'steps' | 'actors'> & {
  ratingTime: 'early' | 'on_time' | 'late' | null;
  contacts: number | null;
  bodies: number | null;
  attitude: number | null;
  steps: StepFactRow[] | null;
  actors: string[] | null;
};

/**
 * The dossiers of a report (or one dossier). A step is closed by the action recorded at the instant
 * its finish was written (the engine writes both from the same clock reading, dossier-transition.ts).
 */
export async function dossierFacts(tx: Tx, q: FactsQuery): Promise<DossierFactRow[]> {
  const r = await sql<Raw>`
    SELECT d.id, d.code, d.receiving_agency_id AS "receivingAgencyId", d.status, d.due_at AS "dueAt",
           d.original_due_at AS "originalDueAt", d.finished_at AS "finishedAt",
           (SELECT a.payload ->> 'previousDueAt' FROM dossier_actions a WHERE a.dossier_id = d.id AND a.action = 'extend' ORDER BY a.seq LIMIT 1) AS "extendedFrom",
           EXISTS (SELECT 1 FROM dossier_actions a WHERE a.dossier_id = d.id AND a.action = 'extend') AS extended,
           r.timeliness AS "ratingTime", r.contacts, r.bodies, r.attitude,
           (SELECT json_agg(json_build_object(
                     'name', s.step_name, 'kind', d.steps -> s.step_index ->> 'kind', 'agencyId', s.agency_id, 'unitCode', s.unit_code,
                     'dueAt', s.due_at, 'finishedAt', s.finished_at,
                     'closedBy', (SELECT a.actor_id FROM dossier_actions a WHERE a.dossier_id = s.dossier_id AND a.at = s.finished_at ORDER BY a.seq DESC LIMIT 1)
                   ) ORDER BY s.seq)
              FROM dossier_steps s WHERE s.dossier_id = d.id) AS steps,
           (SELECT array_agg(DISTINCT a.actor_id) FROM dossier_actions a WHERE a.dossier_id = d.id AND a.actor_id IS NOT NULL) AS actors
    FROM dossiers d
    LEFT JOIN dossier_ratings r ON r.dossier_id = d.id
    WHERE ${filterOf(q)}
    ORDER BY d.finished_at, d.id`.execute(tx);
  return r.rows.map(({ ratingTime, contacts, bodies, attitude, steps, actors, ...d }) => ({
    ...d,
    rating: ratingTime ? { time: ratingTime, contacts: contacts!, bodies: bodies!, attitude: attitude! } : null,
    steps: steps ?? [],
    actors: actors ?? [],
  }));
}

/** Every unit assignment of an officer (role grants with a unit), to attribute steps without a unit of their own. */
export async function officerUnits(tx: Tx): Promise<{ userId: string; agencyId: string; unitId: string }[]> {
  const rows = await tx
    .selectFrom('role_assignments')
    .select(['user_id as userId', 'agency_id as agencyId', 'unit_id as unitId'])
    .where('unit_id', 'is not', null)
    .where('agency_id', 'is not', null)
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ userId: r.userId, agencyId: r.agencyId!, unitId: r.unitId! }));
}

/** Officers by id: names for the report. */
export async function officerNames(tx: Tx, ids: readonly string[]): Promise<Map<string, { username: string; fullName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'username', 'full_name as fullName']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, { username: r.username, fullName: r.fullName }]));
}

/** Where each officer sits (their first grant with an agency, preferring one with a unit), for the report's rows. */
export async function officerPlaces(tx: Tx, ids: readonly string[]): Promise<Map<string, { agencyId: string | null; unitId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .selectFrom('role_assignments')
    .select(['user_id as userId', 'agency_id as agencyId', 'unit_id as unitId'])
    .where('user_id', 'in', [...ids])
    .where('agency_id', 'is not', null)
    .orderBy('user_id')
    .orderBy(sql`unit_id IS NULL`)
    .orderBy('role')
    .execute();
  const out = new Map<string, { agencyId: string | null; unitId: string | null }>();
  for (const r of rows) if (!out.has(r.userId)) out.set(r.userId, { agencyId: r.agencyId, unitId: r.unitId });
  return out;
}

/** Officers with a grant at one of these agencies. */
export async function officersOfAgencies(tx: Tx, agencyIds: readonly string[]): Promise<string[]> {
  if (agencyIds.length === 0) return [];
  const rows = await tx.selectFrom('role_assignments').select('user_id as userId').distinct().where('agency_id', 'in', [...agencyIds]).execute();
  return rows.map((r) => r.userId);
}

/** Officers with a grant in one of these units (what a unit head may see). */
export async function officersOfUnits(tx: Tx, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx.selectFrom('role_assignments').select('user_id as userId').distinct().where('unit_id', 'in', [...unitIds]).execute();
  return rows.map((r) => r.userId);
}
