import { describe, expect, it } from 'vitest';
import { agencyBand, averageTenths, averagesOf, officialBand, scoreAgency, scoreOfficial, type DossierPoints } from '../../../src/domain/evaluation';

describe('averages rounded to 1 decimal (TT 01/2018 art. 14)', () => {
  it('averages only the dossiers with data and rounds half up', () => {
    expect(averageTenths([2, 1, 1, 1])).toBe(13); // 1.25 → 1.3
    expect(averageTenths([2, 2, 1])).toBe(17); // 1.666… → 1.7
    expect(averageTenths([1, 0, 0])).toBe(3); // 0.333… → 0.3
    expect(averageTenths([2, null, 1, undefined])).toBe(15);
    expect(averageTenths([0, 0])).toBe(0);
    expect(averageTenths([null, null])).toBeNull();
    expect(averageTenths([])).toBeNull();
  });

  it('scores an official from four dossiers computed by hand', () => {
    const rows: DossierPoints[] = [
      { 1: 2, 2: 1, 3: 2, 4: 2, 7: 1 },
      { 1: 1, 2: 2, 3: 1, 4: 2, 7: 2 },
      { 1: 0, 2: 0, 3: null, 4: null, 7: null }, // not rated
      { 1: 2, 2: null, 3: 0, 4: 1, 7: 0 }, // a substantiated complaint, no step of theirs measured
    ];
    // 1: 5/4 = 1.25 → 1.3; 2: 3/3 = 1.0; 3: 3/3 = 1.0; 4: 5/3 = 1.67 → 1.7; 7: 3/3 = 1.0; total 6.0.
    const s = scoreOfficial(Object.fromEntries(Object.entries(averagesOf(rows, [1, 2, 3, 4, 7])).map(([k, v]) => [k, v === null || v === undefined ? null : v / 10])));
    expect(s.indicators).toEqual({ 1: 1.3, 2: 1, 3: 1, 4: 1.7, 7: 1 });
    expect(s).toMatchObject({ total: 6, max: 10, fullMax: 10, converted: 6, band: 'full' });
  });
});

describe('official bands: ≥ 5 / 3.5 to < 5 / < 3.5 (maximum 10)', () => {
  it('takes the edges exactly, with >=', () => {
    expect(scoreOfficial({ 1: 2, 2: 1, 3: 1, 4: 0.5, 7: 0.5 })).toMatchObject({ total: 5, converted: 5, band: 'full' });
    expect(scoreOfficial({ 1: 2, 2: 1, 3: 1, 4: 0.5, 7: 0.4 })).toMatchObject({ total: 4.9, band: 'partial' });
    expect(scoreOfficial({ 1: 1, 2: 1, 3: 0.5, 4: 0.5, 7: 0.5 })).toMatchObject({ total: 3.5, band: 'partial' });
    expect(scoreOfficial({ 1: 1, 2: 1, 3: 0.5, 4: 0.5, 7: 0.4 })).toMatchObject({ total: 3.4, band: 'low' });
    expect([officialBand(5), officialBand(4.9), officialBand(3.5), officialBand(3.4), officialBand(0)]).toEqual(['full', 'partial', 'partial', 'low', 'low']);
  });

  it('is not fooled by floating point: 0 + 0.3 + 1.9 + 2 + 0.8 is exactly 5.0', () => {
    expect(0 + 0.3 + 1.9 + 2 + 0.8 < 5).toBe(true); // what a naive sum would get wrong
    expect(scoreOfficial({ 1: 0, 2: 0.3, 3: 1.9, 4: 2, 7: 0.8 })).toMatchObject({ total: 5, band: 'full' });
  });

  it('ignores indicators 5, 6, 8, 9 for an official', () => {
    expect(scoreOfficial({ 1: 2, 2: 2, 3: 2, 4: 2, 7: 2, 5: 2, 9: 2 })).toMatchObject({ total: 10, max: 10 });
  });
});

