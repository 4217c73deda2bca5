import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type { ApplicationContent, CitizenDossier, CitizenDossierSummary, Draft, DraftSummary, MyDocuments, Rating, RatingInput, RatingSummary } from './types';

/** Query keys of the citizen's own data: everything under ['citizen'] so one action refreshes it all. */
export const citizenKeys = {
  all: ['citizen'] as const,
  drafts: () => [...citizenKeys.all, 'drafts'] as const,
  draft: (id: string) => [...citizenKeys.all, 'drafts', id] as const,
  dossiers: () => [...citizenKeys.all, 'dossiers'] as const,
  dossier: (code: string) => [...citizenKeys.all, 'dossiers', code] as const,
  documents: () => [...citizenKeys.all, 'documents'] as const,
};

const noRetryOn = (...statuses: number[]) => (n: number, e: unknown) => !(e instanceof ApiError && statuses.includes(e.status)) && n < 1;

/** 401: the portal account is not logged in (the pages then offer the login link). */
export const needsLogin = (e: unknown) => e instanceof ApiError && e.status === 401;

export const useDrafts = () => useQuery({ queryKey: citizenKeys.drafts(), queryFn: () => api<DraftSummary[]>('GET', '/api/citizen/drafts'), retry: noRetryOn(401) });

export function useDraft(id: string | undefined) {
  return useQuery({ queryKey: citizenKeys.draft(id ?? ''), queryFn: () => api<Draft>('GET', `/api/citizen/drafts/${id}`), enabled: !!id, retry: noRetryOn(401, 404), staleTime: Infinity });
}

export function useCreateDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { procedureCode: string; content: ApplicationContent }) => api<Draft>('POST', '/api/citizen/drafts', v),
    onSuccess: (d) => {
      qc.setQueryData(citizenKeys.draft(d.id), d);
      return qc.invalidateQueries({ queryKey: citizenKeys.drafts(), exact: true });
    },
  });
}

export const saveDraft = (id: string, version: number, content: ApplicationContent) => api<Draft>('PUT', `/api/citizen/drafts/${id}`, { version, content });

export function useDeleteDraft() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api<void>('DELETE', `/api/citizen/drafts/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: citizenKeys.drafts() }) });
}

/** Submits a draft; the key is made once per application screen, so a retry after a lost answer gets the same dossier. */
export function useSubmitDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; key: string }) => api<CitizenDossier>('POST', `/api/citizen/drafts/${v.id}/submit`, undefined, { 'Idempotency-Key': v.key }),
    onSuccess: async (d) => {
      // The draft is gone on the server; its screen navigates away, so its own query is left alone.
      qc.setQueryData(citizenKeys.dossier(d.code), d);
      await Promise.all([citizenKeys.drafts(), citizenKeys.dossiers(), citizenKeys.documents()].map((queryKey) => qc.invalidateQueries({ queryKey, exact: true })));
    },
  });
}

export const useMyDossiers = () => useQuery({ queryKey: citizenKeys.dossiers(), queryFn: () => api<CitizenDossierSummary[]>('GET', '/api/citizen/dossiers'), retry: noRetryOn(401) });

export function useMyDossier(code: string | undefined) {
  return useQuery({ queryKey: citizenKeys.dossier(code ?? ''), queryFn: () => api<CitizenDossier>('GET', `/api/citizen/dossiers/${encodeURIComponent(code!)}`), enabled: !!code, retry: noRetryOn(401, 404, 400) });
}

export const useMyDocuments = (enabled = true) => useQuery({ queryKey: citizenKeys.documents(), queryFn: () => api<MyDocuments>('GET', '/api/citizen/documents'), retry: noRetryOn(401), enabled });

/** An action on the citizen's dossier (supplement, withdraw) that answers the dossier as they now see it. */
function useDossierMutation<V>(code: string, path: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => api<CitizenDossier>('POST', `/api/citizen/dossiers/${encodeURIComponent(code)}/${path}`, v),
    onSuccess: (d) => {
      qc.setQueryData(citizenKeys.dossier(code), d);
      return qc.invalidateQueries({ queryKey: citizenKeys.dossiers(), exact: true });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) return qc.invalidateQueries({ queryKey: citizenKeys.dossier(code) });
    },
  });
}

export const useSupplement = (code: string) => useDossierMutation<{ version: number; comment?: string; documents: { name: string; fileId: string }[] }>(code, 'supplement');
export const useWithdraw = (code: string) => useDossierMutation<{ version: number; reason: string }>(code, 'withdraw');

export function useRateMyDossier(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: RatingInput) => api<Rating>('PUT', `/api/citizen/dossiers/${encodeURIComponent(code)}/rating`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: citizenKeys.dossier(code) }),
  });
}

const ratingKeys = { token: (code: string, t: string) => ['rating', 'token', code, t] as const, counter: (code: string) => ['rating', 'counter', code] as const };

export function useRatingByToken(code: string, token: string) {
  return useQuery({ queryKey: ratingKeys.token(code, token), queryFn: () => api<RatingSummary>('GET', `/api/public/dossiers/${encodeURIComponent(code)}/rating?t=${encodeURIComponent(token)}`), retry: noRetryOn(404, 400, 429) });
}

export function useRateByToken(code: string, token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: RatingInput) => api<Rating>('PUT', `/api/public/dossiers/${encodeURIComponent(code)}/rating?t=${encodeURIComponent(token)}`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.token(code, token) }),
  });
}

export function useCounterRating(code: string | undefined) {
  return useQuery({ queryKey: ratingKeys.counter(code ?? ''), queryFn: () => api<RatingSummary>('GET', `/api/counter/ratings/${encodeURIComponent(code!)}`), enabled: !!code, retry: noRetryOn(401, 403, 404, 400) });
}

export function useRateAtCounter(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: RatingInput) => api<Rating>('PUT', `/api/counter/ratings/${encodeURIComponent(code)}`, v),
    onSuccess: () => qc.invalidateQueries({ queryKey: ratingKeys.counter(code) }),
  });
}
