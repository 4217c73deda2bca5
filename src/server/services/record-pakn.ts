import { randomBytes } from 'node:crypto';
import { localDateOf } from '../../domain/calendar';
import { normaliseEmail } from '../../domain/notifications';
import {
  art7Problems,
  art7Reason,
  normalisePhone,
  paknCode,
  paknSearchText,
  type PaknCategory,
  type PaknChannel,
  type PaknDeskEntry,
  type PaknSubmission,
} from '../../domain/pakn';
import { AppError, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Tx } from '../storage/database';
import { findDossier } from '../storage/dossiers';
import { enqueue } from '../storage/outbox';
import { appendPaknHistory, findPakn, insertPakn, type PaknRow } from '../storage/pakn';
import { agencyDirectory } from './agency-directory';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { clockAt, newPaknSecret, procedureExists, procedureName, ruleSetAt, secretMatches } from './pakn-support';

/**
 * Opening a PAKN: on the portal (with or without a citizen account), or by an officer from a letter,
 * a phone call to the published number, an e-mail or a visit (NĐ 20/2008 art. 6). The item gets a
 * code and a secret for the sender, the rule set of its reception date and its deadlines. An entry
 * failing art. 7 is answered 422 on the portal; an officer's is recorded as "not accepted" with the
 * reason (art. 9.1(d)), so the letter is on file and the sender can be told why.
 */
type Intake = {
  agencyId: string;
  channel: PaknChannel;
  title: string;
  content: string;
  sender: { name: string | null; address: string | null; phone: string | null; email: string | null };
  category: PaknCategory | null;
  procedureCode: string | null;
  dossierId: string | null;
  previousId: string | null;
  citizenId: string | null;
  receivedAt: Date;
  notAcceptedReason: string | null;
  by: { kind: 'officer'; userId: string | null; name: string } | { kind: 'sender' };
  /** Handed over by another agency (forwarding inside the system): same sender, same secret. */
  forwardedFrom?: { id: string; secretHash: string } | undefined;
};

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

function fieldProblems(input: { sender: { email?: string | null | undefined } }): { name: string; reason: string }[] {
  const email = clean(input.sender.email);
  return email && !normaliseEmail(email) ? [{ name: 'sender.email', reason: 'Địa chỉ thư điện tử không đúng' }] : [];
}

/** Resolves the references of an entry (agency, procedure, dossier); 422 naming the field otherwise. */
async function references(ctx: ServiceContext, e: { agencyId: string; procedureCode?: string | null | undefined; dossierCode?: string | null | undefined }) {
  const errors: { name: string; reason: string }[] = [];
  const agency = (await agencyDirectory(ctx.store)).byId.get(e.agencyId);
  if (!agency || !agency.active) errors.push({ name: 'agencyId', reason: 'Không tìm thấy cơ quan nhận phản ánh, kiến nghị' });
  if (e.procedureCode && !(await procedureExists(ctx.store, e.procedureCode))) errors.push({ name: 'procedureCode', reason: `Không có thủ tục mã ${e.procedureCode} trong danh mục` });
  const dossier = e.dossierCode ? await findDossier(ctx.store, e.dossierCode.trim()) : undefined;
  if (e.dossierCode && !dossier) errors.push({ name: 'dossierCode', reason: `Không tìm thấy hồ sơ ${e.dossierCode}` });
  if (errors.length > 0) throw new AppError('UNPROCESSABLE', errors.map((x) => x.reason).join('; ') + '.', { reason: 'pakn_reference', errors });
  return { dossierId: dossier?.id ?? null };
}

