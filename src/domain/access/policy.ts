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
  // Inspectors enter the administration for inspections (/quan-tri/kiem-tra, ADR 0025); every API still checks its own action.
  'area.admin': { roles: ['admin', 'kstthc', 'inspector'], scope: 'any' },
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
  // Portal accounts belong to the whole instance, not to an agency: only the instance administrator
  // finds them by CCCD/tax code/phone/e-mail and locks or unlocks them (docs/adr/0017-citizen-accounts.md).
  'citizen.lock': { roles: ['admin'], scope: 'global' },
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
  // Periodic reports (form II.06a, TT 01/2020/TT-VPCP; docs/adr/0027): leaders, inspectors and the
  // control office read the figures of their agency and those below it.
  'report.read': { roles: ['agency_head', 'unit_head', 'inspector', 'kstthc', 'admin'], scope: 'agency' },
  // QĐ 766 scorecard with drill-down and plan targets (docs/adr/0026): leaders, inspectors, the control office.
  'indicators.read': { roles: ['agency_head', 'unit_head', 'inspector', 'kstthc', 'admin'], scope: 'agency' },
  /** The counter tablet: a reception officer opens the rating of a returned dossier for the applicant to fill in. */
  'rating.counter': { roles: ['reception'], scope: 'agency' },
  /** Import of past dossiers from a previous one-stop system (docs/adr/0022): administrators, for the agencies they manage. */
  'dossier.import': { roles: ['admin'], scope: 'agency' },
  // Evaluation of dossier handling (TT 01/2018 art. 12–15, docs/adr/0021-evaluation.md): every officer who
  // handles dossiers sees their own scores; a unit head their unit; agency heads, inspectors and administrators
  // their agency and below; procedure control (KSTTHC, the province office that aggregates and publishes) all.
  'evaluation.own': { roles: ['reception', 'specialist', 'unit_head', 'agency_head'], scope: 'any' },
  'evaluation.unit': { roles: ['unit_head'], scope: 'agency' },
  'evaluation.agency': { roles: ['agency_head', 'inspector', 'admin'], scope: 'agency' },
  'evaluation.all': { roles: ['kstthc'], scope: 'any' },
  // Feedback on regulations, PAKN (docs/adr/0020-pakn.md): officers of the agency read and handle items
  // (intake at the counter, classify, forward, merge, draft, publish); a unit or agency head approves the
  // answer and grants extensions; deadline rule sets are set by decision, entered by procedure control.
  'pakn.read': { roles: ['reception', 'specialist', 'unit_head', 'agency_head', 'inspector', 'admin', 'kstthc'], scope: 'agency' },
  'pakn.handle': { roles: ['reception', 'specialist', 'unit_head', 'agency_head', 'kstthc'], scope: 'agency' },
  'pakn.approve': { roles: ['unit_head', 'agency_head'], scope: 'agency' },
  'pakn.rules': { roles: ['admin', 'kstthc'], scope: 'any' },
  // Control work (docs/adr/0025-review-compliance-cost.md): procedure control (KSTTHC, province-wide) and
  // administrators write and approve reviews, review plans and impact assessments; agency heads and
  // inspectors read those of their agency and below. Inspectors run inspections; the inspected agency's
  // head reports fixes of findings.
  'review.edit': { roles: ['kstthc', 'admin'], scope: 'any' },
  'review.approve': { roles: ['kstthc', 'admin'], scope: 'any' },
  'review.read': { roles: ['kstthc', 'admin', 'agency_head', 'inspector'], scope: 'agency' },
  'inspection.manage': { roles: ['inspector', 'admin'], scope: 'agency' },
  'inspection.read': { roles: ['inspector', 'admin', 'kstthc', 'agency_head'], scope: 'agency' },
  'inspection.follow_up': { roles: ['inspector', 'agency_head'], scope: 'agency' },
  // Annual control plans (docs/adr/0024-control-plans.md): procedure control (KSTTHC) and administrators import,
  // assign and export plans of every agency; officers of the agency read its plans and boards (agency heads
  // see every unit's board and the overdue list); the lead unit's head and specialists report progress —
  // the unit check (the task's lead unit is the grant's unit) is `mayReportFor` in domain/plans.
  'plan.manage': { roles: ['kstthc', 'admin'], scope: 'any' },
  'plan.read': { roles: ['agency_head', 'unit_head', 'specialist', 'inspector', 'admin', 'kstthc'], scope: 'agency' },
  'plan.report': { roles: ['unit_head', 'specialist'], scope: 'agency' },
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
