import { sql } from 'kysely';
import type { Tx } from './database';

export type DraftRow = { id: string; citizenId: string; procedureCode: string; content: unknown; version: number; createdAt: Date; updatedAt: Date };

const cols = ['d.id', 'd.citizen_id as citizenId', 'd.procedure_code as procedureCode', 'd.content', 'd.version', 'd.created_at as createdAt', 'd.updated_at as updatedAt'] as const;

export async function insertCitizenDraft(tx: Tx, citizenId: string, procedureCode: string, content: unknown): Promise<DraftRow> {
  const now = new Date();
  const r = await tx
    .insertInto('citizen_drafts')
    .values({ citizen_id: citizenId, procedure_code: procedureCode, content: JSON.stringify(content), created_at: now, updated_at: now })
    .returning(['id', 'citizen_id as citizenId', 'procedure_code as procedureCode', 'content', 'version', 'created_at as createdAt', 'updated_at as updatedAt'])
    .executeTakeFirstOrThrow();
  return r;
}

/** A citizen's own draft (another citizen's draft is not found). */
export async function findCitizenDraft(tx: Tx, id: string, citizenId: string): Promise<DraftRow | undefined> {
  return tx.selectFrom('citizen_drafts as d').select(cols).where('d.id', '=', id).where('d.citizen_id', '=', citizenId).executeTakeFirst();
}

/** The citizen's drafts, latest first, with the name of the procedure's version in force (or its latest). */
export async function listCitizenDrafts(tx: Tx, citizenId: string) {
  const r = await sql<{ id: string; procedureCode: string; procedureName: string | null; version: number; updatedAt: Date; createdAt: Date }>`
    SELECT d.id, d.procedure_code AS "procedureCode", d.version, d.updated_at AS "updatedAt", d.created_at AS "createdAt",
      (SELECT v.name FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id
        WHERE p.code = d.procedure_code AND v.status = 'published' ORDER BY v.effective_from DESC LIMIT 1) AS "procedureName"
    FROM citizen_drafts d WHERE d.citizen_id = ${citizenId}
    ORDER BY d.updated_at DESC LIMIT 100`.execute(tx);
  return r.rows;
}

/** Replaces a draft's content from the version the citizen saw; undefined when it changed since (or is not theirs). */
export async function updateCitizenDraft(tx: Tx, id: string, citizenId: string, version: number, content: unknown): Promise<DraftRow | undefined> {
  return tx
    .updateTable('citizen_drafts as d')
    .set({ content: JSON.stringify(content), version: sql`version + 1`, updated_at: new Date() })
    .where('d.id', '=', id)
    .where('d.citizen_id', '=', citizenId)
    .where('d.version', '=', version)
    .returning(cols)
    .executeTakeFirst();
}

export async function deleteCitizenDraft(tx: Tx, id: string, citizenId: string): Promise<boolean> {
  const r = await tx.deleteFrom('citizen_drafts').where('id', '=', id).where('citizen_id', '=', citizenId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
