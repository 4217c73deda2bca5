import { createHash } from 'node:crypto';
import { computeDue, localDateOf, type OfficeHours, type WorkingCalendar } from '../../domain/calendar';
import { cccdProblem, defaultProcess, dossierCode, initialState, taxCodeProblem, type Step } from '../../domain/dossier';
import { foldVietnamese, isCertainTime, type ProcedureRecord, type ProcessingTime } from '../../domain/procedure';
import { ruleSetFor } from '../../domain/rules';
import { AppError, conflict, invalid } from '../errors';
import { agencyAncestry, findAgencyByCode, findAgencyById } from '../storage/agencies';
import { inTransaction } from '../storage/database';
import { listAssignments } from '../storage/decisions';
import { appendAction, claimIdempotencyKey, insertDossier, nextSequence, openStep, processInForce, storeIdempotentResponse } from '../storage/dossiers';
import { enqueue } from '../storage/outbox';
import { findProcedureId, versionInForce } from '../storage/procedures';
import { authorize } from './authorize';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { dossierView } from './dossier-view';

export type Applicant = { kind: 'individual' | 'organisation'; name: string; idNumber: string; phone?: string | null | undefined; email?: string | null | undefined; address?: string | null | undefined };
export type ReceiveInput = {
  procedureCode: string;
  channel: 'direct' | 'online' | 'postal';
  agencyCode?: string | undefined;
  applicant: Applicant;
  owner?: Applicant | null | undefined;
  documents: { name: string; copies?: string | undefined; digitised: boolean; fileId?: string | null | undefined }[];
  note?: string | null | undefined;
};

/** The processing time that applies to a channel (the direct one when the channel has none). */
export function timeFor(record: ProcedureRecord, channel: string): ProcessingTime | null {
  return (record.channels.find((c) => c.channel === channel) ?? record.channels.find((c) => c.channel === 'direct') ?? record.channels[0])?.processingTime ?? null;
}

export function stepDue(cal: WorkingCalendar, hours: OfficeHours, from: Date, step: Step | undefined): Date | null {
  if (!step || step.share.amount === 0) return null;
  return new Date(computeDue(cal, { receivedAt: from, amount: step.share.amount, unit: step.share.unit }, hours).dueAt);
}

function applicantProblem(a: Applicant, path: string): { name: string; reason: string } | null {
  const p = a.kind === 'individual' ? cccdProblem(a.idNumber) : taxCodeProblem(a.idNumber);
  return p ? { name: `${path}.idNumber`, reason: p } : null;
}

/** The receiving agency: the one named, or the officer's only reception agency. */
async function receivingAgency(ctx: ServiceContext, actor: Actor, code: string | undefined) {
  if (code) {
    const a = await findAgencyByCode(ctx.store, code);
    if (!a) throw invalid(`Không tìm thấy cơ quan "${code}".`, { errors: [{ name: 'agencyCode', reason: 'không tồn tại' }] });
    return a;
  }
  const ids = [...new Set(actor.grants.filter((g) => g.role === 'reception' && g.agencyId).map((g) => g.agencyId!))];
  if (ids.length !== 1) throw invalid('Cần chọn cơ quan tiếp nhận (agencyCode).', { errors: [{ name: 'agencyCode', reason: 'bắt buộc' }] });
  return (await findAgencyById(ctx.store, ids[0]!))!;
}

/**
 * Receives a dossier at the one-stop desk (or records an online/postal one as received): checks the
 * procedure in force and its assignment to this agency, the applicant's identifier, numbers it
 * gap-free per agency and day, starts the legal clock and the first step, all in one transaction
 * guarded by the Idempotency-Key.
 */
