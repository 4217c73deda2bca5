import type { CostComparison, CostScenario, ScenarioCost } from '../../../domain/compliance-cost';
import type { ImpactContent, ReviewAction, ReviewContent, ReviewStatus } from '../../../domain/review';

/** Shapes of the review, plan, impact-assessment and inspection API as the web app reads them. */
export type Named = { code: string; name: string };

export type Measured = {
  since: string;
  until: string;
  dossiersPerYear: number;
  returned: number;
  medianOfficeHours: number | null;
  medianWorkingDays: number | null;
  supplementShare: number | null;
  feeChannel: string | null;
  fees: number;
  unknownFees: string[];
  timeLimit: string | null;
  hourlyIncome: number;
};

export type Review = {
  id: string;
  procedure: Named & { versionNo: number };
  agency: Named;
  year: number;
  status: ReviewStatus;
  statusName: string;
  content: ReviewContent;
  result: CostComparison;
  measured: Measured;
  plan: { planId: string; itemId: string; deadline: string } | null;
  returnReason: string | null;
  version: number;
  canEdit: boolean;
  availableActions: ReviewAction[];
};

export type ReviewRow = {
  id: string;
  procedure: Named & { versionNo: number };
  agency: Named;
  year: number;
  status: ReviewStatus;
  currentAnnual: number;
  proposedAnnual: number;
  savingAnnual: number;
  rate: number | null;
  proposalCount: number;
  deadline: string | null;
};

export type Progress = { total: number; not_started: number; in_progress: number; submitted: number; approved: number; overdue: number; percent: number };

export type PlanItem = {
  id: string;
  procedureCode: string;
  procedureName: string | null;
  reviewingAgency: Named;
  reviewingUnit: string;
  deadline: string;
  reviewId: string | null;
  state: string;
  savingAnnual: number | null;
};

export type ReviewPlan = { id: string; agency: Named; year: number; number: string | null; issuedOn: string | null; title: string; progress: Progress; items: PlanItem[] };

export type Summary = {
  year: number;
  registered: Progress;
  reviews: number;
  approved: number;
  submitted: number;
  proposals: number;
  currentAnnual: number;
  proposedAnnual: number;
  savingAnnual: number;
  rate: number | null;
  byAgency: { agencyCode: string; agencyName: string; reviews: number; approved: number; proposals: number; savingAnnual: number; rate: number | null }[];
};

export type Impact = {
  id: string;
  agency: Named;
  year: number;
  draft: { name: string; number: string | null };
  procedureName: string;
  procedureCode: string | null;
  status: ReviewStatus;
  content: ImpactContent;
  cost: ScenarioCost;
  version: number;
  canEdit: boolean;
  availableActions: ReviewAction[];
};

export type Finding = {
  id: string;
  planId: string;
  agency: Named;
  description: string;
  severity: 'minor' | 'major';
  dossierCodes: string[];
  procedureCodes: string[];
  unit: Named | null;
  fixRequired: string;
  dueDate: string;
  overdue: boolean;
  status: 'open' | 'fixed' | 'verified';
  version: number;
  followUps: { status: string; note: string; actorName: string; at: string }[];
  canFollowUp: boolean;
};

export type InspectionPlanSummary = { id: string; agency: Named; year: number; number: string | null; title: string; scope: string };
export type InspectionPlan = InspectionPlanSummary & { canManage: boolean; visits: { id: string; agency: Named; visitDate: string; team: string; conclusion: string; findings: Finding[] }[] };

export type { CostScenario, ReviewContent };
