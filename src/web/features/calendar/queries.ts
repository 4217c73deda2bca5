import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDay } from '../../../domain/calendar';
import { api } from '../../api/client';

export type YearView = {
  year: number;
  origin: 'stored' | 'official' | 'provisional';
  provisional: boolean;
  note: string | null;
  version: number | null;
  days: CalendarDay[];
  history: { id: number; action: 'save' | 'revert'; note: string | null; changedAt: string; changedBy: string | null; changedByName: string | null; days: CalendarDay[] | null }[];
};

export const calendarKeys = { year: (y: number) => ['calendar', 'year', y] as const };

export function useYear(year: number) {
  return useQuery({ queryKey: calendarKeys.year(year), queryFn: () => api<YearView>('GET', `/api/admin/calendar/years/${year}`) });
}

export function useSaveYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { days: CalendarDay[]; provisional: boolean; note: string | null; version: number | null }) =>
      api<YearView>('PUT', `/api/admin/calendar/years/${year}`, body),
    onSuccess: (v) => qc.setQueryData(calendarKeys.year(year), v),
  });
}

export function useRevertYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<YearView>('DELETE', `/api/admin/calendar/years/${year}`),
    onSuccess: (v) => qc.setQueryData(calendarKeys.year(year), v),
  });
}
