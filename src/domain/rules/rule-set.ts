/**
 * Clock rule sets, versioned by effective date (digest §0 design rule: a dossier keeps
 * the rule version in force on its reception date).
 */
import { z } from 'zod';
import { isValidLocalDate, type LocalDate } from '../calendar';

const LocalDateSchema = z.string().refine(isValidLocalDate, { message: 'Ngày phải có dạng YYYY-MM-DD' });

export const RuleSet = z
  .object({
    id: z.string().min(1),
    effectiveFrom: LocalDateSchema,
    /** Last day in force (inclusive), or null while in force. */
    effectiveTo: LocalDateSchema.nullable(),
    legalBasis: z.array(z.string().min(1)).min(1),
    /** After a supplement: 'restart' the full duration (NĐ 61 art. 19.4) or 'pause' the clock. */
    supplementClock: z.enum(['restart', 'pause']),
    /** A supplement request during processing must come within this many working days of reception. */
    supplementRequestWithinWorkingDays: z.number().int().nonnegative(),
    /** Waiting for fees/taxes (status 6) pauses the clock only where specialised law says so. */
    financialObligationPausesClock: z.boolean(),
    /** The due date may be extended (apology + new date) at most this many times. */
    maxExtensions: z.number().int().nonnegative(),
    /** The extension notice must be given at least this many working days before the due date. */
    extensionNoticeWorkingDays: z.number().int().nonnegative(),
    forms: z.enum(['01/2018', '03/2025']),
    /** Paper transfer and same-day procedures: received after this time → next working day. */
    sameDayCutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    message: 'effectiveTo phải sau effectiveFrom',
    path: ['effectiveTo'],
  });
export type RuleSet = z.infer<typeof RuleSet>;

export const ND61_2018: RuleSet = RuleSet.parse({
  id: 'nd61-2018',
  effectiveFrom: '2018-06-21',
  effectiveTo: '2025-06-30',
  legalBasis: [
    'NĐ 61/2018/NĐ-CP (art. 18: 15:00 cut-off; art. 19.4: supplement restarts the clock; art. 19.9: one extension, notice ≥ 1 day before)',
    'NĐ 107/2021/NĐ-CP (amendments)',
    'TT 01/2018/TT-VPCP (forms 01–06)',
  ],
  supplementClock: 'restart',
  supplementRequestWithinWorkingDays: 3,
  financialObligationPausesClock: false,
  maxExtensions: 1,
  extensionNoticeWorkingDays: 1,
  forms: '01/2018',
  sameDayCutoff: '15:00',
});

/** NĐ 118/2025 clock rules are UNCONFIRMED in the digest (§9.1): carried over from NĐ 61 until verified. */
export const ND118_2025: RuleSet = RuleSet.parse({
  id: 'nd118-2025',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  legalBasis: [
    'NĐ 118/2025/NĐ-CP (09/6/2025, effective 01/7/2025), amended by NĐ 367/2025/NĐ-CP and NĐ 309/2026/NĐ-CP',
    'TT 03/2025/TT-VPCP (forms 01–07)',
  ],
  supplementClock: 'restart',
  supplementRequestWithinWorkingDays: 3,
  financialObligationPausesClock: false,
  maxExtensions: 1,
  extensionNoticeWorkingDays: 1,
  forms: '03/2025',
  sameDayCutoff: '15:00',
});

export const RULE_SETS: readonly RuleSet[] = [ND61_2018, ND118_2025];

export class RuleSetNotFoundError extends Error {
  readonly code = 'RULE_SET_NOT_FOUND' as const;
  readonly date: LocalDate;

  constructor(date: LocalDate) {
    super(`Không có bộ quy tắc áp dụng cho ngày tiếp nhận ${date}`);
    this.name = 'RuleSetNotFoundError';
    this.date = date;
  }
}

function inForce(r: RuleSet, date: LocalDate): boolean {
  return r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);
}

/** The rule set in force on a reception date (LocalDate in Asia/Ho_Chi_Minh). */
export function ruleSetFor(receptionDate: LocalDate, ruleSets: readonly RuleSet[] = RULE_SETS): RuleSet {
  if (!isValidLocalDate(receptionDate)) throw new RuleSetNotFoundError(receptionDate);
  const found = ruleSets.filter((r) => inForce(r, receptionDate));
  if (found.length !== 1 || !found[0]) throw new RuleSetNotFoundError(receptionDate);
  return found[0];
}

/** Procedure-specific overrides (e.g. a land procedure whose law pauses the clock for fees). */
export function withProcedureOverrides(base: RuleSet, overrides: Partial<Pick<RuleSet, 'financialObligationPausesClock' | 'supplementClock'>>): RuleSet {
  return RuleSet.parse({ ...base, ...overrides });
}
