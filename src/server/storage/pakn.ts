import { sql } from 'kysely';
import type { Tx } from './database';
import type { PaknItemsTable, PaknStatusColumn } from './schema-pakn';

/** PAKN items and their history (migration 20261122004000_create_pakn). */
export type PaknRow = {
  id: string;
  code: string;
  secretHash: string;
  agencyId: string;
  channel: PaknItemsTable['channel'];
  status: PaknStatusColumn;
  senderName: string | null;
  senderAddress: string | null;
  senderPhone: string | null;
  senderEmail: string | null;
  citizenId: string | null;
  title: string;
  content: string;
  category: PaknItemsTable['category'];
  procedureCode: string | null;
  dossierId: string | null;
  withinCompetence: boolean | null;
  substantiated: boolean | null;
  notAcceptedReason: string | null;
  refusalReason: string | null;
  forwardedTo: string | null;
  forwardedAgencyId: string | null;
  forwardedFrom: string | null;
  duplicateOf: string | null;
  previousId: string | null;
  ruleSetId: string;
  receivedAt: Date;
  clockStartAt: Date;
  ackDueAt: Date | null;
  forwardDueAt: Date | null;
  supplementDueAt: Date | null;
  processDueAt: Date | null;
  publishDueAt: Date | null;
  dueAt: Date | null;
  overdueAt: Date | null;
  acknowledgedAt: Date | null;
  supplementRequestedAt: Date | null;
  processedAt: Date | null;
  publishedAt: Date | null;
  finishedAt: Date | null;
  finishedOnTime: boolean | null;
  extended: boolean;
  answer: string | null;
  answeredBy: string | null;
  approvedBy: string | null;
  isPublic: boolean;
  rating: 'satisfied' | 'unsatisfied' | null;
  ratedAt: Date | null;
  createdBy: string | null;
  version: number;
};

const COLUMNS = {
  id: 'id',
  code: 'code',
  secretHash: 'secret_hash',
  agencyId: 'agency_id',
  channel: 'channel',
  status: 'status',
  senderName: 'sender_name',
  senderAddress: 'sender_address',
  senderPhone: 'sender_phone',
  senderEmail: 'sender_email',
  citizenId: 'citizen_id',
  title: 'title',
  content: 'content',
  category: 'category',
  procedureCode: 'procedure_code',
  dossierId: 'dossier_id',
  withinCompetence: 'within_competence',
  substantiated: 'substantiated',
  notAcceptedReason: 'not_accepted_reason',
  refusalReason: 'refusal_reason',
  forwardedTo: 'forwarded_to',
  forwardedAgencyId: 'forwarded_agency_id',
  forwardedFrom: 'forwarded_from',
  duplicateOf: 'duplicate_of',
  previousId: 'previous_id',
  ruleSetId: 'rule_set_id',
  receivedAt: 'received_at',
  clockStartAt: 'clock_start_at',
  ackDueAt: 'ack_due_at',
  forwardDueAt: 'forward_due_at',
  supplementDueAt: 'supplement_due_at',
  processDueAt: 'process_due_at',
  publishDueAt: 'publish_due_at',
  dueAt: 'due_at',
  overdueAt: 'overdue_at',
  acknowledgedAt: 'acknowledged_at',
  supplementRequestedAt: 'supplement_requested_at',
  processedAt: 'processed_at',
  publishedAt: 'published_at',
  finishedAt: 'finished_at',
  finishedOnTime: 'finished_on_time',
  extended: 'extended',
  answer: 'answer',
  answeredBy: 'answered_by',
  approvedBy: 'approved_by',
  isPublic: 'is_public',
  rating: 'rating',
  ratedAt: 'rated_at',
  createdBy: 'created_by',
  version: 'version',
} as const satisfies Record<keyof PaknRow, keyof PaknItemsTable>;

type Column = (typeof COLUMNS)[keyof typeof COLUMNS];
const SELECT = Object.entries(COLUMNS).map(([k, c]) => `${c} as ${k}`) as `${Column} as ${keyof PaknRow}`[];

/** Row fields a write may set (camelCase), mapped to columns. */
export type PaknPatch = Partial<Omit<PaknRow, 'id' | 'version'>> & { searchText?: string };

function toColumns(p: PaknPatch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined) continue;
    out[k === 'searchText' ? 'search_text' : COLUMNS[k as keyof PaknRow]] = v;
  }
  return out;
}

export type NewPakn = Omit<PaknRow, 'id' | 'version' | 'extended' | 'isPublic' | 'rating' | 'ratedAt'> & Partial<Pick<PaknRow, 'extended' | 'isPublic' | 'rating' | 'ratedAt'>> & { searchText: string };

/** Inserts an item; null when its code is taken (the caller draws another). */
export async function insertPakn(tx: Tx, row: NewPakn): Promise<PaknRow | null> {
  const r = await tx
    .insertInto('pakn_items')
    .values(toColumns(row) as never)
    .onConflict((oc) => oc.column('code').doNothing())
    .returning(SELECT)
    .executeTakeFirst();
  return (r as PaknRow | undefined) ?? null;
}

export async function findPakn(tx: Tx, by: { id: string } | { code: string }, lock = false): Promise<PaknRow | undefined> {
  let q = tx.selectFrom('pakn_items').select(SELECT);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('code', '=', by.code);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as PaknRow | undefined;
}

export async function findPaknByIds(tx: Tx, ids: readonly string[]): Promise<PaknRow[]> {
  if (ids.length === 0) return [];
  return (await tx.selectFrom('pakn_items').select(SELECT).where('id', 'in', [...ids]).execute()) as PaknRow[];
}

