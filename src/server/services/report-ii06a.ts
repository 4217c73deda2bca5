/**
 * The periodic report II.06a (TT 01/2020/TT-VPCP; legal digest §5; docs/adr/0027) for a scope (an
 * agency and those below it) and a period: counted in SQL, assembled and checked by the domain
 * (`checkII06a`). A report that breaks an invariant is refused with 422, never sent wrong. Also the
 * configured report periods and the list of late dossiers with their explanations.
 */
import { placeOf } from '../../domain/documents';
import { checkII06a, sumII06a, type II06aReport, type II06aRow } from '../../domain/indicators/ii06a';
import { buildII06aDocument } from '../../domain/indicators/ii06a-form';
import { IndicatorInputError } from '../../domain/indicators/errors';
import { periodBounds, reportPeriod, type PeriodKind } from '../../domain/indicators/periods';
import { renderPdf } from '../documents/pdf';
import { ii06aToXlsx } from '../documents/report-ii06a-excel';
import { AppError, invalid } from '../errors';
import { ii06aCounts, lateDossiers, type II06aCountRow, type II06aQuery } from '../storage/report-ii06a';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { reportScope } from './payment-report-scope';

export type II06aParams = { scope?: string | undefined; from: string; to: string };

/** SQL bounds of a period; a bad date or an inverted period is a 400 with the parameter named. */
export function queryOf(agencyIds: string[] | 'all', p: { from: string; to: string }, now = new Date()): II06aQuery {
  try {
    const b = periodBounds(p);
    return { agencyIds, start: new Date(b.start), endExclusive: new Date(b.endExclusive), overdueRef: new Date(Math.min(b.endExclusive, now.getTime())) };
  } catch (e) {
    if (e instanceof IndicatorInputError) throw invalid(e.message, { errors: [{ name: e.param, reason: e.message }] });
    throw e;
  }
}

function rowOf(r: II06aCountRow): II06aRow {
  const resolved = r.early + r.onTime + r.late;
  const pending = r.withinDeadline + r.overdue;
  return {
    field: r.field,
    received: { total: r.online + r.directOrPostal + r.carriedOver, online: r.online, directOrPostal: r.directOrPostal, carriedOver: r.carriedOver },
    resolved: { total: resolved, early: r.early, onTime: r.onTime, late: r.late },
    pending: { total: pending, withinDeadline: r.withinDeadline, overdue: r.overdue },
  };
}

/**
 * Rows from the SQL counts, re-assembled through the domain (Vietnamese field order, totals = Σ rows)
 * and checked: the received columns and the outcome columns are counted independently in SQL, so
 * received = resolved + pending is a real check of the query.
 */
export function reportOf(counts: II06aCountRow[]): II06aReport {
  const rows = counts.map(rowOf).sort((a, b) => a.field.localeCompare(b.field, 'vi'));
  const report: II06aReport = { rows, totals: sumII06a(rows) };
  const problems = checkII06a(report);
  if (problems.length) throw new AppError('UNPROCESSABLE', `Số liệu báo cáo không khớp: ${problems.map((p) => p.detail).join('; ')}. Báo cáo không được lập.`, { reason: 'II06A_INVARIANT', problems });
  return report;
}

/** The report as JSON: scope label, period and the form's rows and totals. */
export async function ii06aReport(ctx: ServiceContext, p: II06aParams) {
  const scope = await reportScope(ctx, 'report.read', p.scope);
  const q = queryOf(scope.agencyIds, p);
  const report = reportOf(await ii06aCounts(ctx.store, q));
  return { scope: scope.label, from: p.from, to: p.to, ...report };
}

/** Agency printed in the header: the scope's agency, else the officer's first granted agency. */
async function headerAgency(ctx: ServiceContext, code: string | undefined) {
  const dir = await agencyDirectory(ctx.store);
  const a = code ? dir.byCode.get(code) : ctx.actor?.grants.map((g) => (g.agencyId ? dir.byId.get(g.agencyId) : undefined)).find(Boolean);
  if (!a) return { name: 'Cơ quan báo cáo', parentName: null, place: 'Việt Nam' };
  const chain = dir.ancestry(a.id).map((id) => dir.byId.get(id)!).filter(Boolean);
  const parent = chain[1] ?? null;
  return { name: a.name, parentName: parent && parent.level !== 'central' ? parent.name : null, place: placeOf(chain) };
}

export async function ii06aWorkbook(ctx: ServiceContext, p: II06aParams): Promise<Buffer> {
  const r = await ii06aReport(ctx, p);
  const agency = await headerAgency(ctx, p.scope);
  return ii06aToXlsx({ agency: agency.name, place: agency.place, scope: r.scope, from: p.from, to: p.to, generatedAt: new Date(), report: r });
}

export async function ii06aPdf(ctx: ServiceContext, p: II06aParams): Promise<Buffer> {
  const r = await ii06aReport(ctx, p);
  const agency = await headerAgency(ctx, p.scope);
  return renderPdf(buildII06aDocument({ agency, scope: r.scope, from: p.from, to: p.to, issuedAt: new Date(), report: r }));
}

/** The configured period of a kind (default cut-off 15th–14th, digest §5.2). */
export function configuredPeriod(kind: PeriodKind, year: number, part: number | null | undefined) {
  try {
    return reportPeriod(kind, year, part ?? null);
  } catch (e) {
    if (e instanceof IndicatorInputError) throw invalid(e.message, { errors: [{ name: e.param, reason: e.message }] });
    throw e;
  }
}

const LATE_LIMIT = 10_000;

/** Late dossiers of the report (resolved late or overdue), with the recorded explanation. */
export async function lateDossierList(ctx: ServiceContext, p: II06aParams) {
  const scope = await reportScope(ctx, 'report.read', p.scope);
  const q = queryOf(scope.agencyIds, p);
  const dir = await agencyDirectory(ctx.store);
  const rows = await lateDossiers(ctx.store, q, LATE_LIMIT + 1);
  // Said, not hidden: a list cut at the limit says so (narrow the scope or the period).
  const truncated = rows.length > LATE_LIMIT;
  return { scope: scope.label, from: p.from, to: p.to, truncated, rows: rows.slice(0, LATE_LIMIT).map((r) => ({ ...r, agency: dir.byId.get(r.agencyId)?.name ?? r.agencyId })) };
}
