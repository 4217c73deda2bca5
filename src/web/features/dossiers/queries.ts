import { keepPreviousData, useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import { queryString } from '../catalogue/queries';
import type { ActionName, DossierView, QueueFilters, QueueName, QueuePage, ReceiptInput } from './types';

export const PAGE_SIZE = 50;

/** Query keys of dossiers: everything under ['dossiers'] so an action can refresh every queue at once. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  detail: (code: string) => [...dossierKeys.all, 'detail', code] as const,
  queues: () => [...dossierKeys.all, 'queue'] as const,
  queue: (queue: QueueName, filters: QueueFilters) => [...dossierKeys.queues(), queue, filters] as const,
  count: (queue: QueueName) => [...dossierKeys.queues(), queue, 'count'] as const,
};

const path = (code: string) => `/api/dossiers/${encodeURIComponent(code)}`;
const fetchQueue = (queue: QueueName, filters: QueueFilters, cursor?: string, limit = PAGE_SIZE) =>
  api<QueuePage>('GET', `/api/workqueues/${queue}${queryString({ ...filters, cursor, limit })}`);

export function useDossier(code: string | undefined) {
  return useQuery({
    queryKey: dossierKeys.detail(code ?? ''),
    queryFn: () => api<DossierView>('GET', path(code!)),
    enabled: !!code,
    retry: (n, e) => !(e instanceof ApiError && [403, 404, 400].includes(e.status)) && n < 1,
  });
}

/** One queue, page after page along the server's keyset cursor. */
export function useQueue(queue: QueueName, filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: dossierKeys.queue(queue, filters),
    queryFn: ({ pageParam }) => fetchQueue(queue, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** How many dossiers each queue holds, from its first page ("50+" when there are more). */
export function useQueueCounts(queues: readonly QueueName[]) {
  const results = useQueries({
    queries: queues.map((queue) => ({
      queryKey: dossierKeys.count(queue),
      queryFn: async () => {
        const page = await fetchQueue(queue, {});
        return { count: page.items.length, more: page.nextCursor !== null };
      },
    })),
  });
  return Object.fromEntries(queues.map((q, i) => [q, results[i]!])) as Record<QueueName, (typeof results)[number]>;
}

/**
 * Receives a dossier. The caller passes the Idempotency-Key it generated for this form, so a retry
 * after a lost answer returns the same dossier instead of numbering a second one.
 */
export function useReceiveDossier() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { key: string; body: ReceiptInput }) => api<DossierView>('POST', '/api/dossiers', v.body, { 'Idempotency-Key': v.key }),
    onSuccess: (d) => {
      qc.setQueryData(dossierKeys.detail(d.code), d);
      return qc.invalidateQueries({ queryKey: dossierKeys.queues() });
    },
  });
}

/** Takes an action from the version on screen; a 409 means someone moved first, so the dossier is reloaded. */
export function useDossierAction(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { action: ActionName; version: number; payload: Record<string, unknown> }) => api<DossierView>('POST', `${path(code)}/actions`, v),
    onSuccess: (d) => {
      qc.setQueryData(dossierKeys.detail(code), d);
      return qc.invalidateQueries({ queryKey: dossierKeys.queues() });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) return qc.invalidateQueries({ queryKey: dossierKeys.detail(code) });
    },
  });
}
