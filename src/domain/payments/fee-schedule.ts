/**
 * A procedure's fee schedule (biểu phí, lệ phí) as validated data (STYLE.md 4): items in integer
 * đồng (per dossier, per copy, or per unit with tiers and a cap per copy), exemptions that need
 * evidence, online-submission discounts set by a decision with effective dates, the days the
 * applicant has to pay, whether waiting pauses the legal clock, and when a paid fee is refunded.
 * One engine (obligation.ts) computes every obligation from it.
 */
import { z } from 'zod';
import { isValidLocalDate } from '../calendar';
import { CHANNELS } from '../procedure/interchange';

/** Integer đồng; 10^12 đồng is far above any administrative fee. */
const money = z.number().int('Số tiền phải là số nguyên (đồng)').nonnegative('Số tiền không được âm').max(1_000_000_000_000);
const key = z.string().regex(/^[a-z0-9_-]{1,40}$/, 'Mã khoản thu chỉ gồm chữ thường không dấu, số, "-" và "_"');
const text = (max: number) => z.string().trim().min(1, 'Không được để trống').max(max);
const LocalDate = z.string().refine(isValidLocalDate, { message: 'Ngày phải có dạng YYYY-MM-DD' });
const itemsRef = z.union([z.literal('all'), z.array(key).min(1)]);

/** Phí (a charge for a service), lệ phí (a state fee), or both when the catalogue does not say which. */
export const FEE_KINDS = ['phi', 'le_phi', 'phi_le_phi'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];
export const FEE_KIND_VI: Record<FeeKind, string> = { phi: 'Phí', le_phi: 'Lệ phí', phi_le_phi: 'Phí, lệ phí' };

/** Per dossier (trường hợp, giao dịch), per copy (bản), or per unit within a copy (trang). */
export const FEE_BASES = ['per_dossier', 'per_copy', 'per_unit'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

export const FeeTier = z.object({
  /** From this unit of a copy on (1-based, > 1), each unit costs `amount`. */
  fromUnit: z.number().int().min(2),
  amount: money,
});

export const FeeItem = z.object({
  key,
  kind: z.enum(FEE_KINDS),
  label: text(300),
  basis: z.enum(FEE_BASES),
  /** Per dossier, per copy, or per unit of the first tier. */
  amount: money,
  /** "trang", "bản", "trường hợp" … as printed on the receipt. */
  unitName: z.string().trim().max(40).nullable().default(null),
  tiers: z.array(FeeTier).max(10).default([]),
  /** per_unit: at most this much per copy ("tối đa thu không quá 200.000 đồng/bản"). */
  maxPerCopy: money.nullable().default(null),
  /** Channels the item applies to; null: every channel. */
  channels: z.array(z.enum(CHANNELS)).min(1).nullable().default(null),
  /** The catalogue text it came from, kept for the officer. */
  asWritten: z.string().max(2000).default(''),
});
export type FeeItem = z.infer<typeof FeeItem>;

export const Exemption = z.object({
  code: key,
  label: text(300),
  /** The legal text that grants it, e.g. "Điều 4 Thông tư 267/2016/TT-BTC". */
  legalBasis: text(300),
  /** What the applicant must show (giấy tờ chứng minh), recorded with the exemption. */
  evidence: text(500),
  items: itemsRef,
  /** 100 = miễn (exempt); less = giảm (reduced) by this percentage. */
  percent: z.number().int().min(1).max(100),
});
export type Exemption = z.infer<typeof Exemption>;

export const OnlineDiscount = z.object({
  /** The decision or circular that sets it. */
  decision: text(300),
  effectiveFrom: LocalDate,
  /** Last day in force (inclusive), or null while in force. */
  effectiveTo: LocalDate.nullable(),
  items: itemsRef,
  kind: z.enum(['percent', 'fixed']),
  /** Percent (1–100) or đồng off each matching item. */
  value: z.number().int().positive(),
});
export type OnlineDiscount = z.infer<typeof OnlineDiscount>;

export const RefundPolicy = z.object({
  onRefusal: z.boolean().default(true),
  onWithdrawal: z.boolean().default(true),
  onStop: z.boolean().default(true),
  onRejection: z.boolean().default(false),
});
export type RefundPolicy = z.infer<typeof RefundPolicy>;

export const FeeSchedule = z
  .object({
    items: z.array(FeeItem).max(50),
    exemptions: z.array(Exemption).max(50).default([]),
    onlineDiscounts: z.array(OnlineDiscount).max(20).default([]),
    /** Working days the applicant has to pay from when the obligation is set. */
    dueWorkingDays: z.number().int().min(1).max(90).default(5),
    /** Specialised law makes waiting for this obligation pause the legal clock; null: the rule set decides. */
    pausesClock: z.boolean().nullable().default(null),
    refunds: RefundPolicy.default({ onRefusal: true, onWithdrawal: true, onStop: true, onRejection: false }),
  })
  .superRefine((s, ctx) => {
    const keys = new Set<string>();
    s.items.forEach((it, i) => {
      if (keys.has(it.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: `Mã khoản thu "${it.key}" bị lặp` });
      keys.add(it.key);
      if (it.basis !== 'per_unit' && (it.tiers.length > 0 || it.maxPerCopy !== null)) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'tiers'], message: 'Bậc thu và mức tối đa mỗi bản chỉ dùng cho khoản thu theo đơn vị (trang)' });
      }
      it.tiers.forEach((t, j) => {
        if (j > 0 && t.fromUnit <= it.tiers[j - 1]!.fromUnit) ctx.addIssue({ code: 'custom', path: ['items', i, 'tiers', j, 'fromUnit'], message: 'Các bậc phải tăng dần' });
      });
    });
    const refs = (items: 'all' | string[], path: (string | number)[]) => {
      if (items === 'all') return;
      items.forEach((k, j) => keys.has(k) || ctx.addIssue({ code: 'custom', path: [...path, j], message: `Không có khoản thu "${k}"` }));
    };
    const codes = new Set<string>();
    s.exemptions.forEach((e, i) => {
      if (codes.has(e.code)) ctx.addIssue({ code: 'custom', path: ['exemptions', i, 'code'], message: `Mã miễn, giảm "${e.code}" bị lặp` });
      codes.add(e.code);
      refs(e.items, ['exemptions', i, 'items']);
    });
    s.onlineDiscounts.forEach((d, i) => {
      refs(d.items, ['onlineDiscounts', i, 'items']);
      if (d.effectiveTo !== null && d.effectiveTo < d.effectiveFrom) ctx.addIssue({ code: 'custom', path: ['onlineDiscounts', i, 'effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' });
      if (d.kind === 'percent' && d.value > 100) ctx.addIssue({ code: 'custom', path: ['onlineDiscounts', i, 'value'], message: 'Tỷ lệ giảm không quá 100%' });
    });
  });
export type FeeSchedule = z.infer<typeof FeeSchedule>;
export type FeeScheduleInput = z.input<typeof FeeSchedule>;

export const appliesTo = (items: 'all' | readonly string[], key: string) => items === 'all' || items.includes(key);
