import { isRole, scopeOf, type Grant, type Role } from '../../domain/access';
import { conflict, invalid, notFound } from '../errors';
import { agencyAncestry, findAgencyByCode, findUnit, listAgencies } from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { inTransaction, type Store } from '../storage/database';
import { findUserByUsername, grantsOf, insertUser, listUsers, replaceGrants, updateUser } from '../storage/users';
import { authorize } from './authorize';
import { auditActorId, type Actor, type ServiceContext } from './context';
import { hashPassword } from './passwords';

export type GrantInput = { role: string; agencyCode?: string | null; unitCode?: string | null };

export type UserInput = {
  username: string;
  password: string;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  grants: GrantInput[];
  isDemo?: boolean;
};

export const MIN_PASSWORD_LENGTH = 8;

/** An actor for the command line: the operator of the machine acts as instance administrator. */
export const cliActor = (): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'cli',
  fullName: 'Dòng lệnh',
  via: 'cli',
  grants: [{ role: 'admin', agencyId: null, unitId: null }],
});

/** Turns role/agency-code pairs into grants, checking that the actor may hand each one out. */
async function resolveGrants(ctx: ServiceContext, input: GrantInput[]): Promise<Grant[]> {
  const grants: Grant[] = [];
  for (const [i, g] of input.entries()) {
    if (!isRole(g.role)) throw invalid(`Vai trò "${g.role}" không tồn tại.`, { errors: [{ name: `grants.${i}.role`, reason: 'không tồn tại' }] });
    const role: Role = g.role;
    if (!g.agencyCode) {
      if (role !== 'admin') throw invalid(`Vai trò "${role}" phải gắn với một cơ quan (--agency).`, { errors: [{ name: `grants.${i}.agencyCode`, reason: 'bắt buộc' }] });
      authorize(ctx, 'instance.manage');
      grants.push({ role, agencyId: null, unitId: null });
      continue;
    }
    const agency = await findAgencyByCode(ctx.store, g.agencyCode);
    if (!agency) throw invalid(`Cơ quan "${g.agencyCode}" không tồn tại.`, { errors: [{ name: `grants.${i}.agencyCode`, reason: 'không tồn tại' }] });
    authorize(ctx, 'user.manage', { agencyPath: await agencyAncestry(ctx.store, agency.id) });
    let unitId: string | null = null;
    if (g.unitCode) {
      const unit = await findUnit(ctx.store, agency.id, g.unitCode);
      if (!unit) throw invalid(`Đơn vị "${g.unitCode}" không thuộc cơ quan "${g.agencyCode}".`, { errors: [{ name: `grants.${i}.unitCode`, reason: 'không tồn tại' }] });
      unitId = unit.id;
    }
    grants.push({ role, agencyId: agency.id, unitId });
  }
  return grants;
}

function checkPassword(pw: string) {
  if (pw.length < MIN_PASSWORD_LENGTH) {
    throw invalid(`Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, { errors: [{ name: 'password', reason: 'quá ngắn' }] });
  }
}

export async function createUser(ctx: ServiceContext, input: UserInput) {
  if (input.grants.length === 0) authorize(ctx, 'instance.manage');
  const grants = await resolveGrants(ctx, input.grants);
  checkPassword(input.password);
  if (await findUserByUsername(ctx.store, input.username)) throw conflict(`Tên đăng nhập "${input.username}" đã tồn tại.`);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.store, async (tx) => {
    const user = await insertUser(tx, { ...input, passwordHash });
    await replaceGrants(tx, user.id, grants);
    await appendAudit(tx, {
      actorId: auditActorId(ctx.actor),
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      detail: { username: user.username, grants: input.grants, via: ctx.actor?.via },
      requestId: ctx.requestId ?? null,
    });
    return { ...user, grants: await grantsOf(tx, user.id) };
  });
}

export async function updateUserByUsername(
  ctx: ServiceContext,
  username: string,
  input: { version: number; fullName?: string; email?: string | null; phone?: string | null; active?: boolean; password?: string; grants?: GrantInput[] },
) {
  const current = await findUserByUsername(ctx.store, username);
  if (!current) throw notFound(`người dùng "${username}"`);
  // The actor must be allowed to manage every agency the user is (and will be) attached to.
  for (const g of await grantsOf(ctx.store, current.id)) {
    if (g.agencyId) authorize(ctx, 'user.manage', { agencyPath: await agencyAncestry(ctx.store, g.agencyId) });
    else authorize(ctx, 'instance.manage');
  }
  const grants = input.grants ? await resolveGrants(ctx, input.grants) : undefined;
  if (input.password !== undefined) checkPassword(input.password);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  return inTransaction(ctx.store, async (tx) => {
    const user = await updateUser(tx, current.id, input.version, { ...input, passwordHash });
    if (!user) throw conflict('Tài khoản đã được người khác sửa; vui lòng tải lại.', { currentVersion: current.version });
    if (grants) await replaceGrants(tx, user.id, grants);
    const { password: _omit, ...logged } = input;
    await appendAudit(tx, {
      actorId: auditActorId(ctx.actor),
      action: 'user.update',
      entity: 'user',
      entityId: user.id,
      detail: { ...logged, passwordChanged: input.password !== undefined },
      requestId: ctx.requestId ?? null,
    });
    return { ...user, grants: await grantsOf(tx, user.id) };
  });
}

export async function listUsersFor(ctx: ServiceContext) {
  const actor = authorize(ctx, 'user.read');
  const scope = scopeOf(actor, 'user.read');
  if (scope.everywhere) return listUsers(ctx.store, 'all');
  // Scope covers the granted agencies and every agency below them.
  const ids = new Set<string>();
  for (const root of scope.agencyIds) for (const id of await descendants(ctx.store, root)) ids.add(id);
  return listUsers(ctx.store, [...ids]);
}

async function descendants(store: Store, rootId: string): Promise<string[]> {
  const all = await listAgencies(store);
  const out = [rootId];
  for (let i = 0; i < out.length; i++) for (const a of all) if (a.parentId === out[i]) out.push(a.id);
  return out;
}
