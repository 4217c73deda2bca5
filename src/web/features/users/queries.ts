import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { User } from '../../api/types';

export const userKeys = { all: ['users'] as const };

export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: async () => (await api<{ items: User[] }>('GET', '/api/admin/users')).items });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api<User>('POST', '/api/admin/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { username: string; body: Record<string, unknown> }) => api<User>('PATCH', `/api/admin/users/${v.username}`, v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
