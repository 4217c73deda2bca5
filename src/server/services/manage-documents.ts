import { buildBook, type BookRow } from '../../domain/forms';
import { buildForm } from '../../domain/forms';
import { statusName, type Step, type StatusCode } from '../../domain/dossier';
import { defaultResultTemplate, RESULT_FIELDS, templateProblems } from '../../domain/documents';
import { localDateOf } from '../../domain/calendar';
import { renderPdf } from '../documents/pdf';
import { bookToXlsx } from '../documents/tracking-book-excel';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { inTransaction } from '../storage/database';
import { findDocumentFor, findDossierDocument, procedureOfVersion, revokeDocument } from '../storage/dossier-documents';
import { findDossier, listActions, listSteps } from '../storage/dossiers';
import { findResultTemplate, saveResultTemplate } from '../storage/result-templates';
import { versionInForce } from '../storage/procedures';
import { trackingBookRows } from '../storage/tracking-book';
import { agencyDirectory } from './agency-directory';
import { authorize, requireActor } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { documentsOfDossier, ensureOne, formSetOf, makeResult, type DocumentsDeps } from './dossier-documents';
import { rolesOn } from './dossier-view';
import { controlRequest, formAgency, formBase } from './form-input';
import { lookupToken } from './lookup-token';
import { signingKeyFor } from './signing-keys';

async function readableDossier(ctx: ServiceContext, code: string) {
  const actor = requireActor(ctx);
  const d = await findDossier(ctx.store, code);
  if (!d) throw notFound(`hồ sơ "${code}"`);
  const dir = await agencyDirectory(ctx.store);
  if (rolesOn(dir, actor, d).length === 0) throw forbidden('Hồ sơ này không thuộc phạm vi của bạn.');
  return { actor, d, dir };
}

export async function listDocuments(ctx: ServiceContext, deps: DocumentsDeps, code: string) {
  const { d } = await readableDossier(ctx, code);
  return documentsOfDossier(ctx.store, deps, d);
}

/** Form 05 (TT 01/2018) / 06 (TT 03/2025): the process control sheet as of now, rendered on request. */
export async function controlSheet(ctx: ServiceContext, deps: DocumentsDeps, code: string): Promise<Buffer> {
  const { actor, d, dir } = await readableDossier(ctx, code);
  const history = await listActions(ctx.store, d.id);
  const steps = await listSteps(ctx.store, d.id);
  const procedure = await procedureOfVersion(ctx.store, d.procedureVersionId);
  const now = { ...history[0]!, at: new Date(), actorName: actor.fullName };
  const base = formBase(d, dir, formSetOf(d), procedure, now, deps.publicUrl, d.receivingAgencyId, await lookupToken(ctx.store, d.code));
  return renderPdf(buildForm(controlRequest(base, steps, history, d.steps as Step[], dir)));
}

/**
 * Revokes an issued result (with a reason, visible in public verification); with `replace`, issues a
 * new signed result that supersedes it.
 */
export async function revokeResult(ctx: ServiceContext, deps: DocumentsDeps, code: string, id: string, input: { reason: string; replace: boolean }) {
  const { actor, d, dir } = await readableDossier(ctx, code);
  authorize(ctx, 'document.revoke', { agencyPath: dir.ancestry(d.handlingAgencyId) });
  const doc = await findDossierDocument(ctx.store, id);
  if (!doc || doc.dossierId !== d.id) throw notFound('văn bản');
  if (doc.kind !== 'result' || !doc.verificationCode) throw invalid('Chỉ thu hồi được văn bản kết quả đã ký số.');
  if (doc.revokedAt) throw new AppError('CONFLICT', 'Văn bản đã bị thu hồi trước đó.');
  let replacement: string | null = null;
  if (input.replace) {
    if (!(await signingKeyFor(ctx.store, d.handlingAgencyId))) throw new AppError('UNPROCESSABLE', 'Cơ quan chưa có chứng thư số để ký văn bản thay thế.', { reason: 'no_signing_key' });
    // A new result rendered from the current template and dossier, signed now, under a new code.
    const history = await listActions(ctx.store, d.id);
    const at = new Date();
    const form = `replacement:${doc.id}`;
    await ensureOne(ctx.store, deps, d, 'result', form, d.version, () => makeResult(ctx.store, deps, d, dir, { at, actorName: actor.fullName, actorId: auditActorId(actor), comment: input.reason }, history, 'final'));
    replacement = (await findDocumentFor(ctx.store, d.id, 'result', form, d.version))!.id;
  }
  const ok = await inTransaction(ctx.store, (tx) => revokeDocument(tx, doc.id, auditActorId(actor), input.reason, replacement, new Date()));
  if (!ok) throw new AppError('CONFLICT', 'Văn bản đã bị thu hồi trước đó.');
  return documentsOfDossier(ctx.store, deps, d);
}

