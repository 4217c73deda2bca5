import type { Grant, Role } from '../../domain/access';
import type { Tx } from './database';

export type UserRow = {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  active: boolean;
  isDemo: boolean;
  version: number;
};

const userColumns = [
  'id',
  'username',
  'full_name as fullName',
  'email',
  'phone',
  'active',
  'is_demo as isDemo',
  'version',
] as const;

export async function findUserByUsername(tx: Tx, username: string): Promise<(UserRow & { passwordHash: string }) | undefined> {
  return tx
    .selectFrom('users')
    .select([...userColumns, 'password_hash as passwordHash'])
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(tx: Tx, id: string): Promise<UserRow | undefined> {
  return tx.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  tx: Tx,
  u: { username: string; fullName: string; email?: string | null; phone?: string | null; passwordHash: string; isDemo?: boolean },
): Promise<UserRow> {
  return tx
    .insertInto('users')
    .values({
      username: u.username.toLowerCase(),
      full_name: u.fullName,
      email: u.email ?? null,
      phone: u.phone ?? null,
      password_hash: u.passwordHash,
      is_demo: u.isDemo ?? false,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  tx: Tx,
  id: string,
  expectedVersion: number,
  patch: { fullName?: string; email?: string | null; phone?: string | null; active?: boolean; passwordHash?: string },
): Promise<UserRow | undefined> {
  return tx
    .updateTable('users')
    .set({
      ...(patch.fullName !== undefined && { full_name: patch.fullName }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.phone !== undefined && { phone: patch.phone }),
      ...(patch.active !== undefined && { active: patch.active }),
      ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
      version: expectedVersion + 1,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(userColumns)
    .executeTakeFirst();
}

export type GrantRow = Grant & { agencyCode: string | null; unitCode: string | null };

export async function grantsOf(tx: Tx, userId: string): Promise<GrantRow[]> {
  const rows = await tx
    .selectFrom('role_assignments as ra')
    .leftJoin('agencies as a', 'a.id', 'ra.agency_id')
    .leftJoin('units as u', 'u.id', 'ra.unit_id')
    .select(['ra.role', 'ra.agency_id as agencyId', 'ra.unit_id as unitId', 'a.code as agencyCode', 'u.code as unitCode'])
    .where('ra.user_id', '=', userId)
    .orderBy('ra.role')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function replaceGrants(tx: Tx, userId: string, grants: readonly Grant[]): Promise<void> {
  await tx.deleteFrom('role_assignments').where('user_id', '=', userId).execute();
  if (grants.length === 0) return;
  await tx
    .insertInto('role_assignments')
    .values(grants.map((g) => ({ user_id: userId, role: g.role, agency_id: g.agencyId, unit_id: g.unitId })))
    .execute();
}

export async function listUsers(tx: Tx, agencyIds: string[] | 'all'): Promise<(UserRow & { grants: GrantRow[] })[]> {
  let q = tx.selectFrom('users').select(userColumns).orderBy('username');
  if (agencyIds !== 'all') {
    if (agencyIds.length === 0) return [];
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('role_assignments')
          .select('role_assignments.id')
          .whereRef('role_assignments.user_id', '=', 'users.id')
          .where('role_assignments.agency_id', 'in', agencyIds),
      ),
    );
  }
  const users = await q.execute();
  return Promise.all(users.map(async (u) => ({ ...u, grants: await grantsOf(tx, u.id) })));
}

export async function countNonDemoUsers(tx: Tx): Promise<number> {
  const r = await tx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', false).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** An active user with all their grants, in one query (the per-request authentication path). */
export async function activeUserWithGrants(tx: Tx, userId: string) {
  const r = await tx
    .selectFrom('users as u')
    .leftJoin('role_assignments as ra', 'ra.user_id', 'u.id')
    .select(['u.id', 'u.username', 'u.full_name as fullName', 'ra.role', 'ra.agency_id as agencyId', 'ra.unit_id as unitId'])
    .where('u.id', '=', userId)
    .where('u.active', '=', true)
    .execute();
  const first = r[0];
  if (!first) return undefined;
  return {
    id: first.id,
    username: first.username,
    fullName: first.fullName,
    grants: r.filter((x) => x.role !== null).map((x) => ({ role: x.role as Role, agencyId: x.agencyId, unitId: x.unitId })),
  };
}
