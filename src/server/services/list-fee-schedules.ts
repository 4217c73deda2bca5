import { localDateOf } from '../../domain/calendar';
import { computeObligation, discountsInForce, FeeSchedule, scheduleFromCatalogue } from '../../domain/payments';
import { withRecordDefaults, type Channel } from '../../domain/procedure';
import { listFeeSchedules } from '../storage/fee-schedules';
import { authorize } from './authorize';
import type { ServiceContext } from './context';

export type FeeScheduleSummary = {
  code: string;
  name: string;
  versionNo: number;
  effectiveFrom: string | null;
  configured: boolean;
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
  items: number;
  exemptions: number;
  discountsInForce: number;
  /** What one copy of each item costs on each channel of the version today (online discounts applied, no exemption). */
  channels: { channel: Channel; amount: number }[];
};

/**
 * The administrator's list of fee schedules: every procedure's latest published version, its
 * channels, and the schedule in force (configured, or implied by the catalogue's fees), one page.
 */
export async function listFeeScheduleSummaries(ctx: ServiceContext, f: { q?: string | undefined; configured?: boolean | undefined; page: number; pageSize: number }) {
  authorize(ctx, 'fee_schedule.manage');
  const today = localDateOf(new Date());
  const { total, rows } = await listFeeSchedules(ctx.store, { q: f.q, configured: f.configured, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
  const summaries = rows.map((r): FeeScheduleSummary => {
    const record = withRecordDefaults(r.record);
    const configured = r.schedule !== null;
    const schedule = configured ? FeeSchedule.parse(r.schedule) : scheduleFromCatalogue({ channels: record.channels });
    return {
      code: r.code,
      name: r.name,
      versionNo: r.versionNo,
      effectiveFrom: r.effectiveFrom,
      configured,
      version: r.version ?? 0,
      updatedAt: r.updatedAt,
      updatedBy: r.updatedBy,
      items: schedule.items.length,
      exemptions: schedule.exemptions.length,
      discountsInForce: discountsInForce(schedule, 'online', today).length,
      channels: record.channels.map((c) => ({ channel: c.channel, amount: computeObligation(schedule, { channel: c.channel, date: today }).total })),
    };
  });
  return { total, page: f.page, pageSize: f.pageSize, rows: summaries };
}
