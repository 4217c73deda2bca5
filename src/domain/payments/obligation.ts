/**
 * The amount an applicant owes, computed from a fee schedule for one dossier: the items of its
 * channel, quantities (copies, pages), an exemption the officer recorded with its evidence, and the
 * online discount in force on the date. Integer đồng throughout; percentages round half up per line.
 */
import type { LocalDate } from '../calendar';
import type { Channel } from '../procedure/interchange';
import { appliesTo, FEE_KIND_VI, type FeeItem, type FeeKind, type FeeSchedule, type OnlineDiscount } from './fee-schedule';

/** Quantities of one item: copies (bản), and units per copy (trang) for per-unit items. */
export type Quantity = { copies: number; units?: number | undefined };

export type ObligationLine = {
  key: string;
  kind: FeeKind;
  label: string;
  /** e.g. "2 bản × 5 trang". */
  quantity: string;
  gross: number;
  discount: number;
  exempt: number;
  amount: number;
};

export type AppliedExemption = { code: string; label: string; legalBasis: string; percent: number; evidence: string };

export type ObligationComputation = {
  lines: ObligationLine[];
  total: number;
  gross: number;
  discounts: { decision: string; amount: number }[];
  exemption: AppliedExemption | null;
};

export class ObligationError extends Error {
  readonly code = 'OBLIGATION_INVALID' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ObligationError';
  }
}

/** percent of an amount in đồng, half up. */
export const percentOf = (amount: number, percent: number) => Math.floor((amount * percent + 50) / 100);

/** Price of one copy of a per-unit item with `units` units: tiers, then the cap. */
function perCopy(item: FeeItem, units: number): number {
  let sum = 0;
  for (let u = 1; u <= units; u++) {
    const tier = [...item.tiers].reverse().find((t) => u >= t.fromUnit);
    sum += tier ? tier.amount : item.amount;
  }
  return item.maxPerCopy !== null ? Math.min(sum, item.maxPerCopy) : sum;
}

function grossOf(item: FeeItem, q: Quantity): { gross: number; quantity: string } {
  const copies = q.copies;
  if (!Number.isInteger(copies) || copies < 1 || copies > 10_000) throw new ObligationError(`quantities.${item.key}.copies`, `Số bản của "${item.label}" phải là số nguyên từ 1`);
  switch (item.basis) {
    case 'per_dossier':
      return { gross: item.amount * copies, quantity: copies === 1 ? `1 ${item.unitName ?? 'trường hợp'}` : `${copies} ${item.unitName ?? 'trường hợp'}` };
    case 'per_copy':
      return { gross: item.amount * copies, quantity: `${copies} bản` };
    case 'per_unit': {
      const units = q.units ?? 1;
      if (!Number.isInteger(units) || units < 1 || units > 100_000) throw new ObligationError(`quantities.${item.key}.units`, `Số ${item.unitName ?? 'đơn vị'} của "${item.label}" phải là số nguyên từ 1`);
      return { gross: perCopy(item, units) * copies, quantity: `${copies} bản × ${units} ${item.unitName ?? 'đơn vị'}` };
    }
  }
}

const inForce = (d: OnlineDiscount, date: LocalDate) => d.effectiveFrom <= date && (d.effectiveTo === null || date <= d.effectiveTo);

/** The online discounts in force on a date (channel online only). */
export function discountsInForce(schedule: FeeSchedule, channel: Channel, date: LocalDate): OnlineDiscount[] {
  return channel === 'online' ? schedule.onlineDiscounts.filter((d) => inForce(d, date)) : [];
}

/**
 * What the dossier owes. `exemption` names one of the schedule's exemptions and the evidence the
 * applicant showed; an exemption without evidence is refused.
 */
export function computeObligation(
  schedule: FeeSchedule,
  input: { channel: Channel; date: LocalDate; quantities?: Record<string, Quantity> | undefined; exemption?: { code: string; evidence: string } | null | undefined },
): ObligationComputation {
  const ex = input.exemption ? schedule.exemptions.find((e) => e.code === input.exemption!.code) : undefined;
  if (input.exemption && !ex) throw new ObligationError('exemption.code', `Không có diện miễn, giảm "${input.exemption.code}" trong biểu phí`);
  if (ex && !input.exemption!.evidence.trim()) throw new ObligationError('exemption.evidence', `Cần ghi giấy tờ chứng minh: ${ex.evidence}`);
  const discounts = discountsInForce(schedule, input.channel, input.date);
  const applied = new Map<string, number>();
  const lines: ObligationLine[] = [];
  for (const item of schedule.items) {
    if (item.channels && !item.channels.includes(input.channel)) continue;
    const { gross, quantity } = grossOf(item, input.quantities?.[item.key] ?? { copies: 1 });
    let discount = 0;
    for (const d of discounts) {
      if (!appliesTo(d.items, item.key)) continue;
      const off = Math.min(gross - discount, d.kind === 'percent' ? percentOf(gross, d.value) : d.value);
      discount += off;
      applied.set(d.decision, (applied.get(d.decision) ?? 0) + off);
    }
    const exempt = ex && appliesTo(ex.items, item.key) ? percentOf(gross - discount, ex.percent) : 0;
    lines.push({ key: item.key, kind: item.kind, label: item.label || FEE_KIND_VI[item.kind], quantity, gross, discount, exempt, amount: gross - discount - exempt });
  }
  const sum = (f: (l: ObligationLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    lines,
    total: sum((l) => l.amount),
    gross: sum((l) => l.gross),
    discounts: [...applied].map(([decision, amount]) => ({ decision, amount })),
    exemption: ex ? { code: ex.code, label: ex.label, legalBasis: ex.legalBasis, percent: ex.percent, evidence: input.exemption!.evidence.trim() } : null,
  };
}

/** The single line of an obligation the officer set by hand (request_payment {amount, items}). */
export function officerObligation(amount: number, items: string): ObligationComputation {
  if (!Number.isInteger(amount) || amount <= 0) throw new ObligationError('amount', 'Số tiền phải là số nguyên dương (đồng)');
  const line: ObligationLine = { key: 'nghia-vu', kind: 'phi_le_phi', label: items.trim(), quantity: '1 lần', gross: amount, discount: 0, exempt: 0, amount };
  return { lines: [line], total: amount, gross: amount, discounts: [], exemption: null };
}
