import { createHash } from 'node:crypto';
import { localDateOf } from '../../domain/calendar';
import { ApplicationContent, APPLICANT_ROLE, defaultProcess, dossierCode, initialState, slotProblems, type Step } from '../../domain/dossier';
import { foldVietnamese, formSchema } from '../../domain/procedure';
import { ruleSetFor } from '../../domain/rules';
import { AppError, conflict, invalid, notFound } from '../errors';
import { deleteCitizenDraft, findCitizenDraft } from '../storage/citizen-drafts';
import { inTransaction } from '../storage/database';
import { filesByIds, linkDossierFiles } from '../storage/dossier-files';
import { findIdempotencyKey } from '../storage/dossiers';
import { receivableVersion } from '../storage/procedures';
import { insertReceipt } from '../storage/receipt';
import { agencyDirectory } from './agency-directory';
import { officeHoursOf, workingCalendar } from './calendar-provider';
import { citizenDossierView } from './citizen-dossier-view';
import { requireCitizen } from './citizen-session';
import type { ServiceContext } from './context';
import { storeIndex } from './data-store';
import type { DocumentsDeps } from './dossier-documents';
import { applicantOf } from './online-drafts';
import { stepDue, timeFor } from './receive-dossier';
import { UPLOAD_LIMITS } from './upload-file';

type Problem = { name: string; reason: string };
const refuse = (problems: Problem[]) => invalid(`Hồ sơ chưa hợp lệ: ${problems.map((p) => `${p.name} — ${p.reason}`).join('; ')}`, { errors: problems });

/**
 * Submits a citizen's draft as an online dossier: the procedure in force must be offered online
 * (level full or partial) and assigned to the chosen agency with the online channel (422 otherwise);
 * the answers pass the schema built from the procedure's fields and every required document is
 * filled by the citizen's upload or a document of their data store (400 with each problem's path).
 * In one transaction guarded by the Idempotency-Key: the code from the agency's daily sequence, the
 * dossier in status 1 with the applicant from the account, its first action by the applicant, the
 * files linked, the draft removed and the acknowledgement queued. Reception starts the clock.
 */
