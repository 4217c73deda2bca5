import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeeSchedule, FeeScheduleInput, OnlineMethod } from '../../../domain/payments';
import type { Channel } from '../../../domain/procedure';
import { api, apiBlob } from '../../api/client';
import { queryString } from '../catalogue/queries';

/** Fee schedule administration and statement reconciliation: query keys under ['payments-admin']. */
export const adminKeys = {
  all: ['payments-admin'] as const,
  schedules: (q: ScheduleQuery) => [...adminKeys.all, 'schedules', q] as const,
  schedule: (code: string) => [...adminKeys.all, 'schedule', code] as const,
  statements: () => [...adminKeys.all, 'statements'] as const,
  statement: (id: string) => [...adminKeys.all, 'statement', id] as const,
};

export type ScheduleQuery = { q?: string; configured?: 'yes' | 'no'; page: number; pageSize: number };
export type FeeScheduleSummary = {
  code: string;
  name: string;
  versionNo: number;
  effectiveFrom: string | null;
  configured: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  items: number;
  exemptions: number;
  discountsInForce: number;
  channels: { channel: Channel; amount: number }[];
};
export type ScheduleView = { schedule: FeeSchedule; configured: boolean; version: number };

export function useFeeSchedules(q: ScheduleQuery) {
  return useQuery({
    queryKey: adminKeys.schedules(q),
    queryFn: () => api<{ total: number; rows: FeeScheduleSummary[] }>('GET', `/api/fee-schedules${queryString(q)}`),
    placeholderData: keepPreviousData,
  });
}

export function useFeeSchedule(code: string) {
  return useQuery({ queryKey: adminKeys.schedule(code), queryFn: () => api<ScheduleView>('GET', `/api/procedures/${encodeURIComponent(code)}/fee-schedule`), retry: false });
}

export function useSaveFeeSchedule(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { version: number; schedule: FeeScheduleInput }) => api<ScheduleView>('PUT', `/api/procedures/${encodeURIComponent(code)}/fee-schedule`, v),
    onSuccess: (saved) => {
      qc.setQueryData(adminKeys.schedule(code), saved);
      void qc.invalidateQueries({ queryKey: [...adminKeys.all, 'schedules'] });
    },
  });
}

export type StatementLine = { line: number; txnRef: string; transactionNo: string | null; amount: number; bankCode: string | null; payDate: string | null; type: '01' | '02' | '03'; status: string };
export type OurPayment = { txnRef: string; amount: number; status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded'; transactionNo: string | null; refunded: boolean };
export type Mismatch =
  | { kind: 'missing_ours'; txnRef: string; theirs: StatementLine; ourStatus: OurPayment['status'] | null }
  | { kind: 'missing_theirs'; txnRef: string; ours: OurPayment }
  | { kind: 'amount_differs'; txnRef: string; ours: OurPayment; theirs: StatementLine };
export type Reconciliation = { id: string; provider: OnlineMethod; date: string; importedAt: string; lines: number; problems: { line: number; message: string }[]; matched: number; matchedLines: StatementLine[]; mismatches: Mismatch[] };
export type StatementSummary = { id: string; provider: OnlineMethod; date: string; importedAt: string; importedBy: string | null; lineCount: number; problemCount: number };

export function useStatements() {
  return useQuery({ queryKey: adminKeys.statements(), queryFn: () => api<StatementSummary[]>('GET', '/api/payments/statements') });
}

export function useStatement(id: string | null) {
  return useQuery({ queryKey: adminKeys.statement(id ?? ''), queryFn: () => api<Reconciliation>('GET', `/api/payments/statements/${id}`), enabled: !!id });
}

export function useImportStatement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { provider: OnlineMethod; date: string; csv: string }) => api<Reconciliation>('POST', '/api/payments/statements', v),
    onSuccess: (r) => {
      qc.setQueryData(adminKeys.statement(r.id), r);
      void qc.invalidateQueries({ queryKey: adminKeys.statements() });
    },
  });
}

export const downloadMismatches = (id: string) => apiBlob(`/api/payments/statements/${id}/mismatches.xlsx`);
