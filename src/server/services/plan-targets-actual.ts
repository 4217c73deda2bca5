/**
 * Plan targets vs actual (issue 10, ADR 0026): the year-to-date actual of each plan target from the
 * same counts as the scorecard, with the at-risk rule of `plan-targets.ts`. Targets are the seeds'
 * defaults for the agency's level, replaced by what the agency's own control plan of that year sets
 * (measurable task targets under the scorecard's keys, ADR 0024).
 */
import { localDateOf } from '../../domain/calendar';
import { defaultPlanTargets, elapsedFraction, planTargetsVsActual, type PlanLevel, type PlanTargetStatus } from '../../domain/indicators';
import { invalid } from '../errors';
import type { ServiceContext } from './context';
import { counts766 } from './indicators-766-counts';
import { resolveScope } from './indicators-766';
import { planScorecardTargets } from './plan-queries';

const LEVEL: Record<string, PlanLevel> = { central: 'ministry', province: 'province', district: 'commune', commune: 'commune' };

export async function targetsVsActual(ctx: ServiceContext, q: { scope: string; year: number }, now = new Date()): Promise<PlanTargetStatus[]> {
  const today = localDateOf(now, 'now');
  const from = `${q.year}-01-01`;
  const end = `${q.year}-12-31`;
  if (from > today) throw invalid(`Năm ${q.year} chưa bắt đầu: chưa có số liệu thực hiện.`, { errors: [{ name: 'year', reason: 'năm tương lai' }] });
  const scope = await resolveScope(ctx, q.scope, 'indicators.read');
  const to = end < today ? end : today;
  const { counts } = await counts766(ctx.store, scope.agencyIds, { from, to });
  const own = new Map((await planScorecardTargets(ctx.store, scope.id, q.year)).map((t) => [t.key, t.target]));
  const defaults = defaultPlanTargets(LEVEL[scope.level] ?? 'province');
  const targets = [...defaults.map((t) => ({ key: t.key, target: own.get(t.key) ?? t.target })), ...[...own].filter(([k]) => !defaults.some((d) => d.key === k)).map(([key, target]) => ({ key, target }))];
  return planTargetsVsActual(targets, counts, elapsedFraction({ from, to: end }, to));
}