export async function submitApplication(ctx: ServiceContext, deps: DocumentsDeps, draftId: string, idempotencyKey: string) {
  const citizen = requireCitizen(ctx);
  const hash = createHash('sha256').update(`draft:${draftId}`).digest('hex');
  const replay = async () => {
    const previous = await findIdempotencyKey(ctx.store, citizen.citizenId, idempotencyKey);
    if (!previous) return null;
    if (previous.hash !== hash) throw conflict('Idempotency-Key này đã được dùng cho một yêu cầu khác.', { reason: 'idempotency_key_reused' });
    return { replay: true, body: await citizenDossierView(ctx, deps, (previous.response as { code: string }).code) };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const draft = await findCitizenDraft(ctx.store, draftId, citizen.citizenId);
  if (!draft) throw notFound('bản nháp hồ sơ');
  const content = ApplicationContent.parse(draft.content ?? {});
  const dir = await agencyDirectory(ctx.store);
  if (!content.agencyCode) throw refuse([{ name: 'agencyCode', reason: 'cần chọn cơ quan tiếp nhận' }]);
  const agency = dir.byCode.get(content.agencyCode);
  if (!agency) throw refuse([{ name: 'agencyCode', reason: `không tìm thấy cơ quan "${content.agencyCode}"` }]);

  const now = new Date();
  const today = localDateOf(now);
  const version = await receivableVersion(ctx.store, draft.procedureCode, today, agency.id);
  if (!version) throw notFound(`thủ tục "${draft.procedureCode}" đang có hiệu lực`);
  const record = version.record;
  if (record.onlineLevel !== 'full' && record.onlineLevel !== 'partial') {
    throw new AppError('UNPROCESSABLE', `Thủ tục ${draft.procedureCode} chưa cung cấp dịch vụ công trực tuyến.`, { errors: [{ name: 'procedureCode', reason: 'không nộp trực tuyến được' }] });
  }
  if (!version.channels?.includes('online')) {
    throw new AppError('UNPROCESSABLE', `${agency.name} không tiếp nhận trực tuyến thủ tục ${draft.procedureCode}.`, { errors: [{ name: 'agencyCode', reason: 'không tiếp nhận trực tuyến thủ tục này' }] });
  }

  const values = formSchema(record.formFields).safeParse(content.values);
  const answers = values.success ? [] : values.error.issues.map((i) => ({ name: ['values', ...i.path.map(String)].join('.'), reason: i.message }));
  const slots = slotProblems(record.documents, content.documents).map((p) => ({ name: p.path, reason: p.message }));
  const store = await storeIndex(ctx.store, citizen);
  const uploads = new Map((await filesByIds(ctx.store, content.documents.flatMap((s) => (s.fileId ? [s.fileId] : [])))).map((f) => [f.id, f]));
  const files: Problem[] = [];
  const documents: Record<string, unknown>[] = [];
  const links: { fileId: string; documentIndex: number }[] = [];
  let bytes = 0;
  record.documents.forEach((item, index) => {
    const slot = content.documents.find((s) => s.index === index);
    if (slot?.fileId) {
      const f = uploads.get(slot.fileId);
      if (!f || f.kind !== 'upload' || f.citizenId !== citizen.citizenId) return void files.push({ name: `documents.${index}`, reason: 'không tìm thấy tệp bạn đã tải lên' });
      bytes += Number(f.size);
      links.push({ fileId: f.id, documentIndex: documents.length });
      documents.push({ name: item.name, copies: item.copies, digitised: true, fileId: f.id, source: 'upload' });
    } else if (slot?.reuse) {
      const hit = store(slot.reuse);
      if (!hit) return void files.push({ name: `documents.${index}`, reason: 'giấy tờ không có trong Giấy tờ của tôi' });
      links.push({ fileId: hit.fileId, documentIndex: documents.length });
      documents.push({ name: item.name, copies: item.copies, digitised: true, fileId: hit.fileId, source: 'personal_store', reusedFrom: { kind: hit.kind, id: hit.id, dossierCode: hit.dossierCode, title: hit.title } });
    }
  });
  const problems = [...answers, ...slots, ...files];
  if (problems.length) throw refuse(problems);
  if (bytes > UPLOAD_LIMITS.dossierBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tổng dung lượng tệp của hồ sơ (${(bytes / 2 ** 20).toFixed(1)} MB) vượt quá giới hạn ${UPLOAD_LIMITS.dossierBytes / 2 ** 20} MB.`);
  }
  const formData = values.success ? values.data : {};

  const cal = await workingCalendar(ctx.store);
  const hours = await officeHoursOf(ctx.store, agency.code);
  const time = timeFor(record, 'online');
  const process = version.process;
  const steps = (process?.steps as Step[] | undefined) ?? defaultProcess(time);
  const firstStepDue = stepDue(cal, hours, now, steps[0]);
  const applicant = applicantOf(citizen);
  const DUPLICATE = new Error('duplicate idempotency key');
  try {
    const made = await inTransaction(ctx.store, async (tx) => {
      const m = await insertReceipt(tx, {
        agencyId: agency.id,
        agencyCode: agency.code,
        day: today,
        yymmdd: dossierCode(agency.code, today, 1).slice(agency.code.length + 1, agency.code.length + 7),
        idempotency: { actorId: citizen.citizenId, key: idempotencyKey, hash },
        dossier: {
          procedureCode: draft.procedureCode,
          procedureVersionId: version.id,
          processId: process?.id ?? null,
          steps,
          channel: 'online',
          receivingAgencyId: agency.id,
          handlingAgencyId: agency.id,
          currentUnitCode: steps[0]?.unitCode ?? null,
          currentStepKind: steps[0]?.kind ?? null,
          status: 1,
          state: initialState(1),
          applicant,
          owner: null,
          documents,
          note: null,
          ruleSet: ruleSetFor(today).id,
          processingTime: time,
          submittedAt: now,
          receivedAt: null,
          dueAt: null,
          stepStartedAt: now,
          stepDueAt: firstStepDue,
          citizenId: citizen.citizenId,
          formData,
          searchRest: foldVietnamese(`${applicant.name} ${applicant.idNumber}`),
        },
        action: { actorId: null, actorName: citizen.fullName, actorRole: APPLICANT_ROLE, at: now, statusAfter: 1, comment: null, payload: { status: 1, channel: 'online', procedureVersion: version.versionNo, defaultProcess: !process, draft: draftId } },
        step: { stepKey: steps[0]!.key, stepName: steps[0]!.name, unitCode: steps[0]!.unitCode, startedAt: now, dueAt: firstStepDue },
        messages: [{ topic: 'dossier.submitted', payload: { email: applicant.email, phone: applicant.phone }, dedupeSuffix: '' }],
      });
      // The same key was used by a request that committed first: roll back (the sequence too).
      if (!m) throw DUPLICATE;
      await linkDossierFiles(tx, m.id, links, null, now);
      await deleteCitizenDraft(tx, draftId, citizen.citizenId);
      return m;
    });
    return { replay: false, body: await citizenDossierView(ctx, deps, made.code) };
  } catch (err) {
    if (err !== DUPLICATE) throw err;
    return (await replay())!;
  }
}
