import { localDateOf, parseInstant } from '../../domain/calendar';
import { statusName, type StatusCode } from '../../domain/dossier';
import { foldVietnamese } from '../../domain/procedure';
import type { Role } from '../../domain/access';
import { invalid } from '../errors';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { workqueue, type QueueName } from '../storage/dossiers';
import { grantsOf } from '../storage/users';
import { requireActor } from './authorize';
import { workingCalendar } from './calendar-provider';
import type { ServiceContext } from './context';

export const QUEUES: QueueName[] = ['to-receive', 'mine', 'unit', 'due-soon', 'late', 'awaiting-supplement', 'to-sign', 'to-return'];
const RECEPTION_QUEUES: QueueName[] = ['to-receive', 'to-return'];
const HANDLER_ROLES: Role[] = ['specialist', 'unit_head', 'agency_head', 'inspector'];

/** End of the next working day: what "due soon" means (configurable later per agency). */
export async function dueSoonLimit(ctx: ServiceContext, now: Date): Promise<Date> {
  const cal = await workingCalendar(ctx.store);
  return new Date(parseInstant(`${cal.addWorkingDays(localDateOf(now), 1)}T17:00:00+07:00`));
}

export type QueueFilters = {
  procedure?: string | undefined;
  channel?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

const encodeCursor = (key: Date | null, id: string) => Buffer.from(JSON.stringify({ k: key ? key.toISOString() : 'infinity', i: id })).toString('base64url');
function decodeCursor(c: string): { key: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as { k: string; i: string };
    if (typeof v.k !== 'string' || !/^[0-9a-f-]{36}$/.test(v.i)) throw new Error('bad');
    return { key: v.k, id: v.i };
  } catch {
    throw invalid('Con trỏ phân trang (cursor) không hợp lệ.', { errors: [{ name: 'cursor', reason: 'không hợp lệ' }] });
  }
}

/** A work queue of the officer: scoped to the agencies (and units) their roles cover. */
export async function listQueue(ctx: ServiceContext, queue: QueueName, f: QueueFilters) {
  const actor = requireActor(ctx);
  const grants = queue === 'unit' ? await grantsOf(ctx.store, actor.userId) : actor.grants.map((g) => ({ ...g, unitCode: null as string | null }));
  const relevant = grants.filter((g) => (RECEPTION_QUEUES.includes(queue) ? g.role === 'reception' || g.role === 'admin' : HANDLER_ROLES.includes(g.role) || g.role === 'admin' || g.role === 'reception'));
  const dir = await agencyDirectory(ctx.store);
  const agencyIds: string[] | 'all' = relevant.some((g) => g.agencyId === null) ? 'all' : [...new Set(relevant.flatMap((g) => descendantsOf(dir, g.agencyId!)))];
  const unitCodes = queue === 'unit' ? (relevant.some((g) => !g.unitCode) ? null : relevant.map((g) => g.unitCode!)) : null;
  const now = new Date();
  const r = await workqueue(ctx.store, {
    queue,
    userId: actor.userId,
    agencyIds,
    unitCodes,
    now,
    dueSoonUntil: await dueSoonLimit(ctx, now),
    procedureCode: f.procedure,
    channel: f.channel,
    receivedFrom: f.receivedFrom ? new Date(`${f.receivedFrom}T00:00:00+07:00`) : undefined,
    receivedTo: f.receivedTo ? new Date(parseInstant(`${f.receivedTo}T00:00:00+07:00`) + 86_400_000) : undefined,
    text: f.q ? foldVietnamese(f.q) : undefined,
    after: f.cursor ? decodeCursor(f.cursor) : undefined,
    limit: f.limit,
  });
  const last = r.rows[r.rows.length - 1];
  return {
    items: r.rows.map(({ id: _id, ...row }) => ({
      ...row,
      statusName: statusName(row.status as StatusCode),
      late: row.dueAt !== null && ([2, 4, 5, 6].includes(row.status) ? row.dueAt < now : row.late),
    })),
    nextCursor: r.more && last ? encodeCursor(r.byDue ? last.dueAt : last.receivedAt, last.id) : null,
  };
}
