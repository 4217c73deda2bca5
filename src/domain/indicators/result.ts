/**
 * The result of one indicator and the scoring rule shared by most of them (digest §2.2):
 * r = numerator ÷ denominator; score = max × r, or min(max, max × r / T) where a target T applies.
 * Numbers are unrounded (the UI rounds: % to 2 decimals).
 */
import { INDICATORS, type IndicatorId } from './definitions';

export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly name: string;
  readonly max: number;
  /** Target ratio T (0..1) applied, or null (linear). */
  readonly target: number | null;
  /** null when the input is missing or invalid. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** numerator ÷ denominator (0..1), null when there is no ratio (no data, or a 0 denominator). */
  readonly ratio: number | null;
  /** Points in [0, max], unrounded. 0 when noData. */
  readonly score: number;
  /** True when the indicator cannot be computed from our data (missing input, N/A). */
  readonly noData: boolean;
  /** Vietnamese explanation of noData or of a special case (0 denominator, fallback, clamping). */
  readonly reason?: string;
}

/** Indicator-specific scoring options (per-province variants, digest §2.3). */
export interface IndicatorOptions {
  /** Override of the target ratio T (0 < T ≤ 1); null makes the indicator linear. */
  readonly target?: number | null;
}

/** Points for a ratio r under target T: min(max, max × r / T), clamped to [0, max]. */
export function pointsFor(max: number, r: number, target: number | null): number {
  const raw = target === null ? max * r : (max * r) / target;
  return Math.min(max, Math.max(0, raw));
}

export function targetOf(id: IndicatorId, options?: IndicatorOptions): number | null {
  const t = options?.target;
  if (t === undefined) return INDICATORS[id].target;
  if (t !== null && !(t > 0 && t <= 1)) throw new RangeError(`Chỉ tiêu của chỉ số ${id} phải trong (0, 1]: ${t}`);
  return t;
}

const isCount = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v) && v >= 0;

/**
 * Builds a result as one object literal (object spread here was ~100× slower on Node 20 and the
 * scorecard is computed for thousands of scopes when ranking).
 */
export function makeResult(
  id: IndicatorId,
  target: number | null,
  numerator: number | null,
  denominator: number | null,
  ratio: number | null,
  score: number,
  noData: boolean,
  reason?: string,
): IndicatorResult {
  const d = INDICATORS[id];
  const r = { id, name: d.name, max: d.max, target, numerator, denominator, ratio, score, noData };
  return reason === undefined ? r : { id, name: d.name, max: d.max, target, numerator, denominator, ratio, score, noData, reason };
}

/** The same result with another reason. */
export function withReason(r: IndicatorResult, reason: string): IndicatorResult {
  return makeResult(r.id, r.target, r.numerator, r.denominator, r.ratio, r.score, r.noData, reason);
}

/** A result without data (missing or invalid input). */
export function noDataResult(id: IndicatorId, reason: string, options?: IndicatorOptions): IndicatorResult {
  return makeResult(id, targetOf(id, options), null, null, null, 0, true, reason);
}

/** Vietnamese reason for missing count fields. */
export function missingReason(fields: readonly string[]): string {
  return `Chưa có số liệu (${fields.join(', ')}): dữ liệu của hệ thống không cung cấp được chỉ số này`;
}

/**
 * Checks the inputs of an indicator: every named field present, finite and non-negative.
 * Returns a noData result with the reason, or null when the inputs are usable.
 */
export function checkInputs(id: IndicatorId, fields: Readonly<Record<string, number | undefined>>, options?: IndicatorOptions): IndicatorResult | null {
  let ok = true;
  for (const k in fields) if (!isCount(fields[k])) ok = false;
  if (ok) return null;
  const missing = Object.keys(fields).filter((k) => fields[k] === undefined);
  if (missing.length > 0) return noDataResult(id, missingReason(missing), options);
  const invalid = Object.keys(fields).filter((k) => !isCount(fields[k]));
  return noDataResult(id, `Số liệu không hợp lệ (${invalid.join(', ')}): phải là số không âm`, options);
}

/**
 * The common indicator: r = numerator / denominator, score = pointsFor(max, r, T).
 * A denominator of 0 follows the indicator's rule (definitions.ts); numerator > denominator is
 * invalid input (noData) rather than a score above the maximum.
 */
export function ratioIndicator(id: IndicatorId, numerator: number, denominator: number, options?: IndicatorOptions, note?: string): IndicatorResult {
  const d = INDICATORS[id];
  const target = targetOf(id, options);
  if (numerator > denominator) {
    return makeResult(id, target, numerator, denominator, null, 0, true, `Số liệu không hợp lệ: tử số (${numerator}) lớn hơn mẫu số (${denominator})`);
  }
  if (denominator === 0) {
    switch (d.zeroDenominator) {
      case 'noData':
        return makeResult(id, target, numerator, denominator, null, 0, true, 'Mẫu số bằng 0 trong kỳ: không áp dụng (N/A)');
      case 'zero':
        return makeResult(id, target, numerator, denominator, null, 0, false, 'Mẫu số bằng 0 trong kỳ: tỷ lệ tính là 0');
      case 'full':
        return makeResult(id, target, numerator, denominator, null, d.max, false, 'Không phát sinh trong kỳ: đạt điểm tối đa');
    }
  }
  const ratio = numerator / denominator;
  return makeResult(id, target, numerator, denominator, ratio, pointsFor(d.max, ratio, target), false, note);
}
