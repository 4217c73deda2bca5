/**
 * Who reports progress on a task instance: a unit head or specialist whose grant is on one of the task's
 * lead units (chủ trì), in the plan's agency. The policy table says which roles (`plan.report`); the unit
 * is checked here because the table speaks of agencies, not units. Coordinating units read, never report.
 */
import { POLICY, type Principal } from '../access';

/** The lead unit the principal reports for, or null when they may not report. */
export function reportingUnit(principal: Principal | null, agencyId: string, leadUnitIds: readonly string[]): string | null {
  if (!principal) return null;
  const roles: readonly string[] = POLICY['plan.report'].roles;
  const grant = principal.grants.find((g) => roles.includes(g.role) && g.agencyId === agencyId && g.unitId !== null && leadUnitIds.includes(g.unitId));
  return grant?.unitId ?? null;
}

/** The units whose board the principal sees as their own (unit heads and specialists). */
export function ownUnits(principal: Principal): { agencyId: string; unitId: string }[] {
  const roles: readonly string[] = POLICY['plan.report'].roles;
  return principal.grants.flatMap((g) => (roles.includes(g.role) && g.agencyId && g.unitId ? [{ agencyId: g.agencyId, unitId: g.unitId }] : []));
}
