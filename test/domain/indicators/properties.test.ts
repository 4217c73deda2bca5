/**
 * Properties over random inputs (fast-check, fixed seeds): scores stay within their maxima, pooling
 * is associative and order-independent, quarters tile the year, and the II.06a invariants hold on
 * random dossier sets (checked against an independent count).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNT_KEYS,
  COUNT_PAIRS,
  Counts766Schema,
  GROUPS,
  INDICATOR_IDS,
  assembleII06a,
  checkII06a,
  classifyII06a,
  periodBounds,
  poolCounts,
  reportPeriod,
  scorecard,
  type Channel,
  type Counts766,
  type PeriodConfig,
} from '../../../src/domain/indicators';
import { addDays } from '../../../src/domain/calendar';

/** Random counts: each field missing or a small integer (often 0), numerators unconstrained. */
const counts: fc.Arbitrary<Counts766> = fc.record(
  Object.fromEntries(COUNT_KEYS.map((k) => [k, fc.oneof(fc.constant(undefined), fc.constant(0), fc.nat(50), fc.nat(5000))])) as Record<string, fc.Arbitrary<number | undefined>>,
).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Counts766);

/** Counts where every numerator is at most its denominator (what storage delivers). */
const consistent: fc.Arbitrary<Counts766> = counts.map((c) => {
  const out: Record<string, number> = { ...(c as Record<string, number>) };
  for (const k of COUNT_KEYS) if (out[k] === undefined) out[k] = 0;
  for (const [n, d] of COUNT_PAIRS) out[n] = Math.min(out[n]!, out[d]!);
  return out as Counts766;
});

const targets = fc.record({ '3.3': fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: null }), '4.2': fc.constantFrom(0.8, 1) }, { requiredKeys: [] });

describe('scores stay within their bounds', () => {
  it('every indicator in [0, max], groups ≤ their max and = Σ indicators, total ≤ 100', () => {
    fc.assert(
      fc.property(counts, targets, fc.constantFrom(1 / 12, 1 / 4, 1), (c, t, yf) => {
        const s = scorecard(c, { targets: t, yearFraction: yf });
        expect(s.groups.flatMap((g) => g.indicators).map((i) => i.id)).toEqual([...INDICATOR_IDS]);
        for (const g of s.groups) {
          for (const i of g.indicators) {
            expect(i.score).toBeGreaterThanOrEqual(0);
            expect(i.score).toBeLessThanOrEqual(i.max);
            if (i.noData) expect(i.score).toBe(0);
            if (i.ratio !== null && i.id !== '2.2') expect(i.ratio).toBeLessThanOrEqual(1);
          }
          expect(g.score).toBeLessThanOrEqual(g.max);
          expect(g.score).toBeCloseTo(g.indicators.reduce((a, i) => a + i.score, 0), 9);
          expect(g.max).toBe(GROUPS.find((x) => x.id === g.id)!.max);
        }
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(100);
      }),
      { seed: 766, numRuns: 500 },
    );
  });
});

describe('pooling', () => {
  it('is associative and order-independent, and scoring the pool is scoring the summed counts', () => {
    fc.assert(
      fc.property(counts, counts, counts, (a, b, c) => {
        expect(poolCounts([poolCounts([a, b]), c])).toEqual(poolCounts([a, poolCounts([b, c])]));
        expect(poolCounts([a, b, c])).toEqual(poolCounts([c, a, b]));
        expect(poolCounts([a, b, c])).toEqual(poolCounts([poolCounts([a, b]), c]));
        expect(poolCounts([a])).toEqual(a);
      }),
      { seed: 20220623, numRuns: 300 },
    );
  });

  it('the pooled 2.1 score is the count-weighted mean of the children, not their plain mean', () => {
    fc.assert(
      fc.property(fc.array(consistent, { minLength: 1, maxLength: 6 }), (children) => {
        const pool = poolCounts(children);
        const handled = children.reduce((a, c) => a + c.dossiersHandled!, 0);
        const onTime = children.reduce((a, c) => a + c.dossiersHandledOnTime!, 0);
        expect(pool.dossiersHandled).toBe(handled);
        const parent = scorecard(pool).groups[1]!.indicators[0]!;
        expect(Counts766Schema.safeParse(pool).success).toBe(true);
        if (handled > 0) expect(parent.score).toBeCloseTo((20 * onTime) / handled, 9);
      }),
      { seed: 61, numRuns: 300 },
    );
  });
});

