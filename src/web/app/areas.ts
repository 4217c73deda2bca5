import { POLICY, type Role } from '../../domain/access';

export type AreaName = 'portal' | 'workspace' | 'admin';

export const areaPath = (area: AreaName) => (area === 'admin' ? '/quan-tri' : area === 'workspace' ? '/can-bo' : '/');

/** Whether a set of roles may enter an area: the same policy table the server enforces. */
export function mayEnter(area: AreaName, roles: readonly Role[]): boolean {
  if (area === 'portal') return true;
  const allowed: readonly Role[] = POLICY[area === 'admin' ? 'area.admin' : 'area.workspace'].roles;
  return roles.some((r) => allowed.includes(r));
}
