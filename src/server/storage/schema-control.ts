import type { ColumnType, Generated } from 'kysely';

/** Tables of procedure control: reviews, review plans, impact assessments, inspections (migration 20261122008000, ADR 0025). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A PostgreSQL `date` read as text (the pg type parser of connection.ts keeps dates as YYYY-MM-DD). */
type LocalDateColumn = ColumnType<string, string, string>;
/** bigint đồng, read as a number (connection.ts parses INT8). */
type Money = ColumnType<number, number, number>;
type Status = 'draft' | 'submitted' | 'approved';

export interface ReviewPlansTable {
  id: Generated<string>;
  agency_id: string;
  year: number;
  number: string | null;
  issued_on: ColumnType<string | null, string | null | undefined, string | null>;
  title: string;
  note: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface ProcedureReviewsTable {
  id: Generated<string>;
  procedure_code: string;
  procedure_version_id: string;
  procedure_name: string;
  agency_id: string;
  year: number;
  status: Generated<Status>;
  content: Json;
  measured: Json;
  current_annual: Money;
  proposed_annual: Money;
  proposal_count: Generated<number>;
  return_reason: string | null;
  submitted_at: NullableInstant;
  submitted_by: string | null;
  approved_at: NullableInstant;
  approved_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ReviewPlanItemsTable {
  id: Generated<string>;
  plan_id: string;
  procedure_code: string;
  reviewing_agency_id: string;
  reviewing_unit: Generated<string>;
  deadline: LocalDateColumn;
  note: Generated<string>;
  review_id: string | null;
  registered_by: string | null;
  registered_at: Timestamp;
}

export interface ImpactAssessmentsTable {
  id: Generated<string>;
  agency_id: string;
  year: number;
  draft_name: string;
  draft_number: string | null;
  procedure_name: string;
  procedure_code: string | null;
  status: Generated<Status>;
  content: Json;
  annual_cost: Money;
  return_reason: string | null;
  submitted_at: NullableInstant;
  approved_at: NullableInstant;
  approved_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface InspectionPlansTable {
  id: Generated<string>;
  agency_id: string;
  year: number;
  number: string | null;
  title: string;
  scope: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface InspectionVisitsTable {
  id: Generated<string>;
  plan_id: string;
  agency_id: string;
  visit_date: LocalDateColumn;
  team: Generated<string>;
  conclusion: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface InspectionFindingsTable {
  id: Generated<string>;
  visit_id: string;
  description: string;
  severity: 'minor' | 'major';
  dossier_codes: string[];
  procedure_codes: string[];
  unit_id: string | null;
  fix_required: string;
  due_working_days: number;
  due_date: LocalDateColumn;
  status: Generated<'open' | 'fixed' | 'verified'>;
  fixed_at: NullableInstant;
  verified_at: NullableInstant;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}

export interface InspectionFollowUpsTable {
  id: Generated<number>;
  finding_id: string;
  status_after: 'open' | 'fixed' | 'verified';
  note: string;
  actor_id: string | null;
  actor_name: string;
  at: Timestamp;
}

export interface ControlSchema {
  review_plans: ReviewPlansTable;
  procedure_reviews: ProcedureReviewsTable;
  review_plan_items: ReviewPlanItemsTable;
  impact_assessments: ImpactAssessmentsTable;
  inspection_plans: InspectionPlansTable;
  inspection_visits: InspectionVisitsTable;
  inspection_findings: InspectionFindingsTable;
  inspection_follow_ups: InspectionFollowUpsTable;
}
