import type { Tx } from './database';

export async function findResultTemplate(tx: Tx, procedureCode: string) {
  return tx.selectFrom('result_templates').select(['procedure_code as procedureCode', 'title', 'body', 'updated_at as updatedAt']).where('procedure_code', '=', procedureCode).executeTakeFirst();
}

export async function saveResultTemplate(tx: Tx, t: { procedureCode: string; title: string; body: string; updatedBy: string | null }): Promise<void> {
  const values = { title: t.title, body: t.body, updated_by: t.updatedBy, updated_at: new Date() };
  await tx
    .insertInto('result_templates')
    .values({ procedure_code: t.procedureCode, ...values })
    .onConflict((oc) => oc.column('procedure_code').doUpdateSet(values))
    .execute();
}
