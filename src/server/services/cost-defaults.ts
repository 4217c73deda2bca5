import { can } from '../../domain/access';
import { addMonths, localDateOf, officeHoursPerDay, officeTimeBetween } from '../../domain/calendar';
import { catalogueFees, defaultScenario, DEFAULT_ANNUAL_INCOME, hourlyIncomeFromAnnual, median, toHours, type CostScenario } from '../../domain/compliance-cost';
import { AppError, notFound } from '../errors';
import type { Tx } from '../storage/database';
import { findProcedureId, latestPublished, versionInForce, type VersionRow } from '../storage/procedures';
import { dossiersReceivedSince, returnedDossiersSince } from '../storage/review-measures';
import { workingCalendar } from './calendar-provider';
import { authorize } from './authorize';
import type { ServiceContext } from './context';

/**
 * Defaults of a cost table from motcua's own data (ADR 0025): the catalogue's fees for the channel,
 * and, over the dossiers received in the last 12 months, their number (the yearly volume, used as
 * the subjects per year) and the median office time from reception to return of the returned ones
 * (the waiting row), with the share that needed a supplement.
 */
export type Measured = {
  since: string;
  until: string;
  dossiersPerYear: number;
  returned: number;
  medianOfficeHours: number | null;
  medianWorkingDays: number | null;
  supplementShare: number | null;
  feeChannel: string | null;
  fees: number;
  unknownFees: string[];
  timeLimit: string | null;
  annualIncome: number;
  hourlyIncome: number;
};

/** The procedure version a review looks at: the one in force today, else the latest published. */
export async function reviewedVersion(tx: Tx, code: string, today: string): Promise<VersionRow> {
  const v = (await versionInForce(tx, code, today)) ?? (await (async () => {
    const id = await findProcedureId(tx, code);
    return id ? latestPublished(tx, id) : undefined;
  })());
  if (!v) throw new AppError('UNPROCESSABLE', `Thủ tục ${code} chưa có phiên bản đã công bố trong danh mục để rà soát.`, { reason: 'procedure_not_published', errors: [{ name: 'procedureCode', reason: 'Chưa công bố' }] });
  return v;
}

export async function measure(ctx: ServiceContext, version: VersionRow, opts: { channel?: string | undefined; annualIncome?: number | undefined; now?: Date }): Promise<Measured> {
  const now = opts.now ?? new Date();
  const until = localDateOf(now);
  const since = addMonths(until, -12);
  const sinceInstant = new Date(`${since}T00:00:00+07:00`);
  const code = version.code;
  const [count, returned, cal] = await Promise.all([
    dossiersReceivedSince(ctx.store, code, sinceInstant),
    returnedDossiersSince(ctx.store, code, sinceInstant),
    workingCalendar(ctx.store),
  ]);
  const office = median(returned.map((d) => officeTimeBetween(cal, d.receivedAt, d.returnedAt)));
  const fees = catalogueFees(version.record.channels, opts.channel);
  const annualIncome = opts.annualIncome ?? DEFAULT_ANNUAL_INCOME;
  const channel = version.record.channels.find((c) => c.channel === fees.channel);
  return {
    since,
    until,
    dossiersPerYear: count,
    returned: returned.length,
    medianOfficeHours: office === null ? null : toHours(office),
    medianWorkingDays: office === null ? null : Math.round((toHours(office) / officeHoursPerDay()) * 100) / 100,
    supplementShare: returned.length ? Math.round((returned.filter((d) => d.supplemented).length / returned.length) * 10_000) / 100 : null,
    feeChannel: fees.channel,
    fees: fees.amount,
    unknownFees: fees.unknown,
    timeLimit: channel?.processingTime.asWritten ?? null,
    annualIncome,
    hourlyIncome: hourlyIncomeFromAnnual(annualIncome),
  };
}

export const scenarioFrom = (m: Measured): CostScenario =>
  defaultScenario({ hourlyIncome: m.hourlyIncome, fees: m.fees, waitingHours: m.medianOfficeHours, subjectsPerYear: m.dossiersPerYear });

/** GET /api/procedures/{code}/cost-defaults: what the calculator starts from, and why. */
export async function costDefaults(ctx: ServiceContext, code: string, opts: { channel?: string | undefined; annualIncome?: number | undefined }) {
  // Reading our data for the calculator is part of reviewing: anyone who may read reviews somewhere.
  if (!ctx.actor || !can(ctx.actor, 'review.edit')) authorize(ctx, 'review.read');
  const version = await reviewedVersion(ctx.store, code, localDateOf(new Date())).catch((e: unknown) => {
    throw e instanceof AppError ? notFound(`thủ tục "${code}" đã công bố`) : e;
  });
  const measured = await measure(ctx, version, opts);
  return { procedure: { code, name: version.record.name, versionNo: version.versionNo }, measured, scenario: scenarioFrom(measured) };
}
