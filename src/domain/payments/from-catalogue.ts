/**
 * The default fee schedule of a procedure, read from the catalogue's channel fees when no schedule
 * was configured: one item per distinct amount, its basis read from the text ("đồng/trang" per unit
 * with the "từ trang thứ 3 trở lên" tier and the cap per copy, "đồng/bản" per copy, otherwise per
 * dossier). Amounts the catalogue does not state for certain (null) give no item: the officer sets
 * them (request_payment) or an administrator configures the schedule.
 */
import { dongAmountsIn } from '../procedure/parse-fee';
import type { Channel, ProcedureRecord } from '../procedure/interchange';
import { parseGroupedInteger } from '../procedure/parse-text';
import { FeeSchedule, type FeeBasis, type FeeItem, type FeeKind } from './fee-schedule';

function kindOf(label: string): FeeKind {
  const l = label.toLowerCase();
  if (l === 'lệ phí') return 'le_phi';
  if (l === 'phí') return 'phi';
  return 'phi_le_phi';
}

/** Basis and unit from texts like "2.000 đồng/trang", "(/giao dịch)", "400.000đ/trường hợp". */
function basisOf(text: string): { basis: FeeBasis; unitName: string | null } {
  const unit = /(?:đồng|đ|VNĐ|Đồng)\s*\)?\s*\(?\s*\/\s*([\p{L} ]{2,20}?)(?=[).;,]|$|\s(?:từ|tối|\())/iu.exec(text)?.[1]?.trim().toLowerCase() ?? null;
  if (unit === 'trang') return { basis: 'per_unit', unitName: 'trang' };
  if (unit === 'bản' || unit === 'bản sao') return { basis: 'per_copy', unitName: 'bản' };
  return { basis: 'per_dossier', unitName: unit };
}

/** "từ trang thứ 3 trở lên thu 1.000 đồng/trang" and "tối đa thu không quá 200.000 đồng/bản". */
function unitRules(text: string): Pick<FeeItem, 'tiers' | 'maxPerCopy'> {
  const tiers = [...text.matchAll(/từ trang thứ (\d+) trở lên(?: thu)? ([\d.,]+)\s*(?:đồng|đ)/giu)]
    .map((m) => ({ fromUnit: Number(m[1]), amount: parseGroupedInteger(m[2]!) }))
    .filter((t): t is { fromUnit: number; amount: number } => t.amount !== null && t.fromUnit >= 2)
    .sort((a, b) => a.fromUnit - b.fromUnit);
  const cap = /tối đa(?: thu)?(?: không quá)? ([\d.,]+)\s*(?:đồng|đ)\s*\/\s*bản/iu.exec(text);
  const max = cap ? parseGroupedInteger(cap[1]!) : null;
  return { tiers, maxPerCopy: max !== null && max > 0 ? max : null };
}

/** The schedule the catalogue implies (items only; no exemptions or discounts, which need a decision). */
export function scheduleFromCatalogue(record: Pick<ProcedureRecord, 'channels'>): FeeSchedule {
  type Draft = { item: Omit<FeeItem, 'key' | 'channels'>; channels: Channel[] };
  const drafts: Draft[] = [];
  for (const c of record.channels) {
    for (const fee of c.fees) {
      if (fee.amount === null || fee.amount <= 0) continue;
      const { basis, unitName } = basisOf(fee.asWritten);
      const rules = basis === 'per_unit' ? unitRules(fee.asWritten) : { tiers: [], maxPerCopy: null };
      // The note may state the real amount when the cell's own number is mangled ("700 VNĐ(…700.000 đồng/cơ sở)").
      const amount = fee.amount;
      const same = drafts.find((d) => d.item.amount === amount && d.item.basis === basis && d.item.unitName === unitName);
      if (same) {
        if (!same.channels.includes(c.channel)) same.channels.push(c.channel);
        if (same.item.kind === 'phi_le_phi') same.item.kind = kindOf(fee.label);
        continue;
      }
      drafts.push({ item: { kind: kindOf(fee.label), label: fee.label, basis, amount, unitName, ...rules, asWritten: fee.asWritten }, channels: [c.channel] });
    }
  }
  const all = record.channels.map((c) => c.channel);
  const items = drafts.map((d, i) => ({
    ...d.item,
    key: `khoan-${i + 1}`,
    label: d.item.label === 'Phí, lệ phí' ? labelFromKind(d.item.kind) : d.item.label,
    channels: all.every((ch) => d.channels.includes(ch)) ? null : d.channels,
  }));
  return FeeSchedule.parse({ items });
}

const labelFromKind = (k: FeeKind) => (k === 'phi' ? 'Phí' : k === 'le_phi' ? 'Lệ phí' : 'Phí, lệ phí');

/** Whether the catalogue names any fee of a certain, non-zero amount (766 indicator 3.5's "fee data"). */
export function hasCatalogueFee(record: Pick<ProcedureRecord, 'channels'>): boolean {
  return record.channels.some((c) => c.fees.some((f) => (f.amount ?? 0) > 0 || (f.amount === null && dongAmountsIn(f.asWritten).some((n) => n > 0))));
}
