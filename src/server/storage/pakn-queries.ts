import { sql, type ExpressionBuilder } from 'kysely';
import type { Tx } from './database';
import type { DB } from './schema';
import type { PaknStatusColumn } from './schema-pakn';

/** Lists and reports over PAKN items: the officers' inbox, the public answers, the dashboard. */

/** `%word%` for LIKE with the word's own % and _ taken literally. */
const likeWord = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Scope = { everywhere: boolean; agencyIds: readonly string[] };

const inScope = (scope: Scope) => (eb: ExpressionBuilder<DB, 'pakn_items'>) =>
  scope.everywhere ? eb.lit(true) : scope.agencyIds.length === 0 ? eb.lit(false) : eb('pakn_items.agency_id', 'in', [...scope.agencyIds]);

export type InboxFilter = {
  scope: Scope;
  statuses?: readonly PaknStatusColumn[] | undefined;
  category?: 'behaviour' | 'regulation' | 'proposal' | 'none' | undefined;
  overdue?: boolean | undefined;
  /** Folded words, all present in the search text. */
  words?: readonly string[] | undefined;
  now: Date;
  limit: number;
  offset: number;
};

export type InboxRow = {
  id: string;
  code: string;
  agencyId: string;
  channel: string;
  status: PaknStatusColumn;
  title: string;
  senderName: string | null;
  category: 'behaviour' | 'regulation' | 'proposal' | null;
  receivedAt: Date;
  dueAt: Date | null;
  ackDueAt: Date | null;
  overdue: boolean;
  previousId: string | null;
  version: number;
};

export async function listInbox(tx: Tx, f: InboxFilter): Promise<{ rows: InboxRow[]; total: number }> {
  let q = tx.selectFrom('pakn_items').where(inScope(f.scope));
  if (f.statuses && f.statuses.length > 0) q = q.where('status', 'in', [...f.statuses]);
  if (f.category === 'none') q = q.where('category', 'is', null);
  else if (f.category) q = q.where('category', '=', f.category);
  if (f.overdue === true) q = q.where('finished_at', 'is', null).where('due_at', '<', f.now);
  for (const w of f.words ?? []) q = q.where(sql<boolean>`search_text LIKE ${likeWord(w)}`);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'id',
      'code',
      'agency_id as agencyId',
      'channel',
      'status',
      'title',
      'sender_name as senderName',
      'category',
      'received_at as receivedAt',
      'due_at as dueAt',
      'ack_due_at as ackDueAt',
      sql<boolean>`(finished_at IS NULL AND due_at IS NOT NULL AND due_at < ${f.now})`.as('overdue'),
      'previous_id as previousId',
      'version',
    ])
    // Open work first, the most urgent on top; finished items after, newest first.
    .orderBy(sql`finished_at IS NOT NULL`)
    .orderBy(sql`due_at ASC NULLS LAST`)
    .orderBy('received_at', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows, total: total.n };
}

export type PublicRow = {
  code: string;
  agencyId: string;
  title: string;
  content: string;
  answer: string;
  category: 'behaviour' | 'regulation' | 'proposal' | null;
  procedureCode: string | null;
  receivedAt: Date;
  publishedAt: Date;
};

const PUBLIC_COLUMNS = ['code', 'agency_id as agencyId', 'title', 'content', 'answer', 'category', 'procedure_code as procedureCode', 'received_at as receivedAt', 'published_at as publishedAt'] as const;

/** Published answers (NĐ 20/2008 art. 19), newest first; search words are matched folded. */
export async function listPublicAnswers(tx: Tx, f: { words: readonly string[]; agencyIds?: readonly string[] | undefined; category?: string | undefined; limit: number; offset: number }): Promise<{ rows: PublicRow[]; total: number }> {
  let q = tx.selectFrom('pakn_items').where('is_public', '=', true);
  if (f.agencyIds) q = f.agencyIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('agency_id', 'in', [...f.agencyIds]);
  if (f.category === 'behaviour' || f.category === 'regulation' || f.category === 'proposal') q = q.where('category', '=', f.category);
  for (const w of f.words) q = q.where(sql<boolean>`search_text LIKE ${likeWord(w)}`);
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await q.select(PUBLIC_COLUMNS).orderBy('published_at', 'desc').limit(f.limit).offset(f.offset).execute();
  return { rows: rows as PublicRow[], total: total.n };
}

