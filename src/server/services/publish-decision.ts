import { planDuties } from '../../domain/catalogue';
import { AppError, conflict, notFound } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { decisionItems, findDecision, insertDecision, insertDuties, lockDecision, markDecisionPublished, replaceItems, setItemVersion, type DecisionItem } from '../storage/decisions';
import { enqueue } from '../storage/outbox';
import { closeOpenVersions, findDraft, findProcedureId, latestPublished, publishDraft } from '../storage/procedures';
import { authorize } from './authorize';
import { workingCalendar } from './calendar-provider';
import { invalidateCatalogue } from './catalogue-index';
import { auditActorId, type ServiceContext } from './context';

export type DecisionInput = {
  number: string;
  decisionDate: string;
  issuer: string;
  issuerLevel: 'central' | 'province';
  effectiveDate: string;
  note?: string | null;
  items: { procedureCode: string; action: DecisionItem['action'] }[];
};

export async function createDecision(ctx: ServiceContext, input: DecisionInput) {
  const actor = authorize(ctx, 'catalogue.publish');
  if (await findDecision(ctx.store, input.number)) throw conflict(`Quyết định số "${input.number}" đã có trong hệ thống.`);
  return inTransaction(ctx.store, async (tx) => {
    const d = await insertDecision(tx, { ...input, note: input.note ?? null, userId: auditActorId(actor) });
    await replaceItems(tx, d.id, input.items);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'decision.create', entity: 'decision', entityId: d.id, detail: { number: input.number, items: input.items.length }, requestId: ctx.requestId ?? null });
    return { ...d, items: await decisionItems(tx, d.id) };
  });
}

/** Adds items to a draft decision, creating the decision first when it does not exist. */
export async function addToDecision(ctx: ServiceContext, number: string, items: DecisionInput['items'], defaults: Omit<DecisionInput, 'number' | 'items'>) {
  const existing = await findDecision(ctx.store, number);
  if (!existing) return createDecision(ctx, { number, ...defaults, items });
  authorize(ctx, 'catalogue.publish');
  if (existing.status !== 'draft') throw conflict(`Quyết định "${number}" đã công bố; không thể thêm thủ tục.`);
  return inTransaction(ctx.store, async (tx) => {
    const current = await decisionItems(tx, existing.id);
    const merged = new Map(current.map((i) => [i.procedureCode, i.action]));
    for (const i of items) merged.set(i.procedureCode, merged.get(i.procedureCode) ?? i.action);
    await replaceItems(tx, existing.id, [...merged].map(([procedureCode, action]) => ({ procedureCode, action })));
    return { ...existing, items: await decisionItems(tx, existing.id) };
  });
}

/**
 * Publishes a draft decision in one transaction: each new/amended/replaced item's draft becomes a
 * published version effective from the decision's effective date (closing the version it replaces);
 * abolished items close the version in force. Any problem rolls back everything (422 with the list).
 * The decision's publication duties are planned from the working calendar.
 */
export async function publishDecision(ctx: ServiceContext, number: string) {
  const actor = authorize(ctx, 'catalogue.publish');
  const cal = await workingCalendar(ctx.store);
  const result = await inTransaction(ctx.store, async (tx) => {
    const d = await lockDecision(tx, number);
    if (!d) throw notFound(`quyết định "${number}"`);
    if (d.status !== 'draft') throw conflict(`Quyết định "${number}" đã được công bố.`, { currentStatus: d.status });
    const items = await decisionItems(tx, d.id);
    if (items.length === 0) throw new AppError('UNPROCESSABLE', 'Quyết định chưa có thủ tục nào.');
    const problems: { procedureCode: string; message: string }[] = [];
    for (const item of items) {
      const procedureId = await findProcedureId(tx, item.procedureCode);
      const published = procedureId ? await latestPublished(tx, procedureId) : undefined;
      if (item.action === 'abolished') {
        if (!procedureId || !published) problems.push({ procedureCode: item.procedureCode, message: 'Không có phiên bản đang công bố để bãi bỏ' });
        else await closeOpenVersions(tx, procedureId, d.effectiveDate);
        continue;
      }
      const draft = await findDraft(tx, item.procedureCode);
      if (!draft) {
        problems.push({ procedureCode: item.procedureCode, message: 'Chưa có bản dự thảo nội dung thủ tục' });
        continue;
      }
      if (item.action === 'new' && published) problems.push({ procedureCode: item.procedureCode, message: 'Thủ tục đã được công bố trước đây; dùng "sửa đổi" hoặc "thay thế"' });
      if (item.action !== 'new' && !published) problems.push({ procedureCode: item.procedureCode, message: 'Thủ tục chưa từng công bố; dùng "mới"' });
      if (published?.effectiveFrom && published.effectiveFrom >= d.effectiveDate) {
        problems.push({ procedureCode: item.procedureCode, message: `Ngày hiệu lực phải sau ${published.effectiveFrom} của phiên bản trước` });
      }
      if (problems.length === 0) {
        await publishDraft(tx, draft.id, d.id, d.effectiveDate);
        await setItemVersion(tx, d.id, item.procedureCode, draft.id);
      }
    }
    if (problems.length > 0) {
      throw new AppError('UNPROCESSABLE', `Không công bố được quyết định: ${problems.map((p) => `${p.procedureCode} — ${p.message}`).join('; ')}`, { problems });
    }
    await markDecisionPublished(tx, d.id, auditActorId(actor));
    const duties = planDuties(cal, d.decisionDate, d.issuerLevel);
    await insertDuties(tx, d.id, duties);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'decision.publish', entity: 'decision', entityId: d.id, detail: { number, items: items.length }, requestId: ctx.requestId ?? null });
    await enqueue(tx, 'catalogue.decision_published', { number, items: items.map((i) => i.procedureCode) }, `decision_published:${d.id}`);
    return { number, items, duties };
  });
  invalidateCatalogue(ctx.store);
  return result;
}
