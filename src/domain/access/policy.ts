import type { Role } from './roles';

/**
 * The one authorization table: action → roles allowed and how the scope is checked.
 * Every route asks `can()`; no route checks roles by hand. Later features add actions here.
 *
 * Scopes:
 *  - `any`: allowed for the listed roles wherever they are assigned;
 *  - `agency`: the target agency must be the assignment's agency or one below it;
 *  - `global`: only an assignment without agency (the instance administrator).
 */
export type Scope = 'any' | 'agency' | 'global';

export const POLICY = {
  'area.workspace': { roles: ['admin', 'reception', 'specialist', 'unit_head', 'agency_head', 'inspector', 'kstthc'], scope: 'any' },
  'area.admin': { roles: ['admin', 'kstthc'], scope: 'any' },
  'agency.create': { roles: ['admin'], scope: 'agency' },
  'agency.update': { roles: ['admin'], scope: 'agency' },
  'unit.manage': { roles: ['admin'], scope: 'agency' },
  'user.read': { roles: ['admin', 'inspector'], scope: 'agency' },
  'user.manage': { roles: ['admin'], scope: 'agency' },
  'token.create.own': { roles: ['admin', 'kstthc', 'reception', 'specialist', 'unit_head', 'agency_head', 'inspector'], scope: 'any' },
  'audit.read': { roles: ['admin', 'inspector'], scope: 'agency' },
  'instance.manage': { roles: ['admin'], scope: 'global' },
  'calendar.manage': { roles: ['admin'], scope: 'global' },
  'office_hours.manage': { roles: ['admin'], scope: 'agency' },
  'catalogue.edit': { roles: ['admin', 'kstthc'], scope: 'any' },
  'catalogue.publish': { roles: ['admin', 'kstthc'], scope: 'any' },
  'catalogue.assign': { roles: ['admin', 'kstthc'], scope: 'any' },
  'catalogue.read_drafts': { roles: ['admin', 'kstthc', 'inspector'], scope: 'any' },
  'duty.manage': { roles: ['admin', 'kstthc'], scope: 'any' },
  'dossier.receive': { roles: ['reception'], scope: 'agency' },
  // Seed 000 "hỗ trợ tạo tài khoản": the one-stop officer opens a portal account for a citizen.
  'citizen.assist_signup': { roles: ['reception'], scope: 'any' },
  'dossier.read': { roles: ['reception', 'specialist', 'unit_head', 'agency_head', 'inspector', 'admin'], scope: 'agency' },
  'process.manage': { roles: ['admin', 'kstthc'], scope: 'any' },
  'document.revoke': { roles: ['agency_head'], scope: 'agency' },
  'tracking_book.read': { roles: ['reception', 'unit_head', 'agency_head', 'inspector', 'admin'], scope: 'agency' },
  'result_template.manage': { roles: ['admin', 'kstthc'], scope: 'any' },
  // Fees and payments (docs/adr/0019-payments.md): the one-stop desk collects at the counter; refunds by
  // the desk or the agency head; collection reports and reconciliation for leaders and inspectors.
  'payment.collect': { roles: ['reception'], scope: 'agency' },
  'payment.refund': { roles: ['reception', 'agency_head'], scope: 'agency' },
  'payment.report': { roles: ['agency_head', 'unit_head', 'inspector', 'admin', 'kstthc'], scope: 'agency' },
  'payment.reconcile': { roles: ['agency_head', 'admin'], scope: 'agency' },
  'fee_schedule.manage': { roles: ['admin', 'kstthc'], scope: 'any' },
  /** The counter tablet: a reception officer opens the rating of a returned dossier for the applicant to fill in. */
  'rating.counter': { roles: ['reception'], scope: 'agency' },
} as const satisfies Record<string, { roles: readonly Role[]; scope: Scope }>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/** A role held by a principal; `agencyId` null means the whole instance (admin only). */
export type Grant = { role: Role; agencyId: string | null; unitId: string | null };

export type Principal = { userId: string; grants: readonly Grant[] };

/**
 * The target of an action: the chain of agency ids from the target agency up to the root
 * (`[self, parent, grandparent, …]`). Omitted, an agency-scoped action asks "may the principal
 * do this anywhere?" — used by list endpoints, which then filter rows with `scopeOf`.
 */
export type Target = { agencyPath: readonly string[] } | undefined;

function grantCovers(grant: Grant, scope: Scope, target: Target): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'global':
      return grant.agencyId === null;
    case 'agency':
      if (grant.agencyId === null || !target) return true;
      return target.agencyPath.includes(grant.agencyId);
  }
}

export function can(principal: Principal | null, action: Action, target?: Target): boolean {
  if (!principal) return false;
  const rule = POLICY[action];
  const roles: readonly Role[] = rule.roles;
  return principal.grants.some((g) => roles.includes(g.role) && grantCovers(g, rule.scope, target));
}

/** The agency ids below which a principal may perform an action (null = everywhere). */
export function scopeOf(principal: Principal, action: Action): { everywhere: boolean; agencyIds: string[] } {
  const roles: readonly Role[] = POLICY[action].roles;
  const grants = principal.grants.filter((g) => roles.includes(g.role));
  if (grants.some((g) => g.agencyId === null)) return { everywhere: true, agencyIds: [] };
  return { everywhere: false, agencyIds: [...new Set(grants.map((g) => g.agencyId).filter((x): x is string => !!x))] };
}
