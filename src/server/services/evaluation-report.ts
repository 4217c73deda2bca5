import {
  AGENCY_BAND_VI,
  collectPoints,
  INDICATOR_IDS,
  OFFICIAL_BAND_VI,
  OFFICIAL_INDICATORS,
  periodInstants,
  periodLabelVi,
  periodProblem,
  quarterContaining,
  type AgencyBand,
  type DossierPoints,
  type OfficialBand,
  type Period,
  type Score,
} from '../../domain/evaluation';
import { AppError, invalid, notFound } from '../errors';
import { listUnits } from '../storage/agencies';
import { officerNames, officerPlaces, officersOfAgencies, officersOfUnits } from '../storage/evaluation';
import { findUserByUsername, grantsOf } from '../storage/users';
import { agencyDirectory, descendantsOf } from './agency-directory';
import type { ServiceContext } from './context';
import { agencyLevelScope, agencyNamed, leads, unitLevelScope, viewerOf, type Viewer } from './evaluation-access';
import { agenciesOf, agencyMarks, agencyScore, evaluatedDossiers, officialScore, unitsOf, type AgencyMarks, type Evaluated } from './evaluation-compute';

/**
 * Evaluation results per official, unit or agency over a period (TT 01/2018 art. 14–15), as the
 * officer may see them (evaluation-access.ts). docs/adr/0021-evaluation.md.
 */
export const LEVELS = ['official', 'unit', 'agency'] as const;
export type Level = (typeof LEVELS)[number];
export type EvaluationQuery = { level: Level; scope?: string | undefined; from?: string | undefined; to?: string | undefined; official?: string | undefined };

export type ReportRow = {
  id: string;
  code: string | null;
  name: string;
  agency: string | null;
  unit: string | null;
  dossiers: number;
  indicators: Record<string, number | null>;
  total: number | null;
  max: number;
  fullMax: number;
  converted: number | null;
  band: string | null;
  bandName: string | null;
  /** Why indicators 5, 6, 8, 9 scored what they did (units and agencies). */
  notes: Record<string, string>;
};

/** The period asked for (both ends, or neither: the current quarter); 400 when malformed. */
export function periodOf(q: { from?: string | undefined; to?: string | undefined }, now = new Date()): Period {
  if (!q.from && !q.to) return quarterContaining(now);
  if (!q.from || !q.to) throw invalid('Cần cả ngày bắt đầu (from) và ngày kết thúc (to), hoặc bỏ cả hai để xem quý hiện tại.', { errors: [{ name: q.from ? 'to' : 'from', reason: 'thiếu' }] });
  const p = { from: q.from, to: q.to };
  const problem = periodProblem(p);
  if (problem) throw invalid(problem, { errors: [{ name: 'to', reason: problem }] });
  return p;
}

function rowOf(base: Pick<ReportRow, 'id' | 'code' | 'name' | 'agency' | 'unit'>, points: readonly DossierPoints[], score: Score<string>, marks?: AgencyMarks): ReportRow {
  const ids = marks ? INDICATOR_IDS : OFFICIAL_INDICATORS;
  const bandName = score.band ? (marks ? AGENCY_BAND_VI[score.band as AgencyBand] : OFFICIAL_BAND_VI[score.band as OfficialBand]) : null;
  return {
    ...base,
    dossiers: points.length,
    indicators: Object.fromEntries(ids.map((id) => [String(id), score.indicators[id] ?? null])),
    total: score.total,
    max: score.max,
    fullMax: score.fullMax,
    converted: score.converted,
    band: score.band,
    bandName,
    notes: marks ? Object.fromEntries(Object.entries(marks).map(([id, m]) => [id, m.reason])) : {},
  };
}

type Directory = Awaited<ReturnType<typeof agencyDirectory>>;

/** Agencies in tree order: each root, then the agencies below it. */
const treeOrder = (dir: Directory) => [...dir.byId.values()].filter((a) => !a.parentId || !dir.byId.has(a.parentId)).flatMap((r) => descendantsOf(dir, r.id));