export async function findPublicAnswer(tx: Tx, code: string): Promise<PublicRow | undefined> {
  return (await tx.selectFrom('pakn_items').select(PUBLIC_COLUMNS).where('code', '=', code).where('is_public', '=', true).executeTakeFirst()) as PublicRow | undefined;
}

export type DashboardFigures = {
  byCategory: { category: string | null; n: number }[];
  byStatus: { status: PaknStatusColumn; n: number }[];
  /** Handled items (not "not accepted", not merged) received in the period. */
  handled: number;
  finished: number;
  finishedOnTime: number;
  openOverdue: number;
  /** Open handled items still within their deadline (or waiting for the sender). */
  openWithinDeadline: number;
  /** Handled items late: finished late, extended, or open past the deadline. */
  late: number;
  extended: number;
  satisfied: number;
  unsatisfied: number;
  recomplaints: number;
  notAccepted: number;
};

/** The figures of a dashboard over items received in [from, to) at the given agencies. */
export async function dashboardFigures(tx: Tx, scope: Scope, from: Date, to: Date, now: Date): Promise<DashboardFigures> {
  const base = tx.selectFrom('pakn_items').where(inScope(scope)).where('received_at', '>=', from).where('received_at', '<', to);
  const byCategory = await base.select(['category', sql<number>`count(*)::int`.as('n')]).where('status', 'not in', ['not_accepted', 'merged']).groupBy('category').execute();
  const byStatus = await base.select(['status', sql<number>`count(*)::int`.as('n')]).groupBy('status').execute();
  const t = await base
    .select([
      sql<number>`count(*) FILTER (WHERE status NOT IN ('not_accepted', 'merged'))::int`.as('handled'),
      sql<number>`count(*) FILTER (WHERE status NOT IN ('not_accepted', 'merged') AND finished_at IS NOT NULL)::int`.as('finished'),
      sql<number>`count(*) FILTER (WHERE finished_on_time AND NOT extended)::int`.as('finishedOnTime'),
      sql<number>`count(*) FILTER (WHERE finished_at IS NULL AND due_at < ${now})::int`.as('openOverdue'),
      sql<number>`count(*) FILTER (WHERE finished_at IS NULL AND NOT extended AND (due_at IS NULL OR due_at >= ${now}))::int`.as('openWithinDeadline'),
      sql<number>`count(*) FILTER (WHERE status NOT IN ('not_accepted', 'merged') AND (extended OR finished_on_time = false OR (finished_at IS NULL AND due_at < ${now})))::int`.as('late'),
      sql<number>`count(*) FILTER (WHERE extended)::int`.as('extended'),
      sql<number>`count(*) FILTER (WHERE rating = 'satisfied')::int`.as('satisfied'),
      sql<number>`count(*) FILTER (WHERE rating = 'unsatisfied')::int`.as('unsatisfied'),
      sql<number>`count(*) FILTER (WHERE previous_id IS NOT NULL)::int`.as('recomplaints'),
      sql<number>`count(*) FILTER (WHERE status = 'not_accepted')::int`.as('notAccepted'),
    ])
    .executeTakeFirstOrThrow();
  return { byCategory, byStatus, ...t };
}

/** Open items past their deadline at the given agencies, the longest overdue first. */
export async function listOverdue(tx: Tx, scope: Scope, now: Date, limit = 50): Promise<{ id: string; code: string; agencyId: string; title: string; status: PaknStatusColumn; dueAt: Date }[]> {
  const rows = await tx
    .selectFrom('pakn_items')
    .select(['id', 'code', 'agency_id as agencyId', 'title', 'status', 'due_at as dueAt'])
    .where(inScope(scope))
    .where('finished_at', 'is', null)
    .where('due_at', '<', now)
    .orderBy('due_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, dueAt: r.dueAt! }));
}
