import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client';
import type { AssistedAccount, AssistInput, AuthOptions, CitizenMe, CodeChannel, SentCode, SignupInput } from './types';

export const accountKeys = { me: ['citizen', 'me'] as const, options: ['citizen', 'auth-options'] as const };

/** The logged-in citizen, or null (officer sessions never count here). */
export function useCitizenMe() {
  return useQuery({
    queryKey: accountKeys.me,
    queryFn: async () => {
      try {
        return await api<CitizenMe>('GET', '/api/citizen/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

/** How citizens may log in: password always, e-ID when the instance is configured for it. */
export const useAuthOptions = () => useQuery({ queryKey: accountKeys.options, queryFn: () => api<AuthOptions>('GET', '/api/citizen/auth-options'), staleTime: 300_000 });

/** A mutation that ends logged in: the answer is the account, put straight into the cache. */
function useSessionMutation<T>(url: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<CitizenMe>('POST', url, body),
    onSuccess: (me) => qc.setQueryData(accountKeys.me, me),
  });
}

export const useCitizenLogin = () => useSessionMutation<{ account: string; password: string }>('/api/citizen/login');
export const useActivate = () => useSessionMutation<{ account: string; code: string; password?: string }>('/api/citizen/activate');
export const useResetPassword = () => useSessionMutation<{ account: string; code: string; password: string }>('/api/citizen/recovery/reset');

export const useSignUp = () => useMutation({ mutationFn: (body: SignupInput) => api<SentCode & { account: string }>('POST', '/api/citizen/signup', body) });
export const useResendCode = () => useMutation({ mutationFn: (body: { account: string }) => api<{ message: string }>('POST', '/api/citizen/activation-code', body) });
export const useRequestRecovery = () => useMutation({ mutationFn: (body: { account: string }) => api<{ message: string }>('POST', '/api/citizen/recovery', body) });

export function useCitizenLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('POST', '/api/citizen/logout'),
    onSuccess: () => qc.setQueryData(accountKeys.me, null),
  });
}

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { fullName?: string; address?: string | null }) => api<CitizenMe>('PATCH', '/api/citizen/me', body),
    onSuccess: (me) => qc.setQueryData(accountKeys.me, me),
  });
}

export const useRequestContactChange = () => useMutation({ mutationFn: (body: { channel: CodeChannel; value: string }) => api<SentCode>('POST', '/api/citizen/me/contact', body) });

export function useConfirmContactChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string }) => api<CitizenMe>('POST', '/api/citizen/me/contact/confirm', body),
    onSuccess: (me) => qc.setQueryData(accountKeys.me, me),
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword?: string; newPassword: string }) => api<void>('POST', '/api/citizen/me/password', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: accountKeys.me }),
  });
}

/** The counter's account help (officer session). */
export const useAssistSignup = () => useMutation({ mutationFn: (body: AssistInput) => api<AssistedAccount>('POST', '/api/citizen-accounts', body) });
