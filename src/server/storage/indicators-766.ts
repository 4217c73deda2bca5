/**
 * SQL behind the QĐ 766 scorecard (issue 10; ADR 0026): the `Counts766` fields our dossiers can feed
 * for a set of agencies (a scope and everything below it) and a period [start, endExclusive).
 * Pooling is by construction: every count is one aggregate over the whole subtree, never an average
 * of children. Imported dossiers (ADR 0022) are rows of the same tables and count like ours.
 *
 * Dossiers belong to the agency that received them (`receiving_agency_id`, DVCQG MaDonViTiepNhan).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from './database';

export type Scope = { readonly agencyIds: readonly string[]; readonly start: Date; readonly endExclusive: Date };

const inAgencies = (ids: readonly string[]): RawBuilder<boolean> => (ids.length ? sql<boolean>`d.receiving_agency_id IN (${sql.join([...ids])})` : sql<boolean>`false`);

/** A component counts as digitised as in `digitisationOf` (domain/documents/digitisation.ts). */
const DIGITISED_DOC = sql`coalesce((e ->> 'digitised')::boolean, false) AND (e ->> 'fileId' IS NOT NULL OR e ->> 'source' IN ('reused', 'personal_store', 'national'))`;
/** Electronic result: the imported sync record's file link, or a signed, unrevoked result of ours. */
const ELECTRONIC_RESULT = sql`(d.sync_result_url IS NOT NULL OR EXISTS (SELECT 1 FROM dossier_documents r WHERE r.dossier_id = d.id AND r.kind = 'result' AND r.signed_at IS NOT NULL AND r.revoked_at IS NULL))`;
const ALL_DOCS_DIGITISED = sql`(jsonb_array_length(d.documents) > 0 AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.documents) e WHERE NOT (${DIGITISED_DOC})))`;
const REUSES_DATA = sql`(coalesce(d.sync_digitised_components, false) OR EXISTS (SELECT 1 FROM jsonb_array_elements(d.documents) e WHERE e ->> 'source' IN ('reused', 'personal_store')))`;
const FROM_STORE = sql`EXISTS (SELECT 1 FROM jsonb_array_elements(d.documents) e WHERE e ->> 'source' = 'personal_store')`;
const POPULATION = sql`(coalesce(d.sync_vneid, false) OR EXISTS (SELECT 1 FROM jsonb_array_elements(d.documents) e WHERE e ->> 'source' IN ('personal_store', 'national')))`;

/** The predicate of each "dossiers received" flag, by the drill-down name used for lists. */
export const RECEIVED_FLAGS = {
  online: sql`d.channel = 'online'`,
  fullyDigitised: sql`(${ALL_DOCS_DIGITISED} AND ${ELECTRONIC_RESULT})`,
  reusingData: REUSES_DATA,
  fromPersonalStore: FROM_STORE,
  usingPopulationData: POPULATION,
} as const;
export type ReceivedFlag = keyof typeof RECEIVED_FLAGS;

const receivedInPeriod = (s: Scope) => sql`${inAgencies(s.agencyIds)} AND d.received_at >= ${s.start} AND d.received_at < ${s.endExclusive}`;

export interface ReceivedCounts {
  dossiersReceived: number;
  dossiersOnline: number;
  dossiersPostal: number;
  dossiersFullyDigitised: number;
  dossiersReusingData: number;
  dossiersFromPersonalStore: number;
  dossiersUsingPopulationData: number;
}

/** Counts over the dossiers received in the period (3.3, 4.2–4.4, 4.5b and the plan targets). */
export async function receivedCounts(tx: Tx, s: Scope): Promise<ReceivedCounts> {
  const f = RECEIVED_FLAGS;
  const r = await sql<Record<keyof ReceivedCounts, number>>`
    SELECT count(*)::int AS "dossiersReceived",
           count(*) FILTER (WHERE ${f.online})::int AS "dossiersOnline",
           count(*) FILTER (WHERE d.channel = 'postal')::int AS "dossiersPostal",
           count(*) FILTER (WHERE ${f.fullyDigitised})::int AS "dossiersFullyDigitised",
           count(*) FILTER (WHERE ${f.reusingData})::int AS "dossiersReusingData",
           count(*) FILTER (WHERE ${f.fromPersonalStore})::int AS "dossiersFromPersonalStore",
           count(*) FILTER (WHERE ${f.usingPopulationData})::int AS "dossiersUsingPopulationData"
    FROM dossiers d WHERE ${receivedInPeriod(s)}`.execute(tx);
  return r.rows[0]!;
}

