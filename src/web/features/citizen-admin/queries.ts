import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** A portal account as `GET /api/admin/citizens` returns it. */
export type CitizenAdmin = {
  id: string;
  kind: 'individual' | 'organisation';
  idNumber: string;
  fullName: string;
  phone: string | null;
  email: string | null;
  status: 'pending' | 'active' | 'locked';
  hasPassword: boolean;
  eidLinked: boolean;
  createdAt: string;
  activatedAt: string | null;
  createdBy: string | null;
  lockedAt: string | null;
  lockedBy: string | null;
  lockReason: string | null;
  openSessions: number;
  version: number;
  history: { at: string; action: 'lock' | 'unlock'; by: string | null; reason: string | null }[];
};

export const citizenAdminKeys = { all: ['admin-citizens'] as const, search: (q: string) => ['admin-citizens', q] as const };

/** Accounts matching a whole CCCD / tax code, mobile or e-mail; idle until something is entered. */
export function useCitizenSearch(q: string) {
  return useQuery({
    queryKey: citizenAdminKeys.search(q),
    queryFn: async () => (await api<{ items: CitizenAdmin[] }>('GET', `/api/admin/citizens?q=${encodeURIComponent(q)}`)).items,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useLockCitizen() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number; reason: string }) => api<CitizenAdmin>('POST', `/api/admin/citizens/${v.id}/lock`, { version: v.version, reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: citizenAdminKeys.all }),
  });
}

export function useUnlockCitizen() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; version: number; note: string | null }) => api<CitizenAdmin>('POST', `/api/admin/citizens/${v.id}/unlock`, { version: v.version, note: v.note }),
    onSuccess: () => qc.invalidateQueries({ queryKey: citizenAdminKeys.all }),
  });
}
