import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AgencyNode } from '../../api/types';

export const agencyKeys = { all: ['agencies'] as const };

export function useAgencies() {
  return useQuery({
    queryKey: agencyKeys.all,
    queryFn: async () => (await api<{ items: AgencyNode[] }>('GET', '/api/agencies')).items,
  });
}

/** Flattens the tree depth-first, keeping the depth for indentation. */
export function flatten(nodes: AgencyNode[], depth = 0): (AgencyNode & { depth: number })[] {
  return nodes.flatMap((n) => [{ ...n, depth }, ...flatten(n.children, depth + 1)]);
}

export function useSaveAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { mode: 'create' | 'update'; code: string; body: Record<string, unknown> }) =>
      v.mode === 'create'
        ? api('POST', '/api/admin/agencies', { ...v.body, code: v.code })
        : api('PATCH', `/api/admin/agencies/${encodeURIComponent(v.code)}`, v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}

export function useSaveUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { agencyCode: string; unitCode: string; mode: 'create' | 'update'; body: Record<string, unknown> }) =>
      v.mode === 'create'
        ? api('POST', `/api/admin/agencies/${encodeURIComponent(v.agencyCode)}/units`, { ...v.body, code: v.unitCode })
        : api('PATCH', `/api/admin/agencies/${encodeURIComponent(v.agencyCode)}/units/${encodeURIComponent(v.unitCode)}`, v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: agencyKeys.all }),
  });
}
