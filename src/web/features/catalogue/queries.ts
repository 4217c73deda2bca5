import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { procedureSearchQuery } from '../../../domain/procedure/search-query';
import { api, ApiError } from '../../api/client';
import type { Assignment, Diff, Draft, ImportResult, ProcedureDetail, ProcedureRecord, ProcedureSummary, SearchParams, SearchResult } from './types';

/** Query keys of the catalogue: everything lives under ['catalogue'] so a publication can refresh it all. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (p: SearchParams) => [...catalogueKeys.all, 'search', p] as const,
  fields: () => [...catalogueKeys.all, 'fields'] as const,
  agencyList: (agency: string) => [...catalogueKeys.all, 'agency-list', agency] as const,
  detail: (code: string) => [...catalogueKeys.all, 'detail', code] as const,
  diff: (code: string, from: number, to: number) => [...catalogueKeys.all, 'diff', code, from, to] as const,
  draft: (code: string) => [...catalogueKeys.all, 'draft', code] as const,
  export: (drafts: boolean) => [...catalogueKeys.all, 'export', drafts] as const,
  decisions: () => [...catalogueKeys.all, 'decisions'] as const,
  decision: (number: string) => [...catalogueKeys.all, 'decisions', number] as const,
  duties: (open: boolean) => [...catalogueKeys.all, 'duties', open] as const,
};

/** "?a=1&b=x" from the non-empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const out = s.toString();
  return out ? `?${out}` : '';
}

// One spelling of the address, shared with the server's preload hint for /thu-tuc (src/server/api/web-hints.ts).
export const searchProcedures = (p: SearchParams) => api<SearchResult>('GET', `/api/procedures${procedureSearchQuery(p)}`);

export function useProcedureSearch(p: SearchParams, enabled = true) {
  return useQuery({ queryKey: catalogueKeys.search(p), queryFn: () => searchProcedures(p), placeholderData: keepPreviousData, enabled });
}

export function useFields() {
  return useQuery({ queryKey: catalogueKeys.fields(), queryFn: () => api<string[]>('GET', '/api/procedures/fields'), staleTime: 300_000 });
}

const fetchDetail = (code: string) => api<ProcedureDetail>('GET', `/api/procedures/${encodeURIComponent(code)}`);

export function useProcedure(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.detail(code ?? ''),
    queryFn: () => fetchDetail(code!),
    enabled: !!code,
    retry: (n, e) => !(e instanceof ApiError && e.status === 404) && n < 1,
  });
}

/** Every procedure assigned to an agency (all pages), then each one's full record for the posting list. */
export function useAgencyPostingList(agency: string | undefined) {
  const list = useQuery({
    queryKey: catalogueKeys.agencyList(agency ?? ''),
    enabled: !!agency,
    queryFn: async () => {
      const items: ProcedureSummary[] = [];
      for (let page = 1; ; page++) {
        const r = await searchProcedures({ agency, page, pageSize: 100 });
        items.push(...r.items);
        if (r.items.length === 0 || items.length >= r.total) return items;
      }
    },
  });
  const details = useQueries({
    queries: (list.data ?? []).map((p) => ({ queryKey: catalogueKeys.detail(p.code), queryFn: () => fetchDetail(p.code) })),
  });
  return { list, details: details.map((d) => d.data), pending: list.isPending || details.some((d) => d.isPending) };
}

export function useProcedureDiff(code: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: catalogueKeys.diff(code, from ?? 0, to ?? 0),
    queryFn: () => api<Diff>('GET', `/api/procedures/${encodeURIComponent(code)}/diff${queryString({ from, to })}`),
    enabled: !!from && !!to && from !== to,
  });
}

/** The draft of a procedure, or null when it has none. */
export function useDraft(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.draft(code ?? ''),
    enabled: !!code,
    queryFn: async () => {
      try {
        return await api<Draft>('GET', `/api/admin/procedures/${encodeURIComponent(code!)}/draft`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useSaveDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { code: string; record: ProcedureRecord; lockVersion: number | null }) =>
      api<{ created: boolean; draft: Draft }>('PUT', `/api/admin/procedures/${encodeURIComponent(v.code)}/draft`, { record: v.record, lockVersion: v.lockVersion }),
    onSuccess: (r, v) => {
      qc.setQueryData(catalogueKeys.draft(v.code), r.draft);
      return qc.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}

export function useSaveAssignments(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rows: Omit<Assignment, 'agencyName'>[]) => api<Assignment[]>('PUT', `/api/admin/procedures/${encodeURIComponent(code)}/assignments`, rows),
    onSuccess: () => qc.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

/** Every record of the catalogue in the interchange format; with drafts, a draft replaces its published version. */
export function useCatalogueExport(drafts: boolean, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.export(drafts),
    queryFn: async () => (await api<{ procedures: ProcedureRecord[] }>('GET', `/api/admin/catalogue/export${queryString({ drafts: drafts || undefined })}`)).procedures,
    enabled,
  });
}

export function useImportCatalogue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { procedures: unknown[]; publishAs?: string | undefined }) =>
      api<ImportResult>('POST', `/api/admin/catalogue/import${queryString({ publishAs: v.publishAs })}`, { procedures: v.procedures }),
    onSuccess: () => qc.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

/** Downloads the catalogue as a JSON file named after today's date. */
export async function downloadExport(drafts: boolean): Promise<void> {
  const body = await api<{ procedures: unknown[] }>('GET', `/api/admin/catalogue/export${queryString({ drafts: drafts || undefined })}`);
  const url = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `danh-muc-tthc-${new Date().toISOString().slice(0, 10)}${drafts ? '-du-thao' : ''}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
