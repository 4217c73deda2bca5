import { availableActions, statusName, type DossierState, type StatusCode, type Step } from '../../domain/dossier';
import type { Role } from '../../domain/access';
import { notFound, forbidden } from '../errors';
import type { Store, Tx } from '../storage/database';
import { findDossier, listActions, listSteps, type DossierRow } from '../storage/dossiers';
import { findUserById } from '../storage/users';
import { agencyDirectory } from './agency-directory';
import { digitisationOf, type DigitisationInput } from '../../domain/documents';
import { hasElectronicResult } from '../storage/dossier-documents';
import { listConsultations, type ConsultationRow } from '../storage/consultations';
import type { Actor } from './context';

type Directory = Awaited<ReturnType<typeof agencyDirectory>>;

const HANDLER_ROLES: readonly Role[] = ['specialist', 'unit_head', 'agency_head', 'inspector'];

/**
 * The officer's roles that count on this dossier: reception where it was received, handler roles
 * where it is handled (an agency grant covers the agencies below it).
 */
export function rolesOn(dir: Directory, actor: Actor, d: Pick<DossierRow, 'handlingAgencyId' | 'receivingAgencyId'>): Role[] {
  const handling = dir.ancestry(d.handlingAgencyId);
  const receiving = d.receivingAgencyId === d.handlingAgencyId ? handling : dir.ancestry(d.receivingAgencyId);
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

type History = Awaited<ReturnType<typeof listActions>>;
type StepHistory = Awaited<ReturnType<typeof listSteps>>;

/** The dossier as an officer sees it, with the actions this officer may take now. */
export function viewOf(d: DossierRow, dir: Directory, roles: Role[], actor: Actor, history: History, stepHistory: StepHistory, assignee: { username: string; fullName: string } | null, electronicResult = false, consultations: ConsultationRow[] = []) {
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  return {
    code: d.code,
    status: d.status,
    statusName: statusName(d.status as StatusCode),
    procedure: { code: d.procedureCode, versionId: d.procedureVersionId },
    channel: d.channel,
    applicant: d.applicant as Record<string, unknown>,
    owner: (d.owner ?? null) as Record<string, unknown> | null,
    documents: d.documents as Record<string, unknown>[],
    /** Answers to the procedure's own fields, for an online submission. */
    formData: (d.formData ?? null) as Record<string, unknown> | null,
    note: d.note,
    receivingAgency: dir.byId.get(d.receivingAgencyId)?.code ?? null,
    handlingAgency: dir.byId.get(d.handlingAgencyId)?.code ?? null,
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
    assignee,
    currentStep: state.step,
    extensions: state.extensions,
    decision: state.decision,
    transferredTo: state.transferredTo,
    steps,
    stepHistory,
    history,
    availableActions: availableActions(state, steps, { userId: actor.userId, roles }),
    consultations,
    digitisation: digitisationOf({ documents: d.documents as DigitisationInput['documents'], electronicResult }),
    /** When it was imported from the previous one-stop system (null: received here). */
    importedAt: d.importedAt ?? null,
    version: d.version,
  };
}

export async function dossierView(store: Store, tx: Tx, actor: Actor, code: string) {
  const d = await findDossier(tx, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const dir = await agencyDirectory(store);
  const roles = rolesOn(dir, actor, d);
  if (roles.length === 0) throw forbidden('Hồ sơ này không thuộc phạm vi của bạn.');
  const state = d.state as DossierState;
  const [history, stepHistory, assignee, electronic, consultations] = await Promise.all([
    listActions(tx, d.id),
    listSteps(tx, d.id),
    state.assignee ? findUserById(tx, state.assignee) : Promise.resolve(undefined),
    d.status >= 9 ? hasElectronicResult(tx, d.id) : Promise.resolve(false),
    listConsultations(tx, d.id),
  ]);
  return viewOf(d, dir, roles, actor, history, stepHistory, assignee ? { username: assignee.username, fullName: assignee.fullName } : null, electronic, consultations);
}

export type DossierView = Awaited<ReturnType<typeof dossierView>>;
