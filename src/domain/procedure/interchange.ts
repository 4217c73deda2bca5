/**
 * The procedure catalogue interchange format (docs/catalogue-format.md): one JSON object per
 * administrative procedure (thủ tục hành chính), as an agency exports or imports it. Unknown
 * fields are stripped; missing or malformed required fields are reported with Vietnamese messages.
 */
import { z } from 'zod';
import { AGENCY_LEVELS } from '../agency';
import { DUE_UNITS } from '../calendar';
import { FormField, formFieldProblems } from './form-fields';
import { problemsFromIssues, type Problem } from './problems';
import { ONLINE_LEVELS } from './levels';
import { REUSABLE_KINDS } from './reuse';

/** National TTHC database code, e.g. `1.001193`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

/** Submission channels (hình thức nộp): Trực tiếp, Trực tuyến, Dịch vụ bưu chính. */
export const CHANNELS = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

// Online levels live in levels.ts (no zod there), so the portal's search stays light (issue 7, portal speed).
export { ONLINE_LEVELS, type OnlineLevel } from './levels';

export const PROCEDURE_LEVELS = AGENCY_LEVELS;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];

const text = z.string();
const nonEmpty = z.string().trim().min(1);
/** Integer đồng (money) or integer count of units; null when the source does not say it for certain. */
const amount = z.number().int().nonnegative().nullable();

export const ProcessingTime = z.object({
  amount,
  /** Same units as the calendar's computeDue; null when the written unit was lost or unclear. */
  unit: z.enum(DUE_UNITS).nullable(),
  /** The time exactly as published, e.g. "5 Ngày làm việc". Always kept. */
  asWritten: text,
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const Fee = z.object({
  label: nonEmpty,
  /** Integer đồng; null for foreign currencies or amounts not stated for certain. */
  amount,
  asWritten: text,
});
export type Fee = z.infer<typeof Fee>;

export const ChannelInfo = z.object({
  channel: z.enum(CHANNELS),
  processingTime: ProcessingTime,
  fees: z.array(Fee),
});
export type ChannelInfo = z.infer<typeof ChannelInfo>;

/** A form template file (mẫu đơn, tờ khai): its file name as published and, when known, where to download it. */
export const FormTemplate = z.object({
  name: nonEmpty,
  /** An http(s) address; null when only the file name is known (the crawled portal data has no links). */
  url: z.url({ protocol: /^https?$/u }).nullable().default(null),
});
export type FormTemplate = z.infer<typeof FormTemplate>;

export const DocumentItem = z.object({
  name: nonEmpty,
  /** As written, e.g. "1 bản chính" or "1 bản chính, 1 bản sao"; "" when not stated. */
  copies: text,
  required: z.boolean(),
  /** Form templates for this document, in the published order; [] when none. */
  forms: z.array(FormTemplate).default([]),
  /** The kind of document a national database or the citizen's data store can supply; null when none. */
  reuse: z.enum(REUSABLE_KINDS).nullable().default(null),
});
export type DocumentItem = z.infer<typeof DocumentItem>;

function duplicates<T>(items: readonly T[]): number[] {
  const seen = new Set<T>();
  const dup: number[] = [];
  items.forEach((x, i) => (seen.has(x) ? dup.push(i) : seen.add(x)));
  return dup;
}

export const ProcedureRecord = z
  .object({
    code: z.string().regex(PROCEDURE_CODE_PATTERN),
    name: nonEmpty,
    field: nonEmpty,
    levels: z.array(z.enum(PROCEDURE_LEVELS)).min(1),
    implementingAgency: nonEmpty,
    /** Publication decision (quyết định công bố), e.g. "163/QĐ-BTP". */
    decisionRef: nonEmpty,
    channels: z.array(ChannelInfo).min(1),
    documents: z.array(DocumentItem),
    onlineLevel: z.enum(ONLINE_LEVELS).nullable(),
    /** Received regardless of the applicant's administrative address (không phụ thuộc địa giới hành chính, NĐ 118/2025). */
    locationIndependent: z.boolean().default(false),
    legalBases: z.array(nonEmpty),
    subjects: text.default(''),
    result: text.default(''),
    conditions: text.default(''),
    /** Procedure-specific fields of the online application (form-fields.ts); [] when none. */
    formFields: z.array(FormField).max(100).default([]),
  })
  .superRefine((r, ctx) => {
    for (const p of formFieldProblems(r.formFields)) ctx.addIssue({ code: 'custom', path: ['formFields', ...p.path], message: p.message });
    for (const i of duplicates(r.channels.map((c) => c.channel))) {
      ctx.addIssue({ code: 'custom', path: ['channels', i, 'channel'], message: `Hình thức nộp "${r.channels[i]!.channel}" bị lặp` });
    }
    for (const i of duplicates(r.levels)) {
      ctx.addIssue({ code: 'custom', path: ['levels', i], message: `Cấp thực hiện "${r.levels[i]!}" bị lặp` });
    }
  });
export type ProcedureRecord = z.infer<typeof ProcedureRecord>;
export type ProcedureRecordInput = z.input<typeof ProcedureRecord>;

export type { Problem } from './problems';
export type ValidationResult = { ok: true; record: ProcedureRecord } | { ok: false; problems: Problem[] };

/** Validates one interchange record; never throws. */
export function validateRecord(input: unknown): ValidationResult {
  const parsed = ProcedureRecord.safeParse(input);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, problems: problemsFromIssues(parsed.error.issues, input) };
}

/**
 * A record as stored before a field was added (read back from the database or an old export):
 * the fields added later get their defaults, everything else is returned as it is. Not a
 * validation; use it only on records that were valid when they were written.
 */
export function withRecordDefaults(stored: unknown): ProcedureRecord {
  const r = stored as ProcedureRecord;
  return {
    ...r,
    locationIndependent: r.locationIndependent ?? false,
    formFields: r.formFields ?? [],
    documents: (r.documents ?? []).map((d) => ({ ...d, forms: d.forms ?? [], reuse: d.reuse ?? null })),
  };
}

/** True when a channel's processing time can drive a due date (unit known, and amount unless same-day). */
export function isCertainTime(t: ProcessingTime): boolean {
  return t.unit !== null && (t.unit === 'same_day' || t.amount !== null);
}

const byOrder =
  <T extends string>(order: readonly T[]) =>
  (a: T, b: T) =>
    order.indexOf(a) - order.indexOf(b);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareText(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)])) as T;
  }
  return value;
}

/**
 * Canonical form: keys sorted; levels and channels (sets) in their fixed order; fees of a channel
 * sorted by label, then text, then amount. Documents and legal bases keep their published order.
 */
export function canonicalRecord(r: ProcedureRecord): ProcedureRecord {
  const fees = (f: readonly Fee[]) =>
    [...f].sort((a, b) => compareText(a.label, b.label) || compareText(a.asWritten, b.asWritten) || (a.amount ?? -1) - (b.amount ?? -1));
  return sortKeys({
    ...r,
    levels: [...r.levels].sort(byOrder(PROCEDURE_LEVELS)),
    channels: [...r.channels].sort((a, b) => byOrder(CHANNELS)(a.channel, b.channel)).map((c) => ({ ...c, fees: fees(c.fees) })),
  });
}

/** Equality up to the canonical form (order of levels, channels and fees does not matter). */
export function recordsEqual(a: ProcedureRecord, b: ProcedureRecord): boolean {
  return JSON.stringify(canonicalRecord(a)) === JSON.stringify(canonicalRecord(b));
}
