import { AppError } from '../errors';
import { findAgencyByCode, findUnit, insertAgency, insertUnit } from '../storage/agencies';
import { inTransaction, type Store } from '../storage/database';
import { getSetting, setSetting } from '../storage/settings';
import { countNonDemoUsers, findUserByUsername, insertUser, replaceGrants } from '../storage/users';
import { hashPassword } from '../services/passwords';
import { cliActor } from '../services/save-user';
import { seedDemoCatalogue } from './seed-catalogue';
import { seedDemoPlans } from './seed-plans';
import { seedDemoDossiers } from './seed-dossiers';
import { seedDemoImported } from './seed-imported';
import { seedDemoControl } from './seed-control';
import { seedDemoPakn } from './seed-pakn';
import { seedDemoFeeSchedules } from './seed-fee-schedules';
import { seedDemoCitizens } from './seed-citizens';
import { DEMO_AGENCIES } from './agencies';
import { DEMO_PASSWORD, DEMO_USERS } from './users';

export type SeedResult = { agencies: number; users: number; procedures: number; dossiers: number };

/**
 * Loads the demo organisation and accounts. Idempotent; refuses a database that holds
 * real (non-demo) accounts or was marked production, so demo passwords never reach one.
 */
export async function seedDemo(store: Store, opts: { catalogue?: boolean; dossiers?: number } = {}): Promise<SeedResult> {
  if ((await getSetting<string>(store, 'mode')) === 'production' || (await countNonDemoUsers(store)) > 0) {
    throw new AppError('CONFLICT', 'Cơ sở dữ liệu đang dùng thật (có tài khoản không phải demo); không nạp dữ liệu demo.');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const base = await inTransaction(store, async (tx) => {
    let agencies = 0;
    let users = 0;
    for (const a of DEMO_AGENCIES) {
      let row = await findAgencyByCode(tx, a.code);
      if (!row) {
        const parent = a.parentCode ? await findAgencyByCode(tx, a.parentCode) : undefined;
        row = await insertAgency(tx, { ...a, parentId: parent?.id ?? null });
        agencies++;
      }
      for (const u of a.units) if (!(await findUnit(tx, row.id, u.code))) await insertUnit(tx, { agencyId: row.id, ...u });
    }
    for (const u of DEMO_USERS) {
      if (await findUserByUsername(tx, u.username)) continue;
      const user = await insertUser(tx, { username: u.username, fullName: u.fullName, passwordHash, isDemo: true });
      const agency = u.agencyCode ? await findAgencyByCode(tx, u.agencyCode) : undefined;
      const unit = agency && u.unitCode ? await findUnit(tx, agency.id, u.unitCode) : undefined;
      await replaceGrants(tx, user.id, [{ role: u.role, agencyId: agency?.id ?? null, unitId: unit?.id ?? null }]);
      users++;
    }
    await setSetting(tx, 'mode', 'demo');
    return { agencies, users };
  });
  const procedures = (opts.catalogue ?? true) ? await seedDemoCatalogue({ store, actor: cliActor() }) : 0;
  if (opts.catalogue ?? true) await seedDemoFeeSchedules(store);
  // Portal accounts, one of them locked by the administrator (/quan-tri/cong-dan).
  if (opts.catalogue ?? true) await seedDemoCitizens(store);
  // Control work (reviews, plans, impact assessment, inspection; ADR 0025) refers to catalogue procedures.
  if (opts.catalogue ?? true) await seedDemoControl(store);
  // The five seed control plans with their tasks, units and some history of progress (ADR 0024).
  if (opts.catalogue ?? true) await seedDemoPlans(store);
  const dossiers = procedures > 0 ? await seedDemoDossiers(store, { count: opts.dossiers ?? 2000 }) : 0;
  // The previous system's year (2024), imported (docs/dossier-import-format.md); not counted as new dossiers.
  if (dossiers > 0) await seedDemoImported(store);
  if (dossiers > 0) await seedDemoPakn(store);
  return { ...base, procedures, dossiers };
}
