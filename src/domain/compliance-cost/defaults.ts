/**
 * Defaults of a review's cost table from motcua's own data (docs/adr/0025): the catalogue's fees,
 * the waiting time measured from the procedure's returned dossiers, and the yearly volume of
 * dossiers. The officer edits every value; the measurements stay visible next to the table.
 */
import { hourlyIncomeFromAnnual } from './calculate';
import type { CostScenario } from './model';

/**
 * Average income per capita per year used when the reviewer gives none: 5,400,000 đồng a month
 * × 12 (the GSO's rounded 2024 figure; verify it for the review year). Editable in every review.
 */
export const DEFAULT_ANNUAL_INCOME = 64_800_000;
export const DEFAULT_HOURLY_INCOME = hourlyIncomeFromAnnual(DEFAULT_ANNUAL_INCOME);

type FeeLike = { label: string; amount: number | null };
type ChannelLike = { channel: string; fees: readonly FeeLike[] };

/**
 * The fees of one execution from the catalogue record: the channel asked for (default: direct, the
 * channel most reviews cost), else the first one. Fees without a certain amount are listed, not guessed.
 */
export function catalogueFees(channels: readonly ChannelLike[], channel = 'direct'): { channel: string | null; amount: number; unknown: string[] } {
  const c = channels.find((x) => x.channel === channel) ?? channels[0];
  if (!c) return { channel: null, amount: 0, unknown: [] };
  return {
    channel: c.channel,
    amount: c.fees.reduce((a, f) => a + (f.amount ?? 0), 0),
    unknown: c.fees.filter((f) => f.amount === null).map((f) => f.label),
  };
}

/** The median of a list (mean of the two middle values for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Hours rounded to the two decimals the model accepts. */
export const toHours = (ms: number) => Math.round(ms / 36_000) / 100;

export type CostDefaults = {
  hourlyIncome: number;
  fees: number;
  /** Median office hours from reception to return; null without returned dossiers. */
  waitingHours: number | null;
  subjectsPerYear: number;
};

/**
 * The pre-filled scenario: fees on the submission row, the measured waiting time on the waiting row,
 * the yearly volume as subjects (one execution each); hours the data cannot tell start at 0.
 */
export function defaultScenario(d: CostDefaults): CostScenario {
  const row = (activity: CostScenario['rows'][number]['activity'], hours = 0, fees = 0) => ({ activity, label: '', hours, outsourcing: 0, fees, otherCosts: 0 });
  return {
    hourlyIncome: d.hourlyIncome,
    subjectsPerYear: d.subjectsPerYear,
    frequencyPerYear: 1,
    rows: [row('prepare'), row('travel'), row('submit', 0, d.fees), row('wait', d.waitingHours ?? 0), row('supplement'), row('receive')],
  };
}
