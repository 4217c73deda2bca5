/**
 * Report periods and cut-offs (digest §5.2, §2.3) and plan targets vs actual (issue 10).
 */
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_PERIODS,
  IndicatorInputError,
  PAKN_MONTHLY,
  defaultPlanTargets,
  elapsedFraction,
  periodBounds,
  planTargetsVsActual,
  reportPeriod,
  targetStatus,
  yearFraction,
} from '../../../src/domain/indicators';

const span = (p: { from: string; to: string }) => `${p.from}..${p.to}`;

describe('reportPeriod', () => {
  it('default cut-off: annual 15/12 of the previous year – 14/12, quarters, months, halves by analogy', () => {
    expect(span(reportPeriod('year', 2025))).toBe('2024-12-15..2025-12-14');
    expect(span(reportPeriod('quarter', 2025, 1))).toBe('2024-12-15..2025-03-14');
    expect(span(reportPeriod('quarter', 2025, 2))).toBe('2025-03-15..2025-06-14');
    expect(span(reportPeriod('quarter', 2025, 4))).toBe('2025-09-15..2025-12-14');
    expect(span(reportPeriod('month', 2025, 1))).toBe('2024-12-15..2025-01-14');
    expect(span(reportPeriod('month', 2024, 3))).toBe('2024-02-15..2024-03-14');
    expect(span(reportPeriod('half', 2025, 1))).toBe('2024-12-15..2025-06-14');
    expect(span(reportPeriod('nine_months', 2025))).toBe('2024-12-15..2025-09-14');
    expect(reportPeriod('quarter', 2025, 3)).toMatchObject({ kind: 'quarter', year: 2025, part: 3 });
  });

  it('calendar periods (satisfaction group) and the PAKN 21–20 window are configurations', () => {
    expect(span(reportPeriod('year', 2025, null, CALENDAR_PERIODS))).toBe('2025-01-01..2025-12-31');
    expect(span(reportPeriod('quarter', 2025, 1, CALENDAR_PERIODS))).toBe('2025-01-01..2025-03-31');
    expect(span(reportPeriod('month', 2024, 2, CALENDAR_PERIODS))).toBe('2024-02-01..2024-02-29');
    expect(span(reportPeriod('month', 2025, 8, PAKN_MONTHLY))).toBe('2025-07-21..2025-08-20');
  });

  it('refuses a missing or out-of-range part, a part where none applies, and a bad config', () => {
    expect(() => reportPeriod('quarter', 2025)).toThrow(IndicatorInputError);
    expect(() => reportPeriod('quarter', 2025, 5)).toThrow(expect.objectContaining({ param: 'part' }));
    expect(() => reportPeriod('year', 2025, 1)).toThrow(expect.objectContaining({ param: 'part' }));
    expect(() => reportPeriod('year', 2025.5)).toThrow(expect.objectContaining({ param: 'year' }));
    expect(() => reportPeriod('year', 2025, null, { id: 'x', startDay: 31, monthsBefore: 0, source: 'y' })).toThrow();
  });

  it('periodBounds: [from 00:00, to + 1 day 00:00) in Asia/Ho_Chi_Minh', () => {
    const b = periodBounds(reportPeriod('year', 2025));
    expect(b.start).toBe(Date.parse('2024-12-15T00:00:00+07:00'));
    expect(b.endExclusive).toBe(Date.parse('2025-12-15T00:00:00+07:00'));
    expect(b.lastInstant).toBe(b.endExclusive - 1);
    expect(() => periodBounds({ from: '2025-03-02', to: '2025-03-01' })).toThrow(IndicatorInputError);
  });

  it('yearFraction and elapsedFraction', () => {
    expect([yearFraction('month'), yearFraction('quarter'), yearFraction('year')]).toEqual([1 / 12, 1 / 4, 1]);
    const year = reportPeriod('year', 2026, null, CALENDAR_PERIODS);
    expect(elapsedFraction(year, '2025-12-31')).toBe(0);
    expect(elapsedFraction(year, '2026-01-01')).toBe(1 / 365);
    expect(elapsedFraction(year, '2026-03-31')).toBe(90 / 365);
    expect(elapsedFraction(year, '2027-01-05')).toBe(1);
  });
});

