/**
 * The fee schedule editor's form values and their conversion to and from the schedule the API takes.
 * The server validates (the one FeeSchedule schema); these only reshape: "all" item references and
 * "every channel" become empty selects, dates become dayjs values, nullable numbers stay empty.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type { FeeSchedule, FeeScheduleInput } from '../../../domain/payments';
import type { Channel } from '../../../domain/procedure';

export type ItemValues = {
  key: string;
  kind: 'phi' | 'le_phi' | 'phi_le_phi';
  label: string;
  basis: 'per_dossier' | 'per_copy' | 'per_unit';
  amount: number | null;
  unitName: string;
  tiers: { fromUnit: number | null; amount: number | null }[];
  maxPerCopy: number | null;
  channels: Channel[];
  asWritten: string;
};
export type ExemptionValues = { code: string; label: string; legalBasis: string; evidence: string; items: string[]; percent: number | null };
export type DiscountValues = { decision: string; effectiveFrom: Dayjs | null; effectiveTo: Dayjs | null; items: string[]; kind: 'percent' | 'fixed'; value: number | null };
export type ScheduleValues = {
  items: ItemValues[];
  exemptions: ExemptionValues[];
  onlineDiscounts: DiscountValues[];
  dueWorkingDays: number | null;
  pausesClock: 'rule' | 'yes' | 'no';
  refunds: FeeSchedule['refunds'];
};

const refsOf = (items: 'all' | string[]) => (items === 'all' ? [] : items);
const refsFrom = (items: string[]) => (items.length === 0 ? 'all' : items);
const day = (d: string | null) => (d ? dayjs(d) : null);
const iso = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : '');

export const emptyItem = (n: number): ItemValues => ({ key: `khoan-${n}`, kind: 'le_phi', label: '', basis: 'per_dossier', amount: null, unitName: '', tiers: [], maxPerCopy: null, channels: [], asWritten: '' });
export const emptyExemption = (n: number): ExemptionValues => ({ code: `dien-${n}`, label: '', legalBasis: '', evidence: '', items: [], percent: 100 });
export const emptyDiscount = (): DiscountValues => ({ decision: '', effectiveFrom: dayjs(), effectiveTo: null, items: [], kind: 'percent', value: null });

export function toValues(s: FeeSchedule): ScheduleValues {
  return {
    items: s.items.map((i) => ({ ...i, unitName: i.unitName ?? '', channels: i.channels ?? [], tiers: i.tiers.map((t) => ({ ...t })) })),
    exemptions: s.exemptions.map((e) => ({ ...e, items: refsOf(e.items) })),
    onlineDiscounts: s.onlineDiscounts.map((d) => ({ ...d, effectiveFrom: day(d.effectiveFrom), effectiveTo: day(d.effectiveTo), items: refsOf(d.items) })),
    dueWorkingDays: s.dueWorkingDays,
    pausesClock: s.pausesClock === null ? 'rule' : s.pausesClock ? 'yes' : 'no',
    refunds: { ...s.refunds },
  };
}

/** The schedule as the API takes it (not validated here: the server answers with field problems). */
export function toSchedule(v: ScheduleValues): FeeScheduleInput {
  return {
    items: (v.items ?? []).map((i) => ({
      key: i.key?.trim() ?? '',
      kind: i.kind,
      label: i.label ?? '',
      basis: i.basis,
      amount: i.amount as number,
      unitName: i.unitName?.trim() ? i.unitName.trim() : null,
      tiers: i.basis === 'per_unit' ? (i.tiers ?? []).map((t) => ({ fromUnit: t.fromUnit as number, amount: t.amount as number })) : [],
      maxPerCopy: i.basis === 'per_unit' ? i.maxPerCopy : null,
      channels: i.channels?.length ? i.channels : null,
      asWritten: i.asWritten ?? '',
    })),
    exemptions: (v.exemptions ?? []).map((e) => ({ ...e, code: e.code?.trim() ?? '', items: refsFrom(e.items ?? []), percent: e.percent as number })),
    onlineDiscounts: (v.onlineDiscounts ?? []).map((d) => ({ decision: d.decision ?? '', effectiveFrom: iso(d.effectiveFrom), effectiveTo: d.effectiveTo ? iso(d.effectiveTo) : null, items: refsFrom(d.items ?? []), kind: d.kind, value: d.value as number })),
    dueWorkingDays: v.dueWorkingDays as number,
    pausesClock: v.pausesClock === 'rule' ? null : v.pausesClock === 'yes',
    refunds: v.refunds,
  };
}

export type FieldPath = (string | number)[];

/**
 * The form field a server problem names ("schedule.items.0.amount" → ["items", 0, "amount"]); a
 * problem about one entry of an item list ("exemptions.0.items.1") goes to the list's select.
 */
export function fieldPathOf(name: string): FieldPath {
  const path: FieldPath = name
    .replace(/^schedule\.?/, '')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const refs = path.findIndex((p, i) => p === 'items' && i > 0 && (path[0] === 'exemptions' || path[0] === 'onlineDiscounts'));
  return refs > 0 ? path.slice(0, refs + 1) : path;
}

const ITEM_FIELDS = ['key', 'kind', 'label', 'basis', 'amount', 'unitName', 'maxPerCopy', 'channels'];
const EXEMPTION_FIELDS = ['code', 'label', 'legalBasis', 'evidence', 'items', 'percent'];
const DISCOUNT_FIELDS = ['decision', 'effectiveFrom', 'effectiveTo', 'items', 'kind', 'value'];

/** Whether the editor shows a field at this path (otherwise the problem is listed above the form). */
export function isFormField(path: FieldPath, v: ScheduleValues): boolean {
  const [list, i, field, j, sub] = path;
  if (path.length === 1) return list === 'dueWorkingDays' || list === 'pausesClock';
  if (list === 'refunds') return path.length === 2;
  if (typeof i !== 'number') return false;
  if (list === 'items' && i < (v.items?.length ?? 0)) {
    if (field === 'tiers') return typeof j === 'number' && (sub === 'fromUnit' || sub === 'amount') && j < (v.items[i]!.tiers?.length ?? 0);
    return path.length === 3 && ITEM_FIELDS.includes(String(field));
  }
  if (list === 'exemptions' && i < (v.exemptions?.length ?? 0)) return path.length === 3 && EXEMPTION_FIELDS.includes(String(field));
  if (list === 'onlineDiscounts' && i < (v.onlineDiscounts?.length ?? 0)) return path.length === 3 && DISCOUNT_FIELDS.includes(String(field));
  return false;
}