/** Writes the item, its first history entry, the sender's notice and the audit row; returns the row and the secret. */
export async function writeIntake(tx: Tx, ctx: ServiceContext, i: Intake): Promise<{ row: PaknRow; secret: string | null; seq: number }> {
  const problems = art7Problems({ sender: i.sender, content: i.content });
  const reason = i.notAcceptedReason ?? (problems.length > 0 ? art7Reason(problems) : null);
  const rules = await ruleSetAt(ctx.store, i.receivedAt);
  const clock = reason ? null : await clockAt(ctx.store, i.agencyId, rules, i.receivedAt);
  const fresh = i.forwardedFrom ? null : newPaknSecret();
  const procName = await procedureName(ctx.store, i.procedureCode);
  const now = new Date();
  let row: PaknRow | null = null;
  for (let attempt = 0; !row; attempt++) {
    if (attempt > 20) throw new Error('no free PAKN code');
    const code = paknCode(localDateOf(i.receivedAt), randomBytes(4));
    row = await insertPakn(tx, {
      code,
      secretHash: i.forwardedFrom?.secretHash ?? fresh!.hash,
      agencyId: i.agencyId,
      channel: i.channel,
      status: reason ? 'not_accepted' : 'received',
      senderName: i.sender.name,
      senderAddress: i.sender.address,
      senderPhone: i.sender.phone ? (normalisePhone(i.sender.phone) ?? i.sender.phone) : null,
      senderEmail: i.sender.email ? (normaliseEmail(i.sender.email) ?? i.sender.email) : null,
      citizenId: i.citizenId,
      title: i.title,
      content: i.content,
      category: i.category,
      procedureCode: i.procedureCode,
      dossierId: i.dossierId,
      withinCompetence: null,
      substantiated: null,
      notAcceptedReason: reason,
      refusalReason: null,
      forwardedTo: null,
      forwardedAgencyId: null,
      forwardedFrom: i.forwardedFrom?.id ?? null,
      duplicateOf: null,
      previousId: i.previousId,
      ruleSetId: rules.id,
      receivedAt: i.receivedAt,
      clockStartAt: i.receivedAt,
      ackDueAt: clock?.refuseDue ?? null,
      forwardDueAt: clock?.forwardDue ?? null,
      supplementDueAt: clock?.supplementDue ?? null,
      processDueAt: clock?.processDue ?? null,
      publishDueAt: null,
      dueAt: clock?.processDue ?? null,
      overdueAt: null,
      acknowledgedAt: null,
      supplementRequestedAt: null,
      processedAt: null,
      publishedAt: null,
      finishedAt: reason ? now : null,
      finishedOnTime: null,
      answer: null,
      answeredBy: null,
      approvedBy: null,
      createdBy: i.by.kind === 'officer' ? i.by.userId : null,
      searchText: paknSearchText({ code, title: i.title, content: i.content, procedureName: procName }),
    });
  }
  const seq = await appendPaknHistory(tx, {
    itemId: row.id,
    action: i.by.kind === 'sender' ? 'submit' : 'record',
    fromStatus: null,
    toStatus: row.status,
    actorKind: i.by.kind === 'sender' ? 'sender' : 'officer',
    actorId: i.by.kind === 'officer' ? i.by.userId : null,
    actorName: i.by.kind === 'officer' ? i.by.name : i.sender.name,
    note: reason,
    data: { channel: i.channel, ...(problems.length > 0 ? { problems } : {}), ...(i.forwardedFrom ? { forwardedFrom: i.forwardedFrom.id } : {}) },
    at: now,
  });
  // The secret rides in the outbox message only to be put in the reception notice; the stored copy is masked.
  // A hand-over from another agency is announced by that agency's forwarding notice instead.
  if (!i.forwardedFrom) await enqueue(tx, 'pakn.notice', { itemId: row.id, seq, ...(fresh ? { secret: fresh.secret } : {}) }, `pakn.notice:${row.id}:${seq}`);
  await appendAudit(tx, { actorId: i.by.kind === 'officer' ? i.by.userId : null, action: `pakn.${i.by.kind === 'sender' ? 'submit' : 'record'}`, entity: 'pakn', entityId: row.id, detail: { code: row.code, status: row.status, channel: i.channel }, requestId: ctx.requestId ?? null });
  return { row, secret: fresh?.secret ?? null, seq };
}