describe('plan targets vs actual', () => {
  it('defaults from the seeds; postal only at province level; 85 % satisfaction in land, construction, investment', () => {
    const province = defaultPlanTargets('province');
    expect(province.map((t) => t.key)).toContain('postal_dossiers');
    expect(defaultPlanTargets('commune').map((t) => t.key)).not.toContain('postal_dossiers');
    expect(Object.fromEntries(province.map((t) => [t.key, t.target]))).toMatchObject({
      integrated_national_portal: 0.8, online_dossiers: 0.5, postal_dossiers: 0.2, paid_online: 0.3, on_time: 1, early: 0.6, satisfied: 0.9, digitised: 1, not_resubmitting: 0.3,
    });
    expect(defaultPlanTargets('province', { landConstructionInvestment: true }).find((t) => t.key === 'satisfied')!.target).toBe(0.85);
  });

  it('one late dossier makes 100 % on time unreachable at once (at risk even in January)', () => {
    const r = targetStatus({ key: 'on_time', target: 1 }, { dossiersHandledOnTime: 99, dossiersHandled: 100 }, 0.1);
    expect(r).toMatchObject({ actual: 0.99, atRisk: true });
    expect(r.reason).toContain('Không thể đạt');
    expect(targetStatus({ key: 'on_time', target: 1 }, { dossiersHandledOnTime: 100, dossiersHandled: 100 }, 0.9).atRisk).toBe(false);
  });

  it('below target: not at risk in the first quarter while reachable, at risk after it', () => {
    const counts = { dossiersOnline: 40, dossiersReceived: 100 };
    expect(targetStatus({ key: 'online_dossiers', target: 0.5 }, counts, 0.1)).toMatchObject({ actual: 0.4, atRisk: false });
    const later = targetStatus({ key: 'online_dossiers', target: 0.5 }, counts, 0.5);
    expect(later.atRisk).toBe(true);
    expect(later.reason).toContain('quý I');
    expect(targetStatus({ key: 'online_dossiers', target: 0.5 }, { dossiersOnline: 60, dossiersReceived: 100 }, 0.5).atRisk).toBe(false);
  });

  it('unreachable late in the year: 10 of 900 paid online with 90 % of the year gone', () => {
    // Projected year: 1000 fee dossiers; best case (10 + 100) / 1000 = 11 % < 30 %.
    expect(targetStatus({ key: 'paid_online', target: 0.3 }, { dossiersPaidOnline: 10, feeDossiers: 900 }, 0.9)).toMatchObject({ atRisk: true });
  });

  it('"> 60 % early" is strict; satisfaction uses the 5.4 ratio; no data is not a risk', () => {
    expect(targetStatus({ key: 'early', target: 0.6 }, { dossiersEndedEarly: 60, dossiersEnded: 100 }, 0.5).atRisk).toBe(true);
    expect(targetStatus({ key: 'early', target: 0.6 }, { dossiersEndedEarly: 61, dossiersEnded: 100 }, 0.5).atRisk).toBe(false);
    expect(targetStatus({ key: 'satisfied', target: 0.9 }, { dossiersEnded: 100, dossiersEndedLate: 5, dossiersWithComplaint: 3 }, 0.5).actual).toBeCloseTo(0.92, 12);
    expect(targetStatus({ key: 'digitised', target: 1 }, {}, 0.5)).toMatchObject({ actual: null, atRisk: false });
    expect(targetStatus({ key: 'digitised', target: 1 }, { dossiersFullyDigitised: 0, dossiersReceived: 0 }, 0.5)).toMatchObject({ actual: null, atRisk: false });
  });

  it('planTargetsVsActual validates targets as data', () => {
    const out = planTargetsVsActual([{ key: 'paid_online', target: 0.3 }], { dossiersPaidOnline: 40, feeDossiers: 100 }, 0.5);
    expect(out).toEqual([{ key: 'paid_online', name: 'Hồ sơ thanh toán trực tuyến', target: 0.3, actual: 0.4, numerator: 40, denominator: 100, atRisk: false }]);
    expect(() => planTargetsVsActual([{ key: 'paid_online', target: 30 }], {}, 0.5)).toThrow();
    expect(() => targetStatus({ key: 'paid_online', target: 0.3 }, {}, 1.5)).toThrow(RangeError);
  });
});
