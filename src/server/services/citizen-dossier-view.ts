import { applicantActions, citizenMilestones, isCitizenEvent, statusName, type DossierState, type StatusCode, type Step } from '../../domain/dossier';
import { editableUntil, ratingEditable } from '../../domain/feedback';
import { notFound } from '../errors';
import { findUnit } from '../storage/agencies';
import { versionRecordOf } from '../storage/citizen-dossiers';
import { procedureOfVersion } from '../storage/dossier-documents';
import { findDossier, listActions, type DossierRow } from '../storage/dossiers';
import { findRating, type RatingRow } from '../storage/ratings';
import { agencyDirectory } from './agency-directory';
import { requireCitizen } from './citizen-session';
import type { CitizenActor, ServiceContext } from './context';
import { documentsOfDossier, type DocumentsDeps } from './dossier-documents';

/** Whether a dossier belongs to a citizen: submitted from their account, or they are its applicant. */
export const isOwnDossier = (c: CitizenActor, d: Pick<DossierRow, 'citizenId' | 'applicant'>) =>
  d.citizenId === c.citizenId || (d.applicant as { idNumber?: string } | null)?.idNumber === c.idNumber;

/** The logged-in citizen's dossier, or 404 (the same as an unknown code: others' dossiers are not revealed). */
export async function ownDossier(ctx: ServiceContext, code: string): Promise<{ citizen: CitizenActor; d: DossierRow }> {
  const citizen = requireCitizen(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d || !isOwnDossier(citizen, d)) throw notFound(`hồ sơ "${code}" trong tài khoản của bạn`);
  return { citizen, d };
}

/** Citizen-facing labels of the history (no officer names). */
const EVENT_VI: Record<string, string> = {
  create: 'Tiếp nhận hồ sơ tại bộ phận một cửa',
  receive: 'Hồ sơ được tiếp nhận',
  refuse: 'Hồ sơ không được tiếp nhận',
  request_supplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Đã nhận hồ sơ bổ sung',
  forward: 'Chuyển bước xử lý',
  transfer: 'Chuyển cơ quan liên thông giải quyết',
  transfer_back: 'Cơ quan liên thông trả lại',
  request_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  payment_received: 'Đã thực hiện nghĩa vụ tài chính',
  sign: 'Đã có kết quả giải quyết',
  reject: 'Hồ sơ không được giải quyết',
  stop: 'Dừng giải quyết hồ sơ',
  withdraw: 'Hồ sơ được rút theo yêu cầu',
  extend: 'Xin lỗi và hẹn lại ngày trả kết quả',
  return_result: 'Đã trả kết quả',
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function ratingView(r: RatingRow | undefined, now = new Date()) {
  if (!r) return null;
  return { time: r.time, contacts: r.contacts, bodies: r.bodies, attitude: r.attitude, comment: r.comment, channel: r.channel, createdAt: r.createdAt, updatedAt: r.updatedAt, editableUntil: editableUntil(r.createdAt), editable: ratingEditable(r.createdAt, now) };
}

/**
 * The dossier as its applicant sees it: milestones, due date, the timeline without officer names,
 * what was asked for a supplement, the documents issued (drafts excluded), fees of the channel,
 * what they may do now (supplement, withdraw, rate) and their rating.
 */
export async function citizenDossierView(ctx: ServiceContext, deps: DocumentsDeps, code: string) {
  const { d } = await ownDossier(ctx, code);
  const dir = await agencyDirectory(ctx.store);
  const [history, procedure, record, rating, issued] = await Promise.all([
    listActions(ctx.store, d.id),
    procedureOfVersion(ctx.store, d.procedureVersionId),
    versionRecordOf(ctx.store, d.procedureVersionId),
    findRating(ctx.store, d.id),
    documentsOfDossier(ctx.store, deps, d),
  ]);
  const status = d.status as StatusCode;
  const state = d.state as DossierState;
  const steps = d.steps as Step[];
  const handling = dir.byId.get(d.handlingAgencyId);
  const unit = d.currentUnitCode ? await findUnit(ctx.store, d.handlingAgencyId, d.currentUnitCode) : undefined;
  const online = d.channel === 'online' || history[0]?.statusAfter === 1;
  const request = [...history].reverse().find((a) => a.action === 'request_supplement');
  const payload = (request?.payload ?? {}) as Record<string, unknown>;
  const fees = record?.channels.find((c) => c.channel === d.channel)?.fees ?? record?.channels.find((c) => c.channel === 'direct')?.fees ?? [];
  const view = ratingView(rating);
  return {
    code: d.code,
    status,
    statusName: statusName(status),
    channel: d.channel,
    procedure: { code: d.procedureCode, name: procedure.name },
    receivingAgency: dir.byId.get(d.receivingAgencyId)?.name ?? null,
    handlingAgency: handling?.name ?? null,
    /** Where it is being processed now: the unit of the current step, or the agency. */
    processingAt: [2, 4, 5, 6].includes(status) ? [unit?.name, handling?.name].filter(Boolean).join(', ') || null : null,
    currentStep: [2, 4].includes(status) ? (steps[state.step]?.name ?? null) : null,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    finishedAt: d.finishedAt,
    returnedAt: d.returnedAt,
    late: d.late,
    milestones: citizenMilestones(status, d.channel, history),
    timeline: history
      .filter((a) => isCitizenEvent(a.action))
      .map((a) => {
        const p = (a.payload ?? {}) as Record<string, unknown>;
        const label = a.action === 'create' ? (online ? 'Nộp hồ sơ trực tuyến' : EVENT_VI.create!) : (EVENT_VI[a.action] ?? a.action);
        const stepName = a.action === 'forward' && a.step !== null ? (steps[a.step]?.name ?? null) : null;
        const agency = a.agencyCode ? (dir.byCode.get(a.agencyCode)?.name ?? null) : null;
        return { at: a.at, action: a.action, label, statusAfter: a.statusAfter, agency, note: stepName ?? text(p.reason) ?? (a.action === 'extend' ? text(p.newDueDate) : null) };
      }),
    supplement: status === 5 && request ? { reason: text(payload.reason) ?? '', documents: Array.isArray(payload.documents) ? payload.documents.map(String) : [], requestedAt: request.at } : null,
    applicant: d.applicant as Record<string, unknown>,
    formData: (d.formData ?? null) as Record<string, unknown> | null,
    documents: (d.documents as Record<string, unknown>[]).map((x) => ({ name: String(x.name ?? ''), source: (x.source as string | undefined) ?? null, fileId: (x.fileId as string | undefined) ?? null, supplement: x.supplement === true })),
    issued: issued
      .filter((x) => x.form !== 'draft')
      .map((x) => ({ id: x.id, kind: x.kind, form: x.form, number: x.number, title: x.title, createdAt: x.createdAt, signed: x.signed, verificationCode: x.verificationCode, revoked: x.revokedAt !== null })),
    fees: fees.map((f) => ({ label: f.label, amount: f.amount, asWritten: f.asWritten })),
    /** A fee applies (amount above zero or not stated): shown as "chờ nộp phí" until payments arrive. */
    feePending: fees.some((f) => f.amount === null || f.amount > 0) && ![3, 7, 8, 10].includes(status),
    actions: applicantActions(state),
    rating: view,
    canRate: status === 10 && (!view || view.editable),
    version: d.version,
  };
}

export type CitizenDossierView = Awaited<ReturnType<typeof citizenDossierView>>;