const byPeriod = (ids: string[] | 'all', period: Period, actorId?: string) => ({ agencyIds: ids, ...periodInstants(period), actorId });

/** Rows for these agencies, over the dossiers of `ids` (the same agencies, or 'all'). Shared with the public page. */
export async function scoreAgencies(store: ServiceContext['store'], agencies: readonly string[], ids: string[] | 'all', period: Period): Promise<ReportRow[]> {
  const dir = await agencyDirectory(store);
  const wanted = new Set(agencies);
  const evals = await evaluatedDossiers(store, byPeriod(ids, period));
  const points = collectPoints(evals.map((d) => ({ e: d.e, participants: [...agenciesOf(d)].filter((a) => wanted.has(a)).map((a) => ({ key: a, owns: (s: { agencyId: string | null }) => s.agencyId === a })) })));
  const marks = await agencyMarks(store, agencies, period);
  return agencies.map((id) => {
    const a = dir.byId.get(id)!;
    const p = points.get(id) ?? [];
    return rowOf({ id, code: a.code, name: a.name, agency: a.name, unit: null }, p, agencyScore(p, marks.get(id)), marks.get(id));
  });
}

/** Active agencies in tree order (all of them, or those listed). */
export async function activeAgencies(store: ServiceContext['store'], ids: string[] | 'all'): Promise<string[]> {
  const dir = await agencyDirectory(store);
  return (ids === 'all' ? treeOrder(dir) : ids).filter((id) => dir.byId.get(id)?.active !== false);
}

async function agencyRows(ctx: ServiceContext, v: Viewer, scopeId: string | null, period: Period): Promise<ReportRow[]> {
  const ids = await agencyLevelScope(ctx, v, scopeId);
  return scoreAgencies(ctx.store, await activeAgencies(ctx.store, ids), ids, period);
}

async function unitRows(ctx: ServiceContext, v: Viewer, scopeId: string | null, period: Period): Promise<ReportRow[]> {
  const dir = await agencyDirectory(ctx.store);
  const s = await unitLevelScope(ctx, v, scopeId);
  const inAgencies = s.agencyIds === 'all' ? null : new Set(s.agencyIds);
  const units = (await listUnits(ctx.store)).filter((u) => (s.unitIds === 'all' ? !inAgencies || inAgencies.has(u.agencyId) : s.unitIds.has(u.id)));
  const byId = new Map(units.map((u) => [u.id, u]));
  const evals = await evaluatedDossiers(ctx.store, byPeriod(s.agencyIds, period));
  const points = collectPoints(evals.map((d) => ({ e: d.e, participants: [...unitsOf(d)].filter((u) => byId.has(u)).map((u) => ({ key: u, owns: (x: { unitId: string | null }) => x.unitId === u })) })));
  const withData = units.filter((u) => points.has(u.id)).sort((a, b) => (dir.byId.get(a.agencyId)?.code ?? '').localeCompare(dir.byId.get(b.agencyId)?.code ?? '') || a.code.localeCompare(b.code));
  const marks = await agencyMarks(ctx.store, withData.map((u) => u.agencyId), period);
  return withData.map((u) => {
    const p = points.get(u.id)!;
    return rowOf({ id: u.id, code: u.code, name: u.name, agency: dir.byId.get(u.agencyId)?.name ?? null, unit: u.name }, p, agencyScore(p, marks.get(u.agencyId)), marks.get(u.agencyId));
  });
}

/** Whether the viewer may see this officer's own scores. */
async function maySee(ctx: ServiceContext, v: Viewer, userId: string): Promise<boolean> {
  if (userId === v.actor.userId || v.all) return true;
  const grants = await grantsOf(ctx.store, userId);
  return grants.some((g) => (g.agencyId && v.agencyIds.has(g.agencyId)) || (g.unitId && v.units.has(g.unitId)));
}

