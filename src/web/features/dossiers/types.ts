/** Shapes of the dossier API as the web app reads them; statuses, actions and steps come from the shared domain. */
import type { Role } from '../../../domain/access';
import type { ActionName, StatusCode, Step } from '../../../domain/dossier';
import type { DocumentSource } from '../../../domain/documents/digitisation';
import type { Channel, ProcessingTime } from '../../../domain/procedure';

export type { ActionName, StatusCode };

export const QUEUES = ['to-receive', 'mine', 'unit', 'due-soon', 'late', 'awaiting-supplement', 'to-sign', 'to-return'] as const;
export type QueueName = (typeof QUEUES)[number];
export const isQueue = (s: string | undefined): s is QueueName => (QUEUES as readonly string[]).includes(s ?? '');

export type ApplicantKind = 'individual' | 'organisation';
export type Applicant = { kind: ApplicantKind; name: string; idNumber: string; phone?: string | null; email?: string | null; address?: string | null };
export type ReceivedDocument = { name: string; copies?: string; digitised: boolean; fileId?: string | null; source?: DocumentSource };

export type ReceiptInput = {
  procedureCode: string;
  channel: Channel;
  agencyCode?: string;
  applicant: Applicant;
  owner?: Applicant | null;
  documents: ReceivedDocument[];
  note?: string | null;
};

export type HistoryEntry = {
  seq: number;
  action: ActionName | 'create';
  actorName: string;
  actorRole: Role | null;
  agencyCode: string | null;
  at: string;
  step: number;
  statusAfter: StatusCode;
  comment: string | null;
  payload: Record<string, unknown>;
};

export type StepRecord = {
  seq: number;
  stepIndex: number;
  stepKey: string;
  stepName: string;
  unitCode: string | null;
  agencyCode: string | null;
  startedAt: string;
  dueAt: string | null;
  finishedAt: string | null;
  late: boolean | null;
};

export type DossierView = {
  code: string;
  status: StatusCode;
  statusName: string;
  procedure: { code: string };
  channel: Channel;
  applicant: Applicant;
  owner: Applicant | null;
  documents: ReceivedDocument[];
  /** Answers to the procedure's own fields, for an online submission. */
  formData?: Record<string, unknown> | null;
  note: string | null;
  receivingAgency: string | null;
  handlingAgency: string | null;
  processingTime: ProcessingTime | null;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  stepDueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  late: boolean;
  dueSoon: boolean;
  assignee: { username: string; fullName: string } | null;
  currentStep: number;
  extensions: number;
  decision: 'approved' | 'rejected' | null;
  transferredTo: string | null;
  steps: Step[];
  stepHistory: StepRecord[];
  history: HistoryEntry[];
  availableActions: ActionName[];
  /** When it was imported from the previous one-stop system (null: received here). */
  importedAt?: string | null;
  version: number;
};

export type QueueItem = {
  code: string;
  status: StatusCode;
  statusName: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  channel: Channel;
  applicantName: string;
  receivedAt: string | null;
  dueAt: string | null;
  stepDueAt: string | null;
  stepKind: string | null;
  late: boolean;
  dueSoon: boolean;
};

export type QueuePage = { items: QueueItem[]; nextCursor: string | null };

export type QueueFilters = {
  q?: string | undefined;
  channel?: Channel | undefined;
  procedure?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
};

/** The 409 body of a refused action: the state the dossier is really in. */
export type ConflictBody = { currentStatus?: StatusCode; currentStatusName?: string; availableActions?: ActionName[]; currentVersion?: number };
