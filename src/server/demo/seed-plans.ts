import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localDateOf } from '../../domain/calendar';
import { parsePlanText } from '../../domain/plans';
import { AppError } from '../errors';
import { findAgencyByCode } from '../storage/agencies';
import { inTransaction, type Store } from '../storage/database';
import { boardRows, insertReport, unitOfficers, updateProgress } from '../storage/plan-instances';
import { listPlans, unitsOfTasks } from '../storage/plans';
import { workingCalendar } from '../services/calendar-provider';
import { savePlan } from '../services/import-plan';

/** The five seed plans (plans/SOURCES.md) and the demo agency each is filed under. */
export const DEMO_PLANS: readonly { file: string; agencyCode: string }[] = [
  { file: 'an-giang-stp-2023.txt', agencyCode: '000.00.17.H04' },
  { file: 'khanh-hoa-stp-2021.txt', agencyCode: '000.00.17.H04' },
  { file: 'bac-giang-sct-2023.txt', agencyCode: '000.00.14.H04' },
  { file: 'soc-trang-stnmt-2022.txt', agencyCode: '000.00.16.H04' },
  { file: 'sa-pa-vp-2023.txt', agencyCode: '000.01.31.H04' },
];

export const demoPlanText = (file: string) => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'plans', file), 'utf8');

/**
 * History for the boards: of each past plan's instances already due, four in five are reported done by
 * an officer of the lead unit (the fifth stays overdue, for the leader's list); deterministic by order.
 */
async function seedProgress(store: Store, planId: string): Promise<void> {
  const today = localDateOf(Date.now());
  await inTransaction(store, async (tx) => {
    const rows = (await boardRows(tx, { agencyIds: null, planId })).filter((r) => r.dueDate !== null && r.dueDate < today);
    const units = await unitsOfTasks(tx, { planId });
    const officers = await unitOfficers(
      tx,
      units.filter((u) => u.role === 'lead').map((u) => u.unitId),
    );
    for (const [i, r] of rows.entries()) {
      if (i % 5 === 4) continue;
      const lead = units.find((u) => u.taskId === r.taskId && u.role === 'lead');
      const by = officers.find((o) => o.unitId === lead?.unitId);
      if (!(await updateProgress(tx, r.id, r.version, { status: 'done', percent: 100 }))) continue;
      await insertReport(tx, { instanceId: r.id, reportedBy: by?.userId ?? null, unitId: lead?.unitId ?? null, status: 'done', percent: 100, note: r.product ? `Đã hoàn thành: ${r.product.split('\n')[0]}` : 'Đã hoàn thành', fileIds: [] });
    }
  });
}

/** Imports the seed plans into the demo; a plan already there is skipped (idempotent). Returns how many were added. */
export async function seedDemoPlans(store: Store): Promise<number> {
  const cal = await workingCalendar(store);
  let added = 0;
  for (const p of DEMO_PLANS) {
    const agency = await findAgencyByCode(store, p.agencyCode);
    if (!agency) continue;
    const parsed = parsePlanText(demoPlanText(p.file));
    const year = parsed.meta.year;
    if (year === null) continue;
    // A plan without a number (seed 004) has no unique key: the title tells it was loaded before.
    const existing = await listPlans(store, [agency.id], localDateOf(Date.now()), year);
    if (existing.some((x) => x.title === parsed.meta.title)) continue;
    try {
      const saved = await inTransaction(store, (tx) => savePlan(tx, cal, { agencyId: agency.id, agencyName: agency.name, year, parsed, source: { name: p.file, kind: 'text' }, createdBy: null }));
      await seedProgress(store, saved.planId);
      added++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
  }
  return added;
}
