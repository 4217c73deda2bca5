import { inTransaction, type Store } from '../storage/database';
import { enqueue } from '../storage/outbox';
import { sweepPaknOverdue } from '../storage/pakn';

/**
 * The PAKN deadline sweep (every minute, like the dossier sweep): open items past the deadline of
 * their status are marked overdue once, with a system entry in their history, and a notice to the
 * agency is queued (logged until agency notifications exist).
 */
export async function runPaknSweep(store: Store, now = new Date()): Promise<number> {
  return inTransaction(store, async (tx) => {
    const late = await sweepPaknOverdue(tx, now);
    await enqueue(tx, late.map((x) => ({ topic: 'pakn.overdue', payload: { code: x.code, agencyId: x.agencyId, dueAt: x.dueAt.toISOString() }, dedupeKey: `pakn.overdue:${x.id}:${x.dueAt.toISOString()}` })));
    return late.length;
  });
}

