import { scopeOf, type Action } from '../../domain/access';
import { AppError, notFound } from '../errors';
import { agencyDirectory, descendantsOf } from './agency-directory';
import { authorize } from './authorize';
import type { ServiceContext } from './context';

/**
 * The agencies a report covers: the one named (and those below it), which the officer must be allowed
 * to report on; without a name, every agency the officer's grants for the action cover.
 */
export async function reportScope(ctx: ServiceContext, action: Action, agencyCode: string | undefined): Promise<{ agencyIds: string[] | 'all'; label: string }> {
  const actor = authorize(ctx, action);
  const dir = await agencyDirectory(ctx.store);
  if (agencyCode) {
    const a = dir.byCode.get(agencyCode);
    if (!a) throw notFound(`cơ quan "${agencyCode}"`);
    authorize(ctx, action, { agencyPath: dir.ancestry(a.id) });
    return { agencyIds: descendantsOf(dir, a.id), label: a.name };
  }
  const s = scopeOf(actor, action);
  if (s.everywhere) return { agencyIds: 'all', label: 'Toàn bộ các cơ quan' };
  if (s.agencyIds.length === 0) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem báo cáo này.');
  const ids = [...new Set(s.agencyIds.flatMap((id) => descendantsOf(dir, id)))];
  return { agencyIds: ids, label: s.agencyIds.map((id) => dir.byId.get(id)?.name ?? id).join('; ') };
}
