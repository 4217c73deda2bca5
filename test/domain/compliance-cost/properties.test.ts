import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareScenarios, COST_ACTIVITIES, scenarioCost, type CostScenario } from '../../../src/domain/compliance-cost';

/** Realistic bounds: a day of work per row, a million subjects, twelve times a year. */
const hours = fc.integer({ min: 0, max: 2_400 }).map((h) => h / 100);
const money = fc.integer({ min: 0, max: 5_000_000 });
const row = fc.record({ activity: fc.constantFrom(...COST_ACTIVITIES), label: fc.constant(''), hours, outsourcing: money, fees: money, otherCosts: money });
const scenario: fc.Arbitrary<CostScenario> = fc.record({
  hourlyIncome: fc.integer({ min: 0, max: 200_000 }),
  subjectsPerYear: fc.integer({ min: 0, max: 1_000_000 }),
  frequencyPerYear: fc.integer({ min: 0, max: 1_200 }).map((f) => f / 100),
  rows: fc.array(row, { maxLength: 8 }),
});
const params = { seed: 20261122, numRuns: 500 };

describe('compliance cost properties', () => {
  it('saving = current − proposed, and the rate is at most 100 % (never above, possibly very negative)', () => {
    fc.assert(
      fc.property(scenario, scenario, (a, b) => {
        const r = compareScenarios(a, b);
        expect(r.saving.perExecution).toBe(r.current.perExecution - r.proposed.perExecution);
        expect(r.saving.annual).toBe(r.current.annual - r.proposed.annual);
        for (const [rate, cur] of [[r.rate.perExecution, r.current.perExecution], [r.rate.annual, r.current.annual]] as const) {
          if (cur === 0) expect(rate).toBeNull();
          else {
            expect(rate).not.toBeNull();
            expect(rate!).toBeLessThanOrEqual(100);
            expect(Number.isInteger(Math.round(rate! * 100))).toBe(true);
          }
        }
      }),
      params,
    );
  });

  it('a proposal identical to the current scenario saves nothing; a free proposal saves 100 %', () => {
    fc.assert(
      fc.property(scenario, (a) => {
        const same = compareScenarios(a, a);
        expect(same.saving).toEqual({ perExecution: 0, annual: 0 });
        const free = compareScenarios(a, { ...a, rows: [] });
        if (free.current.annual > 0) expect(free.rate.annual).toBe(100);
      }),
      params,
    );
  });

  it('the cost is monotonic in time and in the number of subjects', () => {
    fc.assert(
      fc.property(scenario, fc.nat({ max: 7 }), hours, fc.integer({ min: 0, max: 1_000 }), (s, pick, extra, moreSubjects) => {
        const base = scenarioCost(s);
        if (s.rows.length > 0) {
          const i = pick % s.rows.length;
          const longer = { ...s, rows: s.rows.map((r, j) => (j === i ? { ...r, hours: Math.round((r.hours + extra) * 100) / 100 } : r)) };
          const c = scenarioCost(longer);
          expect(c.perExecution).toBeGreaterThanOrEqual(base.perExecution);
          expect(c.annual).toBeGreaterThanOrEqual(base.annual);
        }
        const more = scenarioCost({ ...s, subjectsPerYear: s.subjectsPerYear + moreSubjects });
        expect(more.perExecution).toBe(base.perExecution);
        expect(more.annual).toBeGreaterThanOrEqual(base.annual);
      }),
      params,
    );
  });

  it('C1 is the sum of its rows and each row is time cost plus money', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const c = scenarioCost(s);
        expect(c.perExecution).toBe(c.rows.reduce((a, r) => a + r.total, 0));
        expect(c.perExecution).toBe(c.timeCost + c.outsourcing + c.fees + c.otherCosts);
        for (const r of c.rows) expect(Math.abs(r.timeCost - r.hours * s.hourlyIncome)).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      params,
    );
  });
});
