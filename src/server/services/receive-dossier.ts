import { createHash } from 'node:crypto';
import { computeDue, localDateOf, type OfficeHours, type WorkingCalendar } from '../../domain/calendar';
import { cccdProblem, defaultProcess, dossierCode, initialState, taxCodeProblem, type Step } from '../../domain/dossier';
import { foldVietnamese, isCertainTime, type ProcedureRecord, type ProcessingTime } from '../../domain/procedure';
import { ruleSetFor } from '../../domain/rules';
import { AppError, conflict, invalid } from '../errors';
import { inTransaction } from '../storage/database';
import { findIdempotencyKey } from '../storage/dossiers';
import { insertReceipt } from '../storage/receipt';
import { receivableVersion } from '../storage/procedures';
import { authorize } from './authorize';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { agencyDirectory } from './agency-directory';
import { dossierView, rolesOn, viewOf } from './dossier-view';
import { checkReceiptFiles, type ReceiptDocument } from './receipt-files';
import { linkDossierFiles } from '../storage/dossier-files';
import { prepareReceiptObligation } from './payment-hooks';

type Directory = Awaited<ReturnType<typeof agencyDirectory>>;

export type Applicant = { kind: 'individual' | 'organisation'; name: string; idNumber: string; phone?: string | null | undefined; email?: string | null | undefined; address?: string | null | undefined };
export type ReceiveInput = {
  procedureCode: string;
  channel: 'direct' | 'online' | 'postal';
  agencyCode?: string | undefined;
  applicant: Applicant;
  owner?: Applicant | null | undefined;
  documents: ReceiptDocument[];
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
function receivingAgency(dir: Directory, actor: Actor, code: string | undefined) {
  if (code) {
    const a = dir.byCode.get(code);
    if (!a) throw invalid(`Không tìm thấy cơ quan "${code}".`, { errors: [{ name: 'agencyCode', reason: 'không tồn tại' }] });
    return a;
  }
  const ids = [...new Set(actor.grants.filter((g) => g.role === 'reception' && g.agencyId).map((g) => g.agencyId!))];
  if (ids.length !== 1) throw invalid('Cần chọn cơ quan tiếp nhận (agencyCode).', { errors: [{ name: 'agencyCode', reason: 'bắt buộc' }] });
  return dir.byId.get(ids[0]!)!;
}

/**
 * Receives a dossier at the one-stop desk (or records an online/postal one as received): checks the
 * procedure in force and its assignment to this agency, the applicant's identifier, numbers it
 * gap-free per agency and day, starts the legal clock and the first step, all in one transaction
 * guarded by the Idempotency-Key.
 */
export async function receiveDossier(ctx: ServiceContext, input: ReceiveInput, idempotencyKey: string) {
  const actor = authorize(ctx, 'dossier.receive');
  const dir = await agencyDirectory(ctx.store);
  const agency = receivingAgency(dir, actor, input.agencyCode);
  authorize(ctx, 'dossier.receive', { agencyPath: dir.ancestry(agency.id) });
  const problems = [applicantProblem(input.applicant, 'applicant'), input.owner ? applicantProblem(input.owner, 'owner') : null].filter((x) => x !== null);
  if (problems.length) throw invalid(problems.map((p) => p.reason).join('; '), { errors: problems });

  const now = new Date();
  const today = localDateOf(now);
  const version = await receivableVersion(ctx.store, input.procedureCode, today, agency.id);
  if (!version) throw invalid(`Thủ tục "${input.procedureCode}" không có trong danh mục đang hiệu lực.`, { errors: [{ name: 'procedureCode', reason: 'không tồn tại' }] });
  const assigned = version.channels ? { channels: version.channels } : null;
  if (!assigned) throw new AppError('UNPROCESSABLE', `Thủ tục ${input.procedureCode} không được giao cho ${agency.name} tiếp nhận.`, { errors: [{ name: 'procedureCode', reason: 'không thuộc thẩm quyền tiếp nhận' }] });
  if (!assigned.channels.includes(input.channel)) throw new AppError('UNPROCESSABLE', `Thủ tục không tiếp nhận qua hình thức "${input.channel}" tại cơ quan này.`, { errors: [{ name: 'channel', reason: 'không được phép' }] });

  const cal = await workingCalendar(ctx.store);
  const hours = await officeHoursOf(ctx.store, agency.code);
  const time = timeFor(version.record, input.channel);
  const rules = ruleSetFor(today);
  const process = version.process;
  const steps = (process?.steps as Step[] | undefined) ?? defaultProcess(time);
  const dueAt = time && isCertainTime(time) ? new Date(computeDue(cal, { receivedAt: now, amount: time.amount ?? 0, unit: time.unit! }, hours).dueAt) : null;
  const firstStepDue = stepDue(cal, hours, now, steps[0]);
  const hash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  // Fees the schedule implies are owed from reception (docs/adr/0019-payments.md); looked up before the transaction.
  const openObligation = await prepareReceiptObligation(ctx.store, input.procedureCode, version.record, input.channel, agency.code);

  const replay = async () => {
    const previous = await findIdempotencyKey(ctx.store, actor.userId, idempotencyKey);
    if (!previous) return null;
    if (previous.hash !== hash) throw conflict('Idempotency-Key này đã được dùng cho một yêu cầu khác.', { reason: 'idempotency_key_reused' });
    return { replay: true, body: await dossierView(ctx.store, ctx.store, actor, (previous.response as { code: string }).code) };
  };
  // A retry is detected inside the transaction (the key's unique index), so the common case costs
  // no extra read; the duplicate's sequence increment is rolled back with it.
  const DUPLICATE = new Error('duplicate idempotency key');
  try {
    return await inTransaction(ctx.store, async (tx) => {
    const links = await checkReceiptFiles(tx, actor, input.documents);
    const state = initialState(2);
    const fields = {
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
      submittedAt: now,
      receivedAt: now,
      dueAt,
      stepStartedAt: now,
      stepDueAt: firstStepDue,
    };
    const create = {
      actorId: auditActorId(actor),
      actorName: actor.fullName,
      actorRole: 'reception',
      at: now,
      statusAfter: 2,
      comment: input.note ?? null,
      payload: { status: 2, channel: input.channel, procedureVersion: version.versionNo, defaultProcess: !process },
    };
    const first = { stepKey: steps[0]!.key, stepName: steps[0]!.name, unitCode: steps[0]!.unitCode, startedAt: now, dueAt: firstStepDue };
    // Sequence, key, dossier, first action and step, notices: one statement (see storage/receipt.ts).
    const made = await insertReceipt(tx, {
      agencyId: agency.id,
      agencyCode: agency.code,
      day: today,
      yymmdd: dossierCode(agency.code, today, 1).slice(agency.code.length + 1, agency.code.length + 7),
      idempotency: { actorId: actor.userId, key: idempotencyKey, hash },
      dossier: { ...fields, searchRest: foldVietnamese(`${input.applicant.name} ${input.applicant.idNumber} ${input.owner?.name ?? ''}`) },
      action: create,
      step: first,
      messages: [
        { topic: 'dossier.received', payload: { email: input.applicant.email ?? null, phone: input.applicant.phone ?? null }, dedupeSuffix: '' },
        { topic: 'dossier.documents', payload: {}, dedupeSuffix: ':1' },
      ],
    });
    // A concurrent request with the same key committed first: roll back (the sequence too).
    if (!made) throw DUPLICATE;
    const { id, code } = made;
    await linkDossierFiles(tx, id, links, auditActorId(actor), now);
    await openObligation(tx, { dossierId: id, agencyId: agency.id }, now, auditActorId(actor));
    const row = { ...fields, code, searchText: '' };
    // The view is built from what was just written: no read-back needed.
    const body = viewOf(
      { ...row, id, owner: row.owner, originalDueAt: dueAt, finishedAt: null, returnedAt: null, assigneeId: null, late: false, dueSoon: false, version: 1 },
      dir,
      rolesOn(dir, actor, { handlingAgencyId: agency.id, receivingAgencyId: agency.id }),
      actor,
      [{ seq: 1, action: 'create', actorId: create.actorId, actorName: create.actorName, actorRole: create.actorRole, agencyCode: agency.code, at: now, step: 0, statusAfter: 2, comment: create.comment, payload: create.payload }],
      [{ seq: 1, stepIndex: 0, stepKey: first.stepKey, stepName: first.stepName, unitCode: first.unitCode, agencyCode: agency.code, startedAt: now, dueAt: firstStepDue, finishedAt: null, late: null }],
      null,
    );
    return { replay: false, body };
  });
  } catch (err) {
    if (err !== DUPLICATE) throw err;
    return (await replay())!;
  }
}
