import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBlob, apiUpload } from '../../api/client';
import type { InstanceStatus } from '../../../domain/plans';
import type { Board, BoardItem, ImportResult, InstanceDetail, PlanSummary, PlanView } from './types';

/** Query keys: the list and each plan under "plans"; boards and the overdue list under "plans", "work". */
export const planKeys = {
  all: ['plans'] as const,
  list: (year: number | null) => ['plans', 'list', year] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  work: ['plans', 'work'] as const,
  board: (year: number | null, unit: string | null) => ['plans', 'work', 'board', year, unit] as const,
  overdue: (year: number | null) => ['plans', 'work', 'overdue', year] as const,
  instance: (id: string) => ['plans', 'work', 'instance', id] as const,
};

export function usePlans(year: number | null) {
  return useQuery({ queryKey: planKeys.list(year), queryFn: () => api<PlanSummary[]>('GET', `/api/plans${year ? `?year=${year}` : ''}`) });
}

export function usePlan(id: string) {
  return useQuery({ queryKey: planKeys.detail(id), queryFn: () => api<PlanView>('GET', `/api/plans/${encodeURIComponent(id)}`) });
}

export function useImportPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { agency: string; year: number | null; file: File }) => apiUpload<ImportResult>(`/api/plans/import?agency=${encodeURIComponent(v.agency)}${v.year ? `&year=${v.year}` : ''}`, v.file),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}

/** After a change to a task: its plan, the list and every board. */
function useRefreshPlans() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: planKeys.all });
}

export function useAssignUnits() {
  const refresh = useRefreshPlans();
  return useMutation({ mutationFn: (v: { taskId: string; version: number; lead: string[]; coordinating: string[] }) => api('PUT', `/api/plans/tasks/${v.taskId}/units`, { version: v.version, lead: v.lead, coordinating: v.coordinating }), onSuccess: refresh });
}

export function useSetDeadline() {
  const refresh = useRefreshPlans();
  return useMutation({ mutationFn: (v: { taskId: string; version: number; asWritten: string }) => api('PUT', `/api/plans/tasks/${v.taskId}/deadline`, { version: v.version, asWritten: v.asWritten }), onSuccess: refresh });
}

export function useRecordEvent() {
  const refresh = useRefreshPlans();
  return useMutation({ mutationFn: (v: { taskId: string; date: string; ref: string | null }) => api('POST', `/api/plans/tasks/${v.taskId}/events`, { date: v.date, ref: v.ref }), onSuccess: refresh });
}

export const downloadPlan = (id: string) => apiBlob(`/api/plans/${encodeURIComponent(id)}/export.docx`);
export const downloadEvidence = (fileId: string) => apiBlob(`/api/plans/evidence/${encodeURIComponent(fileId)}`);

export function useBoard(year: number | null, unit: string | null) {
  const q = new URLSearchParams();
  if (year) q.set('year', String(year));
  if (unit) q.set('unit', unit);
  return useQuery({ queryKey: planKeys.board(year, unit), queryFn: () => api<Board>('GET', `/api/plans/board${q.size ? `?${q}` : ''}`) });
}

export function useOverdue(year: number | null) {
  return useQuery({ queryKey: planKeys.overdue(year), queryFn: () => api<BoardItem[]>('GET', `/api/plans/overdue${year ? `?year=${year}` : ''}`) });
}

export function useInstance(id: string | null) {
  return useQuery({ queryKey: planKeys.instance(id ?? ''), queryFn: () => api<InstanceDetail>('GET', `/api/plans/instances/${encodeURIComponent(id!)}`), enabled: !!id });
}

export function useReportProgress() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (v: { instanceId: string; version: number; status: InstanceStatus; percent: number; note: string; fileIds: string[] }) =>
      api<InstanceDetail>('POST', `/api/plans/instances/${v.instanceId}/reports`, { version: v.version, status: v.status, percent: v.percent, note: v.note, fileIds: v.fileIds }),
    onSuccess: refresh,
  });
}
