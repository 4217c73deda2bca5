import { localDateOf } from '../../domain/calendar';
import {
  averagesOf,
  deskMark,
  evaluateDossier,
  OFFICIAL_INDICATORS,
  onlineMark,
  paknMark,
  periodInstants,
  publicationMark,
  scoreAgencyTenths,
  scoreOfficialTenths,
  type AgencyIndicatorId,
  type DossierEvaluation,
  type DossierPoints,
  type IndicatorId,
  type Mark,
  type Period,
  type StepFacts,
} from '../../domain/evaluation';
import { listUnits, type UnitRow } from '../storage/agencies';
import type { Store } from '../storage/database';
import { dossierFacts, officerUnits, type DossierFactRow, type FactsQuery } from '../storage/evaluation';
import { catalogueFigures, dossierFigures, dutyFigures } from '../storage/evaluation-agency';
import { paknTimelinessByAgency, substantiatedComplaintDossiers } from '../storage/pakn-stats';
import { agencyDirectory } from './agency-directory';

/**
 * The evaluation engine between storage and the domain (docs/adr/0021-evaluation.md): the facts of
 * the dossiers of a period, each evaluated by the pure rules of domain/evaluation, and the agency
 * figures behind indicators 5, 6, 8 and 9.
 */
export type Evaluated = { id: string; code: string; receivingAgencyId: string; status: number; e: DossierEvaluation; actors: string[] };

const toDate = (s: string | null | undefined) => (s ? new Date(s) : null);

/** The due time the law gave the dossier: before the first extension, if it was extended. */
const statutoryDue = (r: DossierFactRow) => (r.extended ? (toDate(r.extendedFrom) ?? r.originalDueAt ?? r.dueAt) : r.dueAt);

/** Substantiated complaints, asked in chunks (one bound parameter per dossier). */
async function complaintsOf(store: Store, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 5000) for (const id of await substantiatedComplaintDossiers(store, ids.slice(i, i + 5000))) out.add(id);
  return out;
}

export async function evaluatedDossiers(store: Store, q: FactsQuery): Promise<Evaluated[]> {
  const rows = await dossierFacts(store, q);
  const [units, grants, complaints, dir] = await Promise.all([listUnits(store), officerUnits(store), complaintsOf(store, rows.map((r) => r.id)), agencyDirectory(store)]);
  const unitById = new Map<string, UnitRow>(units.map((u) => [u.id, u]));
  const unitByCode = new Map(units.map((u) => [`${u.agencyId}|${u.code}`, u.id]));
  const officerUnit = new Map<string, string>();
  for (const g of grants) if (!officerUnit.has(`${g.userId}|${g.agencyId}`)) officerUnit.set(`${g.userId}|${g.agencyId}`, g.unitId);
  return rows.map((r) => {
    const steps: StepFacts[] = r.steps.map((s) => {
      // A step of a process without units (the generated default) counts for the unit of the officer who closed it.
      const unitId = s.agencyId && s.unitCode ? (unitByCode.get(`${s.agencyId}|${s.unitCode}`) ?? null) : s.agencyId && s.closedBy ? (officerUnit.get(`${s.closedBy}|${s.agencyId}`) ?? null) : null;
      const participant = (unitId ? unitById.get(unitId)?.name : undefined) ?? (s.agencyId ? dir.byId.get(s.agencyId)?.name : undefined) ?? 'Cơ quan';
      return { name: s.name, kind: s.kind ?? 'process', participant, dueAt: toDate(s.dueAt), finishedAt: toDate(s.finishedAt), agencyId: s.agencyId, unitId, closedBy: s.closedBy };
    });
    const resolved = r.status === 9 || r.status === 10;
    const e = evaluateDossier({ statutoryDueAt: statutoryDue(r), finishedAt: resolved ? r.finishedAt : null, extended: r.extended, steps, rating: r.rating, substantiatedComplaint: complaints.has(r.id) });
    return { id: r.id, code: r.code, receivingAgencyId: r.receivingAgencyId, status: r.status, e, actors: r.actors };
  });
}

/** The agencies a dossier took part in: where it was received and where any of its steps ran. */
export const agenciesOf = (d: Evaluated): Set<string> => new Set([d.receivingAgencyId, ...d.e.steps.flatMap((s) => (s.agencyId ? [s.agencyId] : []))]);
export const unitsOf = (d: Evaluated): Set<string> => new Set(d.e.steps.flatMap((s) => (s.unitId ? [s.unitId] : [])));

export type AgencyMarks = Record<AgencyIndicatorId, Mark>;

/** Indicators 5, 6, 8 and 9 of each agency over the period (judged at `now` for what is still open). */
export async function agencyMarks(store: Store, agencyIds: readonly string[], period: Period, now = new Date()): Promise<Map<string, AgencyMarks>> {
  const ids = [...new Set(agencyIds)];
  const { start, end } = periodInstants(period);
  const [dir, catalogue, dossiers, duties, pakn] = await Promise.all([
    agencyDirectory(store),
    catalogueFigures(store, ids),
    dossierFigures(store, ids, start, end, now),
    dutyFigures(store, ids, period.from, period.to, localDateOf(now)),
    paknTimelinessByAgency(store, ids, start, end),
  ]);
  const out = new Map<string, AgencyMarks>();
  for (const id of ids) {
    const c = catalogue.get(id) ?? { eligible: 0, offered: 0, fullyAtDesk: 0 };
    const d = dossiers.get(id) ?? { dossiers: 0, online: 0, lateOnline: 0, offDeskProcedures: 0 };
    const u = duties.get(id) ?? { postedDue: 0, postedOnTime: 0, electronicDue: 0, electronicOnTime: 0 };
    out.set(id, {
      5: deskMark({ level: dir.byId.get(id)?.level ?? 'province', eligible: c.eligible, fullyAtDesk: c.fullyAtDesk, atDesk: Math.max(0, c.eligible - d.offDeskProcedures) }),
      6: publicationMark({ due: u.postedDue, onTime: u.postedOnTime }, { due: u.electronicDue, onTime: u.electronicOnTime }),
      8: paknMark(pakn.get(id) ?? { total: 0, onTime: 0, prolonged: 0 }),
      9: onlineMark({ eligible: c.eligible, offered: c.offered, dossiers: d.dossiers, online: d.online, lateOnline: d.lateOnline }),
    });
  }
  return out;
}

/** An official's score over their dossiers' points. */
export const officialScore = (points: readonly DossierPoints[]) => scoreOfficialTenths(averagesOf(points, OFFICIAL_INDICATORS));

/** A unit's or agency's score: the averaged dossier indicators plus its agency's 5, 6, 8, 9. */
export function agencyScore(points: readonly DossierPoints[], marks: AgencyMarks | undefined) {
  const tenths: Partial<Record<IndicatorId, number | null>> = averagesOf(points, OFFICIAL_INDICATORS);
  for (const id of [5, 6, 8, 9] as const) {
    const p = marks?.[id].points;
    tenths[id] = p === null || p === undefined ? null : p * 10;
  }
  return scoreAgencyTenths(tenths);
}
