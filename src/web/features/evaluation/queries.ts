import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiBlob, ApiError } from '../../api/client';
import type { DossierEvaluation, EvaluationQuery, EvaluationReport, PublicEvaluations } from './types';

export const evaluationKeys = {
  report: (q: EvaluationQuery) => ['evaluations', 'report', q] as const,
  public: (from: string, to: string) => ['evaluations', 'public', from, to] as const,
  dossier: (code: string, version: number) => ['evaluations', 'dossier', code, version] as const,
};

const search = (q: Record<string, string | undefined>) => new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1])).toString();
const noRetryOn = (...statuses: number[]) => (n: number, e: Error) => !(e instanceof ApiError && statuses.includes(e.status)) && n < 1;

export function useEvaluations(q: EvaluationQuery | null) {
  return useQuery({
    queryKey: evaluationKeys.report(q ?? { level: 'official', from: '', to: '' }),
    queryFn: () => api<EvaluationReport>('GET', `/api/evaluations?${search(q!)}`),
    enabled: !!q,
    placeholderData: keepPreviousData,
    retry: noRetryOn(400, 403, 404),
  });
}

export const downloadEvaluations = (q: EvaluationQuery) => apiBlob(`/api/evaluations?${search({ ...q, format: 'xlsx' })}`);

export function usePublicEvaluations(from: string, to: string) {
  return useQuery({ queryKey: evaluationKeys.public(from, to), queryFn: () => api<PublicEvaluations>('GET', `/api/public/evaluations?${search({ from, to })}`), placeholderData: keepPreviousData });
}

/** Re-read whenever the dossier moves (its version), like the other cards of the dossier page. */
export function useDossierEvaluation(code: string, version: number) {
  return useQuery({ queryKey: evaluationKeys.dossier(code, version), queryFn: () => api<DossierEvaluation>('GET', `/api/evaluations/dossiers/${encodeURIComponent(code)}`), retry: noRetryOn(403, 404) });
}
