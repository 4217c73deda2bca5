/** Shapes of the online-submission API as the web app reads them (content and ratings are the domain's types). */
import type { ApplicationContent, CitizenMilestone, MilestoneState, StatusCode } from '../../../domain/dossier';
import type { RatingChannel, RatingInput, RatingTime } from '../../../domain/feedback';

export type { ApplicationContent, RatingInput };

export type Applicant = { kind: 'individual' | 'organisation'; name: string; idNumber: string; phone: string | null; email: string | null; address: string | null };

export type Draft = { id: string; procedureCode: string; content: ApplicationContent; applicant: Applicant; version: number; createdAt: string; updatedAt: string };
export type DraftSummary = { id: string; procedureCode: string; procedureName: string | null; version: number; createdAt: string; updatedAt: string };

export type Rating = { time: RatingTime; contacts: number; bodies: number; attitude: number; comment: string | null; channel: RatingChannel; createdAt: string; updatedAt: string; editableUntil: string; editable: boolean };

export type CitizenDossierSummary = {
  code: string;
  status: StatusCode;
  statusName: string;
  channel: string;
  procedureCode: string;
  procedureName: string;
  agencyName: string;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  late: boolean;
};

export type CitizenDossier = {
  code: string;
  status: StatusCode;
  statusName: string;
  channel: string;
  procedure: { code: string; name: string };
  receivingAgency: string | null;
  handlingAgency: string | null;
  processingAt: string | null;
  currentStep: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  late: boolean;
  milestones: { key: CitizenMilestone; state: MilestoneState; at: string | null }[];
  timeline: { at: string; action: string; label: string; statusAfter: number; agency: string | null; note: string | null }[];
  supplement: { reason: string; documents: string[]; requestedAt: string } | null;
  applicant: Record<string, unknown>;
  formData: Record<string, unknown> | null;
  documents: { name: string; source: string | null; fileId: string | null; supplement: boolean }[];
  issued: { id: string; kind: 'form' | 'result'; form: string; number: string | null; title: string; createdAt: string; signed: boolean; verificationCode: string | null; revoked: boolean }[];
  fees: { label: string; amount: number | null; asWritten: string }[];
  feePending: boolean;
  actions: ('supplement_received' | 'withdraw')[];
  rating: Rating | null;
  canRate: boolean;
  version: number;
};

export type StoreItem = {
  kind: 'upload' | 'result';
  id: string;
  fileId: string;
  title: string;
  dossierCode: string;
  procedureName: string;
  at: string;
  fileName?: string;
  verificationCode?: string;
  agencyName?: string;
};
export type MyDocuments = { uploads: StoreItem[]; results: StoreItem[] };

export type RatingSummary = {
  code: string;
  status: StatusCode;
  statusName: string;
  procedure: { code: string; name: string };
  agency: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  returnedAt: string | null;
  rating: Rating | null;
  canRate: boolean;
};