/** The earlier item of a re-complaint from the portal: its code and secret (or the same account) must match. */
async function previousOf(ctx: ServiceContext, p: PaknSubmission['previous']): Promise<string | null> {
  if (!p) return null;
  const prev = await findPakn(ctx.store, { code: p.code });
  const mine = prev && ctx.citizen && prev.citizenId === ctx.citizen.citizenId;
  if (!prev || (!mine && !secretMatches(prev.secretHash, p.secret))) throw notFound(`phản ánh, kiến nghị "${p.code}" (hoặc mã bí mật không đúng)`);
  return prev.id;
}

/** The portal form. A logged-in citizen's profile fills what they left empty. */
export async function submitPaknOnline(ctx: ServiceContext, input: PaknSubmission) {
  const c = ctx.citizen ?? null;
  const sender = {
    name: clean(input.sender.name) ?? c?.fullName ?? null,
    address: clean(input.sender.address) ?? c?.address ?? null,
    phone: clean(input.sender.phone) ?? c?.phone ?? null,
    email: clean(input.sender.email) ?? c?.email ?? null,
  };
  const problems = [...art7Problems({ sender, content: input.content }), ...fieldProblems({ sender })];
  if (problems.length > 0) {
    throw new AppError('UNPROCESSABLE', `Phản ánh, kiến nghị chưa đủ thông tin theo Điều 7 Nghị định 20/2008/NĐ-CP: ${problems.map((p) => p.reason).join('; ')}.`, { reason: 'pakn_requirements', errors: problems });
  }
  const { dossierId } = await references(ctx, input);
  const previousId = await previousOf(ctx, input.previous);
  const now = new Date();
  const r = await inTransaction(ctx.store, (tx) =>
    writeIntake(tx, ctx, {
      agencyId: input.agencyId,
      channel: 'portal',
      title: input.title,
      content: input.content,
      sender,
      category: input.category ?? null,
      procedureCode: input.procedureCode ?? null,
      dossierId,
      previousId,
      citizenId: c?.citizenId ?? null,
      receivedAt: now,
      notAcceptedReason: null,
      by: { kind: 'sender' },
    }),
  );
  return { code: r.row.code, secret: r.secret!, status: r.row.status, processDueAt: r.row.processDueAt };
}

/** An officer records a letter, a phone note, an e-mail or a visit at their agency. */
export async function recordPaknAtDesk(ctx: ServiceContext, input: PaknDeskEntry) {
  const dir = await agencyDirectory(ctx.store);
  const actor = authorize(ctx, 'pakn.handle', { agencyPath: dir.ancestry(input.agencyId) });
  const now = new Date();
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + 60_000) {
    throw new AppError('UNPROCESSABLE', 'Thời điểm tiếp nhận không được ở tương lai.', { reason: 'pakn_received_in_future', errors: [{ name: 'receivedAt', reason: 'ở tương lai' }] });
  }
  const emailProblems = fieldProblems(input);
  if (emailProblems.length > 0) throw new AppError('UNPROCESSABLE', 'Địa chỉ thư điện tử không đúng.', { reason: 'pakn_requirements', errors: emailProblems });
  const { dossierId } = await references(ctx, input);
  const previous = input.previousCode ? await findPakn(ctx.store, { code: input.previousCode }) : null;
  if (input.previousCode && !previous) throw new AppError('UNPROCESSABLE', `Không tìm thấy phản ánh, kiến nghị ${input.previousCode}.`, { reason: 'pakn_reference', errors: [{ name: 'previousCode', reason: 'không tồn tại' }] });
  const r = await inTransaction(ctx.store, (tx) =>
    writeIntake(tx, ctx, {
      agencyId: input.agencyId,
      channel: input.channel,
      title: input.title,
      content: input.content,
      sender: { name: clean(input.sender.name), address: clean(input.sender.address), phone: clean(input.sender.phone), email: clean(input.sender.email) },
      category: input.category ?? null,
      procedureCode: input.procedureCode ?? null,
      dossierId,
      previousId: previous?.id ?? null,
      citizenId: null,
      receivedAt,
      notAcceptedReason: clean(input.notAcceptedReason),
      by: { kind: 'officer', userId: auditActorId(actor), name: actor.fullName },
    }),
  );
  return { id: r.row.id, code: r.row.code, secret: r.secret!, status: r.row.status, notAcceptedReason: r.row.notAcceptedReason };
}
