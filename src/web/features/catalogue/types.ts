/** Shapes of the catalogue API as the web app reads them (the record itself is the domain's interchange type). */
import type { DutyKind, DutyState } from '../../../domain/catalogue';
import type { Channel, OnlineLevel, ProcedureLevel, ProcedureRecord } from '../../../domain/procedure';

export type { Channel, OnlineLevel, ProcedureLevel, ProcedureRecord };

export type ProcedureSummary = { code: string; name: string; field: string; levels: ProcedureLevel[]; onlineLevel: OnlineLevel | null; locationIndependent: boolean };
export type SearchResult = { items: ProcedureSummary[]; total: number };

export type SearchParams = {
  q?: string | undefined;
  field?: string | undefined;
  level?: string | undefined;
  agency?: string | undefined;
  online?: string | undefined;
  /** true: only procedures received regardless of the applicant's address. */
  locationIndependent?: boolean | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export type VersionInfo = { version: number; status: 'draft' | 'published'; effectiveFrom: string | null; effectiveTo: string | null; decisionNumber: string | null };
export type Assignment = { agencyCode: string; agencyName: string; level: ProcedureLevel; channels: Channel[] };

export type ProcedureDetail = ProcedureRecord & {
  version: number;
  status: 'draft' | 'published';
  effectiveFrom: string | null;
  effectiveTo: string | null;
  decisionNumber: string | null;
  versions: VersionInfo[];
  assignments: Assignment[];
};

/** One change between two versions; `label` is its Vietnamese name ("Không phụ thuộc địa giới hành chính"). */
export type Change = { path: string; label: string; before: unknown; after: unknown };
export type Diff = { code: string; from: number; to: number; changes: Change[] };

export type Draft = { id: string; code: string; versionNo: number; status: 'draft'; record: ProcedureRecord; lockVersion: number; updatedAt: string };

export type ImportResult = {
  created: number;
  updated: number;
  unchanged: number;
  published: string | null;
  errors: { index: number; code: string | null; problems: { path: string; message: string }[] }[];
};

export const DECISION_ACTIONS = ['new', 'amended', 'replaced', 'abolished'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];
export type IssuerLevel = 'central' | 'province';

export type DecisionBase = {
  id: string;
  number: string;
  decisionDate: string;
  issuer: string;
  issuerLevel: IssuerLevel;
  effectiveDate: string;
  status: 'draft' | 'published';
  note: string | null;
  publishedAt: string | null;
  version: number;
};
export type DecisionSummary = DecisionBase & { items: number };
export type DecisionItem = { procedureCode: string; action: DecisionAction; versionId: string | null };
export type DecisionDetail = DecisionBase & { items: DecisionItem[] };
export type DecisionInput = {
  number: string;
  decisionDate: string;
  issuer: string;
  issuerLevel: IssuerLevel;
  effectiveDate: string;
  note?: string | null;
  items: { procedureCode: string; action: DecisionAction }[];
};

export type PlannedDuty = { kind: DutyKind; basisDate: string; dueDate: string };
export type PublishResult = { number: string; items: unknown[]; duties: PlannedDuty[] };

export type Duty = {
  id: string;
  kind: DutyKind;
  basisDate: string;
  dueDate: string;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
  decisionNumber: string;
  issuer: string;
  state: DutyState;
};
