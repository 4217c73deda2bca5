import { can, scopeOf } from '../../domain/access';
import { AppError } from '../errors';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize, requireActor } from './authorize';
import type { Actor, ServiceContext } from './context';

/**
 * Who sees which plans: procedure control and administrators (`plan.manage`) every plan; other officers
 * (`plan.read`) the plans of their agency and the agencies below it.
 */
export async function planReadScope(ctx: ServiceContext): Promise<{ actor: Actor; agencyIds: string[] | null }> {
  const actor = requireActor(ctx);
  if (can(actor, 'plan.manage')) return { actor, agencyIds: null };
  if (!can(actor, 'plan.read')) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem kế hoạch kiểm soát thủ tục hành chính.', { action: 'plan.read' });
  const scope = scopeOf(actor, 'plan.read');
  if (scope.everywhere) return { actor, agencyIds: null };
  const dir = await agencyDirectory(ctx.store);
  return { actor, agencyIds: [...new Set(scope.agencyIds.flatMap((id) => descendantsOf(dir, id)))] };
}

/** The actor, when they may read the plans of `agencyId`. */
export async function authorizePlanRead(ctx: ServiceContext, agencyId: string): Promise<Actor> {
  const actor = requireActor(ctx);
  if (can(actor, 'plan.manage')) return actor;
  const dir = await agencyDirectory(ctx.store);
  return authorize(ctx, 'plan.read', { agencyPath: dir.ancestry(agencyId) });
}

/** The agency of a code, or 400 naming the field. */
export async function agencyByCode(ctx: ServiceContext, code: string) {
  const agency = (await agencyDirectory(ctx.store)).byCode.get(code);
  if (!agency) throw new AppError('VALIDATION', `Không tìm thấy cơ quan có mã "${code}".`, { errors: [{ name: 'agency', reason: 'không tồn tại' }] });
  return agency;
}
