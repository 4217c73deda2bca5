import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_BANDS, averageTenths, INDICATOR_IDS, OFFICIAL_BANDS, OFFICIAL_INDICATORS, scoreAgencyTenths, scoreOfficialTenths, type IndicatorId } from '../../../src/domain/evaluation';

const SEED = 20261122;
const tenths = fc.option(fc.integer({ min: 0, max: 20 }), { nil: null });
const averages = fc.tuple(...INDICATOR_IDS.map(() => tenths)).map((xs) => Object.fromEntries(xs.map((x, i) => [INDICATOR_IDS[i]!, x])) as Partial<Record<IndicatorId, number | null>>);
const agencyRank = (b: string | null) => AGENCY_BANDS.indexOf(b as (typeof AGENCY_BANDS)[number]);
const officialRank = (b: string | null) => OFFICIAL_BANDS.indexOf(b as (typeof OFFICIAL_BANDS)[number]);

describe('scores (property, fixed seed)', () => {
  it('the total is within [0, max], the converted score within [0, full maximum], equal when nothing is missing', () => {
    fc.assert(
      fc.property(averages, (a) => {
        for (const s of [scoreAgencyTenths(a), scoreOfficialTenths(a)]) {
          if (s.total === null) {
            expect(s.max).toBe(0);
            expect(s.band).toBeNull();
            continue;
          }
          expect(s.total).toBeGreaterThanOrEqual(0);
          expect(s.total).toBeLessThanOrEqual(s.max);
          expect(s.converted!).toBeGreaterThanOrEqual(0);
          expect(s.converted!).toBeLessThanOrEqual(s.fullMax);
          expect(Number.isInteger(Math.round(s.total * 10)) && Math.abs(s.total * 10 - Math.round(s.total * 10)) < 1e-9).toBe(true);
          if (s.max === s.fullMax) expect(s.converted).toBe(s.total);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('bands are monotonic: a higher converted score never gets a lower band', () => {
    fc.assert(
      fc.property(averages, averages, (a, b) => {
        const [x, y] = [scoreAgencyTenths(a), scoreAgencyTenths(b)];
        if (x.converted !== null && y.converted !== null && x.converted <= y.converted) expect(agencyRank(x.band)).toBeGreaterThanOrEqual(agencyRank(y.band));
        const [o, p] = [scoreOfficialTenths(a), scoreOfficialTenths(b)];
        if (o.converted !== null && p.converted !== null && o.converted <= p.converted) expect(officialRank(o.band)).toBeGreaterThanOrEqual(officialRank(p.band));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('raising one indicator by 0.1 never lowers the score or the band', () => {
    fc.assert(
      fc.property(averages, fc.constantFrom(...INDICATOR_IDS), (a, id) => {
        const v = a[id];
        if (v === null || v === undefined || v === 20) return;
        const up = { ...a, [id]: v + 1 };
        const [before, after] = [scoreAgencyTenths(a), scoreAgencyTenths(up)];
        expect(after.converted!).toBeGreaterThanOrEqual(before.converted!);
        expect(agencyRank(after.band)).toBeLessThanOrEqual(agencyRank(before.band));
        if ((OFFICIAL_INDICATORS as readonly number[]).includes(id)) expect(scoreOfficialTenths(up).converted!).toBeGreaterThanOrEqual(scoreOfficialTenths(a).converted!);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('an average lies between the smallest and largest points, within rounding', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(0 as const, 1 as const, 2 as const), { nil: null }), { maxLength: 60 }), (pts) => {
        const t = averageTenths(pts);
        const scored = pts.filter((p): p is 0 | 1 | 2 => p !== null);
        if (scored.length === 0) {
          expect(t).toBeNull();
          return;
        }
        const exact = (scored.reduce((s: number, p) => s + p, 0) * 10) / scored.length;
        expect(Math.abs(t! - exact)).toBeLessThanOrEqual(0.5);
        expect(t!).toBeGreaterThanOrEqual(Math.min(...scored) * 10);
        expect(t!).toBeLessThanOrEqual(Math.max(...scored) * 10);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
