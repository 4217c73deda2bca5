import { describe, expect, it } from 'vitest';
import { FeeSchedule } from '../../src/domain/payments';
import { fieldPathOf, isFormField, toSchedule, toValues } from '../../src/web/features/payments/fee-schedule-form';

/** Every field kind the editor handles: tiers and a cap, channels, item references, open and closed discounts. */
const schedule = FeeSchedule.parse({
  items: [
    { key: 'sao-y', kind: 'phi', label: 'Phí chứng thực bản sao', basis: 'per_unit', amount: 2_000, unitName: 'trang', tiers: [{ fromUnit: 3, amount: 1_000 }], maxPerCopy: 200_000, asWritten: '2.000 đồng/trang' },
    { key: 'le-phi', kind: 'le_phi', label: 'Lệ phí', basis: 'per_dossier', amount: 50_000, channels: ['direct', 'online'] },
  ],
  exemptions: [{ code: 'ho-ngheo', label: 'Hộ nghèo', legalBasis: 'Nghị quyết HĐND', evidence: 'Giấy chứng nhận hộ nghèo', items: ['le-phi'], percent: 100 }],
  onlineDiscounts: [
    { decision: 'QĐ 1', effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31', items: 'all', kind: 'percent', value: 50 },
    { decision: 'QĐ 2', effectiveFrom: '2027-01-01', effectiveTo: null, items: ['sao-y'], kind: 'fixed', value: 1_000 },
  ],
  dueWorkingDays: 3,
  pausesClock: true,
  refunds: { onRefusal: true, onWithdrawal: false, onStop: true, onRejection: false },
});

describe('fee schedule editor values', () => {
  it('give back the same schedule', () => {
    expect(FeeSchedule.parse(toSchedule(toValues(schedule)))).toEqual(schedule);
    const rule = FeeSchedule.parse({ ...schedule, pausesClock: null });
    expect(toValues(rule).pausesClock).toBe('rule');
    expect(FeeSchedule.parse(toSchedule(toValues(rule))).pausesClock).toBeNull();
  });

  it('send "every item" and "every channel" for empty selects, and drop tiers when the basis is not per unit', () => {
    const v = toValues(schedule);
    expect(v.onlineDiscounts[0]!.items).toEqual([]);
    v.items[0]!.basis = 'per_copy';
    const out = toSchedule(v);
    expect(out.items[0]).toMatchObject({ basis: 'per_copy', tiers: [], maxPerCopy: null });
    expect(out.items[0]!.channels).toBeNull();
    expect(out.onlineDiscounts![0]!.items).toBe('all');
  });

  it('place server problems on the fields that show them', () => {
    const v = toValues(schedule);
    expect(fieldPathOf('schedule.items.0.amount')).toEqual(['items', 0, 'amount']);
    expect(fieldPathOf('schedule.exemptions.0.items.1')).toEqual(['exemptions', 0, 'items']);
    expect(fieldPathOf('schedule.items.0.tiers.0.fromUnit')).toEqual(['items', 0, 'tiers', 0, 'fromUnit']);
    expect(isFormField(['items', 0, 'amount'], v)).toBe(true);
    expect(isFormField(['items', 0, 'tiers', 0, 'fromUnit'], v)).toBe(true);
    expect(isFormField(['items', 0, 'tiers'], v)).toBe(false);
    expect(isFormField(['items', 5, 'amount'], v)).toBe(false);
    expect(isFormField(['onlineDiscounts', 1, 'effectiveTo'], v)).toBe(true);
    expect(isFormField(['refunds', 'onStop'], v)).toBe(true);
    expect(isFormField([], v)).toBe(false);
  });
});
