import { can, scopeOf, type Action } from '../../domain/access';
import { AppError, invalid, notFound } from '../errors';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize, requireActor } from './authorize';
import type { Actor, ServiceContext } from './context';

/**
 * Access to control work (ADR 0025). Procedure control and administrators act province-wide
 * (`review.edit`, scope any); agency heads and inspectors read what concerns their agency and below.
 */
export async function assertCanRead(ctx: ServiceContext, agencyId: string, read: Action, wide: Action): Promise<Actor> {
  const actor = requireActor(ctx);
  if (can(actor, wide)) return actor;
  const dir = await agencyDirectory(ctx.store);
  return authorize(ctx, read, { agencyPath: dir.ancestry(agencyId) });
}

/** The agencies whose rows a list may show: undefined = all. */
export async function readableAgencies(ctx: ServiceContext, read: Action, wide: Action): Promise<string[] | undefined> {
  const actor = requireActor(ctx);
  if (can(actor, wide)) return undefined;
  authorize(ctx, read);
  const scope = scopeOf(actor, read);
  if (scope.everywhere) return undefined;
  const dir = await agencyDirectory(ctx.store);
  return [...new Set(scope.agencyIds.flatMap((id) => descendantsOf(dir, id)))];
}

/** An agency by its code, or 422 naming the field. */
export async function agencyByCode(ctx: ServiceContext, code: string, field: string) {
  const dir = await agencyDirectory(ctx.store);
  const a = dir.byCode.get(code);
  if (!a || !a.active) throw unprocessable(`Không có cơ quan mã "${code}".`, field, 'Không có cơ quan này');
  return a;
}

/** The agency the actor works for (first grant with one); the administrator must name one. */
export async function ownAgencyId(ctx: ServiceContext, actor: Actor, field = 'agency'): Promise<string> {
  const g = actor.grants.find((x) => x.agencyId);
  if (!g?.agencyId) throw invalid('Cần chọn cơ quan.', { errors: [{ name: field, reason: 'Bắt buộc' }] });
  return g.agencyId;
}

export async function agencyPathOf(ctx: ServiceContext, agencyId: string) {
  const dir = await agencyDirectory(ctx.store);
  if (!dir.byId.has(agencyId)) throw notFound('cơ quan');
  return { agencyPath: dir.ancestry(agencyId) };
}

/** 422: the request is well formed but names something that does not exist or cannot be used here. */
export const unprocessable = (detail: string, name: string, reason: string, code = 'invalid_reference') => new AppError('UNPROCESSABLE', detail, { reason: code, errors: [{ name, reason }] });
