import { localDateOf } from '../../domain/calendar';
import { ApplicationContent } from '../../domain/dossier';
import { AppError, conflict, invalid, notFound } from '../errors';
import { deleteCitizenDraft, findCitizenDraft, insertCitizenDraft, listCitizenDrafts, updateCitizenDraft, type DraftRow } from '../storage/citizen-drafts';
import { versionInForce } from '../storage/procedures';
import { requireCitizen } from './citizen-session';
import type { CitizenActor, ServiceContext } from './context';

/** The applicant an online application is made in the name of: the account's own details, not editable in the form. */
export const applicantOf = (c: CitizenActor) => ({ kind: c.kind, name: c.fullName, idNumber: c.idNumber, phone: c.phone, email: c.email, address: c.address });

const parseContent = (raw: unknown) => {
  const r = ApplicationContent.safeParse(raw ?? {});
  if (r.success) return r.data;
  const errors = r.error.issues.map((i) => ({ name: i.path.map(String).join('.'), reason: i.message }));
  throw invalid(`Bản nháp chưa hợp lệ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
};

export function draftView(d: DraftRow, c: CitizenActor) {
  return { id: d.id, procedureCode: d.procedureCode, content: ApplicationContent.parse(d.content ?? {}), applicant: applicantOf(c), version: d.version, createdAt: d.createdAt, updatedAt: d.updatedAt };
}

/** A procedure a citizen may apply for online now: in force and with online level full or partial (422 otherwise). */
export async function onlineProcedure(ctx: ServiceContext, code: string) {
  const v = await versionInForce(ctx.store, code, localDateOf(Date.now()));
  if (!v) throw notFound(`thủ tục "${code}" đang có hiệu lực`);
  if (v.record.onlineLevel !== 'full' && v.record.onlineLevel !== 'partial') {
    throw new AppError('UNPROCESSABLE', `Thủ tục ${code} chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp hồ sơ trực tiếp hoặc qua bưu chính.`, { errors: [{ name: 'procedureCode', reason: 'không nộp trực tuyến được' }] });
  }
  return v;
}

export async function createDraft(ctx: ServiceContext, input: { procedureCode: string; content?: unknown }) {
  const c = requireCitizen(ctx);
  await onlineProcedure(ctx, input.procedureCode);
  const content = parseContent(input.content);
  return draftView(await insertCitizenDraft(ctx.store, c.citizenId, input.procedureCode, content), c);
}

export async function listDrafts(ctx: ServiceContext) {
  const c = requireCitizen(ctx);
  return listCitizenDrafts(ctx.store, c.citizenId);
}

export async function getDraft(ctx: ServiceContext, id: string) {
  const c = requireCitizen(ctx);
  const d = await findCitizenDraft(ctx.store, id, c.citizenId);
  if (!d) throw notFound('bản nháp hồ sơ');
  return draftView(d, c);
}

/** Saves a draft from the version the citizen's screen holds; 409 with the stored version when another tab saved first. */
export async function saveDraft(ctx: ServiceContext, id: string, input: { version: number; content: unknown }) {
  const c = requireCitizen(ctx);
  const content = parseContent(input.content);
  const saved = await updateCitizenDraft(ctx.store, id, c.citizenId, input.version, content);
  if (saved) return draftView(saved, c);
  const current = await findCitizenDraft(ctx.store, id, c.citizenId);
  if (!current) throw notFound('bản nháp hồ sơ');
  throw conflict('Bản nháp đã được lưu ở nơi khác; vui lòng tải lại.', { currentVersion: current.version });
}

export async function deleteDraft(ctx: ServiceContext, id: string) {
  const c = requireCitizen(ctx);
  if (!(await deleteCitizenDraft(ctx.store, id, c.citizenId))) throw notFound('bản nháp hồ sơ');
}
