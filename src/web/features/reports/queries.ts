import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiBlob } from '../../api/client';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year';
export type ReportPeriod = { kind: PeriodKind; year: number; part: number | null; from: string; to: string };
export type II06aCounts = {
  received: { total: number; online: number; directOrPostal: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  pending: { total: number; withinDeadline: number; overdue: number };
};
export type II06aReport = { scope: string; from: string; to: string; rows: (II06aCounts & { field: string })[]; totals: II06aCounts };
export type LateDossier = { code: string; field: string; procedureName: string; applicantName: string; agency: string; receivedAt: string; dueAt: string | null; finishedAt: string | null; explanation: string | null; apologyReason: string | null; apologised: boolean };
export type ReportQuery = { from: string; to: string; scope?: string };

const qs = (q: Record<string, string | undefined>) => new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== undefined)).toString();

/** The configured dates of a period (cut-off 15th–14th by default; GET /api/reports/periods). */
export function useReportPeriod(kind: PeriodKind, year: number, part: number | null) {
  return useQuery({
    queryKey: ['reports', 'period', kind, year, part],
    queryFn: () => api<ReportPeriod>('GET', `/api/reports/periods?${qs({ kind, year: String(year), part: part === null ? undefined : String(part) })}`),
  });
}

export function useII06a(q: ReportQuery | null) {
  return useQuery({ queryKey: ['reports', 'ii06a', q], queryFn: () => api<II06aReport>('GET', `/api/reports/ii06a?${qs(q!)}`), enabled: !!q, placeholderData: keepPreviousData });
}

export function useLateDossiers(q: ReportQuery | null) {
  return useQuery({ queryKey: ['reports', 'late', q], queryFn: () => api<{ rows: LateDossier[] }>('GET', `/api/reports/late-dossiers?${qs(q!)}`), enabled: !!q });
}

export const downloadII06a = (q: ReportQuery, format: 'xlsx' | 'pdf') => apiBlob(`/api/reports/ii06a?${qs({ ...q, format })}`);
export const downloadLateDossiers = (q: ReportQuery) => apiBlob(`/api/reports/late-dossiers?${qs({ ...q, format: 'xlsx' })}`);
