import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiBlob, ApiError, apiUpload } from '../../api/client';
import { dossierKeys } from '../dossiers/queries';
import type { FileText, IssuedDocument, PublicDossier, UploadedFile, Verification } from './types';

/**
 * Issued documents sit under the dossier's key with its version: every action (a new version) asks
 * the server again, which also makes the forms the action issued; a 409 reload refreshes them too.
 */
export const documentKeys = {
  list: (code: string, version: number) => [...dossierKeys.detail(code), 'documents', version] as const,
  fileText: (id: string) => ['files', id, 'text'] as const,
  publicDossier: (code: string, proof: string) => ['public', 'dossier', code, proof] as const,
  verification: (code: string) => ['public', 'verify', code] as const,
};

const dossierPath = (code: string) => `/api/dossiers/${encodeURIComponent(code)}`;
const noRetryOn = (...statuses: number[]) => (n: number, e: Error) => !(e instanceof ApiError && statuses.includes(e.status)) && n < 1;

export const fileUrl = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;
export const downloadFile = (fileId: string) => apiBlob(fileUrl(fileId));
export const downloadControlSheet = (code: string) => apiBlob(`${dossierPath(code)}/control-sheet.pdf`);
export const downloadTrackingBook = (agencyCode: string, from: string, to: string, format: 'pdf' | 'xlsx') =>
  apiBlob(`/api/agencies/${encodeURIComponent(agencyCode)}/tracking-book?${new URLSearchParams({ from, to, format }).toString()}`);
export const uploadFile = (file: Blob) => apiUpload<UploadedFile>('/api/files', file);

export function useIssuedDocuments(code: string, version: number) {
  return useQuery({ queryKey: documentKeys.list(code, version), queryFn: () => api<IssuedDocument[]>('GET', `${dossierPath(code)}/documents`) });
}

export function useRevokeDocument(code: string, version: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; reason: string; replace: boolean }) =>
      api<IssuedDocument[]>('POST', `${dossierPath(code)}/documents/${encodeURIComponent(v.id)}/revoke`, { reason: v.reason, replace: v.replace }),
    onSuccess: (docs) => qc.setQueryData(documentKeys.list(code, version), docs),
  });
}

/** OCR of an uploaded scan: polled every 1.5 s while the background job runs, for a minute at most. */
export function useFileText(fileId: string | undefined) {
  return useQuery({
    queryKey: documentKeys.fileText(fileId ?? ''),
    queryFn: () => api<FileText>('GET', `${fileUrl(fileId!)}/text`),
    enabled: !!fileId,
    retry: false,
    refetchInterval: (q) => (q.state.data?.status === 'pending' && q.state.dataUpdateCount < 40 ? 1500 : false),
  });
}

/** What opens a dossier's public progress besides its code: 4 digits of the applicant's phone or ID, or the QR token. */
export type LookupProof = { check?: string | undefined; t?: string | undefined };

export function usePublicDossier(code: string | undefined, proof: LookupProof) {
  const query = new URLSearchParams(Object.entries(proof).filter((e): e is [string, string] => !!e[1])).toString();
  return useQuery({
    queryKey: documentKeys.publicDossier(code ?? '', query),
    queryFn: () => api<PublicDossier>('GET', `/api/public/dossiers/${encodeURIComponent(code!)}?${query}`),
    enabled: !!code && query !== '',
    retry: noRetryOn(400, 404, 429),
  });
}

export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: documentKeys.verification(code ?? ''),
    queryFn: () => api<Verification>('GET', `/api/public/verify/${encodeURIComponent(code!)}`),
    enabled: !!code,
    retry: noRetryOn(400, 404),
  });
}

export function useVerifyFile() {
  return useMutation({ mutationFn: (file: Blob) => apiUpload<Verification>('/api/public/verify', file) });
}
