import { inTransaction, type Store } from '../storage/database';
import { sweepDeadlines } from '../storage/dossiers';
import { enqueue } from '../storage/outbox';
import { dueSoonLimit } from '../services/workqueues';

/**
 * The deadline sweep (every minute): flags dossiers due soon (by the end of the next working day)
 * and late, records each late dossier's whereabouts, and queues one notice per newly late dossier
 * for its handling agency, which must file the apology and new date (NĐ 61/2018 art. 19.9).
 */
export async function runDeadlineSweep(store: Store, now = new Date()): Promise<number> {
  const until = await dueSoonLimit({ store, actor: null }, now);
  return inTransaction(store, async (tx) => {
    const late = await sweepDeadlines(tx, now, until);
    for (const d of late) await enqueue(tx, 'dossier.late', d, `dossier.late:${d.code}`);
    return late.length;
  });
}
