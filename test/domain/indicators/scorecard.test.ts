/**
 * The assembled scorecard on one hand-computed fixture, group maxima, pooled aggregation against
 * averaging, the Counts766 schema, ranking and the link to the payments module's 3b computation.
 */
import { describe, expect, it } from 'vitest';
import {
  COUNT_FIELDS,
  COUNT_KEYS,
  Counts766Schema,
  GROUPS,
  INDICATOR_IDS,
  INDICATORS,
  groupMaxFromIndicators,
  onlinePaymentCountsOf,
  onlinePaymentIndicators,
  poolCounts,
  rankByTotal,
  scorecard,
  type Counts766,
} from '../../../src/domain/indicators';

/** Each line: indicator → hand-computed score. */
const FIXTURE: Counts766 = {
  proceduresPublishedOnTime: 3, proceduresPublished: 4, // 1.1 6 × 0.75 = 4.5
  proceduresUpdatedOnTime: 7, proceduresDueForUpdate: 10, // 1.2 4 × 0.7 = 2.8
  proceduresPublicComplete: 9, proceduresPublic: 10, // 1.3 2 × 0.9 = 1.8
  dossiersSynced: 90, dossiersReceived: 100, dossiersOnNationalPortal: 120, // 1.4 6 × 0.75 = 4.5
  dossiersHandledOnTime: 45, dossiersHandled: 50, // 2.1 20 × 0.9 = 18
  processingTimeTotal: 30, dossiersCompleted: 4, // 2.2 information
  proceduresWithOnlineService: 6, proceduresInCompetence: 10, // 3.1 2 × 0.6 / 0.8 = 1.5
  onlineServicesWithDossiers: 3, onlineServices: 4, // 3.2 4 × 0.75 = 3
  dossiersOnline: 25, dossiersPostal: 10, // 3.3 6 × 0.25 / 0.5 = 3
  proceduresWithFeeDossiers: 8, proceduresWithFees: 10, // 3.5 min(2, 2 × 0.8 / 0.8) = 2
  proceduresPaidOnline: 4, feeProceduresWithDossiers: 8, // 3.5b 2 × 0.5 / 0.8 = 1.25
  dossiersPaidOnline: 30, feeDossiers: 100, // 3.6 6 × 0.3 = 1.8
  dossiersWithElectronicResult: 3, paperResultDossiers: 4, // 4.1 6 × 0.75 = 4.5
  dossiersFullyDigitised: 50, // 4.2 4 × 0.5 = 2
  dossiersReusingData: 40, // 4.3 2 × 0.4 / 0.8 = 1
  dossiersFromPersonalStore: 25, // 4.4 4 × 0.25 = 1
  proceduresUsingPopulationData: 1, individualProcedures: 2, // 4.5a 2 × 0.5 = 1
  dossiersUsingPopulationData: 75, // 4.5b 2 × 0.75 = 1.5; 4.6 no data = 0
  feedbackRegulation: 3, feedbackStaff: 1, // 5.1 information
  feedbackHandledOnTime: 9, feedbackHandled: 10, // 5.2 6 × 0.9 = 5.4
  feedbackReceived: 20, feedbackUnsatisfied: 2, feedbackRecomplaints: 1, feedbackLate: 2, // 5.3 6 × 15/20 = 4.5
  dossiersEnded: 100, dossiersEndedLate: 5, dossiersWithComplaint: 5, dossiersEndedEarly: 70, // 5.4 min(6, 6 × 0.9 / 0.9) = 6
};

