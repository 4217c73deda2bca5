import { can, type Action, type Target } from '../../domain/access';
import { AppError } from '../errors';
import type { Actor, ServiceContext } from './context';

/** The single gate every use case passes: authenticated, then allowed by the policy table. */
export function authorize(ctx: ServiceContext, action: Action, target?: Target): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  if (!can(ctx.actor, action, target)) {
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.', { action });
  }
  return ctx.actor;
}

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  return ctx.actor;
}
