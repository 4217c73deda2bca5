import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PaknAction } from '../../../domain/pakn';
import { api, ApiError } from '../../api/client';
import { queryString } from '../catalogue/queries';
import type { Created, Dashboard, InboxFilters, InboxItem, OfficerItem, Paged, PublicAnswer, PublicItem, SenderItem } from './types';

/** Query keys of PAKN: officers' under ['pakn', 'officer'], the portal's under ['pakn', 'public']. */
export const paknKeys = {
  officer: ['pakn', 'officer'] as const,
  inbox: (f: InboxFilters) => [...paknKeys.officer, 'inbox', f] as const,
  item: (code: string) => [...paknKeys.officer, 'item', code] as const,
  dashboard: (q: Record<string, string>) => [...paknKeys.officer, 'dashboard', q] as const,
  public: (q: Record<string, unknown>) => ['pakn', 'public', q] as const,
  answer: (code: string) => ['pakn', 'answer', code] as const,
  mine: ['pakn', 'mine'] as const,
};

const noRetry = (n: number, e: Error) => !(e instanceof ApiError && [400, 403, 404, 429].includes(e.status)) && n < 1;
const enc = encodeURIComponent;

export function useInbox(f: InboxFilters) {
  return useQuery({
    queryKey: paknKeys.inbox(f),
    queryFn: () => api<Paged<InboxItem>>('GET', `/api/pakn${queryString({ status: f.status, category: f.category, overdue: f.overdue ? 'true' : undefined, q: f.q, page: f.page, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOfficerItem(code: string | undefined) {
  return useQuery({ queryKey: paknKeys.item(code ?? ''), queryFn: () => api<OfficerItem>('GET', `/api/pakn/${enc(code!)}`), enabled: !!code, retry: noRetry });
}

/** An action from the version on screen; the answer is the item as it now stands. */
export function usePaknAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { action: PaknAction; version: number; payload: Record<string, unknown> }) => api<OfficerItem>('POST', `/api/pakn/${enc(code)}/actions`, v),
    onSuccess: (item) => {
      qc.setQueryData(paknKeys.item(code), item);
      return qc.invalidateQueries({ queryKey: paknKeys.officer });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) void qc.invalidateQueries({ queryKey: paknKeys.item(code) });
    },
  });
}

export function useRecordPakn() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<Created>('POST', '/api/pakn', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: paknKeys.officer }),
  });
}

export function useDashboard(q: { from?: string | undefined; to?: string | undefined }) {
  const key = { from: q.from ?? '', to: q.to ?? '' };
  return useQuery({ queryKey: paknKeys.dashboard(key), queryFn: () => api<Dashboard>('GET', `/api/pakn/dashboard${queryString({ from: q.from, to: q.to })}`), placeholderData: keepPreviousData });
}

export function usePublicAnswers(q: { q?: string | undefined; agencyId?: string | undefined; category?: string | undefined; page: number }) {
  return useQuery({ queryKey: paknKeys.public(q), queryFn: () => api<Paged<PublicItem>>('GET', `/api/public/pakn${queryString({ ...q, pageSize: 10 })}`), placeholderData: keepPreviousData });
}

export function usePublicAnswer(code: string | undefined) {
  return useQuery({ queryKey: paknKeys.answer(code ?? ''), queryFn: () => api<PublicAnswer>('GET', `/api/public/pakn/${enc(code!)}`), enabled: !!code, retry: noRetry });
}

export const useSubmitPakn = () => useMutation({ mutationFn: (body: Record<string, unknown>) => api<Created>('POST', '/api/public/pakn', body) });

/** The sender's view: fetched by POST so the secret never sits in a URL. */
export function useFollow(code: string | null, secret: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['pakn', 'follow', code, secret],
    queryFn: () => api<SenderItem>('POST', `/api/public/pakn/${enc(code!)}/follow`, secret ? { secret } : {}),
    enabled: enabled && !!code,
    retry: noRetry,
  });
}

export function useSenderAction(code: string, secret: string | null, kind: 'supplement' | 'rating') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<SenderItem>('POST', `/api/public/pakn/${enc(code)}/${kind}`, { ...body, ...(secret ? { secret } : {}) }),
    onSuccess: (item) => {
      qc.setQueryData(['pakn', 'follow', code, secret], item);
      return qc.invalidateQueries({ queryKey: ['pakn', 'public'] });
    },
  });
}

export function useMyPakn(enabled: boolean) {
  return useQuery({ queryKey: paknKeys.mine, queryFn: () => api<{ code: string; title: string; status: string; statusName: string; agency: string; receivedAt: string; processDueAt: string | null }[]>('GET', '/api/citizen/pakn'), enabled, retry: noRetry });
}