describe('scorecard', () => {
  it('group maxima 18 + 20 + (12 + 10) + 22 + 18 = 100, equal to the sums of their indicators', () => {
    expect(GROUPS.map((g) => [g.id, g.max])).toEqual([['1', 18], ['2', 20], ['3', 22], ['4', 22], ['5', 18]]);
    for (const g of GROUPS) expect(groupMaxFromIndicators(g.id)).toBe(g.max);
    expect(groupMaxFromIndicators('3a')).toBe(12);
    expect(groupMaxFromIndicators('3b')).toBe(10);
    expect(INDICATOR_IDS.reduce((a, id) => a + INDICATORS[id].max, 0)).toBe(100);
  });

  it('scores the fixture: groups 13.6, 18, 12.55 (7.5 + 5.05), 11, 15.9; total 71.05', () => {
    const s = scorecard(FIXTURE);
    const byId = Object.fromEntries(s.groups.map((g) => [g.id, g]));
    expect(byId['1']!.score).toBeCloseTo(13.6, 10);
    expect(byId['2']!.score).toBe(18);
    expect(byId['3']!.score).toBeCloseTo(12.55, 10);
    expect(byId['3']!.subgroups.map((x) => [x.id, x.max])).toEqual([['3a', 12], ['3b', 10]]);
    expect(byId['3']!.subgroups[0]!.score).toBeCloseTo(7.5, 10);
    expect(byId['3']!.subgroups[1]!.score).toBeCloseTo(5.05, 10);
    expect(byId['4']!.score).toBeCloseTo(11, 10);
    expect(byId['5']!.score).toBeCloseTo(15.9, 10);
    expect(s.total).toBeCloseTo(71.05, 10);
    expect(s.max).toBe(100);
    const i46 = byId['4']!.indicators.find((i) => i.id === '4.6')!;
    expect(i46).toMatchObject({ noData: true, score: 0 });
    expect(s.groups.flatMap((g) => g.indicators.map((i) => i.id))).toEqual([...INDICATOR_IDS]);
  });

  it('an empty scope has no data anywhere except the rules that give 0 or full marks', () => {
    const s = scorecard({});
    const flat = s.groups.flatMap((g) => g.indicators);
    expect(flat.every((i) => i.noData && i.score === 0 && i.reason)).toBe(true);
    expect(s.total).toBe(0);
  });

  it('3b agrees with the payments module display score on the same counts', () => {
    const pay = onlinePaymentCountsOf(FIXTURE);
    expect(pay).not.toBeNull();
    const sub = scorecard(FIXTURE).groups.find((g) => g.id === '3')!.subgroups.find((x) => x.id === '3b')!;
    expect(Math.round(sub.score * 100) / 100).toBe(onlinePaymentIndicators(pay!).displayScore);
    expect(onlinePaymentCountsOf({ feeDossiers: 1 })).toBeNull();
  });
});

describe('pooled aggregation (digest §2.3)', () => {
  it('pools numerators and denominators; differs from averaging the children', () => {
    const a: Counts766 = { dossiersHandledOnTime: 10, dossiersHandled: 10 }; // 20 points
    const b: Counts766 = { dossiersHandledOnTime: 45, dossiersHandled: 90 }; // 10 points
    const score = (c: Counts766) => scorecard(c).groups[1]!.indicators[0]!.score;
    expect(score(a)).toBe(20);
    expect(score(b)).toBe(10);
    const parent = poolCounts([a, b]);
    expect(parent).toEqual({ dossiersHandledOnTime: 55, dossiersHandled: 100 });
    expect(score(parent)).toBe(11); // 20 × 55 / 100, not (20 + 10) / 2 = 15
  });

  it('a field missing in one child is missing in the parent; no children → no data', () => {
    expect(poolCounts([{ dossiersReceived: 3, dossiersOnline: 1 }, { dossiersReceived: 4 }])).toEqual({ dossiersReceived: 7 });
    expect(poolCounts([])).toEqual({});
  });
});

describe('Counts766 contract', () => {
  it('documents every field with the indicators that use it', () => {
    for (const k of COUNT_KEYS) {
      expect(COUNT_FIELDS[k].definition.length).toBeGreaterThan(20);
      expect(COUNT_FIELDS[k].usedBy.length).toBeGreaterThan(0);
    }
  });

  it('the schema accepts the fixture and refuses negatives, fractions, unknown fields and numerator > denominator', () => {
    expect(Counts766Schema.parse(FIXTURE)).toEqual(FIXTURE);
    expect(Counts766Schema.safeParse({ dossiersReceived: -1 }).success).toBe(false);
    expect(Counts766Schema.safeParse({ dossiersReceived: 1.5 }).success).toBe(false);
    expect(Counts766Schema.safeParse({ processingTimeTotal: 1.5 }).success).toBe(true);
    expect(Counts766Schema.safeParse({ dossiersRecieved: 1 }).success).toBe(false);
    const r = Counts766Schema.safeParse({ dossiersOnline: 5, dossiersReceived: 4 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('không được lớn hơn');
  });
});

describe('ranking', () => {
  it('ranks by total, ties (as displayed) share a rank', () => {
    const ranked = rankByTotal([{ scope: 'A', total: 70 }, { scope: 'B', total: 80.001 }, { scope: 'C', total: 80 }, { scope: 'D', total: 60 }]);
    expect(ranked.map((r) => [r.item.scope, r.rank])).toEqual([['B', 1], ['C', 1], ['A', 3], ['D', 4]]);
  });
});
