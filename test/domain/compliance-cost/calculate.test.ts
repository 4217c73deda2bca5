import { describe, expect, it } from 'vitest';
import {
  catalogueFees,
  compareScenarios,
  CostScenario,
  defaultScenario,
  DEFAULT_HOURLY_INCOME,
  divRound,
  hourlyIncomeFromAnnual,
  median,
  rowCost,
  savingRate,
  scenarioCost,
  toHours,
  type CostScenarioInput,
} from '../../../src/domain/compliance-cost';

/**
 * The Hà Nội plan under QĐ 1811/QĐ-TTPVHCC, procedure 2.000635 (legal digest §3): 1,024,000 → 231,000
 * đồng per dossier for 3,228 subjects a year, a 77.44 % saving. The published report gives the totals,
 * not the activity breakdown; the rows below are an illustrative breakdown at 40,000 đồng an hour
 * (84,480,000 đồng a year ÷ 2,112 hours) that adds up to exactly the published totals.
 */
const HOURLY = hourlyIncomeFromAnnual(84_480_000);
const row = (activity: CostScenarioInput['rows'][number]['activity'], hours: number, money: { fees?: number; otherCosts?: number; outsourcing?: number } = {}) => ({ activity, hours, ...money });
const HA_NOI_CURRENT = CostScenario.parse({
  hourlyIncome: HOURLY,
  subjectsPerYear: 3228,
  frequencyPerYear: 1,
  rows: [
    row('prepare', 8), // 320,000
    row('travel', 4, { otherCosts: 100_000 }), // 160,000 + 100,000
    row('submit', 1, { fees: 100_000 }), // 40,000 + 100,000
    row('wait', 2), // 80,000
    row('supplement', 4, { otherCosts: 24_000 }), // 160,000 + 24,000
    row('receive', 1), // 40,000
  ],
});
const HA_NOI_PROPOSED = CostScenario.parse({
  hourlyIncome: HOURLY,
  subjectsPerYear: 3228,
  frequencyPerYear: 1,
  rows: [
    row('prepare', 2), // 80,000
    row('submit', 0.5, { fees: 100_000 }), // 20,000 + 100,000
    row('receive', 0.5, { otherCosts: 11_000 }), // 20,000 + 11,000
  ],
});

describe('compliance cost (TT 02/2017/TT-VPCP, Standard Cost Model)', () => {
  it('reproduces the Hà Nội example: 1,024,000 → 231,000 đồng per dossier, 77.44 %', () => {
    expect(HOURLY).toBe(40_000);
    const r = compareScenarios(HA_NOI_CURRENT, HA_NOI_PROPOSED);
    expect(r.current.perExecution).toBe(1_024_000);
    expect(r.proposed.perExecution).toBe(231_000);
    expect(r.current.annual).toBe(3_305_472_000);
    expect(r.proposed.annual).toBe(745_668_000);
    expect(r.saving).toEqual({ perExecution: 793_000, annual: 2_559_804_000 });
    expect(r.rate).toEqual({ perExecution: 77.44, annual: 77.44 });
    expect(r.current.hours).toBe(20);
    expect(r.current.timeCost).toBe(800_000);
    expect(r.current.fees).toBe(100_000);
    expect(r.current.otherCosts).toBe(124_000);
  });

  it('rounds a row’s time cost half up to the đồng', () => {
    // 0.01 h × 30,682 = 306.82 → 307; 0.25 h × 30,682 = 7,670.5 → 7,671.
    expect(rowCost({ activity: 'submit', label: '', hours: 0.01, outsourcing: 0, fees: 0, otherCosts: 0 }, 30_682).timeCost).toBe(307);
    expect(rowCost({ activity: 'submit', label: '', hours: 0.25, outsourcing: 0, fees: 0, otherCosts: 0 }, 30_682).timeCost).toBe(7_671);
    expect(rowCost({ activity: 'submit', label: '', hours: 1.5, outsourcing: 1, fees: 2, otherCosts: 3 }, 10_001)).toMatchObject({ timeCost: 15_002, total: 15_008 });
  });

  it('rounds the year’s cost half up and handles a fractional frequency', () => {
    // 1,005 đồng × 3 subjects × 0.5 a year = 1,507.5 → 1,508.
    const s = CostScenario.parse({ hourlyIncome: 0, subjectsPerYear: 3, frequencyPerYear: 0.5, rows: [{ activity: 'submit', hours: 0, fees: 1_005 }] });
    expect(scenarioCost(s).annual).toBe(1_508);
    // Once every five years.
    expect(scenarioCost({ ...s, subjectsPerYear: 1000, frequencyPerYear: 0.2 }).annual).toBe(201_000);
  });

  it('rates: two decimals half away from zero, negative when the proposal costs more, null without a current cost', () => {
    expect(savingRate(3, 1)).toBe(66.67);
    expect(savingRate(3, 2)).toBe(33.33);
    expect(savingRate(8, 7)).toBe(12.5);
    expect(savingRate(100, 150)).toBe(-50);
    expect(savingRate(3, 4)).toBe(-33.33);
    expect(savingRate(0, 0)).toBeNull();
    expect(savingRate(1, 0)).toBe(100);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-4n, 3n)).toBe(-1n);
  });

  it('the hourly income: yearly income ÷ 2,112 hours, half up', () => {
    expect(hourlyIncomeFromAnnual(64_800_000)).toBe(30_682); // 30,681.8
    expect(DEFAULT_HOURLY_INCOME).toBe(30_682);
    expect(hourlyIncomeFromAnnual(1_056, 2_112)).toBe(1); // 0.5 → 1
    expect(() => hourlyIncomeFromAnnual(-1)).toThrow();
  });

  it('refuses more than two decimals and negative amounts in Vietnamese', () => {
    const bad = CostScenario.safeParse({ hourlyIncome: 1, subjectsPerYear: 1, frequencyPerYear: 1, rows: [{ activity: 'prepare', hours: 0.125 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/hai chữ số thập phân/);
    const neg = CostScenario.safeParse({ hourlyIncome: 1, subjectsPerYear: 1, frequencyPerYear: 1, rows: [{ activity: 'prepare', hours: 1, fees: -1 }] });
    expect(neg.error?.issues[0]?.message).toMatch(/không được âm/);
  });

  it('defaults: catalogue fees of the direct channel, median waiting time, yearly volume', () => {
    const fees = catalogueFees([
      { channel: 'online', fees: [{ label: 'Phí', amount: 100_000 }] },
      { channel: 'direct', fees: [{ label: 'Phí', amount: 200_000 }, { label: 'Lệ phí', amount: 50_000 }, { label: 'Phí thẩm định', amount: null }] },
    ]);
    expect(fees).toEqual({ channel: 'direct', amount: 250_000, unknown: ['Phí thẩm định'] });
    expect(catalogueFees([{ channel: 'online', fees: [{ label: 'Phí', amount: 7 }] }]).amount).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(toHours(90 * 60_000)).toBe(1.5);
    const s = defaultScenario({ hourlyIncome: 30_682, fees: 250_000, waitingHours: 36.5, subjectsPerYear: 120 });
    expect(CostScenario.safeParse(s).success).toBe(true);
    const c = scenarioCost(s);
    // 36.5 h × 30,682 = 1,119,893 + 250,000 fees.
    expect(c.perExecution).toBe(1_369_893);
    expect(c.annual).toBe(1_369_893 * 120);
  });
});
