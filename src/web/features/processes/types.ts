/** Shapes of the internal-process API as the web app reads them (the step itself is the domain's type). */
import type { Step, StepKind } from '../../../domain/dossier';
import type { Channel, ProcessingTime } from '../../../domain/procedure';

export type { Step, StepKind };

export type ProcessRow = {
  id: string;
  versionNo: number;
  status: 'draft' | 'approved';
  steps: Step[];
  decisionNumber: string | null;
  decisionDate: string | null;
  approvedBy: string | null;
  effectiveFrom: string | null;
};

export type Statutory = { channel: Channel; time: ProcessingTime | null };

export type ProcessOverview = {
  procedureCode: string;
  agencyCode: string;
  statutory: Statutory[];
  inForce: ProcessRow | null;
  draft: ProcessRow | null;
  versions: ProcessRow[];
  defaultSteps: Step[];
  usingDefault: boolean;
};

export type Approval = { decisionNumber: string; decisionDate: string; approvedBy: string; effectiveFrom: string };