export interface DossierListItem {
  id: string;
  code: string;
  procedureCode: string;
  applicantName: string;
  channel: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  status: number;
}

const LIST_COLUMNS = sql`d.id, d.code, d.procedure_code AS "procedureCode", d.applicant_name AS "applicantName", d.channel, d.received_at AS "receivedAt", d.due_at AS "dueAt", d.status`;

/** Received dossiers of the period WITHOUT a flag (those that cost points), paged, oldest first. */
export async function receivedWithout(tx: Tx, s: Scope, flag: ReceivedFlag, page: { limit: number; offset: number }): Promise<{ total: number; items: DossierListItem[] }> {
  const where = sql`${receivedInPeriod(s)} AND NOT (${RECEIVED_FLAGS[flag]})`;
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossiers d WHERE ${where}`.execute(tx);
  const items = await sql<DossierListItem>`SELECT ${LIST_COLUMNS} FROM dossiers d WHERE ${where} ORDER BY d.received_at, d.code LIMIT ${page.limit} OFFSET ${page.offset}`.execute(tx);
  return { total: total.rows[0]!.n, items: items.rows };
}

export interface TimelinessRow extends DossierListItem {
  /** Status history in order: the status after each action and its instant (epoch ms). */
  statuses: number[];
  ats: number[];
}

/**
 * Candidates of 2.1 (received before the period end, not ended before its start) and of 5.4 (ended in
 * the period), with their status history for the pure `classify766`. Statuses 3, 7, 8 and 10 are
 * terminal and 9 precedes 10 (the import refuses other orders), so "no ending status before the
 * start" is exactly "end of processing not before the start". One join grouped by dossier (a
 * correlated sub-select per dossier was twice as slow); instants as epoch ms, not JSON text.
 */
export async function timelinessRows(tx: Tx, s: Scope): Promise<TimelinessRow[]> {
  const r = await sql<TimelinessRow>`
    SELECT ${LIST_COLUMNS},
           coalesce(array_agg(a.status_after ORDER BY a.seq) FILTER (WHERE a.seq IS NOT NULL), '{}') AS statuses,
           coalesce(array_agg((extract(epoch FROM a.at) * 1000)::float8 ORDER BY a.seq) FILTER (WHERE a.seq IS NOT NULL), '{}') AS ats
    FROM dossiers d
    LEFT JOIN dossier_actions a ON a.dossier_id = d.id
    WHERE ${inAgencies(s.agencyIds)} AND d.received_at IS NOT NULL AND d.received_at < ${s.endExclusive}
      -- Cheap pre-filter: finished_at is never before the end of processing (the import sets it to it,
      -- the engine when the dossier closes), so a dossier finished before the start is out; HAVING decides.
      AND (d.finished_at IS NULL OR d.finished_at >= ${s.start})
    GROUP BY d.id
    HAVING NOT coalesce(bool_or(a.status_after IN (3, 7, 8, 9, 10) AND a.at < ${s.start}), false)
    ORDER BY d.received_at, d.code`.execute(tx);
  return r.rows;
}

/** Of the given dossiers, those with a feedback item (PAKN) linked to them that was taken up (5.4). */
export async function dossiersWithFeedback(tx: Tx, dossierIds: readonly string[]): Promise<Set<string>> {
  if (dossierIds.length === 0) return new Set();
  const r = await sql<{ id: string }>`
    SELECT DISTINCT dossier_id AS id FROM pakn_items
    WHERE dossier_id = ANY(${[...dossierIds]}::uuid[]) AND status NOT IN ('not_accepted', 'merged')`.execute(tx);
  return new Set(r.rows.map((x) => x.id));
}
