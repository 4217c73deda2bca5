import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type { DrillPage, ScorecardQuery, ScorecardView, TargetRow } from './types';

const search = (q: Record<string, string | number | boolean>) => new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)])).toString();
const noRetryOn = (...statuses: number[]) => (n: number, e: Error) => !(e instanceof ApiError && statuses.includes(e.status)) && n < 1;

/** The scorecard (officers: with the children's totals for the ranking; public: no drill-down). */
export function useScorecard(q: ScorecardQuery | null, publicView = false) {
  const url = publicView ? '/api/public/indicators/766' : '/api/indicators/766';
  return useQuery({
    queryKey: ['indicators', '766', publicView, q],
    queryFn: () => api<ScorecardView>('GET', `${url}?${search({ ...q!, children: true })}`),
    enabled: !!q?.scope,
    placeholderData: keepPreviousData,
    retry: noRetryOn(400, 403, 404),
  });
}

export function useDrillDown(q: ScorecardQuery, indicatorId: string | null, page: number) {
  return useQuery({
    queryKey: ['indicators', '766', 'items', q, indicatorId, page],
    queryFn: () => api<DrillPage>('GET', `/api/indicators/766/${encodeURIComponent(indicatorId!)}/items?${search({ ...q, page, size: 20 })}`),
    enabled: !!indicatorId && !!q.scope,
    retry: noRetryOn(400, 403, 404),
  });
}

export function useTargets(scope: string, year: number) {
  return useQuery({
    queryKey: ['targets', scope, year],
    queryFn: () => api<TargetRow[]>('GET', `/api/targets?${search({ scope, year })}`),
    enabled: !!scope,
    retry: noRetryOn(400, 403, 404),
  });
}