describe('agency bands: ≥ 15 excellent, ≥ 12 good, ≥ 9 fair, ≥ 6 average, below weak (maximum 18)', () => {
  const all = (v: number[]) => Object.fromEntries(v.map((x, i) => [i + 1, x]));

  it('takes every edge exactly', () => {
    expect(scoreAgency(all([2, 2, 2, 2, 2, 2, 1, 1, 1]))).toMatchObject({ total: 15, max: 18, converted: 15, band: 'excellent' });
    expect(scoreAgency(all([2, 2, 2, 2, 2, 2, 1, 1, 0.9]))).toMatchObject({ total: 14.9, band: 'good' });
    expect(scoreAgency(all([2, 2, 2, 2, 1, 1, 1, 1, 0]))).toMatchObject({ total: 12, band: 'good' });
    expect(scoreAgency(all([2, 2, 2, 2, 1, 1, 1, 0.9, 0]))).toMatchObject({ total: 11.9, band: 'fair' });
    expect(scoreAgency(all([1, 1, 1, 1, 1, 1, 1, 1, 1]))).toMatchObject({ total: 9, band: 'fair' });
    expect(scoreAgency(all([1, 1, 1, 1, 1, 1, 0, 0, 0]))).toMatchObject({ total: 6, band: 'average' });
    expect(scoreAgency(all([1, 1, 1, 1, 1, 0.9, 0, 0, 0]))).toMatchObject({ total: 5.9, band: 'weak' });
    expect([15, 14.9, 12, 11.9, 9, 8.9, 6, 5.9, 0].map(agencyBand)).toEqual(['excellent', 'good', 'good', 'fair', 'fair', 'average', 'average', 'weak', 'weak']);
  });

  it('is not fooled by floating point: eight times 1.7 plus 1.4 is exactly 15.0', () => {
    const naive = [1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.4].reduce((a, b) => a + b, 0);
    expect(naive === 15).toBe(false);
    expect(scoreAgency(all([1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7, 1.4]))).toMatchObject({ total: 15, band: 'excellent' });
  });
});

describe('an indicator without data is excluded', () => {
  it('from the total and the maximum; the band reads the score on the full scale', () => {
    // 2 + 1.5 of 4 → 3.5 × 10 / 4 = 8.75 → 8.8 (half up): completed.
    expect(scoreOfficial({ 1: 2, 2: 1.5, 3: null, 7: undefined })).toMatchObject({ indicators: { 1: 2, 2: 1.5, 3: null, 4: null, 7: null }, total: 3.5, max: 4, converted: 8.8, band: 'full' });
    // No rating (3, 4, 7): 2 + 1 + 1 + 2 + 2 + 0 = 8 of 12 → 8 × 18 / 12 = 12.0: good, exactly at the edge.
    expect(scoreAgency({ 1: 2, 2: 1, 5: 1, 6: 2, 8: 2, 9: 0 })).toMatchObject({ total: 8, max: 12, fullMax: 18, converted: 12, band: 'good' });
    // 7 of 12 → 10.5: fair.
    expect(scoreAgency({ 1: 2, 2: 1, 5: 1, 6: 1, 8: 2, 9: 0 })).toMatchObject({ total: 7, converted: 10.5, band: 'fair' });
  });

  it('no data at all gives no score and no band (not "weak")', () => {
    expect(scoreOfficial({})).toMatchObject({ total: null, max: 0, converted: null, band: null });
    expect(scoreAgency({ 1: null, 5: null })).toMatchObject({ total: null, band: null });
  });

  it('an agency without any resolved dossier is not graded on 5, 6, 8, 9 alone', () => {
    // 8 alone would convert 2 of 2 into 18 of 18, "excellent" for doing nothing.
    expect(scoreAgency({ 5: 1, 8: 2 })).toMatchObject({ indicators: { 1: null, 5: 1, 8: 2 }, total: null, converted: null, band: null });
    expect(scoreAgency({ 7: 1, 8: 2 })).toMatchObject({ total: 3, max: 4, converted: 13.5, band: 'good' });
  });

  it('refuses an average outside 0–2', () => {
    expect(() => scoreOfficial({ 1: 2.1 })).toThrow(RangeError);
    expect(() => scoreAgency({ 9: -0.1 })).toThrow(RangeError);
  });
});
