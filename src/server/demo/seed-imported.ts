import { listAgencies } from '../storage/agencies';
import type { Store } from '../storage/database';
import { assignedProcedures } from '../storage/procedures';
import { importDossiers } from '../services/import-dossiers';
import { cliActor } from '../services/save-user';
import { syncRecords } from './sync-records';

/**
 * The demo agencies' dossiers of 2024, handled on their previous one-stop system and imported as an
 * agency moving to motcua would (docs/dossier-import-format.md): history only, all closed, so the
 * indicators and reports have a year before the demo's own. Imported again, they are skipped.
 */
export async function seedDemoImported(store: Store, count = 400): Promise<number> {
  const agencies = new Map((await listAgencies(store)).map((a) => [a.id, a.code]));
  const assignments = (await assignedProcedures(store)).map((a) => ({ procedure: a.code, agency: agencies.get(a.agency_id)! }));
  if (assignments.length === 0) return 0;
  const records = syncRecords(count, assignments, { now: Date.now(), seed: 2024, closedOnly: true, from: Date.UTC(2024, 0, 2, 1, 0), days: 360 });
  const r = await importDossiers({ store, actor: cliActor() }, records);
  return r.imported;
}
