import { APPLICANT_ROLE, APPLICANT_RULES, PAYLOADS, statusName, type ApplicantAction, type StatusCode } from '../../domain/dossier';
import { AppError, conflict, invalid } from '../errors';
import { appendDossierComponents } from '../storage/citizen-dossiers';
import { filesByIds, linkDossierFiles } from '../storage/dossier-files';
import type { DossierRow } from '../storage/dossiers';
import { citizenDossierView, ownDossier } from './citizen-dossier-view';
import type { CitizenActor, ServiceContext } from './context';
import type { DocumentsDeps } from './dossier-documents';
import { commitAction, type Transition } from './dossier-transition';
import { UPLOAD_LIMITS } from './upload-file';

/** The applicant's own action on their dossier, through the same transition as the officers' (history role `applicant`). */
async function actAsApplicant(ctx: ServiceContext, c: CitizenActor, d: DossierRow, action: ApplicantAction, t: Omit<Transition, 'action' | 'by' | 'now'>, version?: number) {
  const allowed: readonly StatusCode[] = APPLICANT_RULES[action].from;
  const state = () => ({ currentStatus: d.status, currentStatusName: statusName(d.status as StatusCode), currentVersion: d.version });
  if (!allowed.includes(d.status as StatusCode)) throw conflict(`Không thực hiện được ở trạng thái hiện tại của hồ sơ (${statusName(d.status as StatusCode)}).`, state());
  if (version !== undefined && version !== d.version) throw conflict('Hồ sơ đã thay đổi kể từ khi bạn mở; vui lòng tải lại.', state());
  const won = await commitAction(ctx, d, { ...t, action, by: { userId: null, name: c.fullName, role: APPLICANT_ROLE, stateId: c.citizenId }, now: new Date() });
  if (!won) throw conflict('Hồ sơ vừa được cán bộ cập nhật; vui lòng tải lại.', state());
}

export type SupplementInput = { version?: number | undefined; comment?: string | undefined; documents: { name: string; fileId: string }[] };

/**
 * The applicant answers a supplement request online: their uploaded files become new components of
 * the dossier (digitised, marked as a supplement) and "supplement received" is recorded in their
 * name, which resumes processing and recomputes the due date by the rule set (as at the counter).
 */
export async function supplementOnline(ctx: ServiceContext, deps: DocumentsDeps, code: string, input: SupplementInput) {
  const { citizen, d } = await ownDossier(ctx, code);
  const comment = PAYLOADS.supplement_received.parse({ comment: input.comment }).comment;
  const files = new Map((await filesByIds(ctx.store, input.documents.map((x) => x.fileId))).map((f) => [f.id, f]));
  const errors = input.documents.flatMap((x, i) => {
    const f = files.get(x.fileId);
    return !f || f.kind !== 'upload' || f.citizenId !== citizen.citizenId ? [{ name: `documents.${i}.fileId`, reason: 'không tìm thấy tệp bạn đã tải lên' }] : [];
  });
  if (errors.length) throw invalid(`Tệp bổ sung không hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  const bytes = [...files.values()].reduce((n, f) => n + Number(f.size), 0);
  if (bytes > UPLOAD_LIMITS.dossierBytes) throw new AppError('PAYLOAD_TOO_LARGE', `Tổng dung lượng tệp bổ sung vượt quá ${UPLOAD_LIMITS.dossierBytes / 2 ** 20} MB.`);
  const components = input.documents.map((x) => ({ name: x.name, copies: '', digitised: true, fileId: x.fileId, source: 'upload', supplement: true }));
  await actAsApplicant(
    ctx,
    citizen,
    d,
    'supplement_received',
    {
      payload: { comment, documents: input.documents.map((x) => ({ name: x.name, fileId: x.fileId })) },
      also: async (tx) => {
        const start = await appendDossierComponents(tx, d.id, components);
        await linkDossierFiles(tx, d.id, components.map((x, i) => ({ fileId: x.fileId, documentIndex: start + i })), null, new Date());
      },
    },
    input.version,
  );
  return citizenDossierView(ctx, deps, code);
}

/** The applicant withdraws their dossier with a reason (statuses 1, 2, 4, 5, 6 → 7). */
export async function withdrawByApplicant(ctx: ServiceContext, deps: DocumentsDeps, code: string, input: { reason: string; version?: number | undefined }) {
  const { citizen, d } = await ownDossier(ctx, code);
  const { reason } = PAYLOADS.withdraw.parse({ reason: input.reason });
  await actAsApplicant(ctx, citizen, d, 'withdraw', { payload: { reason } }, input.version);
  return citizenDossierView(ctx, deps, code);
}
