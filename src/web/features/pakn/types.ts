import type { PaknAction, PaknCategory, PaknChannel, PaknRating, PaknStatus } from '../../../domain/pakn';

/** Shapes of the PAKN API as the web app reads them (dates arrive as ISO strings). */
export type AgencyRef = { id: string; code: string; name: string; address: string | null; phone: string | null; email: string | null };

export type HistoryEntry = { seq: number; action: string; actionName: string; fromStatus: PaknStatus | null; toStatus: PaknStatus; actorKind: 'officer' | 'sender' | 'system'; actorName: string | null; note: string | null; data: Record<string, unknown>; at: string };

export type OfficerItem = {
  id: string;
  code: string;
  status: PaknStatus;
  statusName: string;
  channel: PaknChannel;
  agency: AgencyRef;
  title: string;
  content: string;
  sender: { name: string | null; address: string | null; phone: string | null; email: string | null; hasAccount: boolean };
  category: PaknCategory | null;
  procedure: { code: string; name: string | null } | null;
  dossierCode: string | null;
  withinCompetence: boolean | null;
  substantiated: boolean | null;
  notAcceptedReason: string | null;
  refusalReason: string | null;
  forwardedTo: string | null;
  forwardedAgency: AgencyRef | null;
  previousCode: string | null;
  forwardedFromCode: string | null;
  duplicateOfCode: string | null;
  mergedCodes: string[];
  ruleSet: { id: string; decision: string; maxExtensionDays: number };
  receivedAt: string;
  clockStartAt: string;
  deadlines: { refuse: string | null; forward: string | null; supplement: string | null; process: string | null; publish: string | null; current: string | null };
  overdue: boolean;
  extended: boolean;
  finishedAt: string | null;
  finishedOnTime: boolean | null;
  answer: string | null;
  isPublic: boolean;
  rating: PaknRating | null;
  version: number;
  availableActions: PaknAction[];
  duplicateCandidates: { code: string; title: string; status: PaknStatus; statusName: string; receivedAt: string; score: number }[];
  history: HistoryEntry[];
};

export type InboxItem = {
  id: string;
  code: string;
  agency: string;
  channel: PaknChannel;
  status: PaknStatus;
  statusName: string;
  title: string;
  senderName: string | null;
  category: PaknCategory | null;
  receivedAt: string;
  dueAt: string | null;
  ackDueAt: string | null;
  overdue: boolean;
  recomplaint: boolean;
};
export type Paged<T> = { total: number; page: number; pageSize: number; items: T[] };

export type InboxFilters = { status?: string | undefined; category?: string | undefined; overdue?: boolean | undefined; q?: string | undefined; page: number };

export type SenderItem = {
  code: string;
  status: PaknStatus;
  statusName: string;
  agency: AgencyRef;
  title: string;
  content: string;
  receivedAt: string;
  processDueAt: string | null;
  notAcceptedReason: string | null;
  refusalReason: string | null;
  supplementRequest: string | null;
  forwardedTo: string | null;
  forwardedCode: string | null;
  duplicateOfCode: string | null;
  previousCode: string | null;
  answer: string | null;
  publishedAt: string | null;
  isPublic: boolean;
  rating: PaknRating | null;
  canSupplement: boolean;
  canRate: boolean;
  history: { action: string; actionName: string; toStatus: PaknStatus; statusName: string; at: string }[];
};

export type PublicItem = { code: string; title: string; content: string; answer: string; category: PaknCategory | null; agency: string; procedureCode?: string | null; receivedAt: string; publishedAt: string };
export type PublicAnswer = PublicItem & { procedure: { code: string; name: string | null } | null };

export type Created = { id?: string; code: string; secret: string; status: PaknStatus; notAcceptedReason?: string | null; processDueAt?: string | null };

export type Dashboard = {
  from: string;
  to: string;
  byCategory: { category: PaknCategory | 'none'; count: number }[];
  byStatus: { status: PaknStatus; statusName: string; count: number }[];
  handled: number;
  notAccepted: number;
  finished: number;
  finishedOnTime: number;
  onTimeRate: number | null;
  openOverdue: number;
  extended: number;
  ratings: { satisfied: number; unsatisfied: number };
  recomplaints: number;
  indicators: { handledOnTime: { ratio: number | null; points: number; max: number }; satisfaction: { ratio: number | null; points: number; max: number } };
  overdue: { id: string; code: string; agency: string; title: string; status: PaknStatus; statusName: string; dueAt: string }[];
};