/** Which officials, over which dossiers: one named officer, everyone a leader oversees, a unit head's unit, or oneself. */
async function officialScope(ctx: ServiceContext, v: Viewer, scopeId: string | null, username: string | undefined): Promise<{ officials: Set<string> | 'all'; dossiers: { ids: string[] | 'all'; actorId?: string }; always: string[] }> {
  const dir = await agencyDirectory(ctx.store);
  const scoped: string[] | 'all' = scopeId ? descendantsOf(dir, scopeId) : 'all';
  if (username) {
    const target = await findUserByUsername(ctx.store, username);
    if (!target) throw notFound(`cán bộ "${username}"`);
    if (!(await maySee(ctx, v, target.id))) throw new AppError('FORBIDDEN', 'Bạn không được xem kết quả đánh giá của cán bộ khác ngoài phạm vi mình phụ trách.');
    return { officials: new Set([target.id]), dossiers: { ids: scoped, actorId: target.id }, always: [target.id] };
  }
  if (scopeId ? leads(v, scopeId) : v.all || v.agencyIds.size > 0) {
    const ids = await agencyLevelScope(ctx, v, scopeId);
    return { officials: ids === 'all' ? 'all' : new Set(await officersOfAgencies(ctx.store, ids)), dossiers: { ids }, always: [] };
  }
  const inScope = scopeId ? new Set(descendantsOf(dir, scopeId)) : null;
  const units = [...v.units].filter(([, a]) => !inScope || inScope.has(a));
  if (units.length > 0) {
    const officials = new Set([...(await officersOfUnits(ctx.store, units.map(([u]) => u))), v.actor.userId]);
    return { officials, dossiers: { ids: [...new Set(units.map(([, a]) => a))] }, always: [v.actor.userId] };
  }
  return { officials: new Set([v.actor.userId]), dossiers: { ids: scoped, actorId: v.actor.userId }, always: [v.actor.userId] };
}

async function officialRows(ctx: ServiceContext, v: Viewer, scopeId: string | null, period: Period, username?: string): Promise<ReportRow[]> {
  const s = await officialScope(ctx, v, scopeId, username);
  const evals: Evaluated[] = await evaluatedDossiers(ctx.store, byPeriod(s.dossiers.ids, period, s.dossiers.actorId));
  const counts = (id: string) => s.officials === 'all' || s.officials.has(id);
  const points = collectPoints(evals.map((d) => ({ e: d.e, participants: d.actors.filter(counts).map((id) => ({ key: id, owns: (x: { closedBy: string | null }) => x.closedBy === id })) })));
  const ids = [...new Set([...points.keys(), ...s.always])];
  const [names, places, units, dir] = await Promise.all([officerNames(ctx.store, ids), officerPlaces(ctx.store, ids), listUnits(ctx.store), agencyDirectory(ctx.store)]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rows = ids.map((id) => {
    const g = places.get(id);
    const p = points.get(id) ?? [];
    const n = names.get(id);
    return rowOf({ id, code: n?.username ?? null, name: n?.fullName ?? id, agency: g?.agencyId ? (dir.byId.get(g.agencyId)?.name ?? null) : null, unit: g?.unitId ? (unitName.get(g.unitId) ?? null) : null }, p, officialScore(p));
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export async function evaluationReport(ctx: ServiceContext, q: EvaluationQuery) {
  const period = periodOf(q);
  const v = await viewerOf(ctx);
  const scope = q.scope ? await agencyNamed(ctx, q.scope) : null;
  const scopeId = scope?.id ?? null;
  const rows = q.level === 'agency' ? await agencyRows(ctx, v, scopeId, period) : q.level === 'unit' ? await unitRows(ctx, v, scopeId, period) : await officialRows(ctx, v, scopeId, period, q.official);
  return {
    level: q.level,
    scope: scope ? { id: scope.id, code: scope.code, name: scope.name } : null,
    from: period.from,
    to: period.to,
    period: periodLabelVi(period),
    indicatorIds: q.level === 'official' ? [...OFFICIAL_INDICATORS] : [...INDICATOR_IDS],
    rows,
  };
}

export type EvaluationReport = Awaited<ReturnType<typeof evaluationReport>>;
