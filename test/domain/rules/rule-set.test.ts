import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../src/domain/calendar';
import { ND118_2025, ND61_2018, RULE_SETS, RuleSet, RuleSetNotFoundError, ruleSetFor, withProcedureOverrides } from '../../../src/domain/rules';

describe('rule sets by reception date', () => {
  it.each([
    ['2018-06-21', 'nd61-2018'],
    ['2024-12-31', 'nd61-2018'],
    ['2025-06-30', 'nd61-2018'],
    ['2025-07-01', 'nd118-2025'],
    ['2031-01-01', 'nd118-2025'],
  ])('%s → %s', (date, id) => {
    expect(ruleSetFor(date).id).toBe(id);
  });

  it('refuses dates before NĐ 61/2018 took effect and invalid dates', () => {
    expect(() => ruleSetFor('2018-06-20')).toThrow(RuleSetNotFoundError);
    expect(() => ruleSetFor('2025-02-30')).toThrow(RuleSetNotFoundError);
  });

  it('the boundary is the Vietnamese local date, not the UTC date', () => {
    // 2025-06-30T17:30Z is 00:30 on 1 July in Vietnam.
    expect(ruleSetFor(localDateOf('2025-06-30T17:30:00Z')).id).toBe('nd118-2025');
    expect(ruleSetFor(localDateOf('2025-06-30T16:59:59Z')).id).toBe('nd61-2018');
  });

  it('ships the clock parameters of the brief', () => {
    for (const r of RULE_SETS) {
      expect(r).toMatchObject({
        supplementClock: 'restart',
        supplementRequestWithinWorkingDays: 3,
        financialObligationPausesClock: false,
        maxExtensions: 1,
        extensionNoticeWorkingDays: 1,
        sameDayCutoff: '15:00',
      });
    }
    expect(ND61_2018.forms).toBe('01/2018');
    expect(ND118_2025.forms).toBe('03/2025');
    expect(ND61_2018.effectiveTo).toBe('2025-06-30');
    expect(ND118_2025.effectiveTo).toBeNull();
  });

  it('validates rule sets as data', () => {
    expect(RuleSet.safeParse({ ...ND61_2018, effectiveTo: '2018-01-01' }).success).toBe(false);
    expect(RuleSet.safeParse({ ...ND61_2018, sameDayCutoff: '3pm' }).success).toBe(false);
    expect(RuleSet.safeParse({ ...ND61_2018, maxExtensions: 1.5 }).success).toBe(false);
    expect(withProcedureOverrides(ND118_2025, { financialObligationPausesClock: true }).financialObligationPausesClock).toBe(true);
  });

  it('refuses ambiguous (overlapping) configurations', () => {
    const overlapping = [ND61_2018, { ...ND118_2025, effectiveFrom: '2025-06-01' }];
    expect(() => ruleSetFor('2025-06-15', overlapping)).toThrow(RuleSetNotFoundError);
  });
});