/** Moves an item from the version its actor saw; null when someone else moved it first. */
export async function updatePakn(tx: Tx, id: string, version: number, patch: PaknPatch, now: Date): Promise<PaknRow | null> {
  const r = await tx
    .updateTable('pakn_items')
    .set({ ...(toColumns(patch) as object), version: sql<number>`version + 1`, updated_at: now } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(SELECT)
    .executeTakeFirst();
  return (r as PaknRow | undefined) ?? null;
}

export type PaknHistoryEntry = {
  itemId: string;
  action: string;
  fromStatus: PaknStatusColumn | null;
  toStatus: PaknStatusColumn;
  actorKind: 'officer' | 'sender' | 'system';
  actorId: string | null;
  actorName: string | null;
  note: string | null;
  data: Record<string, unknown>;
  at: Date;
};

/** Appends to the history; the caller holds the item's row (updated or inserted in the same transaction). */
export async function appendPaknHistory(tx: Tx, e: PaknHistoryEntry): Promise<number> {
  const r = await sql<{ seq: number }>`
    INSERT INTO pakn_history (item_id, seq, action, from_status, to_status, actor_kind, actor_id, actor_name, note, data, at)
    SELECT ${e.itemId}, coalesce(max(seq), 0) + 1, ${e.action}, ${e.fromStatus}, ${e.toStatus}, ${e.actorKind}, ${e.actorId}, ${e.actorName}, ${e.note}, ${JSON.stringify(e.data)}::jsonb, ${e.at}
    FROM pakn_history WHERE item_id = ${e.itemId}
    RETURNING seq`.execute(tx);
  return r.rows[0]!.seq;
}

export type PaknHistoryRow = Omit<PaknHistoryEntry, 'itemId'> & { seq: number };

export async function listPaknHistory(tx: Tx, itemId: string): Promise<PaknHistoryRow[]> {
  const rows = await tx
    .selectFrom('pakn_history')
    .select(['seq', 'action', 'from_status as fromStatus', 'to_status as toStatus', 'actor_kind as actorKind', 'actor_id as actorId', 'actor_name as actorName', 'note', 'data', 'at'])
    .where('item_id', '=', itemId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ ...r, data: (r.data ?? {}) as Record<string, unknown> }));
}

/** Items merged into `originalId` (their senders hear of the original's answer too). */
export async function listMergedInto(tx: Tx, originalId: string): Promise<PaknRow[]> {
  return (await tx.selectFrom('pakn_items').select(SELECT).where('duplicate_of', '=', originalId).orderBy('received_at').execute()) as PaknRow[];
}

/** Open items of an agency received since `since`, newest first: the pool duplicates are looked for in. */
export async function recentOpenPakn(tx: Tx, agencyId: string, since: Date, limit = 500): Promise<Pick<PaknRow, 'id' | 'code' | 'title' | 'content' | 'status' | 'receivedAt'>[]> {
  return tx
    .selectFrom('pakn_items')
    .select(['id', 'code', 'title', 'content', 'status', 'received_at as receivedAt'])
    .where('agency_id', '=', agencyId)
    .where('received_at', '>=', since)
    .where('status', 'not in', ['not_accepted', 'merged', 'refused'])
    .orderBy('received_at', 'desc')
    .limit(limit)
    .execute();
}

export async function listPaknOfCitizen(tx: Tx, citizenId: string): Promise<PaknRow[]> {
  return (await tx.selectFrom('pakn_items').select(SELECT).where('citizen_id', '=', citizenId).orderBy('received_at', 'desc').limit(200).execute()) as PaknRow[];
}

/**
 * The deadline sweep: open items whose current deadline has passed get `overdue_at` (once) and a
 * system entry in their history. Returns the items newly overdue.
 */
export async function sweepPaknOverdue(tx: Tx, now: Date, limit = 5000): Promise<{ id: string; code: string; agencyId: string; status: PaknStatusColumn; dueAt: Date }[]> {
  const r = await sql<{ id: string; code: string; agency_id: string; status: PaknStatusColumn; due_at: Date }>`
    WITH due AS (
      SELECT id FROM pakn_items WHERE due_at < ${now} AND overdue_at IS NULL AND finished_at IS NULL
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    UPDATE pakn_items p SET overdue_at = ${now}
    FROM due WHERE p.id = due.id
    RETURNING p.id, p.code, p.agency_id, p.status, p.due_at`.execute(tx);
  for (const x of r.rows) {
    await appendPaknHistory(tx, { itemId: x.id, action: 'overdue', fromStatus: x.status, toStatus: x.status, actorKind: 'system', actorId: null, actorName: null, note: null, data: { dueAt: x.due_at.toISOString() }, at: now });
  }
  return r.rows.map((x) => ({ id: x.id, code: x.code, agencyId: x.agency_id, status: x.status, dueAt: x.due_at }));
}

/** The code of a linked dossier. */
export async function dossierCodeOf(tx: Tx, dossierId: string): Promise<string | null> {
  return (await tx.selectFrom('dossiers').select('code').where('id', '=', dossierId).executeTakeFirst())?.code ?? null;
}

/** Some dossiers handled by an agency (demo data links complaints about behaviour to them). */
export async function someDossierIds(tx: Tx, agencyId: string, limit: number): Promise<string[]> {
  const rows = await tx.selectFrom('dossiers').select('id').where('handling_agency_id', '=', agencyId).orderBy('code').limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function countPakn(tx: Tx): Promise<number> {
  return (await tx.selectFrom('pakn_items').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}
