import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type { Approval, ProcessOverview, Step } from './types';

/** Query keys of the internal processes: one overview per procedure and agency. */
export const processKeys = {
  all: ['processes'] as const,
  overview: (code: string, agency: string) => [...processKeys.all, code, agency] as const,
};

const processUrl = (code: string, agency: string) => `/api/admin/processes/${encodeURIComponent(code)}/${encodeURIComponent(agency)}`;
const fetchOverview = (code: string, agency: string) => api<ProcessOverview>('GET', processUrl(code, agency));
const noRetryOn404 = (n: number, e: Error) => !(e instanceof ApiError && e.status === 404) && n < 1;

export function useProcess(code: string | undefined, agency: string | undefined) {
  return useQuery({
    queryKey: processKeys.overview(code ?? '', agency ?? ''),
    queryFn: () => fetchOverview(code!, agency!),
    enabled: !!code && !!agency,
    retry: noRetryOn404,
  });
}

/** The overview of the procedure's process at each of the agencies (for the list of receiving agencies). */
export function useProcesses(code: string, agencies: string[]) {
  return useQueries({
    queries: agencies.map((agency) => ({ queryKey: processKeys.overview(code, agency), queryFn: () => fetchOverview(code, agency), retry: noRetryOn404 })),
  });
}

export function useSaveProcessDraft(code: string, agency: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (steps: Step[]) => api<ProcessOverview>('PUT', `${processUrl(code, agency)}/draft`, { steps }),
    onSuccess: (o) => qc.setQueryData(processKeys.overview(code, agency), o),
  });
}

export function useApproveProcess(code: string, agency: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Approval) => api<ProcessOverview>('POST', `${processUrl(code, agency)}/approve`, body),
    onSuccess: (o) => qc.setQueryData(processKeys.overview(code, agency), o),
  });
}
