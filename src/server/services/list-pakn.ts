import { scopeOf } from '../../domain/access';
import { PAKN_STATUS_VI, searchWords, type PaknStatus } from '../../domain/pakn';
import { listInbox } from '../storage/pakn-queries';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize } from './authorize';
import type { ServiceContext } from './context';

export type InboxQuery = {
  status?: PaknStatus[] | undefined;
  category?: 'behaviour' | 'regulation' | 'proposal' | 'none' | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  agencyId?: string | undefined;
  page: number;
  pageSize: number;
};

/** The agencies an officer may read PAKN of (each grant's agency and those below it), narrowed to one subtree on request. */
export async function paknScope(ctx: ServiceContext, agencyId?: string) {
  const actor = authorize(ctx, 'pakn.read');
  const dir = await agencyDirectory(ctx.store);
  const s = scopeOf(actor, 'pakn.read');
  const allowed = s.everywhere ? null : new Set(s.agencyIds.flatMap((id) => descendantsOf(dir, id)));
  if (agencyId) {
    const sub = dir.byId.has(agencyId) ? descendantsOf(dir, agencyId) : [];
    return { everywhere: false, agencyIds: allowed ? sub.filter((id) => allowed.has(id)) : sub };
  }
  return allowed ? { everywhere: false, agencyIds: [...allowed] } : { everywhere: true, agencyIds: [] };
}

/** The officers' inbox: open work first, the most urgent deadline on top. */
export async function listPaknInbox(ctx: ServiceContext, q: InboxQuery) {
  const scope = await paknScope(ctx, q.agencyId);
  const dir = await agencyDirectory(ctx.store);
  const { rows, total } = await listInbox(ctx.store, { scope, statuses: q.status, category: q.category, overdue: q.overdue, words: searchWords(q.q ?? ''), now: new Date(), limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({ ...r, statusName: PAKN_STATUS_VI[r.status], agency: dir.byId.get(r.agencyId)?.name ?? '', recomplaint: r.previousId !== null })),
  };
}
