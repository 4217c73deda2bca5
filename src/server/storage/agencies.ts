import { sql } from 'kysely';
import type { AgencyLevel } from '../../domain/agency';
import type { Tx } from './database';

export type AgencyRow = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: AgencyLevel;
  parentId: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  version: number;
};

export type UnitRow = { id: string; agencyId: string; code: string; name: string; active: boolean; version: number };

const agencyColumns = [
  'id',
  'code',
  'name',
  'short_name as shortName',
  'level',
  'parent_id as parentId',
  'address',
  'phone',
  'email',
  'active',
  'version',
] as const;

export async function listAgencies(tx: Tx): Promise<AgencyRow[]> {
  return tx.selectFrom('agencies').select(agencyColumns).orderBy('code').execute();
}

export async function findAgencyByCode(tx: Tx, code: string): Promise<AgencyRow | undefined> {
  return tx.selectFrom('agencies').select(agencyColumns).where('code', '=', code).executeTakeFirst();
}

export async function findAgencyById(tx: Tx, id: string): Promise<AgencyRow | undefined> {
  return tx.selectFrom('agencies').select(agencyColumns).where('id', '=', id).executeTakeFirst();
}

/** `[id, parent, grandparent, …]` in one recursive query (depth-capped against bad data). */
export async function agencyAncestry(tx: Tx, id: string): Promise<string[]> {
  const r = await sql<{ id: string }>`
    WITH RECURSIVE chain(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM agencies WHERE id = ${id}
      UNION ALL
      SELECT a.id, a.parent_id, c.depth + 1 FROM agencies a JOIN chain c ON a.id = c.parent_id WHERE c.depth < 32
    )
    SELECT id FROM chain ORDER BY depth`.execute(tx);
  return r.rows.map((x) => x.id);
}

export type NewAgency = Omit<AgencyRow, 'id' | 'active' | 'version'>;

export async function insertAgency(tx: Tx, a: NewAgency): Promise<AgencyRow> {
  return tx
    .insertInto('agencies')
    .values({
      code: a.code,
      name: a.name,
      short_name: a.shortName,
      level: a.level,
      parent_id: a.parentId,
      address: a.address,
      phone: a.phone,
      email: a.email,
    })
    .returning(agencyColumns)
    .executeTakeFirstOrThrow();
}

/** Conditional update: returns undefined when the version no longer matches (→ 409). */
export async function updateAgency(
  tx: Tx,
  id: string,
  expectedVersion: number,
  patch: Partial<Omit<NewAgency, 'code'>> & { active?: boolean },
): Promise<AgencyRow | undefined> {
  return tx
    .updateTable('agencies')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.level !== undefined && { level: patch.level }),
      ...(patch.parentId !== undefined && { parent_id: patch.parentId }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.phone !== undefined && { phone: patch.phone }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.active !== undefined && { active: patch.active }),
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(agencyColumns)
    .executeTakeFirst();
}

const unitColumns = ['id', 'agency_id as agencyId', 'code', 'name', 'active', 'version'] as const;

export async function listUnits(tx: Tx, agencyId?: string): Promise<UnitRow[]> {
  let q = tx.selectFrom('units').select(unitColumns).orderBy('code');
  if (agencyId) q = q.where('agency_id', '=', agencyId);
  return q.execute();
}

export async function findUnit(tx: Tx, agencyId: string, code: string): Promise<UnitRow | undefined> {
  return tx.selectFrom('units').select(unitColumns).where('agency_id', '=', agencyId).where('code', '=', code).executeTakeFirst();
}

export async function insertUnit(tx: Tx, u: { agencyId: string; code: string; name: string }): Promise<UnitRow> {
  return tx
    .insertInto('units')
    .values({ agency_id: u.agencyId, code: u.code, name: u.name })
    .returning(unitColumns)
    .executeTakeFirstOrThrow();
}

export async function updateUnit(
  tx: Tx,
  id: string,
  expectedVersion: number,
  patch: { name?: string; active?: boolean },
): Promise<UnitRow | undefined> {
  return tx
    .updateTable('units')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.active !== undefined && { active: patch.active }),
      version: expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(unitColumns)
    .executeTakeFirst();
}

/** Changes whenever an agency is added or edited (count and latest update). */
export async function agencyRevision(tx: Tx): Promise<string> {
  const r = await sql<{ rev: string }>`SELECT count(*)::text || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0)::text AS rev FROM agencies`.execute(tx);
  return r.rows[0]?.rev ?? '';
}
