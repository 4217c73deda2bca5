import { can, POLICY, scopeOf, type Role } from '../../domain/access';
import { AppError, notFound } from '../errors';
import { listUnits } from '../storage/agencies';
import { requireActor } from './authorize';
import { agencyDirectory, descendantsOf } from './agency-directory';
import type { Actor, ServiceContext } from './context';

/**
 * Who may see which evaluation results (policy actions `evaluation.*`, docs/adr/0021-evaluation.md):
 * an officer their own; a unit head their unit; agency heads, inspectors and administrators their
 * agency and below; procedure control (KSTTHC) every agency.
 */
export type Viewer = {
  actor: Actor;
  all: boolean;
  /** Agencies (with those below) the officer leads or inspects. */
  agencyIds: Set<string>;
  /** Units the officer heads, with their agency. */
  units: Map<string, string>;
  own: boolean;
};

const FORBIDDEN = (detail: string) => new AppError('FORBIDDEN', detail);

export async function viewerOf(ctx: ServiceContext): Promise<Viewer> {
  const actor = requireActor(ctx);
  const dir = await agencyDirectory(ctx.store);
  const agencyScope = scopeOf(actor, 'evaluation.agency');
  const all = can(actor, 'evaluation.all') || agencyScope.everywhere;
  const agencyIds = new Set(agencyScope.agencyIds.flatMap((id) => descendantsOf(dir, id)));
  const headRoles: readonly Role[] = POLICY['evaluation.unit'].roles;
  const headed = new Set(actor.grants.filter((g) => headRoles.includes(g.role) && g.unitId).map((g) => g.unitId!));
  const units = new Map((await listUnits(ctx.store)).filter((u) => headed.has(u.id)).map((u) => [u.id, u.agencyId]));
  const own = can(actor, 'evaluation.own');
  if (!all && agencyIds.size === 0 && units.size === 0 && !own) throw FORBIDDEN('Bạn không có quyền xem kết quả đánh giá.');
  return { actor, all, agencyIds, units, own };
}

/** An agency named by id or code (404 when unknown). */
export async function agencyNamed(ctx: ServiceContext, scope: string) {
  const dir = await agencyDirectory(ctx.store);
  const a = dir.byId.get(scope) ?? dir.byCode.get(scope);
  if (!a) throw notFound(`cơ quan "${scope}"`);
  return a;
}

/** Whether the viewer sees every agency's results at `agencyId` (leaders, inspectors, procedure control). */
export const leads = (v: Viewer, agencyId: string) => v.all || v.agencyIds.has(agencyId);

/** The agencies whose results the viewer asks for at agency level (the scope and below), or 403. */
export async function agencyLevelScope(ctx: ServiceContext, v: Viewer, scopeId: string | null): Promise<string[] | 'all'> {
  const dir = await agencyDirectory(ctx.store);
  if (scopeId) {
    if (!leads(v, scopeId)) throw FORBIDDEN('Bạn chỉ xem được kết quả đánh giá của cơ quan mình phụ trách.');
    return descendantsOf(dir, scopeId);
  }
  if (v.all) return 'all';
  if (v.agencyIds.size === 0) throw FORBIDDEN('Chỉ lãnh đạo cơ quan, thanh tra, quản trị và kiểm soát TTHC xem được kết quả đánh giá theo cơ quan.');
  return [...v.agencyIds];
}

/** The units whose results the viewer asks for: all units under a scope they lead, else the units they head there, or 403. */
export async function unitLevelScope(ctx: ServiceContext, v: Viewer, scopeId: string | null): Promise<{ agencyIds: string[] | 'all'; unitIds: Set<string> | 'all' }> {
  const dir = await agencyDirectory(ctx.store);
  if (scopeId ? leads(v, scopeId) : v.all || v.agencyIds.size > 0) return { agencyIds: await agencyLevelScope(ctx, v, scopeId), unitIds: 'all' };
  const inScope = scopeId ? new Set(descendantsOf(dir, scopeId)) : null;
  const units = [...v.units].filter(([, agencyId]) => !inScope || inScope.has(agencyId));
  if (units.length === 0) throw FORBIDDEN('Bạn chỉ xem được kết quả đánh giá của đơn vị mình phụ trách.');
  return { agencyIds: [...new Set(units.map(([, a]) => a))], unitIds: new Set(units.map(([u]) => u)) };
}
