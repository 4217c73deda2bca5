import type { Tx } from './database';

export type LockedDossier = {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersionId: string;
  channel: 'direct' | 'online' | 'postal';
  receivingAgencyId: string;
  handlingAgencyId: string;
  status: number;
  state: unknown;
  steps: unknown;
  applicant: unknown;
  citizenId: string | null;
  ruleSet: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  version: number;
};

const cols = [
  'id',
  'code',
  'procedure_code as procedureCode',
  'procedure_version_id as procedureVersionId',
  'channel',
  'receiving_agency_id as receivingAgencyId',
  'handling_agency_id as handlingAgencyId',
  'status',
  'state',
  'steps',
  'applicant',
  'citizen_id as citizenId',
  'rule_set as ruleSet',
  'received_at as receivedAt',
  'due_at as dueAt',
  'finished_at as finishedAt',
  'version',
] as const;

/** The dossier row, locked for the rest of the transaction (first in the lock order dossier → obligation → payment). */
export async function lockDossierById(tx: Tx, id: string): Promise<LockedDossier | undefined> {
  return tx.selectFrom('dossiers').select(cols).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function dossierById(tx: Tx, id: string): Promise<LockedDossier | undefined> {
  return tx.selectFrom('dossiers').select(cols).where('id', '=', id).executeTakeFirst();
}

/** When the dossier entered its current hold (the last request_payment), for pausing the clock. */
export async function lastActionAt(tx: Tx, dossierId: string, action: string): Promise<Date | null> {
  const r = await tx.selectFrom('dossier_actions').select('at').where('dossier_id', '=', dossierId).where('action', '=', action).orderBy('seq', 'desc').executeTakeFirst();
  return r?.at ?? null;
}
