import type { Tx } from './database';

/** PAKN deadline rule sets set by decision (pakn_rule_sets). */
export type StoredPaknRuleSet = { id: string; decision: string; effectiveFrom: string; rules: unknown; createdAt: Date };

export async function listPaknRuleSets(tx: Tx): Promise<StoredPaknRuleSet[]> {
  return tx.selectFrom('pakn_rule_sets').select(['id', 'decision', 'effective_from as effectiveFrom', 'rules', 'created_at as createdAt']).orderBy('effective_from').execute();
}

/** Inserts a rule set; false when its id or effective date is taken. */
export async function insertPaknRuleSet(tx: Tx, r: { id: string; decision: string; effectiveFrom: string; rules: unknown; createdBy: string | null }): Promise<boolean> {
  const res = await tx
    .insertInto('pakn_rule_sets')
    .values({ id: r.id, decision: r.decision, effective_from: r.effectiveFrom, rules: JSON.stringify(r.rules), created_by: r.createdBy })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
