import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, POLICY, ROLES, can, scopeOf, type Grant, type Role } from '../../src/domain/access';

// A small agency forest: ids a0..a5; parents: a1,a2 under a0; a3 under a1; a4 root; a5 under a4.
const PARENT: Record<string, string | null> = { a0: null, a1: 'a0', a2: 'a0', a3: 'a1', a4: null, a5: 'a4' };
const pathOf = (id: string) => {
  const p: string[] = [];
  for (let cur: string | null = id; cur; cur = PARENT[cur] ?? null) p.push(cur);
  return p;
};
const agencyId = fc.constantFrom(...Object.keys(PARENT));
const grant: fc.Arbitrary<Grant> = fc.record({
  role: fc.constantFrom(...ROLES),
  agencyId: fc.option(agencyId, { nil: null }),
  unitId: fc.constant(null),
});
const principal = fc.record({ userId: fc.uuid(), grants: fc.array(grant, { maxLength: 4 }) });
const action = fc.constantFrom(...ACTIONS);

describe('authorization policy (role × agency scope × action)', () => {
  it('nobody anonymous or without grants may do anything', () => {
    fc.assert(
      fc.property(action, agencyId, (a, t) => {
        expect(can(null, a, { agencyPath: pathOf(t) })).toBe(false);
        expect(can({ userId: 'u', grants: [] }, a, { agencyPath: pathOf(t) })).toBe(false);
      }),
    );
  });

  it('allows exactly when some grant has a listed role and its scope covers the target', () => {
    fc.assert(
      fc.property(principal, action, agencyId, (p, a, t) => {
        const rule = POLICY[a];
        const roles: readonly Role[] = rule.roles;
        const target = pathOf(t);
        const expected = p.grants.some(
          (g) =>
            roles.includes(g.role) &&
            (rule.scope === 'any' ||
              (rule.scope === 'global' && g.agencyId === null) ||
              (rule.scope === 'agency' && (g.agencyId === null || target.includes(g.agencyId)))),
        );
        expect(can(p, a, { agencyPath: target })).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('an agency-scoped grant never reaches a sibling or a parent agency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), (role) => {
        const p = { userId: 'u', grants: [{ role, agencyId: 'a1', unitId: null }] };
        for (const a of ACTIONS.filter((x) => POLICY[x].scope === 'agency')) {
          expect(can(p, a, { agencyPath: pathOf('a2') })).toBe(false);
          expect(can(p, a, { agencyPath: pathOf('a0') })).toBe(false);
          expect(can(p, a, { agencyPath: pathOf('a3') })).toBe((POLICY[a].roles as readonly Role[]).includes(role));
        }
      }),
    );
  });

  it('only an instance administrator holds global actions', () => {
    expect(can({ userId: 'u', grants: [{ role: 'admin', agencyId: 'a0', unitId: null }] }, 'instance.manage')).toBe(false);
    expect(can({ userId: 'u', grants: [{ role: 'admin', agencyId: null, unitId: null }] }, 'instance.manage')).toBe(true);
  });

  it('scopeOf lists the granted agencies, or everywhere for an instance administrator', () => {
    expect(scopeOf({ userId: 'u', grants: [{ role: 'inspector', agencyId: 'a4', unitId: null }] }, 'user.read')).toEqual({ everywhere: false, agencyIds: ['a4'] });
    expect(scopeOf({ userId: 'u', grants: [{ role: 'specialist', agencyId: 'a4', unitId: null }] }, 'user.read')).toEqual({ everywhere: false, agencyIds: [] });
    expect(scopeOf({ userId: 'u', grants: [{ role: 'admin', agencyId: null, unitId: null }] }, 'user.read').everywhere).toBe(true);
  });
});
