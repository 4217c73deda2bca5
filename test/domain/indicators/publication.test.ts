/**
 * Per-procedure tests of indicators 1.1 and 1.2 (digest §2.2 group 1) in working days, across the
 * 2025 30/4–1/5 holidays (2/5 swapped for the make-up Saturday 26/4).
 */
import { describe, expect, it } from 'vitest';
import { createStandardCalendar } from '../../../src/domain/calendar';
import { publicationDeadline, publicationOnTime, updateDeadline, updateStatus } from '../../../src/domain/indicators';

const cal = createStandardCalendar(2024, 2026);

describe('1.1 publication decision ≥ 20 (ministry) / 5 (province) working days before the effective date', () => {
  it('counts working days back, skipping holidays and counting the make-up Saturday', () => {
    // Before Mon 5/5/2025: 2/5, 1/5, 30/4 are off; 29/4, 28/4, Sat 26/4 (make-up), 25/4, 24/4.
    expect(publicationDeadline(cal, '2025-05-05', 'province')).toBe('2025-04-24');
    expect(publicationDeadline(cal, '2025-03-17', 'province')).toBe('2025-03-10');
    expect(publicationDeadline(cal, '2025-03-17', 'ministry')).toBe('2025-02-17');
  });

  it('on the deadline is on time, the next day is late', () => {
    expect(publicationOnTime(cal, { decisionDate: '2025-03-10', effectiveDate: '2025-03-17', level: 'province' })).toBe(true);
    expect(publicationOnTime(cal, { decisionDate: '2025-03-11', effectiveDate: '2025-03-17', level: 'province' })).toBe(false);
    expect(publicationOnTime(cal, { decisionDate: '2025-02-18', effectiveDate: '2025-03-17', level: 'ministry' })).toBe(false);
  });
});

describe('1.2 published on the national database within 10 (ministry) / 5 (province) working days', () => {
  it('deadline and status at a period end', () => {
    // After Fri 25/4/2025: Sat 26/4 (make-up), 28/4, 29/4, then 5/5, 6/5.
    expect(updateDeadline(cal, '2025-04-25', 'province')).toBe('2025-05-06');
    expect(updateDeadline(cal, '2025-04-25', 'ministry')).toBe('2025-05-13');
    const p = { decisionDate: '2025-04-25', level: 'province' as const };
    expect(updateStatus(cal, { ...p, publishedDate: '2025-05-06' }, '2025-06-30')).toBe('on_time');
    expect(updateStatus(cal, { ...p, publishedDate: '2025-05-07' }, '2025-06-30')).toBe('late');
    expect(updateStatus(cal, { ...p, publishedDate: null }, '2025-06-30')).toBe('late');
    expect(updateStatus(cal, { ...p, publishedDate: null }, '2025-05-06')).toBe('not_due');
    // Published after the period end: judged as unpublished at that end.
    expect(updateStatus(cal, { ...p, publishedDate: '2025-05-06' }, '2025-04-30')).toBe('not_due');
  });
});
