/**
 * The rows of one imported dossier (docs/adr/0022-dossier-import.md): the projection, one action per
 * history entry and one step row per phase (desk, processing, return) — the shape the engine, the
 * work queues, the dossier page and the 766 rules read for dossiers received here.
 */
import { computeDue, localDateOf, type WorkingCalendar } from '../../domain/calendar';
import { defaultProcess, type Step } from '../../domain/dossier';
import { importedState, phaseStep, type ImportEvent, type ImportProblem, type PreparedImport } from '../../domain/dossier-import';
import { foldVietnamese, isCertainTime, type ProcessingTime } from '../../domain/procedure';
import { ND61_2018, ruleSetFor } from '../../domain/rules';
import type { BulkDossier, BulkStep } from '../storage/dossier-bulk';
import type { PublishedVersion } from '../storage/dossier-import';
import type { ActionInsert } from '../storage/dossiers';
import { timeFor } from './receive-dossier';

/** A procedure version with what every dossier of one channel shares, computed once per import. */
type VersionPlan = { id: string; time: ProcessingTime | null; steps: Step[]; stepsJson: string; timeJson: string | null };

export type RowContext = {
  now: Date;
  calendar: WorkingCalendar;
  /** The published versions of a procedure, oldest first (empty: not in our catalogue). */
  versions: (code: string) => PublishedVersion[];
  agencyId: (code: string) => string | undefined;
};

export type DossierRows = { dossier: BulkDossier; actions: ActionInsert[]; steps: BulkStep[] };

const OLD_SYSTEM = 'Hệ thống một cửa trước đây';
const plans = new WeakMap<PublishedVersion, Map<string, VersionPlan>>();

/** The version in force on the reception date; before our catalogue begins, its first version. */
function versionOn(versions: PublishedVersion[], date: string): PublishedVersion | undefined {
  const inForce = versions.filter((v) => v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo > date));
  return inForce[inForce.length - 1] ?? (date < (versions[0]?.effectiveFrom ?? '') ? versions[0] : versions[versions.length - 1]);
}

function planOf(v: PublishedVersion, channel: string): VersionPlan {
  const byChannel = plans.get(v) ?? new Map<string, VersionPlan>();
  plans.set(v, byChannel);
  let p = byChannel.get(channel);
  if (!p) {
    const time = timeFor(v.record, channel);
    const steps = defaultProcess(time);
    p = { id: v.id, time, steps, stepsJson: JSON.stringify(steps), timeJson: time === null ? null : JSON.stringify(time) };
    byChannel.set(channel, p);
  }
  return p;
}

/** Rule set of the reception date; dossiers older than NĐ 61/2018 keep its rules should they still be open. */
function ruleSetId(date: string): string {
  try {
    return ruleSetFor(date).id;
  } catch {
    return ND61_2018.id;
  }
}

function dueOf(ctx: RowContext, p: PreparedImport, plan: VersionPlan): Date | null {
  const t = p.timeline;
  if (t.dueAt !== null) return new Date(t.dueAt);
  // An open dossier without an appointment date gets one from our catalogue so the sweep can watch it.
  if (t.receivedAt === null || t.finishedAt !== null || !plan.time || !isCertainTime(plan.time)) return null;
  try {
    return new Date(computeDue(ctx.calendar, { receivedAt: t.receivedAt, amount: plan.time.amount ?? 0, unit: plan.time.unit! }).dueAt);
  } catch {
    return null;
  }
}

function actionOf(id: string, agencyId: string, e: ImportEvent, seq: number, step: number, channel: string): ActionInsert {
  const entry = e.entry;
  const payload: Record<string, unknown> = { imported: true };
  if (entry?.PhongBanXuLy) payload.unit = entry.PhongBanXuLy;
  if (e.action === 'create') Object.assign(payload, { status: e.status, channel });
  if (e.action === 'request_supplement') Object.assign(payload, { reason: entry?.NoiDungXuLy ?? 'Yêu cầu bổ sung hồ sơ', documents: [] });
  if (e.requestedAt !== undefined) payload.requestedAt = new Date(e.requestedAt).toISOString();
  return {
    dossierId: id,
    seq,
    action: e.action,
    actorId: null,
    actorName: [entry?.NguoiXuLy ?? OLD_SYSTEM, entry?.PhongBanXuLy].filter(Boolean).join(' — '),
    actorRole: null,
    agencyId,
    at: new Date(e.at),
    step,
    statusAfter: e.status,
    comment: entry?.NoiDungXuLy ?? null,
    payload,
  };
}