export async function receiveDossier(ctx: ServiceContext, input: ReceiveInput, idempotencyKey: string) {
  const actor = authorize(ctx, 'dossier.receive');
  const agency = await receivingAgency(ctx, actor, input.agencyCode);
  authorize(ctx, 'dossier.receive', { agencyPath: await agencyAncestry(ctx.store, agency.id) });
  const problems = [applicantProblem(input.applicant, 'applicant'), input.owner ? applicantProblem(input.owner, 'owner') : null].filter((x) => x !== null);
  if (problems.length) throw invalid(problems.map((p) => p.reason).join('; '), { errors: problems });

  const now = new Date();
  const today = localDateOf(now);
  const version = await versionInForce(ctx.store, input.procedureCode, today);
  if (!version) throw invalid(`Thủ tục "${input.procedureCode}" không có trong danh mục đang hiệu lực.`, { errors: [{ name: 'procedureCode', reason: 'không tồn tại' }] });
  const procedureId = (await findProcedureId(ctx.store, input.procedureCode))!;
  const assigned = (await listAssignments(ctx.store, procedureId)).find((a) => a.agencyCode === agency.code);
  if (!assigned) throw new AppError('UNPROCESSABLE', `Thủ tục ${input.procedureCode} không được giao cho ${agency.name} tiếp nhận.`, { errors: [{ name: 'procedureCode', reason: 'không thuộc thẩm quyền tiếp nhận' }] });
  if (!assigned.channels.includes(input.channel)) throw new AppError('UNPROCESSABLE', `Thủ tục không tiếp nhận qua hình thức "${input.channel}" tại cơ quan này.`, { errors: [{ name: 'channel', reason: 'không được phép' }] });

  const cal = await workingCalendar(ctx.store);
  const hours = await officeHoursOf(ctx.store, agency.code);
  const time = timeFor(version.record, input.channel);
  const rules = ruleSetFor(today);
  const process = await processInForce(ctx.store, input.procedureCode, agency.id, today);
  const steps = (process?.steps as Step[] | undefined) ?? defaultProcess(time);
  const dueAt = time && isCertainTime(time) ? new Date(computeDue(cal, { receivedAt: now, amount: time.amount ?? 0, unit: time.unit! }, hours).dueAt) : null;
  const firstStepDue = stepDue(cal, hours, now, steps[0]);
  const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex');

  return inTransaction(ctx.store, async (tx) => {
    const previous = await claimIdempotencyKey(tx, actor.userId, idempotencyKey, hash);
    if (previous) {
      if (previous.hash !== hash) throw conflict('Idempotency-Key này đã được dùng cho một yêu cầu khác.', { reason: 'idempotency_key_reused' });
      return { replay: true, body: previous.response as Awaited<ReturnType<typeof dossierView>> };
    }
    const seq = await nextSequence(tx, agency.id, today);
    const code = dossierCode(agency.code, today, seq);
    const state = initialState(2);
    const id = await insertDossier(tx, {
      code,
      procedureCode: input.procedureCode,
      procedureVersionId: version.id,
      processId: process?.id ?? null,
      steps,
      channel: input.channel,
      receivingAgencyId: agency.id,
      handlingAgencyId: agency.id,
      currentUnitCode: steps[0]?.unitCode ?? null,
      currentStepKind: steps[0]?.kind ?? null,
      status: 2,
      state,
      applicant: input.applicant,
      owner: input.owner ?? null,
      documents: input.documents.map((d) => ({ ...d, copies: d.copies ?? '' })),
      note: input.note ?? null,
      ruleSet: rules.id,
      processingTime: time,
      submittedAt: input.channel === 'direct' ? now : now,
      receivedAt: now,
      dueAt,
      stepStartedAt: now,
      stepDueAt: firstStepDue,
      searchText: foldVietnamese(`${code} ${input.applicant.name} ${input.applicant.idNumber} ${input.owner?.name ?? ''}`),
    });
    await appendAction(tx, {
      dossierId: id,
      seq: 1,
      action: 'create',
      actorId: auditActorId(actor),
      actorName: actor.fullName,
      actorRole: 'reception',
      agencyId: agency.id,
      at: now,
      step: 0,
      statusAfter: 2,
      comment: input.note ?? null,
      payload: { status: 2, channel: input.channel, procedureVersion: version.versionNo, defaultProcess: !process },
    });
    await openStep(tx, { dossierId: id, seq: 1, stepIndex: 0, stepKey: steps[0]!.key, stepName: steps[0]!.name, unitCode: steps[0]!.unitCode, agencyId: agency.id, startedAt: now, dueAt: firstStepDue });
    await enqueue(tx, 'dossier.received', { code, email: input.applicant.email ?? null, phone: input.applicant.phone ?? null }, `dossier.received:${code}`);
    const body = await dossierView(tx, actor, code);
    await storeIdempotentResponse(tx, actor.userId, idempotencyKey, body);
    return { replay: false, body };
  });
}
