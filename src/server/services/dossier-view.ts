import { availableActions, statusName, type DossierState, type StatusCode, type Step } from '../../domain/dossier';
import type { Role } from '../../domain/access';
import { notFound, forbidden } from '../errors';
import { agencyAncestry, findAgencyById } from '../storage/agencies';
import type { Tx } from '../storage/database';
import { findDossier, listActions, listSteps, type DossierRow } from '../storage/dossiers';
import { findUserById } from '../storage/users';
import type { Actor } from './context';

const HANDLER_ROLES: readonly Role[] = ['specialist', 'unit_head', 'agency_head', 'inspector'];

/**
 * The officer's roles that count on this dossier: reception where it was received, handler roles
 * where it is handled (an agency grant covers the agencies below it).
 */
export async function rolesOn(tx: Tx, actor: Actor, d: DossierRow): Promise<Role[]> {
  const handling = await agencyAncestry(tx, d.handlingAgencyId);
  const receiving = d.receivingAgencyId === d.handlingAgencyId ? handling : await agencyAncestry(tx, d.receivingAgencyId);
  const roles = new Set<Role>();
  for (const g of actor.grants) {
    const covers = (path: string[]) => g.agencyId === null || path.includes(g.agencyId);
    if (g.role === 'reception' && covers(receiving)) roles.add('reception');
    if (HANDLER_ROLES.includes(g.role) && covers(handling)) roles.add(g.role);
    if (g.role === 'admin' && covers(handling)) roles.add('admin');
  }
  return [...roles];
}

export function isLate(d: Pick<DossierRow, 'dueAt' | 'finishedAt' | 'status'>, now = new Date()): boolean {
  if (!d.dueAt) return false;
  const end = d.finishedAt ?? ([3, 7, 8, 9, 10].includes(d.status) ? null : now);
  return end !== null && end > d.dueAt;
}

export async function dossierView(tx: Tx, actor: Actor, code: string) {
  const d = await findDossier(tx, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const roles = await rolesOn(tx, actor, d);
  if (roles.length === 0) throw forbidden('Hồ sơ này không thuộc phạm vi của bạn.');
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  const [history, stepHistory, receiving, handling, assignee] = await Promise.all([
    listActions(tx, d.id),
    listSteps(tx, d.id),
    findAgencyById(tx, d.receivingAgencyId),
    findAgencyById(tx, d.handlingAgencyId),
    state.assignee ? findUserById(tx, state.assignee) : Promise.resolve(undefined),
  ]);
  return {
    code: d.code,
    status: d.status,
    statusName: statusName(d.status as StatusCode),
    procedure: { code: d.procedureCode, versionId: d.procedureVersionId },
    channel: d.channel,
    applicant: d.applicant as Record<string, unknown>,
    owner: (d.owner ?? null) as Record<string, unknown> | null,
    documents: d.documents as Record<string, unknown>[],
    note: d.note,
    receivingAgency: receiving?.code ?? null,
    handlingAgency: handling?.code ?? null,
    ruleSet: d.ruleSet,
    processingTime: d.processingTime as Record<string, unknown> | null,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    originalDueAt: d.originalDueAt,
    stepDueAt: d.stepDueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    late: isLate(d),
    dueSoon: d.dueSoon,
    assignee: assignee ? { username: assignee.username, fullName: assignee.fullName } : null,
    currentStep: state.step,
    extensions: state.extensions,
    decision: state.decision,
    transferredTo: state.transferredTo,
    steps,
    stepHistory,
    history,
    availableActions: availableActions(state, steps, { userId: actor.userId, roles }),
    version: d.version,
  };
}

export type DossierView = Awaited<ReturnType<typeof dossierView>>;
