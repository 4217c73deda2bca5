import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { catalogueKeys } from './queries';
import type { DecisionDetail, DecisionInput, DecisionSummary, Duty, PublishResult } from './types';

const decisionUrl = (number: string) => `/api/admin/decisions/${encodeURIComponent(number)}`;

export function useDecisions() {
  return useQuery({ queryKey: catalogueKeys.decisions(), queryFn: () => api<DecisionSummary[]>('GET', '/api/admin/decisions') });
}

export function useDecision(number: string | undefined) {
  return useQuery({ queryKey: catalogueKeys.decision(number ?? ''), queryFn: () => api<DecisionDetail>('GET', decisionUrl(number!)), enabled: !!number });
}

export function useCreateDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionInput) => api<DecisionDetail>('POST', '/api/admin/decisions', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: catalogueKeys.decisions() }),
  });
}

/** Publishes a decision; the whole catalogue (versions in force, duties) is refreshed afterwards. */
export function usePublishDecision() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (number: string) => api<PublishResult>('POST', `${decisionUrl(number)}/publish`),
    onSettled: () => qc.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

export function useDuties(open = false) {
  return useQuery({ queryKey: catalogueKeys.duties(open), queryFn: () => api<Duty[]>('GET', `/api/admin/duties${open ? '?open=true' : ''}`) });
}

export function useMarkDutyDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; note: string | null }) => api<Duty[]>('POST', `/api/admin/duties/${encodeURIComponent(v.id)}/done`, { note: v.note }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...catalogueKeys.all, 'duties'] }),
  });
}
