import { localDateOf } from '../../domain/calendar';
import { PAKN_CATEGORIES, PAKN_STATUSES, PAKN_STATUS_VI } from '../../domain/pakn';
import { invalid } from '../errors';
import { dashboardFigures, listOverdue } from '../storage/pakn-queries';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { paknScope } from './list-pakn';

/** Midnight at the start of a local date (Asia/Ho_Chi_Minh). */
const startOf = (date: string) => new Date(`${date}T00:00:00+07:00`);
const nextDay = (date: string) => new Date(startOf(date).getTime() + 86_400_000);

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 100);

/**
 * The officers' dashboard over items received in a period: counts by category and status, the
 * on-time rate of finished items, QĐ 766 indicators 5.2 (handled on time, 6 points) and 5.3
 * (satisfaction, 6 points; both 6 when there is no feedback), and the open items past their deadline.
 */
export async function paknDashboard(ctx: ServiceContext, q: { from?: string | undefined; to?: string | undefined; agencyId?: string | undefined }) {
  const now = new Date();
  const to = q.to ?? localDateOf(now);
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid('Ngày bắt đầu phải trước ngày kết thúc.', { errors: [{ name: 'from', reason: 'sau ngày kết thúc' }] });
  const scope = await paknScope(ctx, q.agencyId);
  const dir = await agencyDirectory(ctx.store);
  const f = await dashboardFigures(ctx.store, scope, startOf(from), nextDay(to), now);
  const overdue = await listOverdue(ctx.store, scope, now);
  const cat = new Map(f.byCategory.map((c) => [c.category ?? 'none', c.n]));
  const st = new Map(f.byStatus.map((s) => [s.status, s.n]));
  // 5.2: on time = finished on time or open within the deadline, over items received and handled (F766 §5.2).
  const onTime52 = f.finishedOnTime + f.openWithinDeadline;
  // 5.3: total − rated unsatisfied − re-complaints − late items, over all feedback.
  const good53 = Math.max(0, f.handled - f.unsatisfied - f.recomplaints - f.late);
  return {
    from,
    to,
    byCategory: [...PAKN_CATEGORIES, 'none' as const].map((c) => ({ category: c, count: cat.get(c) ?? 0 })),
    byStatus: PAKN_STATUSES.map((s) => ({ status: s, statusName: PAKN_STATUS_VI[s], count: st.get(s) ?? 0 })),
    handled: f.handled,
    notAccepted: f.notAccepted,
    finished: f.finished,
    finishedOnTime: f.finishedOnTime,
    onTimeRate: ratio(f.finishedOnTime, f.finished),
    openOverdue: f.openOverdue,
    extended: f.extended,
    ratings: { satisfied: f.satisfied, unsatisfied: f.unsatisfied },
    recomplaints: f.recomplaints,
    indicators: {
      handledOnTime: { ratio: ratio(onTime52, f.handled), points: f.handled === 0 ? 6 : Math.round((6 * onTime52 * 100) / f.handled) / 100, max: 6 },
      satisfaction: { ratio: ratio(good53, f.handled), points: f.handled === 0 ? 6 : Math.round((6 * good53 * 100) / f.handled) / 100, max: 6 },
    },
    overdue: overdue.map((o) => ({ ...o, statusName: PAKN_STATUS_VI[o.status], agency: dir.byId.get(o.agencyId)?.name ?? '' })),
  };
}
