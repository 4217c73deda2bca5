import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBlob } from '../../api/client';
import type { ReviewAction, ReviewContent } from '../../../domain/review';
import type { Impact, InspectionPlan, InspectionPlanSummary, Finding, Review, ReviewPlan, ReviewRow, Summary } from './types';

/** Query keys of control work: everything under 'control', so one invalidation refreshes lists and summaries. */
export const controlKeys = {
  all: ['control'] as const,
  reviews: (year: number) => ['control', 'reviews', year] as const,
  review: (id: string) => ['control', 'review', id] as const,
  plans: (year: number) => ['control', 'plans', year] as const,
  summary: (year: number) => ['control', 'summary', year] as const,
  impacts: (year: number) => ['control', 'impacts', year] as const,
  inspections: (year: number) => ['control', 'inspections', year] as const,
  inspection: (id: string) => ['control', 'inspection', id] as const,
  overdue: ['control', 'overdue'] as const,
};

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: controlKeys.all });
}

export const useReviews = (year: number) => useQuery({ queryKey: controlKeys.reviews(year), queryFn: async () => (await api<{ items: ReviewRow[] }>('GET', `/api/reviews?year=${year}`)).items });
export const useReview = (id: string) => useQuery({ queryKey: controlKeys.review(id), queryFn: () => api<Review>('GET', `/api/reviews/${encodeURIComponent(id)}`) });
export const useReviewPlans = (year: number) => useQuery({ queryKey: controlKeys.plans(year), queryFn: async () => (await api<{ items: ReviewPlan[] }>('GET', `/api/review-plans?year=${year}`)).items });
export const useReviewSummary = (year: number) => useQuery({ queryKey: controlKeys.summary(year), queryFn: () => api<Summary>('GET', `/api/review-plans/summary?year=${year}`) });

export function useCreateReview() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (b: { procedureCode: string; agency?: string; planItemId?: string }) => api<Review>('POST', '/api/reviews', b), onSuccess: () => refresh() });
}

export function useSaveReview(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { version: number; content: ReviewContent }) => api<Review>('PUT', `/api/reviews/${encodeURIComponent(id)}`, b),
    onSuccess: (r) => {
      qc.setQueryData(controlKeys.review(id), r);
      void qc.invalidateQueries({ queryKey: controlKeys.all, predicate: (q) => q.queryKey[1] !== 'review' });
    },
  });
}

export function useReviewTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (b: { action: ReviewAction; version: number; reason?: string }) => api<Review>('POST', `/api/reviews/${encodeURIComponent(id)}/transitions`, b), onSuccess: () => refresh() });
}

export function useCreatePlan() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (b: { year: number; number: string | null; title: string }) => api<ReviewPlan>('POST', '/api/review-plans', b), onSuccess: () => refresh() });
}

export function useRegisterItem(planId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (b: { procedureCode: string; reviewingAgency: string; reviewingUnit: string; deadline: string }) => api<ReviewPlan>('POST', `/api/review-plans/${planId}/items`, b), onSuccess: () => refresh() });
}

export const useImpacts = (year: number) => useQuery({ queryKey: controlKeys.impacts(year), queryFn: async () => (await api<{ items: Impact[] }>('GET', `/api/impact-assessments?year=${year}`)).items });

export function useImpactMutations(id: string | null) {
  const refresh = useRefresh();
  const base = `/api/impact-assessments${id ? `/${encodeURIComponent(id)}` : ''}`;
  return {
    create: useMutation({ mutationFn: (b: { year: number; agency: string; draft: { name: string; number: string | null }; procedureName: string }) => api<Impact>('POST', base, b), onSuccess: () => refresh() }),
    save: useMutation({ mutationFn: (b: { version: number; draft: Impact['draft']; procedureName: string; content: Impact['content'] }) => api<Impact>('PUT', base, b), onSuccess: () => refresh() }),
    transition: useMutation({ mutationFn: (b: { action: ReviewAction; version: number; reason?: string }) => api<Impact>('POST', `${base}/transitions`, b), onSuccess: () => refresh() }),
    link: useMutation({ mutationFn: (b: { version: number; procedureCode: string }) => api<Impact>('POST', `${base}/link`, b), onSuccess: () => refresh() }),
  };
}

export const useInspectionPlans = (year: number) => useQuery({ queryKey: controlKeys.inspections(year), queryFn: async () => (await api<{ items: InspectionPlanSummary[] }>('GET', `/api/inspection-plans?year=${year}`)).items });
export const useInspectionPlan = (id: string) => useQuery({ queryKey: controlKeys.inspection(id), queryFn: () => api<InspectionPlan>('GET', `/api/inspection-plans/${encodeURIComponent(id)}`) });
export const useOverdueFixes = () => useQuery({ queryKey: controlKeys.overdue, queryFn: async () => (await api<{ items: Finding[] }>('GET', '/api/inspection-findings/overdue')).items });

export function useInspectionMutations() {
  const refresh = useRefresh();
  return {
    createPlan: useMutation({ mutationFn: (b: { year: number; number: string | null; title: string; scope: string }) => api<InspectionPlan>('POST', '/api/inspection-plans', b), onSuccess: () => refresh() }),
    addVisit: useMutation({ mutationFn: (b: { planId: string; agency: string; visitDate: string; team: string }) => api<InspectionPlan>('POST', `/api/inspection-plans/${b.planId}/visits`, { agency: b.agency, visitDate: b.visitDate, team: b.team }), onSuccess: () => refresh() }),
    addFinding: useMutation({ mutationFn: ({ visitId, ...b }: { visitId: string } & Record<string, unknown>) => api<InspectionPlan>('POST', `/api/inspection-visits/${visitId}/findings`, b), onSuccess: () => refresh() }),
    followUp: useMutation({ mutationFn: ({ id, ...b }: { id: string; status: string; note: string; version: number }) => api<Finding>('POST', `/api/inspection-findings/${id}/follow-ups`, b), onSuccess: () => refresh() }),
  };
}

/** Downloads an export and hands it to the browser as a file. */
export async function download(url: string, fallback: string): Promise<void> {
  const { blob, name } = await apiBlob(url);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name ?? fallback;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
