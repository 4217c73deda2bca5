import type { PaknRuleSet } from '../../domain/pakn';
import { conflict } from '../errors';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { insertPaknRuleSet } from '../storage/pakn-rule-sets';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';
import { paknRuleSets } from './pakn-support';

/** The PAKN deadline rule sets in force over time (built-in and set by decision). */
export async function listPaknRules(ctx: ServiceContext) {
  authorize(ctx, 'pakn.read');
  return paknRuleSets(ctx.store);
}

/**
 * A new rule set by decision (e.g. a province shortening the processing time): applies to items
 * received from its effective date; items already received keep theirs.
 */
export async function addPaknRuleSet(ctx: ServiceContext, input: PaknRuleSet) {
  const actor = authorize(ctx, 'pakn.rules');
  const { id, decision, effectiveFrom, ...rules } = input;
  if ((await paknRuleSets(ctx.store)).some((r) => r.id === id || r.effectiveFrom === effectiveFrom)) {
    throw conflict(`Đã có bộ quy tắc mã "${id}" hoặc có hiệu lực từ ${effectiveFrom}.`);
  }
  await inTransaction(ctx.store, async (tx) => {
    if (!(await insertPaknRuleSet(tx, { id, decision, effectiveFrom, rules, createdBy: auditActorId(actor) }))) throw conflict(`Đã có bộ quy tắc mã "${id}" hoặc có hiệu lực từ ${effectiveFrom}.`);
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'pakn.rule_set', entity: 'pakn_rule_set', entityId: id, detail: { decision, effectiveFrom, rules }, requestId: ctx.requestId ?? null });
  });
  return paknRuleSets(ctx.store);
}