describe('periods', () => {
  it('quarters and months tile the year for any configuration', () => {
    const config = fc.record({ id: fc.constant('p'), startDay: fc.integer({ min: 1, max: 28 }), monthsBefore: fc.integer({ min: 0, max: 1 }), source: fc.constant('test') });
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), config, (year, cfg: PeriodConfig) => {
        const y = reportPeriod('year', year, null, cfg);
        const quarters = [1, 2, 3, 4].map((q) => reportPeriod('quarter', year, q, cfg));
        const months = Array.from({ length: 12 }, (_, i) => reportPeriod('month', year, i + 1, cfg));
        for (const parts of [quarters, months]) {
          expect(parts[0]!.from).toBe(y.from);
          expect(parts.at(-1)!.to).toBe(y.to);
          for (let i = 1; i < parts.length; i++) expect(parts[i]!.from).toBe(addDays(parts[i - 1]!.to, 1));
        }
        expect(reportPeriod('year', year + 1, null, cfg).from).toBe(addDays(y.to, 1));
      }),
      { seed: 2020, numRuns: 200 },
    );
  });
});

describe('II.06a on random dossier sets', () => {
  const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
  const { start, endExclusive } = periodBounds(PERIOD);
  const DAY = 86_400_000;
  const dossier = fc
    .record({
      field: fc.constantFrom('Hộ tịch', 'Đất đai', 'Xây dựng'),
      channel: fc.constantFrom<Channel>('direct', 'online', 'postal'),
      received: fc.option(fc.integer({ min: start - 40 * DAY, max: endExclusive + 5 * DAY }), { nil: null }),
      dueAfter: fc.option(fc.integer({ min: 0, max: 30 * DAY }), { nil: null }),
      endAfter: fc.option(fc.integer({ min: 0, max: 60 * DAY }), { nil: null }),
    })
    .map((r) => ({
      field: r.field,
      d: {
        receivedAt: r.received,
        channel: r.channel,
        dueAt: r.received === null || r.dueAfter === null ? null : r.received + r.dueAfter,
        endAt: r.received === null || r.endAfter === null ? null : r.received + r.endAfter,
      },
    }));

  it('received = resolved + pending per row and in total; the counts match an independent oracle', () => {
    fc.assert(
      fc.property(fc.array(dossier, { maxLength: 80 }), fc.option(fc.integer({ min: start, max: endExclusive }), { nil: undefined }), (items, asOf) => {
        const report = assembleII06a(items.map(({ field, d }) => ({ field, classification: classifyII06a(d, PERIOD, asOf) })));
        expect(checkII06a(report)).toEqual([]);
        const inReport = items.filter(({ d }) => d.receivedAt !== null && d.receivedAt < endExclusive && (d.endAt === null || d.endAt >= start));
        expect(report.totals.received.total).toBe(inReport.length);
        expect(report.totals.received.carriedOver).toBe(inReport.filter(({ d }) => d.receivedAt! < start).length);
        expect(report.totals.received.online).toBe(inReport.filter(({ d }) => d.receivedAt! >= start && d.channel === 'online').length);
        expect(report.totals.pending.total).toBe(inReport.filter(({ d }) => d.endAt === null || d.endAt >= endExclusive).length);
        expect(report.totals.resolved.late).toBe(inReport.filter(({ d }) => d.endAt !== null && d.endAt < endExclusive && d.dueAt !== null && d.endAt > d.dueAt).length);
      }),
      { seed: 1062020, numRuns: 300 },
    );
  });
});
