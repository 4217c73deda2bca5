import {
  availablePaknActions,
  paknBlockedReason,
  PAKN_BLOCK_VI,
  PAKN_PAYLOADS,
  PAKN_ACTION_VI,
  PAKN_STATUS_VI,
  type PaknAction,
  type PaknActorKind,
  type PaknGuardState,
  type PaknPayload,
} from '../../domain/pakn';
import { localDateOf } from '../../domain/calendar';
import { AppError, conflict, invalid } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Tx } from '../storage/database';
import { findDossier } from '../storage/dossiers';
import { enqueue } from '../storage/outbox';
import { appendPaknHistory, findPakn, updatePakn, type PaknRow } from '../storage/pakn';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { effectOf, type EffectEnv } from './pakn-effects';
import { clockEnv, procedureExists, procedureName, ruleSetById } from './pakn-support';
import { spawnEventInstances } from './plan-events';
import { writeIntake } from './record-pakn';

/**
 * One action on a PAKN, by an officer or by the sender: the domain guard decides whether it is
 * allowed now (409 naming the current status and the allowed actions otherwise); the item moves only
 * from the version its actor saw; the history entry, the sender's notice, the audit row and (for a
 * hand-over inside the system) the receiving agency's item are written in the same transaction.
 */
export type PaknBy = { kind: 'officer'; userId: string | null; name: string; who: readonly PaknActorKind[] } | { kind: 'sender'; name: string | null };

export const guardState = (r: PaknRow): PaknGuardState => ({ status: r.status, category: r.category, withinCompetence: r.withinCompetence, extended: r.extended, rating: r.rating });

const whoOf = (by: PaknBy): readonly PaknActorKind[] => (by.kind === 'sender' ? ['sender'] : by.who);

function current(r: PaknRow, by: PaknBy) {
  return { currentStatus: r.status, currentStatusName: PAKN_STATUS_VI[r.status], availableActions: availablePaknActions(guardState(r), whoOf(by)), currentVersion: r.version };
}

export function parsePaknPayload<A extends PaknAction>(action: A, raw: unknown): PaknPayload<A> {
  const parsed = PAKN_PAYLOADS[action].safeParse(raw ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ name: ['payload', ...i.path.map(String)].join('.'), reason: i.message }));
    throw invalid(`Thông tin kèm thao tác chưa đủ: ${errors.map((e) => `${e.name} — ${e.reason}`).join('; ')}`, { errors });
  }
  return parsed.data as PaknPayload<A>;
}

const unprocessable = (detail: string, name: string) => new AppError('UNPROCESSABLE', detail, { reason: 'pakn_reference', errors: [{ name, reason: detail }] });

/** Looks up what the payload names (the original of a merge, the receiving agency, the dossier, the procedure). */
async function resolveRefs(tx: Tx, ctx: ServiceContext, item: PaknRow, action: PaknAction, payload: Record<string, unknown>): Promise<EffectEnv['refs']> {
  switch (action) {
    case 'merge': {
      const original = await findPakn(tx, { code: String(payload.originalCode) });
      if (!original || original.agencyId !== item.agencyId) throw unprocessable(`Không tìm thấy phản ánh, kiến nghị ${String(payload.originalCode)} của cùng cơ quan.`, 'payload.originalCode');
      if (original.id === item.id) throw unprocessable('Không thể gộp phản ánh vào chính nó.', 'payload.originalCode');
      if (original.status === 'merged' || original.status === 'not_accepted') {
        throw unprocessable(`Phản ánh ${original.code} ${PAKN_STATUS_VI[original.status].toLowerCase()}; hãy gộp vào phản ánh gốc.`, 'payload.originalCode');
      }
      return { originalId: original.id, originalCode: original.code };
    }
    case 'forward': {
      const agencyId = (payload.agencyId as string | null | undefined) ?? null;
      if (agencyId === null) return { forwardedAgencyId: null };
      const agency = (await agencyDirectory(ctx.store)).byId.get(agencyId);
      if (!agency || !agency.active) throw unprocessable('Không tìm thấy cơ quan nhận chuyển trong hệ thống.', 'payload.agencyId');
      if (agencyId === item.agencyId) throw unprocessable('Không thể chuyển phản ánh cho chính cơ quan đang xử lý.', 'payload.agencyId');
      return { forwardedAgencyId: agencyId };
    }
    case 'classify': {
      const code = payload.procedureCode as string | null | undefined;
      if (code && !(await procedureExists(ctx.store, code))) throw unprocessable(`Không có thủ tục mã ${code} trong danh mục.`, 'payload.procedureCode');
      const dossierCode = payload.dossierCode as string | null | undefined;
      let dossierId: string | null | undefined;
      if (dossierCode) {
        const d = await findDossier(tx, dossierCode);
        if (!d) throw unprocessable(`Không tìm thấy hồ sơ ${dossierCode}.`, 'payload.dossierCode');
        dossierId = d.id;
      } else if (dossierCode === null) dossierId = null;
      return { dossierId, procedureName: await procedureName(ctx.store, code === undefined ? item.procedureCode : code) };
    }
    case 'publish':
      return { procedureName: await procedureName(ctx.store, item.procedureCode) };
    default:
      return {};
  }
}

