/**
 * One dossier's evaluation (TT 01/2018 art. 13–14): indicators 1 and 2 from its timeline, 3, 4 and 7
 * from the applicant's rating and complaints; and how those points count for each participant — the
 * agency, the unit and the official get the dossier's 1, 3, 4 and 7, and for indicator 2 the time of
 * their own steps (art. 13.2: "each participating agency or unit").
 */
import { attitudeMark, bodiesMark, contactsMark, type RatingFacts } from './citizen';
import type { IndicatorId, Mark, OfficialIndicatorId, Points } from './indicators';
import { stepPoints, stepsMark, totalTimeMark, type StepTime } from './timing';

export type StepFacts = StepTime & {
  agencyId: string | null;
  /** The unit whose time this step is: the step's own unit, else the unit of the officer who closed it. */
  unitId: string | null;
  /** The officer whose action ended the step. */
  closedBy: string | null;
};

export type DossierFacts = {
  statutoryDueAt: Date | null;
  finishedAt: Date | null;
  extended: boolean;
  steps: readonly StepFacts[];
  rating: RatingFacts | null;
  substantiatedComplaint: boolean;
};

export type DossierEvaluation = {
  marks: Record<OfficialIndicatorId, Mark>;
  steps: (StepFacts & { points: Points | null })[];
};

export function evaluateDossier(f: DossierFacts): DossierEvaluation {
  return {
    marks: {
      1: totalTimeMark(f),
      2: stepsMark(f.steps),
      3: contactsMark(f.rating),
      4: bodiesMark(f.rating),
      7: attitudeMark(f.rating, f.substantiatedComplaint),
    },
    steps: f.steps.map((s) => ({ ...s, points: stepPoints(s) })),
  };
}

export type DossierPoints = Partial<Record<IndicatorId, Points | null>>;

/** The dossier's points as they count for a participant whose steps `owns` picks out. */
export function pointsFor(e: DossierEvaluation, owns: (s: StepFacts) => boolean): DossierPoints {
  const own = e.steps.filter((s) => owns(s) && s.points !== null).map((s) => s.points!);
  return {
    1: e.marks[1].points,
    2: own.length ? (Math.min(...own) as Points) : null,
    3: e.marks[3].points,
    4: e.marks[4].points,
    7: e.marks[7].points,
  };
}

/** Collects, per participant key, the points of every dossier it took part in. */
export function collectPoints(evals: Iterable<{ e: DossierEvaluation; participants: Iterable<{ key: string; owns: (s: StepFacts) => boolean }> }>): Map<string, DossierPoints[]> {
  const out = new Map<string, DossierPoints[]>();
  for (const { e, participants } of evals) {
    for (const p of participants) {
      const rows = out.get(p.key) ?? [];
      rows.push(pointsFor(e, p.owns));
      out.set(p.key, rows);
    }
  }
  return out;
}
