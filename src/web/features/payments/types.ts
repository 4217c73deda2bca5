/** Shapes of the payments API as the web app reads them; statuses and methods come from the shared domain. */
import type { ObligationLine, ObligationStatus, OnlineMethod, PaymentMethod, PaymentStatus } from '../../../domain/payments';

export type { ObligationLine, ObligationStatus, OnlineMethod, PaymentMethod, PaymentStatus };

export type PaymentView = {
  id: string;
  method: PaymentMethod;
  methodName: string;
  status: PaymentStatus;
  statusName: string;
  amount: number;
  surplus: boolean;
  createdAt: string;
  expiresAt: string | null;
  paidAt: string | null;
  txnRef: string | null;
  providerTxnNo: string | null;
  bankCode: string | null;
  reference: string | null;
  receipt: { series: string; number: string; documentId: string | null } | null;
  refund: { status: string; reason: string; requestedAt: string; doneAt: string | null } | null;
  refundable: boolean;
};

export type ObligationView = {
  id: string;
  basis: 'schedule' | 'officer';
  status: ObligationStatus;
  statusName: string;
  amount: number;
  lines: ObligationLine[];
  discounts: { decision: string; amount: number }[];
  exemption: { code: string; label: string; evidence: string } | null;
  quantities: Record<string, { copies: number; units?: number }> | null;
  dueAt: string | null;
  overdue: boolean;
  createdAt: string;
  paidAt: string | null;
  cancelledReason: string | null;
  version: number;
  payments: PaymentView[];
};

export type DossierObligations = {
  code: string;
  dossierStatus: number;
  obligations: ObligationView[];
  exemptions: { code: string; label: string; evidence: string; percent: number; legalBasis: string }[];
  items: { key: string; label: string; basis: string; unitName: string | null; amount: number }[];
  canCollect: boolean;
  canAdjust: boolean;
  onlineMethods: OnlineMethod[];
};

export type ApplicantObligation = {
  id: string;
  dossierCode: string;
  dossierStatus: number;
  procedure: { code: string; name: string };
  agency: string | null;
  status: ObligationStatus;
  statusName: string;
  amount: number;
  lines: ObligationLine[];
  discounts: { decision: string; amount: number }[];
  dueAt: string | null;
  overdue: boolean;
  payable: boolean;
  methods: OnlineMethod[];
  via: 'citizen' | 'token';
  payments: { id: string; method: PaymentMethod; methodName: string; status: PaymentStatus; statusName: string; amount: number; paidAt: string | null; surplus: boolean; receipt: { series: string; number: string } | null }[];
};

export type PaymentResult =
  | { verified: false }
  | { verified: true; paymentId: string; obligationId: string; dossierCode: string; status: PaymentStatus; amount: number; surplus: boolean; providerCode: string | null; providerSaysSuccess: boolean; paidAt: string | null; date: string; receipt: { series: string; number: string } | null };

export type CollectionsReport = {
  scope: string;
  from: string;
  to: string;
  unit: string;
  rows: { period: string; agency: string; procedureCode: string; procedureName: string; method: PaymentMethod; channel: string; payments: number; amount: number; refunds: number; refundedAmount: number }[];
  totals: { payments: number; amount: number; refunds: number; refundedAmount: number; net: number; onlineShare: number };
};

export type OnlinePaymentReport = {
  scope: string;
  indicators: { id: string; name: string; percent: number; max: number; target: number | null; score: number }[];
  apiScore: number;
  displayScore: number;
};