/** Hands a forwarded item over to the receiving agency when it also uses this system. */
async function handOver(tx: Tx, ctx: ServiceContext, item: PaknRow, agencyId: string, by: PaknBy, now: Date): Promise<PaknRow> {
  const r = await writeIntake(tx, ctx, {
    agencyId,
    channel: item.channel,
    title: item.title,
    content: item.content,
    sender: { name: item.senderName, address: item.senderAddress, phone: item.senderPhone, email: item.senderEmail },
    category: item.category,
    procedureCode: item.procedureCode,
    dossierId: item.dossierId,
    previousId: item.previousId,
    citizenId: item.citizenId,
    receivedAt: now,
    notAcceptedReason: null,
    by: by.kind === 'officer' ? { kind: 'officer', userId: by.userId, name: by.name } : { kind: 'sender' },
    forwardedFrom: { id: item.id, secretHash: item.secretHash },
  });
  return r.row;
}

export async function transitionPakn(ctx: ServiceContext, itemId: string, action: PaknAction, rawPayload: unknown, by: PaknBy, expectedVersion: number | null): Promise<PaknRow> {
  const payload = parsePaknPayload(action, rawPayload) as Record<string, unknown>;
  return inTransaction(ctx.store, async (tx) => {
    const item = (await findPakn(tx, { id: itemId }, true))!;
    if (expectedVersion !== null && expectedVersion !== item.version) throw conflict('Phản ánh, kiến nghị đã thay đổi kể từ khi bạn mở; vui lòng tải lại.', current(item, by));
    const blocked = paknBlockedReason(guardState(item), action, whoOf(by));
    if (blocked) throw conflict(`Không thể "${PAKN_ACTION_VI[action]}": ${PAKN_BLOCK_VI[blocked]} (trạng thái: ${PAKN_STATUS_VI[item.status]}).`, { reason: blocked, ...current(item, by) });
    const now = new Date();
    const refs = await resolveRefs(tx, ctx, item, action, payload);
    const { cal, oh } = await clockEnv(ctx.store, item.agencyId);
    const rules = await ruleSetById(ctx.store, item.ruleSetId);
    const effect = effectOf(action, item, payload as never, { now, cal, oh, rules, actorId: by.kind === 'officer' ? by.userId : null, refs });
    const next = await updatePakn(tx, item.id, item.version, effect.patch, now);
    if (!next) throw conflict('Người khác vừa thao tác trên phản ánh này; vui lòng tải lại.', current(item, by));
    const handed = action === 'forward' && refs.forwardedAgencyId ? await handOver(tx, ctx, next, refs.forwardedAgencyId, by, now) : null;
    const data = handed ? { ...effect.data, newCode: handed.code, newItemId: handed.id } : effect.data;
    const seq = await appendPaknHistory(tx, {
      itemId: item.id,
      action,
      fromStatus: item.status,
      toStatus: next.status,
      actorKind: by.kind,
      actorId: by.kind === 'officer' ? by.userId : null,
      actorName: by.name,
      note: effect.note,
      data,
      at: now,
    });
    // Control-plan tasks counted from a received feedback item ("trong 10 ngày kể từ ngày tiếp nhận") get their instance (ADR 0024).
    if (action === 'acknowledge') await spawnEventInstances(tx, cal, { trigger: 'pakn_received', date: localDateOf(now.toISOString()), ref: item.code, label: `PAKN ${item.code}`, agencyIds: [item.agencyId] });
    if (effect.notify) await enqueue(tx, 'pakn.notice', { itemId: item.id, seq }, `pakn.notice:${item.id}:${seq}`);
    await appendAudit(tx, { actorId: by.kind === 'officer' ? by.userId : null, action: `pakn.${action}`, entity: 'pakn', entityId: item.id, detail: { code: item.code, from: item.status, to: next.status }, requestId: ctx.requestId ?? null });
    return next;
  });
}
