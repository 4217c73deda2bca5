/**
 * The QĐ 766 scorecard of a scope and period (issue 10; ADR 0026): counts from our data
 * (indicators-766-counts.ts), scored by the pure `scorecard()`. Officers with `indicators.read`
 * see the agencies they are granted (and those below); the public version shows any agency's
 * scorecard without drill-down (the figures are the ones DVCQG publishes).
 */
import { IndicatorInputError, scorecard, type Counts766, type IndicatorResult, type Scorecard } from '../../domain/indicators';
import { invalid, notFound } from '../errors';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize } from './authorize';
import type { ServiceContext } from './context';
import { counts766, type Period } from './indicators-766-counts';

export type AgencyScope = { id: string; code: string; name: string; level: string; agencyIds: string[] };

/** The named agency and its subtree; `action` checks the officer's grant (null: public). */
export async function resolveScope(ctx: ServiceContext, code: string, action: 'indicators.read' | null): Promise<AgencyScope> {
  const dir = await agencyDirectory(ctx.store);
  const a = dir.byCode.get(code);
  if (!a) throw notFound(`cơ quan "${code}"`);
  if (action) authorize(ctx, action, { agencyPath: dir.ancestry(a.id) });
  return { id: a.id, code: a.code, name: a.name, level: a.level, agencyIds: descendantsOf(dir, a.id) };
}

/** Children of an agency (direct), for the ranking. */
export async function childAgencies(ctx: ServiceContext, id: string) {
  const dir = await agencyDirectory(ctx.store);
  return (dir.children.get(id) ?? []).map((c) => dir.byId.get(c)!).filter((a) => a.active);
}

export type IndicatorView = Pick<IndicatorResult, 'id' | 'name' | 'max' | 'numerator' | 'denominator' | 'score' | 'noData'> & { target: number | null; ratio: number | null; reason: string | null };
export type ScorecardView = {
  scope: string;
  scopeName: string;
  from: string;
  to: string;
  total: number;
  max: number;
  groups: { id: string; name: string; max: number; score: number; indicators: IndicatorView[] }[];
  children?: { scope: string; name: string; total: number }[];
};

export function viewOf(scope: AgencyScope, p: Period, card: Scorecard): ScorecardView {
  return {
    scope: scope.code,
    scopeName: scope.name,
    from: p.from,
    to: p.to,
    total: card.total,
    max: card.max,
    groups: card.groups.map((g) => ({
      id: g.id,
      name: g.name,
      max: g.max,
      score: g.score,
      indicators: g.indicators.map((i) => ({ id: i.id, name: i.name, max: i.max, target: i.target, numerator: i.numerator, denominator: i.denominator, ratio: i.ratio, score: i.score, noData: i.noData, reason: i.reason ?? null })),
    })),
  };
}

async function cardOf(ctx: ServiceContext, agencyIds: readonly string[], p: Period): Promise<{ counts: Counts766; card: Scorecard }> {
  const { counts } = await withPeriodCheck(() => counts766(ctx.store, agencyIds, p));
  return { counts, card: scorecard(counts) };
}

/** Bad dates are the client's mistake: 400 with the Vietnamese reason, never a 500. */
export async function withPeriodCheck<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof IndicatorInputError) throw invalid(e.message, { errors: [{ name: e.param, reason: e.message }] });
    throw e;
  }
}

/** GET /api/indicators/766 (and its public twin): the scorecard, optionally with each child's total. */
export async function scorecard766(ctx: ServiceContext, q: Period & { scope: string; children?: boolean | undefined }, publicView = false): Promise<ScorecardView> {
  const scope = await resolveScope(ctx, q.scope, publicView ? null : 'indicators.read');
  const { card } = await cardOf(ctx, scope.agencyIds, q);
  const view = viewOf(scope, q, card);
  if (q.children) {
    const dir = await agencyDirectory(ctx.store);
    const kids = await childAgencies(ctx, scope.id);
    const totals = [];
    for (const k of kids) totals.push({ scope: k.code, name: k.name, total: (await cardOf(ctx, descendantsOf(dir, k.id), q)).card.total });
    view.children = totals.sort((a, b) => b.total - a.total);
  }
  return view;
}
