import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBlob, ApiError } from '../../api/client';
import { dossierKeys } from '../dossiers/queries';
import type { ApplicantObligation, CollectionsReport, DossierObligations, OnlineMethod, OnlinePaymentReport, PaymentResult } from './types';

/** Query keys: a dossier's obligations sit under the dossier (refreshed by every action), the applicant's by id. */
export const paymentKeys = {
  dossier: (code: string, version: number) => [...dossierKeys.detail(code), 'obligations', version] as const,
  applicant: (id: string, t: string) => ['payments', 'obligation', id, t] as const,
  result: (query: string) => ['payments', 'result', query] as const,
  ofDossier: (code: string, t: string) => ['payments', 'dossier', code, t] as const,
  collections: (q: Record<string, string>) => ['payments', 'collections', q] as const,
  online766: (q: Record<string, string>) => ['payments', 'online-766', q] as const,
};

const noRetryOn = (...statuses: number[]) => (n: number, e: Error) => !(e instanceof ApiError && statuses.includes(e.status)) && n < 1;

export function useDossierObligations(code: string, version: number) {
  return useQuery({ queryKey: paymentKeys.dossier(code, version), queryFn: () => api<DossierObligations>('GET', `/api/dossiers/${encodeURIComponent(code)}/obligations`) });
}

/** After any payment change: the dossier (its status may have moved) and everything under it. */
function useRefreshDossier(code: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: dossierKeys.detail(code) });
}

export function useRecordPayment(code: string) {
  const refresh = useRefreshDossier(code);
  return useMutation({
    mutationFn: (v: { obligationId: string; key: string; method: 'cash' | 'card' | 'transfer'; amount: number; reference?: string }) =>
      api<{ paymentId: string }>('POST', `/api/obligations/${v.obligationId}/payments`, { method: v.method, amount: v.amount, reference: v.reference || null }, { 'idempotency-key': v.key }),
    onSuccess: () => refresh(),
  });
}

export function useAdjustObligation(code: string) {
  const refresh = useRefreshDossier(code);
  return useMutation({
    mutationFn: (v: { obligationId: string; version: number; quantities?: Record<string, { copies: number; units?: number }>; exemption?: { code: string; evidence: string } | null }) =>
      api<void>('POST', `/api/obligations/${v.obligationId}/adjust`, { version: v.version, quantities: v.quantities, exemption: v.exemption ?? null }),
    onSuccess: () => refresh(),
  });
}

export function useRefundPayment(code: string) {
  const refresh = useRefreshDossier(code);
  return useMutation({ mutationFn: (v: { paymentId: string; reason: string }) => api<void>('POST', `/api/payments/${v.paymentId}/refund`, { reason: v.reason }), onSuccess: () => refresh() });
}

export const receiptUrl = (paymentId: string, t?: string | null) => `/api/payments/${paymentId}/receipt.pdf${t ? `?t=${encodeURIComponent(t)}` : ''}`;
export const downloadReceipt = (paymentId: string, t?: string | null) => apiBlob(receiptUrl(paymentId, t));

export function useApplicantObligation(id: string | undefined, t: string | null) {
  return useQuery({
    queryKey: paymentKeys.applicant(id ?? '', t ?? ''),
    queryFn: () => api<ApplicantObligation>('GET', `/api/public/obligations/${encodeURIComponent(id!)}${t ? `?t=${encodeURIComponent(t)}` : ''}`),
    enabled: !!id,
    retry: noRetryOn(400, 404, 429),
  });
}

export const startPayment = (id: string, body: { method: OnlineMethod; t?: string | undefined; locale?: 'vn' | 'en' }) =>
  api<{ paymentId: string; redirectUrl: string; expiresAt: string }>('POST', `/api/payments/${encodeURIComponent(id)}/start`, body);

/** The return page's verdict; polled while the payment is still pending (IPN not yet in), for two minutes at most. */
export function usePaymentResult(provider: OnlineMethod, query: string) {
  return useQuery({
    queryKey: paymentKeys.result(query),
    queryFn: () => api<PaymentResult>('GET', `/api/payments/${provider}/return?${query}`),
    enabled: query !== '',
    retry: noRetryOn(400, 404),
    refetchInterval: (q) => (q.state.data?.verified && q.state.data.status === 'pending' && q.state.dataUpdateCount < 40 ? 3000 : false),
  });
}

export function useCollections(q: Record<string, string> | null) {
  return useQuery({
    queryKey: paymentKeys.collections(q ?? {}),
    queryFn: () => api<CollectionsReport>('GET', `/api/payments/reports/collections?${new URLSearchParams(q!).toString()}`),
    enabled: !!q,
    placeholderData: keepPreviousData,
  });
}

export function useOnline766(q: Record<string, string> | null) {
  return useQuery({
    queryKey: paymentKeys.online766(q ?? {}),
    queryFn: () => api<OnlinePaymentReport>('GET', `/api/payments/reports/online-766?${new URLSearchParams(q!).toString()}`),
    enabled: !!q,
  });
}

export const downloadCollections = (q: Record<string, string>) => apiBlob(`/api/payments/reports/collections?${new URLSearchParams({ ...q, format: 'xlsx' }).toString()}`);

export type DossierFee = { id: string; status: string; amount: number; dueAt: string | null; overdue: boolean; payable: boolean };

/** A dossier's obligations for its applicant (lookup token or own account); errors are quiet (the progress page shows its own). */
export function useDossierFees(code: string, t: string | null) {
  return useQuery({
    queryKey: paymentKeys.ofDossier(code, t ?? ''),
    queryFn: () => api<DossierFee[]>('GET', `/api/public/dossiers/${encodeURIComponent(code)}/obligations${t ? `?t=${encodeURIComponent(t)}` : ''}`),
    retry: false,
  });
}
