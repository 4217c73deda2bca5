import { can } from '../../domain/access';
import { INDICATOR_IDS, INDICATOR_NAMES_VI, OFFICIAL_BAND_VI, OFFICIAL_INDICATORS, periodLabelVi, quarterContaining, scoreOfficialTenths, type AgencyIndicatorId, type IndicatorId } from '../../domain/evaluation';
import { AppError, notFound } from '../errors';
import { findDossier } from '../storage/dossiers';
import { agencyDirectory } from './agency-directory';
import { requireActor } from './authorize';
import type { ServiceContext } from './context';
import { rolesOn } from './dossier-view';
import { agencyMarks, evaluatedDossiers } from './evaluation-compute';

/**
 * The 9 indicators of one dossier with their reasons (TT 01/2018 art. 13): 1, 2, 3, 4, 7 from the
 * dossier itself, 5, 6, 8, 9 of its receiving agency over the quarter in which it was resolved (the
 * current quarter while it is open). Seen by whoever may read the dossier, and by procedure control.
 */
export async function dossierEvaluation(ctx: ServiceContext, code: string) {
  const actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const dir = await agencyDirectory(ctx.store);
  if (rolesOn(dir, actor, d).length === 0 && !can(actor, 'evaluation.all')) throw new AppError('FORBIDDEN', 'Hồ sơ này không thuộc phạm vi của bạn.');
  const [ev] = await evaluatedDossiers(ctx.store, { dossierId: d.id });
  const resolved = d.status === 9 || d.status === 10;
  const period = quarterContaining(resolved && d.finishedAt ? d.finishedAt : new Date());
  const marks = (await agencyMarks(ctx.store, [d.receivingAgencyId], period)).get(d.receivingAgencyId)!;
  const markOf = (id: IndicatorId) => (id === 5 || id === 6 || id === 8 || id === 9 ? marks[id as AgencyIndicatorId] : ev!.e.marks[id]);
  const own = scoreOfficialTenths(Object.fromEntries(OFFICIAL_INDICATORS.map((id) => [id, ev!.e.marks[id].points === null ? null : ev!.e.marks[id].points! * 10])));
  const agency = dir.byId.get(d.receivingAgencyId);
  return {
    code: d.code,
    status: d.status,
    resolved,
    agency: agency ? { code: agency.code, name: agency.name } : null,
    period: { from: period.from, to: period.to, label: periodLabelVi(period) },
    indicators: INDICATOR_IDS.map((id) => {
      const m = markOf(id);
      return { id, name: INDICATOR_NAMES_VI[id], scope: id === 5 || id === 6 || id === 8 || id === 9 ? ('agency' as const) : ('dossier' as const), points: m.points, reason: m.reason };
    }),
    steps: ev!.e.steps.map((s) => ({ name: s.name, kind: s.kind, participant: s.participant, dueAt: s.dueAt, finishedAt: s.finishedAt, points: s.points })),
    /** The dossier's indicators 1+2+3+4+7 (maximum 10), as they count for the officials who handled it. */
    score: { total: own.total, max: own.max, converted: own.converted, band: own.band, bandName: own.band ? OFFICIAL_BAND_VI[own.band] : null },
  };
}

export type DossierEvaluationView = Awaited<ReturnType<typeof dossierEvaluation>>;