/** Form 06 (TT 01/2018) / 07 (TT 03/2025): the agency's tracking book for a period, PDF or Excel. */
export async function trackingBook(ctx: ServiceContext, agencyCode: string, period: { from: string; to: string }, format: 'pdf' | 'xlsx') {
  const dir = await agencyDirectory(ctx.store);
  const agency = dir.byCode.get(agencyCode);
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`);
  authorize(ctx, 'tracking_book.read', { agencyPath: dir.ancestry(agency.id) });
  if (period.to < period.from) throw invalid('Ngày kết thúc phải sau ngày bắt đầu.', { errors: [{ name: 'to', reason: 'trước ngày bắt đầu' }] });
  const rows = await trackingBookRows(ctx.store, agency.id, period.from, period.to);
  const bookRows: BookRow[] = rows.map((r, i) => ({
    no: i + 1,
    code: r.code,
    procedure: r.procedureName,
    applicant: r.applicantName,
    receivedAt: r.receivedAt,
    dueAt: r.dueAt,
    transfer: r.handlingAgencyId !== agency.id ? (dir.byId.get(r.handlingAgencyId)?.name ?? null) : null,
    returnedAt: r.returnedAt,
    status: statusName(r.status as StatusCode),
    note: r.late ? 'Trễ hạn' : null,
  }));
  const req = { set: period.from >= '2025-07-01' ? ('03/2025' as const) : ('01/2018' as const), agency: formAgency(dir, agency.id), from: period.from, to: period.to, issuedAt: new Date(), rows: bookRows };
  return format === 'pdf' ? renderPdf(buildBook(req)) : bookToXlsx(req);
}

/** The procedure's result template (the default one until a control officer saves one) and the fields it may use. */
export async function getResultTemplate(ctx: ServiceContext, procedureCode: string) {
  authorize(ctx, 'result_template.manage');
  const saved = await findResultTemplate(ctx.store, procedureCode);
  const version = await versionInForce(ctx.store, procedureCode, localDateOf(Date.now()));
  if (!saved && !version) throw notFound(`thủ tục "${procedureCode}"`);
  const fallback = defaultResultTemplate((version?.record as { result?: string } | undefined)?.result ?? null);
  return {
    title: saved?.title ?? fallback.title,
    body: saved?.body ?? fallback.body,
    isDefault: !saved,
    updatedAt: saved?.updatedAt ?? null,
    fields: Object.entries(RESULT_FIELDS).map(([name, label]) => ({ name, label })),
  };
}

export async function putResultTemplate(ctx: ServiceContext, procedureCode: string, input: { title: string; body: string }) {
  const actor = authorize(ctx, 'result_template.manage');
  const problems = [...templateProblems(input.title), ...templateProblems(input.body)];
  if (problems.length) throw invalid(problems.join('; '), { errors: problems.map((reason) => ({ name: 'body', reason })) });
  await inTransaction(ctx.store, (tx) => saveResultTemplate(tx, { procedureCode, title: input.title, body: input.body, updatedBy: auditActorId(actor) }));
}
