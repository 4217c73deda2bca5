import { localDateOf } from '../../domain/calendar';
import { recordsEqual, validateRecord, type Problem, type ProcedureRecord } from '../../domain/procedure';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { findDraft, findProcedureId, latestPublished, saveDraft } from '../storage/procedures';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { addToDecision, publishDecision } from './publish-decision';

export type ImportError = { index: number; code: string | null; problems: Problem[] };
export type ImportResult = { created: number; updated: number; unchanged: number; errors: ImportError[]; published: string | null };

const codeOf = (raw: unknown) => (raw && typeof raw === 'object' && typeof (raw as { code?: unknown }).code === 'string' ? (raw as { code: string }).code : null);

/**
 * Imports interchange records as drafts, each in its own transaction: one bad record is reported
 * and never blocks the others, and never leaves a half-written procedure. With `publishAs`, the
 * imported procedures are then published by that decision (created for today if it does not exist).
 */
export async function importCatalogue(ctx: ServiceContext, records: unknown[], opts: { publishAs?: string | undefined } = {}): Promise<ImportResult> {
  const actor = authorize(ctx, 'catalogue.edit');
  if (opts.publishAs) authorize(ctx, 'catalogue.publish');
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, errors: [], published: null };
  const touched: { procedureCode: string; action: 'new' | 'amended' }[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of records.entries()) {
    const v = validateRecord(raw);
    if (!v.ok) {
      result.errors.push({ index, code: codeOf(raw), problems: v.problems });
      continue;
    }
    const record: ProcedureRecord = v.record;
    if (seen.has(record.code)) {
      result.errors.push({ index, code: record.code, problems: [{ path: 'code', message: `Mã thủ tục ${record.code} xuất hiện nhiều lần trong tệp` }] });
      continue;
    }
    seen.add(record.code);
    try {
      const outcome = await inTransaction(ctx.store, async (tx) => {
        const procedureId = await findProcedureId(tx, record.code);
        const published = procedureId ? await latestPublished(tx, procedureId) : undefined;
        const draft = await findDraft(tx, record.code);
        if (!draft && published && recordsEqual(published.record, record)) return 'unchanged' as const;
        await saveDraft(tx, record, auditActorId(actor));
        await appendAudit(tx, { actorId: auditActorId(actor), action: 'procedure.import', entity: 'procedure', entityId: record.code, requestId: ctx.requestId ?? null });
        return procedureId ? ('updated' as const) : ('created' as const);
      });
      result[outcome]++;
      if (outcome !== 'unchanged') touched.push({ procedureCode: record.code, action: outcome === 'created' ? 'new' : 'amended' });
    } catch (err) {
      result.errors.push({ index, code: record.code, problems: [{ path: '', message: `Không lưu được thủ tục: ${(err as Error).message}` }] });
    }
  }
  if (opts.publishAs && touched.length > 0) {
    const today = localDateOf(Date.now());
    await addToDecision(ctx, opts.publishAs, touched, { decisionDate: today, effectiveDate: today, issuer: 'Nhập danh mục từ tệp', issuerLevel: 'province' });
    await publishDecision(ctx, opts.publishAs);
    result.published = opts.publishAs;
  }
  return result;
}