/** The rows of a prepared record, or why our catalogue or agencies cannot take it. */
export function dossierRows(ctx: RowContext, p: PreparedImport, id: string, hash: string): DossierRows | ImportProblem[] {
  const agencyId = ctx.agencyId(p.agencyCode);
  const versions = ctx.versions(p.procedureCode);
  const problems: ImportProblem[] = [];
  if (!agencyId) problems.push({ path: 'MaDonViTiepNhan', message: `Không có cơ quan mã "${p.agencyCode}" trong hệ thống` });
  if (versions.length === 0) problems.push({ path: 'MaTTHC', message: `Thủ tục "${p.procedureCode}" chưa có trong danh mục đã công bố` });
  if (!agencyId || versions.length === 0) return problems;
  const t = p.timeline;
  const day = localDateOf(t.receivedAt ?? t.submittedAt);
  const plan = planOf(versionOn(versions, day)!, p.channel);
  const steps = plan.steps;
  const state = importedState(t, steps);

  const actions: ActionInsert[] = [];
  const stepRows: BulkStep[] = [];
  let current = -1;
  t.events.forEach((e, i) => {
    const at = new Date(e.at);
    const index = phaseStep(steps, e.phase);
    actions.push(actionOf(id, agencyId, e, i + 1, index, p.channel));
    if (index === current) return;
    const open = stepRows[stepRows.length - 1];
    if (open) open.finishedAt = at;
    const s = steps[index]!;
    stepRows.push({ dossierId: id, seq: i + 1, stepIndex: index, stepKey: s.key, stepName: s.name, unitCode: s.unitCode, agencyId, startedAt: at, dueAt: null, finishedAt: null, late: null });
    current = index;
  });
  const last = t.events[t.events.length - 1]!;
  if ([3, 7, 8, 10].includes(t.status)) stepRows[stepRows.length - 1]!.finishedAt = new Date(last.at);

  const dueAt = dueOf(ctx, p, plan);
  const finishedAt = t.finishedAt === null ? null : new Date(t.finishedAt);
  const open = [2, 4, 5, 6].includes(t.status);
  const step = steps[state.step]!;
  const f = p.facts;
  const dossier: BulkDossier = {
    id,
    code: p.code,
    procedureCode: p.procedureCode,
    procedureVersionId: plan.id,
    processId: null,
    steps: plan.stepsJson,
    channel: p.channel,
    receivingAgencyId: agencyId,
    handlingAgencyId: agencyId,
    currentUnitCode: step.unitCode,
    currentStepKind: step.kind,
    status: t.status,
    state,
    applicant: p.applicant,
    owner: p.owner,
    documents: p.documents,
    note: null,
    ruleSet: ruleSetId(day),
    processingTime: plan.timeJson,
    submittedAt: new Date(t.submittedAt),
    receivedAt: t.receivedAt === null ? null : new Date(t.receivedAt),
    dueAt,
    originalDueAt: dueAt,
    stepStartedAt: stepRows[stepRows.length - 1]!.startedAt,
    stepDueAt: null,
    finishedAt,
    returnedAt: t.returnedAt === null ? null : new Date(t.returnedAt),
    assigneeId: null,
    late: dueAt !== null && (finishedAt ? finishedAt > dueAt : open && ctx.now > dueAt),
    searchText: `${p.code.toLowerCase()} ${foldVietnamese(`${p.applicant.name} ${p.applicant.idNumber} ${p.owner?.name ?? ''}`)}`,
    version: t.events.length,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    imported: { at: ctx.now, hash, onlinePayment: f.onlinePayment, resultCode: f.resultCode, resultUrl: f.resultUrl, digitisedComponents: f.digitisedComponents, vneid: f.vneid },
  };
  return { dossier, actions, steps: stepRows };
}

/** Points the rows at another dossier id (a re-import keeps the id of the dossier it replaces). */
export function withDossierId(rows: DossierRows, id: string): void {
  rows.dossier.id = id;
  for (const a of rows.actions) a.dossierId = id;
  for (const s of rows.steps) s.dossierId = id;
}
